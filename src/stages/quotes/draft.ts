import type { Span } from '../../core/span.js';
import type { CueMatch } from './cues.js';
import type { QuoteScan } from './scan.js';
import type { TokenRange } from './speaker.js';
import type { CueClass } from './types.js';

/** A quote under construction: content parts, speaker tokens and cue, before ids and actors. */
export interface DraftQuote {
  readonly parts: Span[];
  readonly speaker: TokenRange | null;
  readonly cue: { readonly start: number; readonly end: number; readonly lemma: string; readonly cueClass: CueClass } | null;
  readonly rule: string;
}

export function cueOf(scan: QuoteScan, match: CueMatch): DraftQuote['cue'] {
  const { tokens } = scan;
  return {
    start: tokens.start[match.first] ?? 0,
    end: tokens.end[match.end - 1] ?? 0,
    lemma: match.entry.lemma,
    cueClass: match.entry.cueClass,
  };
}

/** Marks the cue's tokens as used: 2 by a quotation's credit (`“A,” X said`), 1 by a cue-driven attribution. */
export function claimCue(scan: QuoteScan, match: CueMatch, mark: 1 | 2 = 1): void {
  scan.claimed.fill(mark, match.first, match.end);
}

/** Char span of a token range. */
export function tokenSpan(scan: QuoteScan, first: number, end: number): Span {
  return { start: scan.tokens.start[first] ?? 0, end: scan.tokens.end[end - 1] ?? 0 };
}
