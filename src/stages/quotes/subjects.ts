import type { DraftQuote } from './draft.js';
import type { QuoteScan } from './scan.js';
import { findSpeakerAfter, type TokenRange } from './speaker.js';

const LEADERS = new Set(['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'also']);

/** `But`, `And`, `However,` at the start of a sentence are not content. */
export function leadingWords(scan: QuoteScan, first: number, limit: number): number {
  let k = first;
  while (k < limit && (LEADERS.has(scan.tokens.lower[k] ?? '') || scan.tokens.value[k] === ',')) k++;
  return k;
}

/** Speakers of the attributions found so far, by sentence: what `…, adding that` leans on. */
export type SpeakerIndex = Map<number, TokenRange[]>;

export function indexSpeaker(scan: QuoteScan, index: SpeakerIndex, draft: DraftQuote): void {
  if (!draft.speaker) return;
  const sentence = scan.tokens.sentence[draft.speaker[0]] ?? 0;
  const list = index.get(sentence);
  if (list) list.push(draft.speaker);
  else index.set(sentence, [draft.speaker]);
}

/** The speaker of the latest attribution before token k, in this or the previous sentence (for `…, adding that`). */
export function lastSpeaker(scan: QuoteScan, index: SpeakerIndex, k: number): TokenRange | null {
  const sentence = scan.tokens.sentence[k] ?? 0;
  let best: TokenRange | null = null;
  for (const list of [index.get(sentence), index.get(sentence - 1)]) {
    for (const speaker of list ?? []) if (speaker[0] < k && (!best || speaker[0] > best[0])) best = speaker;
  }
  return best;
}

/** The noun phrase opening the sentence, when a verb follows it: the subject a participle (`…, saying`) leans on. */
export function sentenceSubject(scan: QuoteScan, first: number, limit: number): TokenRange | null {
  const subject = findSpeakerAfter(scan.tokens, leadingWords(scan, skipDateline(scan, first, limit), limit), limit);
  if (!subject) return null;
  const next = scan.tokens.pos[subject[1]] ?? '';
  return next === 'VERB' || next === 'AUX' ? subject : null;
}

/**
 * `Jane Roe, a spokeswoman for the group, said …`, `The UN mission in Mali, MINUSMA, condemned …`:
 * a verbless head up to the first comma, then the apposition, then the comma before the cue.
 */
export function appositiveSubject(scan: QuoteScan, first: number, comma: number): TokenRange | null {
  const { tokens } = scan;
  const start = leadingWords(scan, first, comma);
  if (comma - start > 30 || (!/^[\p{Lu}]/u.test(tokens.value[start] ?? '') && tokens.pos[start] !== 'DET')) return null;
  let headEnd = start;
  while (headEnd < comma && tokens.value[headEnd] !== ',') {
    const pos = tokens.pos[headEnd] ?? '';
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || (scan.tokenRegion[headEnd] ?? -1) >= 0) return null;
    headEnd++;
  }
  if (headEnd === start || headEnd >= comma) return null;
  return [start, comma];
}

/** `BEIJING — The ministers …`, `KYIV, Ukraine — …`: the token after a capitalised dateline and its dash. */
export function skipDateline(scan: QuoteScan, first: number, limit: number): number {
  const { tokens } = scan;
  for (let j = first; j < Math.min(limit, first + 8); j++) {
    const value = tokens.value[j] ?? '';
    if (value === '—' || value === '–' || value === '-') return j > first ? j + 1 : first;
    if (value !== ',' && value !== '.' && !/^\p{Lu}/u.test(value)) return first;
  }
  return first;
}
