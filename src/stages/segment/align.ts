import type { RawAnalysis } from '../../nlp/tagger.js';

/** The tagger's non-blank tokens placed in the text; index k is the k-th kept token. */
export interface AlignedTokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index of each kept token in the raw analysis (whitespace tokens are dropped). */
  readonly rawIndex: Int32Array;
  /** Each kept token's text, `text.slice(start, end)` (the tagger's own string when it is verbatim: no copy). */
  readonly surface: string[];
}

/**
 * Maps tagger tokens back to UTF-16 offsets. Taggers report surface strings, not offsets,
 * so we walk the text with a cursor. A token the text does not contain verbatim (a tagger
 * that normalises) is placed at the cursor with its own length, clipped to the text.
 */
export function alignTokens(text: string, raw: RawAnalysis): AlignedTokens {
  const size = raw.values.length;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const rawIndex = new Int32Array(size);
  const surface: string[] = [];
  let count = 0;
  let cursor = 0;
  for (let i = 0; i < size; i++) {
    if (raw.isSpace[i]) continue;
    const value = raw.values[i] ?? '';
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    const verbatim = at >= 0 && at - cursor <= 64;
    if (!verbatim) at = skipSpace(text, cursor);
    const stop = Math.min(text.length, at + value.length);
    if (stop <= at) continue;
    start[count] = at;
    end[count] = stop;
    rawIndex[count] = i;
    surface.push(verbatim && stop === at + value.length ? value : text.slice(at, stop));
    count++;
    cursor = stop;
  }
  return { count, start: start.slice(0, count), end: end.slice(0, count), rawIndex: rawIndex.slice(0, count), surface };
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  return at;
}
