import { trimSpan } from './content.js';
import type { DraftQuote } from './draft.js';
import { paragraphOf, type QuoteScan } from './scan.js';

const MAX_LABEL = 5;

/**
 * A headline of the form `Speaker: what they said` (`Pat Doe: Voters Are Worried`, `Poll: Race Tied`):
 * only in the first paragraph, with a short capitalised label, the colon as cue.
 */
export function findHeadlineAttribution(scan: QuoteScan): DraftQuote | null {
  const { tokens } = scan;
  if (tokens.count === 0) return null;
  const paragraph = paragraphOf(scan, tokens.start[0] ?? 0);
  let colon = 0;
  while (colon < tokens.count && colon <= MAX_LABEL && tokens.value[colon] !== ':') {
    const pos = tokens.pos[colon] ?? '';
    if (!/^\p{Lu}/u.test(tokens.value[colon] ?? '') || (pos !== 'PROPN' && pos !== 'NOUN')) return null;
    colon++;
  }
  if (colon === 0 || colon > MAX_LABEL || tokens.value[colon] !== ':') return null;
  if (/^[A-Z]+$/.test(tokens.value[0] ?? '') && colon === 1) return null;
  let end = colon + 1;
  while (end < tokens.count && paragraphOf(scan, tokens.start[end] ?? 0) === paragraph) end++;
  if (end - colon < 4) return null;
  const content = trimSpan(scan, colon + 1, end);
  if (!content) return null;
  const cue = { start: tokens.start[colon] ?? 0, end: tokens.end[colon] ?? 0, lemma: ':', cueClass: 'quoting' as const };
  return { parts: [content], speaker: [0, colon], cue, rule: 'quotes/headline-colon' };
}
