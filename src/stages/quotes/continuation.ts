import type { DraftQuote } from './draft.js';
import { paragraphOf, tokenAtOrAfter, type QuoteScan } from './scan.js';

/**
 * A paragraph that is nothing but a quotation, with no cue, right after a paragraph whose
 * last quote was direct and had a speaker: the same speaker goes on talking.
 */
export function findContinuations(scan: QuoteScan, usedRegions: Uint8Array, drafts: readonly DraftQuote[]): DraftQuote[] {
  const found: DraftQuote[] = [];
  const sorted = [...drafts].sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));
  for (let r = 0; r < scan.regions.length; r++) {
    const region = scan.regions[r];
    if (!region || usedRegions[r] || !opensParagraph(scan.text, region.start) || !fillsParagraph(scan, region.end)) continue;
    const paragraph = paragraphOf(scan, region.start);
    const previous = lastBefore(sorted, found, region.start);
    if (!previous?.speaker || !previous.rule.startsWith('quotes/direct')) continue;
    const previousEnd = previous.parts[previous.parts.length - 1]?.end ?? 0;
    if (paragraph - paragraphOf(scan, previousEnd) > 2) continue;
    usedRegions[r] = 1;
    found.push({ parts: [{ start: region.start, end: region.end }], speaker: previous.speaker, cue: null, rule: 'quotes/direct-continuation' });
  }
  return found;
}

function lastBefore(a: readonly DraftQuote[], b: readonly DraftQuote[], offset: number): DraftQuote | null {
  let best: DraftQuote | null = null;
  let bestAt = -1;
  for (const list of [a, b]) {
    for (const draft of list) {
      const at = draft.parts[0]?.start ?? 0;
      if (at < offset && at > bestAt) {
        best = draft;
        bestAt = at;
      }
    }
  }
  return best;
}

function opensParagraph(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0' && ch !== '\r') return false;
  }
  return true;
}

/** Nothing but punctuation between the closing mark and the end of the paragraph. */
function fillsParagraph(scan: QuoteScan, end: number): boolean {
  const k = tokenAtOrAfter(scan.tokens, end);
  if (k >= scan.tokens.count) return true;
  const paragraph = paragraphOf(scan, end - 1);
  for (let j = k; j < scan.tokens.count && paragraphOf(scan, scan.tokens.start[j] ?? 0) === paragraph; j++) {
    if (scan.tokens.pos[j] !== 'PUNCT') return false;
  }
  return true;
}
