import type { Segmentation } from '../../core/tokens.js';

/** Lemmas of the verbs that close a wire-news lead: "..., the army said.", "..., officials told AFP." */
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'add', 'state', 'claim', 'confirm']);
/** The attribution's subject is short: "the official KCNA news agency", "a senior Western diplomat". */
const MAX_SUBJECT = 8;
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PUNCT']);

/**
 * First token of a trailing attribution after token `from` in the sentence ("..., the army said"):
 * a comma, then a short noun phrase and a reporting verb. Returns the comma's token index, or -1.
 * Why: PETRARCH's target comes from the verb phrase; the reporter of the event is never its target.
 */
export function trailingAttribution(seg: Segmentation, from: number, sentenceEnd: number): number {
  const { lower, lemma, pos } = seg.tokens;
  for (let k = from; k < sentenceEnd; k++) {
    if (lower[k] !== ',') continue;
    for (let j = k + 1; j < sentenceEnd && j - k <= MAX_SUBJECT + 1; j++) {
      if (pos[j] === 'VERB' || pos[j] === 'AUX') {
        if (REPORTING.has((lemma[j] ?? '').toLowerCase())) return k;
        break;
      }
      if (!SUBJECT_POS.has(pos[j] ?? '') || lower[j] === ',') break;
    }
  }
  return -1;
}
