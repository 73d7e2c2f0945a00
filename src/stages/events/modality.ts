import { hasCue, lemmaAt, lowerAt, posAt, type SentenceView } from './view.js';

export interface Modality {
  readonly negated: boolean;
  /** "would", "could", "may": conditional or speculative. */
  readonly modal: boolean;
  /** A purpose infinitive: "entered the camp to arrest". */
  readonly purpose: boolean;
  /** "will", "would", "plans to": the cooperative version becomes an intent (03x). */
  readonly future: boolean;
  /** "must", "should": in reported speech, a demand by whoever reports it. */
  readonly obligation: boolean;
  /** Governed by a plan verb ("plans to attack", "intends to visit"): hypothetical. */
  readonly planned: boolean;
}

const AUX_CHAIN = 4;
const TIME_NOUNS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/**
 * Negation and modality from the auxiliary chain in front of a verb trigger ("did not", "would",
 * "has never", "must"), from a governing plan verb ("plans to attack") and from a purpose infinitive
 * ("entered the camp to arrest").
 */
export function readModality(view: SentenceView, i: number, pos: 'V' | 'N', depth = 0): Modality {
  let negated = false;
  let modal = false;
  let purpose = false;
  let future = false;
  let obligation = false;
  let planned = false;
  if (pos === 'N') {
    const before = i - 1 >= view.first ? lowerAt(view, i - 1) : '';
    return { negated: before === 'no', modal: false, purpose: false, future: false, obligation: false, planned: false };
  }
  const coordinated = i - 1 >= view.first ? lowerAt(view, i - 1) : '';
  if ((coordinated === 'and' || coordinated === 'or') && depth < 2) {
    // "will resume flights and restore ties": the second verb shares the first one's auxiliaries.
    for (let k = i - 2; k >= view.first && i - k <= 12; k--) {
      if (posAt(view, k) === 'VERB' && !lowerAt(view, k).endsWith('ing')) return readModality(view, k, 'V', depth + 1);
      if (lowerAt(view, k) === ',' || lowerAt(view, k) === ';') break;
    }
  }
  for (let k = i - 1; k >= view.first && i - k <= AUX_CHAIN; k--) {
    const lower = lowerAt(view, k);
    const pos = posAt(view, k);
    if (hasCue(view, 'negation', lower)) negated = true;
    else if (hasCue(view, 'modal', lower)) modal = true;
    else if (hasCue(view, 'future', lower)) future = true;
    else if (hasCue(view, 'obligation', lower)) obligation = true;
    else if (lower === 'to' && lowerAt(view, i).endsWith('ing')) break;
    else if (lower === 'to') {
      const governor = k - 1 >= view.first ? lemmaAt(view, k - 1) : '';
      if (hasCue(view, 'attempt', governor)) break;
      // "is about to restore": an imminent act, not a purpose.
      if (governor === 'about' && k - 2 >= view.first && lemmaAt(view, k - 2) === 'be') {
        future = true;
        break;
      }
      if (hasCue(view, 'plan', governor) || hasCue(view, 'plan', lowerAt(view, k - 1))) planned = true;
      else purpose = true;
      break;
    } else if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') break;
  }
  return { negated, modal, purpose, future, obligation, planned };
}

/** "warned that the government would not tolerate …": a that-clause announcing what someone will do. */
export function announcesAct(view: SentenceView, i: number): boolean {
  for (let k = i + 1; k < view.end && k - i <= 3; k++) {
    if (lowerAt(view, k) !== 'that') continue;
    for (let j = k + 1; j < view.end && j - k <= 6; j++) if (hasCue(view, 'future', lowerAt(view, j))) return true;
    return false;
  }
  return false;
}

/**
 * Passive voice: a be/get auxiliary before an inflected verb ("were killed"), or a reduced passive
 * after a noun with nothing to its right that could be an object ("Four Palestinians killed in a raid").
 */
export function isPassive(view: SentenceView, i: number): boolean {
  const lower = lowerAt(view, i);
  const lemma = lemmaAt(view, i);
  if (lower === lemma || lower.endsWith('ing') || lower.endsWith('s')) return false;
  // "it is prepared to impose", "is determined to": a stance of the subject's own, not a passive.
  if (STANCE_PARTICIPLES.has(lower) && lowerAt(view, i + 1) === 'to') return false;
  for (let k = i - 1; k >= view.first && i - k <= AUX_CHAIN; k--) {
    const pos = posAt(view, k);
    const auxLemma = lemmaAt(view, k);
    if (auxLemma === 'be' || auxLemma === 'get') return pos === 'AUX' || pos === 'VERB';
    if (pos !== 'ADV' && pos !== 'PART' && pos !== 'AUX') break;
  }
  return isReducedPassive(view, i, lemma);
}

const STANCE_PARTICIPLES = new Set(['prepared', 'determined', 'committed', 'resolved', 'poised', 'disposed', 'inclined']);

/** Words that open the verb's own clause after a time phrase: an infinitive or a that-clause. */
const CLAUSE_AFTER_TIME = new Set(['to', 'that']);

function isReducedPassive(view: SentenceView, i: number, lemma: string): boolean {
  if (!hasCue(view, 'reduced-passive', lemma)) return false;
  const before = i - 1 >= view.first ? posAt(view, i - 1) : '';
  if (before !== 'NOUN' && before !== 'PROPN' && before !== 'NUM' && before !== 'PRON') return false;
  if (i + 1 >= view.end) return true;
  const next = posAt(view, i + 1);
  const nextLower = lowerAt(view, i + 1);
  // "forces captured on Monday the port": a time phrase, then the object; "threatened on Tuesday to
  // launch", "warned on Monday that": a time phrase, then the verb's clause (wire-news word order).
  if (nextLower === 'on' && i + 3 < view.end && TIME_NOUNS.has(lowerAt(view, i + 2))
    && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(posAt(view, i + 3)) || CLAUSE_AFTER_TIME.has(lowerAt(view, i + 3)))) return false;
  // "gunmen killed at least 132 civilians": a hedged number is the object, not a place phrase.
  if (i + 2 < view.end && ((nextLower === 'at' && lowerAt(view, i + 2) === 'least') || (nextLower === 'more' && lowerAt(view, i + 2) === 'than'))) return false;
  return next === 'ADP' || next === 'PUNCT' || next === 'CCONJ' || nextLower === 'on' || nextLower === 'by';
}
