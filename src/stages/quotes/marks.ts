import type { Span } from '../../core/span.js';

/** A stretch of text between quotation marks, the marks included. */
export interface QuotedRegion extends Span {
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
  /** Offset just after the last character inside the closing mark (end − mark length when closed). */
  readonly innerEnd: number;
}

const OPENERS = new Set(['“', '«', '„', '"']);
const CLOSERS = new Set(['”', '»', '"']);

/**
 * Pairs double quotation marks (straight, curly, guillemets) in one pass over the text.
 * Single quotes are left alone: `’` is mostly an apostrophe, and single-quoted material is
 * nested inside double quotes or a headline convention. A quotation still open at a line break
 * continues when the next paragraph opens with a quotation mark (the news convention for
 * multi-paragraph quotes); otherwise it ends with the paragraph.
 */
export function findQuotedRegions(text: string): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  let openAt = -1;
  // The native regex engine skips ordinary text; only marks and line breaks reach this loop.
  const marks = /["“”«»„\n\r\u2029]|''/g;
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    const i = match.index;
    const mark = match[0];
    if (mark === '\n' || mark === '\r' || mark === '\u2029') {
      if (openAt < 0) continue;
      const next = skipSpace(text, i);
      const width = opensQuote(text, next);
      if (width > 0) {
        marks.lastIndex = next + width;
        continue;
      }
      const inkEnd = lastInkBefore(text, i);
      regions.push({ start: openAt, end: inkEnd, closed: false, innerEnd: inkEnd });
      openAt = -1;
      continue;
    }
    if (openAt < 0) {
      if (opensQuote(text, i) > 0) openAt = i;
    } else if (mark === "''" || CLOSERS.has(mark) || (mark === '“' && isLooseCloser(text, i))) {
      regions.push({ start: openAt, end: i + mark.length, closed: true, innerEnd: i });
      openAt = -1;
    }
  }
  if (openAt >= 0) {
    const inkEnd = lastInkBefore(text, text.length);
    regions.push({ start: openAt, end: inkEnd, closed: false, innerEnd: inkEnd });
  }
  return regions;
}

/** Width of the opening mark at i (2 for two apostrophes standing for `"` in some wire copy), or 0. */
function opensQuote(text: string, i: number): number {
  const ch = text[i] ?? '';
  if (ch === "'" && text[i + 1] === "'") return 2;
  return OPENERS.has(ch) || (ch === '”' && isLooseOpener(text, i)) ? 1 : 0;
}

function lastInkBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
  return at;
}

/** `“` typed where `”` was meant: glued to the previous word and followed by space, punctuation or the end. */
function isLooseCloser(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return !/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** `”` typed where `“` was meant: after a space or line start, before a letter. */
function isLooseOpener(text: string, i: number): boolean {
  const before = i === 0 ? '\n' : (text[i - 1] ?? '\n');
  if (before === '\n') return true; // a paragraph opening with `” … what I learned`
  return /\s/.test(before) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  return at;
}

/** Share of the span's letters and digits that lie inside the (sorted) regions. */
export function quotedShare(text: string, span: Span, regions: readonly QuotedRegion[]): number {
  let r = firstRegionEndingAfter(regions, span.start);
  if (r >= regions.length || (regions[r]?.start ?? 0) >= span.end) return 0;
  let inside = 0;
  let total = 0;
  for (let i = span.start; i < span.end; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    total++;
    while (r < regions.length && (regions[r]?.end ?? 0) <= i) r++;
    const region = regions[r];
    if (region && region.start <= i) inside++;
  }
  return total === 0 ? 0 : inside / total;
}

/** Letters and digits, cheaply: ASCII alphanumerics and anything above Latin-1 punctuation. */
export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && (code < 0x2000 || code > 0x206f));
}

/** Index of the first region whose end lies after the offset (regions are sorted and disjoint). */
export function firstRegionEndingAfter(regions: readonly QuotedRegion[], offset: number): number {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((regions[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
