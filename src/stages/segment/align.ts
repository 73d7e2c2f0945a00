import type { RawAnalysis } from '../../nlp/tagger.js';

export interface AlignedTokens {
  start: number[];
  end: number[];
  /** Index of each kept token in the raw analysis (whitespace tokens are dropped). */
  rawIndex: number[];
}

/**
 * Maps tagger tokens back to UTF-16 offsets. Taggers report surface strings, not offsets,
 * so we walk the text with a cursor. A token the text does not contain verbatim (a tagger
 * that normalises) is placed at the cursor with its own length, clipped to the text.
 */
export function alignTokens(text: string, raw: RawAnalysis): AlignedTokens {
  const aligned: AlignedTokens = { start: [], end: [], rawIndex: [] };
  let cursor = 0;
  for (let i = 0; i < raw.values.length; i++) {
    const value = raw.values[i] ?? '';
    if (raw.isSpace[i] || value.trim() === '') continue;
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 64) at = skipSpace(text, cursor);
    const end = Math.min(text.length, at + value.length);
    if (end <= at) continue;
    aligned.start.push(at);
    aligned.end.push(end);
    aligned.rawIndex.push(i);
    cursor = end;
  }
  return aligned;
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  return at;
}
