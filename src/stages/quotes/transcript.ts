import type { DraftQuote } from './draft.js';
import { paragraphOf, tokenAtOrAfter, type QuoteScan } from './scan.js';

/** Fewer labelled paragraphs than this and `UPDATE:` or `CLARIFICATION:` is a note, not a transcript. */
const MIN_LABELS = 3;

/**
 * Interview transcripts: paragraphs opening with a capitalised speaker label and a colon
 * (`SMITH: We will…`, also inside a quotation mark). The label is the speaker, the colon the cue,
 * the rest of the paragraph the content. Only when the document has several such labels.
 */
export function findTranscriptTurns(scan: QuoteScan, usedRegions: Uint8Array): DraftQuote[] {
  const { tokens } = scan;
  const turns: DraftQuote[] = [];
  for (let p = -1; p < scan.breaks.length; p++) {
    const k = p < 0 ? 0 : tokenAtOrAfter(tokens, (scan.breaks[p] ?? 0) + 1);
    if (k >= tokens.count || (p >= 0 && paragraphOf(scan, tokens.start[k] ?? 0) !== p + 1)) continue;
    const paragraph = p + 1;
    let j = k;
    if (tokens.value[j] === '"' || tokens.value[j] === '“') j++;
    const labelStart = j;
    while (j < tokens.count && j - labelStart < 3 && isCapsWord(tokens.value[j] ?? '')) j++;
    if (j === labelStart || tokens.value[j] !== ':') continue;
    let end = j + 1;
    while (end < tokens.count && paragraphOf(scan, tokens.start[end] ?? 0) === paragraph) end++;
    let last = end - 1;
    while (last > j && tokens.pos[last] === 'PUNCT') last--;
    if (last <= j) continue;
    const content = { start: tokens.start[j + 1] ?? 0, end: tokens.end[last] ?? 0 };
    const cue = { start: tokens.start[j] ?? 0, end: tokens.end[j] ?? 0, lemma: ':', cueClass: 'quoting' as const };
    turns.push({ parts: [content], speaker: [labelStart, j], cue, rule: 'quotes/transcript-label' });
  }
  if (turns.length < MIN_LABELS) return [];
  scan.regions.forEach((region, r) => {
    if (turns.some((turn) => turn.parts[0] && region.start <= turn.parts[0].start && turn.parts[0].end <= region.end)) usedRegions[r] = 1;
  });
  return turns;
}

function isCapsWord(value: string): boolean {
  return value.length >= 2 && /^[A-Z][A-Z.'’-]+$/.test(value);
}
