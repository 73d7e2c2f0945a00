import { casualtyKind } from './casualties.js';
import { hasCue, isPhraseToken, isVerb, lemmaAt, lowerAt, mentionAt, posAt, type SentenceView } from './view.js';

const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'where']);

/**
 * Where a trigger sits decides whether it reports a new event. Background the coder leaves out:
 * relative clauses about a participant ("X, who was detained last year,"), participles modifying a
 * noun ("arms seized last week"), and conditions ("unless the president resigns").
 */
export function isBackground(view: SentenceView, i: number): boolean {
  return inRelativeClause(view, i) || isParticipleModifier(view, i) || inCondition(view, i) || isPrepositionalGerund(view, i);
}

/** "wanted for shooting attacks": a gerund governed by a preposition names an act, it does not report one. */
function isPrepositionalGerund(view: SentenceView, i: number): boolean {
  if (i <= view.first || !lowerAt(view, i).endsWith('ing') || lowerAt(view, i - 1) === 'by') return false;
  const before = posAt(view, i - 1);
  // "resorted to throwing stones": a verb + to + gerund reports the act.
  if (lowerAt(view, i - 1) === 'to' && i - 2 >= view.first && isVerb(view, i - 2)) return false;
  return before === 'ADP' || (before === 'SCONJ' && lowerAt(view, i - 1) === 'for');
}

function inRelativeClause(view: SentenceView, i: number, depth = 0): boolean {
  for (let k = i - 1; k >= view.first; k--) {
    const lower = lowerAt(view, k);
    if (RELATIVE_WORDS.has(lower)) return k > view.first && isNominal(view, k - 1);
    if (lower === 'that') return k > view.first && isNounTag(view, k - 1) && k + 1 < view.end && startsVerbGroup(view, k + 1);
    if (lower === ';' || lower === ':' || lower === ',') return false;
    if (isVerb(view, k)) return depth < 2 && coordinatedWith(view, k, i) && inRelativeClause(view, k, depth + 1);
  }
  return false;
}

function isNounTag(view: SentenceView, k: number): boolean {
  return posAt(view, k) === 'NOUN' || posAt(view, k) === 'PROPN';
}

/** "that rules", "that has been": a subject relative; "that he will" is a complement clause. */
function startsVerbGroup(view: SentenceView, k: number): boolean {
  const pos = posAt(view, k);
  return pos === 'VERB' || pos === 'AUX' || pos === 'ADV';
}

/** "who was detained ... and questioned": the second verb is coordinated with the first. */
function coordinatedWith(view: SentenceView, verb: number, i: number): boolean {
  for (let k = verb + 1; k < i; k++) if (lowerAt(view, k) === 'and' || lowerAt(view, k) === 'or') return true;
  return false;
}

function isNominal(view: SentenceView, k: number): boolean {
  const pos = posAt(view, k);
  return pos === 'NOUN' || pos === 'PROPN' || lowerAt(view, k) === ',' || pos === 'PRON' || pos === 'NUM';
}

/** "property seized by forces", "civilians threatened with starvation" when a main verb precedes. */
function isParticipleModifier(view: SentenceView, i: number): boolean {
  const lower = lowerAt(view, i);
  const lemma = lemmaAt(view, i);
  if (i - 1 < view.first) return false;
  if (lower.endsWith('ing')) return isPresentParticipleModifier(view, i);
  if (lower === lemma || lower.endsWith('s') || !hasCue(view, 'reduced-passive', lemma)) return false;
  const before = posAt(view, i - 1);
  if (before !== 'NOUN' && before !== 'PROPN') return false;
  const next = i + 1 < view.end ? posAt(view, i + 1) : 'PUNCT';
  if (next !== 'ADP' && next !== 'ADV' && next !== 'PUNCT' && next !== 'SCONJ') return false;
  // "were killed and 44 others injured": a gapped coordinate clause, not a modifier.
  let np = i - 1;
  while (np > view.first && isPhraseToken(view, np - 1)) np--;
  if (np > view.first && (posAt(view, np - 1) === 'CCONJ' || lowerAt(view, np - 1) === ',')) return false;
  for (let k = i - 2; k >= view.first; k--) if (isVerb(view, k) && !isAttributive(view, k)) return true;
  return false;
}

/** "Suspected gunmen", "the planned deployment": a participle in front of its noun is no main verb. */
function isAttributive(view: SentenceView, k: number): boolean {
  if (!lowerAt(view, k).endsWith('ed') || k + 1 >= view.end) return false;
  const next = posAt(view, k + 1);
  if (next !== 'NOUN' && next !== 'ADJ' && next !== 'PROPN') return false;
  return k === view.first || ['DET', 'ADP', 'ADJ', 'PRON', 'PUNCT', 'CCONJ'].includes(posAt(view, k - 1));
}

/**
 * "demonstrators protesting election results", "a resolution censuring X" after a main verb; and
 * in the subject, before it: "a woman visiting from Canada was killed", "protesters demanding
 * reforms clashed with police". A headline with no other verb ("Police firing tear gas") keeps it.
 */
function isPresentParticipleModifier(view: SentenceView, i: number): boolean {
  if (!isNounTag(view, i - 1) || casualtyKind(view, i) !== null || addressesPrevious(view, i)) return false;
  for (let k = i - 2; k >= view.first; k--) if (isVerb(view, k) && !isAttributive(view, k)) return true;
  return inSubject(view, i) && hasFiniteVerbAfter(view, i);
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/**
 * "wrote to President Bush urging him to send troops": the participle's object pronoun is the actor
 * just named, so the participle does not modify that actor; it adds the subject's own act.
 */
export function addressesPrevious(view: SentenceView, i: number): boolean {
  return mentionAt(view, i - 1) >= 0 && objectPronounAfter(view, i);
}

/** "urging him", "telling them": the next word is an object pronoun. */
function objectPronounAfter(view: SentenceView, i: number): boolean {
  return i + 1 < view.end && OBJECT_PRONOUNS.has(lowerAt(view, i + 1));
}

/**
 * The actor an -ing participle's unresolved object pronoun stands for: the one named just before it,
 * with or without a comma ("telephoned his Israeli counterpart, urging him to"); -1 when none.
 */
export function addressedMention(view: SentenceView, i: number): number {
  if (!lowerAt(view, i).endsWith('ing') || !objectPronounAfter(view, i) || mentionAt(view, i + 1) >= 0) return -1;
  const before = lowerAt(view, i - 1) === ',' ? i - 2 : i - 1;
  return before >= view.first ? mentionAt(view, before) : -1;
}

/** No verb or auxiliary before token i in its sentence: i is still inside the subject. */
function inSubject(view: SentenceView, i: number): boolean {
  for (let k = view.first; k < i; k++) if (isVerb(view, k) || posAt(view, k) === 'AUX') return false;
  return true;
}

/** A verb after token i that can head the clause: an auxiliary, or a verb that is no -ing form or infinitive. */
function hasFiniteVerbAfter(view: SentenceView, i: number): boolean {
  for (let k = i + 1; k < view.end; k++) {
    if (lowerAt(view, k) === ';' || lowerAt(view, k) === ':') return false;
    if (posAt(view, k) === 'AUX') return true;
    if (isVerb(view, k) && !lowerAt(view, k).endsWith('ing') && lowerAt(view, k - 1) !== 'to') return true;
  }
  return false;
}

/** Inside an if/unless clause that has not yet been closed by a comma. */
function inCondition(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= view.first; k--) {
    const lower = lowerAt(view, k);
    if (lower === 'if' || lower === 'unless') return true;
    if (lower === ',' || lower === ';' || lower === 'then') return false;
  }
  return false;
}
