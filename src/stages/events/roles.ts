import { readVerbArguments, type Arguments, type Phrase } from './arguments.js';
import { addressesPrevious, isBackground } from './clause.js';
import { isPassive } from './modality.js';
import { hasCue, isRelative, isVerb, lowerAt, mentionAt, posAt, type SentenceView } from './view.js';

const MAX_DEPTH = 3;
const BY = new Set(['by']);
export const FROM_OR_BY = new Set(['from', 'by']);
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'when', 'because', 'although', 'though', 'if', 'unless', 'once']);
const TARGET_SKIP = new Set(['as', 'in', 'near', 'across', 'outside', 'inside', 'around', 'throughout', 'within', 'along', 'by', 'during', 'after', 'before', 'amid', 'since', 'until']);
const COORDINATORS = new Set(['and', 'but', 'or', ',']);
const ROLE_NOUNS = new Set(['minister', 'ministers', 'president', 'leader', 'leaders', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'government', 'forces', 'troops', 'army', 'members', 'member', 'delegation', 'envoy', 'ambassador', 'foreign', 'prime', 'secretary']);

/**
 * Actor mentions that act as the grammatical subject of the verb at i, coordinated subjects included
 * ("DFLP, PIJ and armed groups threatened" → three). Handles relative pronouns ("X, who attacked"),
 * appositions ("Hamas, the group that rules Gaza, threatened"), verb-phrase coordination ("X killed A
 * and wounded B" → X) and skips mentions inside prepositional phrases ("the head of X said" → none).
 */
export function findSubjects(view: SentenceView, i: number, depth = 0): number[] {
  // "wrote to President Bush urging him to": the writer urges.
  if (depth < MAX_DEPTH && addressesPrevious(view, i)) {
    const verb = previousVerb(view, i);
    if (verb >= 0) return findSubjects(view, verb, depth + 1);
  }
  const k = skipVerbGroup(view, i - 1);
  if (k < view.first) return [];
  const lower = lowerAt(view, k);
  if (isRelative(view, k) && lower !== 'that') return nearestLeft(view, k - 1, true);
  if (lower === 'that' && k - 1 >= view.first && mentionAt(view, k - 1) >= 0) return withCoordinated(view, mentionAt(view, k - 1));
  if (COORDINATORS.has(lower) && depth < MAX_DEPTH) {
    const verb = previousVerb(view, k);
    if (verb >= 0 && !(lower === ',' && appositionHead(view, k) >= 0)) {
      // "was attacked by militiamen, killing 156": the participle's doer is the passive's agent.
      const agents = lower === ',' && lowerAt(view, i).endsWith('ing') && isPassive(view, verb) ? findAgent(view, readVerbArguments(view, verb)) : [];
      return agents.length > 0 ? agents : findSubjects(view, verb, depth + 1);
    }
    if (lower === ',') {
      const head = appositionHead(view, k);
      if (head >= 0) return withCoordinated(view, head);
    }
  }
  return nearestLeft(view, k, false);
}

function skipVerbGroup(view: SentenceView, from: number): number {
  let k = from;
  while (k >= view.first) {
    const pos = posAt(view, k);
    if (pos === 'AUX' || pos === 'ADV' || (pos === 'PART' && lowerAt(view, k) !== "'s") || hasCue(view, 'negation', lowerAt(view, k))) k--;
    else break;
  }
  return k;
}

/** The verb this one is coordinated with: skips gerunds and participles inside its arguments ("wanted for shooting"). */
function previousVerb(view: SentenceView, from: number): number {
  for (let k = from - 1; k >= view.first; k--) {
    if (lowerAt(view, k) === ';' || lowerAt(view, k) === ':') return -1;
    if (isVerb(view, k) && !lowerAt(view, k).endsWith('ing') && lowerAt(view, k - 1) !== 'to' && !isBackground(view, k)) return k;
  }
  return -1;
}

/** "X, <apposition>," in front of the verb: the mention just before the apposition's opening comma. */
function appositionHead(view: SentenceView, comma: number): number {
  for (let k = comma - 1; k > view.first; k--) {
    if (lowerAt(view, k) === ',') return mentionAt(view, k - 1);
    if (isBoundary(view, k) || isVerb(view, k)) return -1;
  }
  return -1;
}

function isBoundary(view: SentenceView, k: number): boolean {
  const lower = lowerAt(view, k);
  return lower === ';' || lower === ':' || lower === '"' || lower === '“' || lower === '”';
}

const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/** Nearest mention left of `from`; strict mode first skips mentions governed by a preposition. */
function nearestLeft(view: SentenceView, from: number, lenientOnly: boolean): number[] {
  let fallback = -1;
  for (let k = from; k >= view.first; k--) {
    if (isBoundary(view, k)) break;
    if (lowerAt(view, k) === 'that' && posAt(view, k) === 'SCONJ') break;
    // "…, multiple sources familiar with the process tell CNN": a noun phrase opening after a comma,
    // with no actor in it, is the verb's own subject; the actors before the comma are another clause's.
    if (!lenientOnly && lowerAt(view, k) === ',' && k + 1 < from && NOUN_PHRASE_OPENERS.has(posAt(view, k + 1))) break;
    const m = mentionAt(view, k);
    if (m < 0) {
      if (isVerb(view, k) && fallback < 0 && !lenientOnly) break;
      continue;
    }
    const start = view.actors?.mentions[m]?.tokenStart ?? k;
    if (lenientOnly || !governedByPreposition(view, start)) return withCoordinated(view, m);
    if (fallback < 0) fallback = m;
    k = start;
  }
  return fallback >= 0 ? withCoordinated(view, fallback) : [];
}

function governedByPreposition(view: SentenceView, start: number): boolean {
  let k = start - 1;
  while (k >= view.first && (posAt(view, k) === 'DET' || posAt(view, k) === 'ADJ')) k--;
  if (k < view.first || posAt(view, k) !== 'ADP' || SUBORDINATORS.has(lowerAt(view, k))) return false;
  if (lowerAt(view, k) === 'of' && k - 1 >= view.first && ROLE_NOUNS.has(lowerAt(view, k - 1))) return false;
  return true;
}

/** The mention plus mentions coordinated to its left ("A, B and C"), in text order. */
export function withCoordinated(view: SentenceView, m: number): number[] {
  const found = [m];
  let current = m;
  for (let guard = 0; guard < 8; guard++) {
    const start = view.actors?.mentions[current]?.tokenStart ?? -1;
    // "the European Union (EU) agree": the bracketed short form stands for the mention before it.
    const named = start - 2 >= view.first && lowerAt(view, start - 1) === '(' ? mentionAt(view, start - 2) : -1;
    if (named >= 0 && named !== current) {
      found[0] = named;
      current = named;
      continue;
    }
    let k = start - 1;
    // "X and his Iranian counterpart Y": a short description may stand between "and" and Y.
    for (let skipped = 0; skipped < 4 && k > view.first && !COORDINATORS.has(lowerAt(view, k)) && isDescriptionToken(view, k); skipped++) k--;
    if (k < view.first || !COORDINATORS.has(lowerAt(view, k))) break;
    if (lowerAt(view, k) === ',' && k - 1 >= view.first && COORDINATORS.has(lowerAt(view, k - 1))) k--;
    let j = k - 1;
    while (j >= view.first && posAt(view, j) === 'DET') j--;
    const previous = j >= view.first ? mentionAt(view, j) : -1;
    if (previous < 0 || previous === current) break;
    found.unshift(previous);
    current = previous;
  }
  return found;
}

function isDescriptionToken(view: SentenceView, k: number): boolean {
  const pos = posAt(view, k);
  return pos === 'DET' || pos === 'PRON' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN';
}

/**
 * Mentions coordinated to the right of m ("attacked X and Y"). A comma list may run past the
 * phrase window ("with X, Y, Z and W") but only counts once an "and"/"or" closes it, so an
 * apposition ("X, the state's foe") adds nothing.
 */
function withCoordinatedRight(view: SentenceView, m: number, end: number): number[] {
  const found = [m];
  let pending: number[] = [];
  let current = m;
  for (let guard = 0; guard < 8; guard++) {
    let k = view.actors?.mentions[current]?.tokenEnd ?? end;
    if (k >= view.end || !COORDINATORS.has(lowerAt(view, k))) break;
    const inWindow = k < end;
    if (!inWindow && lowerAt(view, k) !== ',' && pending.length === 0) break;
    let closed = lowerAt(view, k) !== ',';
    k++;
    while (k < view.end && (posAt(view, k) === 'DET' || lowerAt(view, k) === 'and' || lowerAt(view, k) === 'or')) {
      if (lowerAt(view, k) === 'and' || lowerAt(view, k) === 'or') closed = true;
      k++;
    }
    const next = k < view.end ? mentionAt(view, k) : -1;
    if (next < 0 || next === current) break;
    if (inWindow || closed) {
      found.push(...pending, next);
      pending = [];
    } else {
      pending.push(next);
    }
    current = next;
  }
  return found;
}

/** The first actor in the trigger's object or prepositional phrases (not in place or time adjuncts). */
export function findObjects(view: SentenceView, args: Arguments): number[] {
  const phrases: Phrase[] = [];
  if (args.object) phrases.push(args.object);
  for (const pp of args.preps) if (!TARGET_SKIP.has(pp.prep)) phrases.push(pp);
  for (const phrase of phrases) {
    for (let k = phrase.start; k < phrase.end; k++) {
      const m = mentionAt(view, k);
      if (m >= 0) return withCoordinatedRight(view, m, args.windowEnd);
    }
  }
  return [];
}

/** The actor in the first phrase opened by one of `preps`: by default "by X", the passive agent; "to X" for a destination. */
export function findAgent(view: SentenceView, args: Arguments, preps: ReadonlySet<string> = BY): number[] {
  for (const pp of args.preps) {
    if (!preps.has(pp.prep)) continue;
    for (let k = pp.start; k < pp.end; k++) {
      const m = mentionAt(view, k);
      if (m >= 0) return withCoordinatedRight(view, m, args.windowEnd);
    }
  }
  return [];
}

/** An actor among a noun trigger's modifiers ("Israeli raid", "Israel's strike"). */
export function findModifierActor(view: SentenceView, args: Arguments): number[] {
  if (!args.modifiers) return [];
  for (let k = args.modifiers.end - 1; k >= args.modifiers.start; k--) {
    const m = mentionAt(view, k);
    if (m >= 0) return [m];
  }
  return [];
}
