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
  let lastInk = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n' || ch === '\r' || ch === '\u2029') {
      if (openAt < 0) continue;
      const next = skipSpace(text, i);
      const nextCh = text[next] ?? '';
      const nextDoubled = nextCh === "'" && text[next + 1] === "'";
      if (next < text.length && (OPENERS.has(nextCh) || nextDoubled || (nextCh === '”' && isLooseOpener(text, next)))) {
        i = nextDoubled ? next + 1 : next;
        lastInk = i;
        continue;
      }
      regions.push({ start: openAt, end: lastInk + 1, closed: false, innerEnd: lastInk + 1 });
      openAt = -1;
      continue;
    }
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0') lastInk = i;
    // Two apostrophes stand for a straight double quote in some wire copy: ''Yes,'' he said.
    const doubled = ch === "'" && text[i + 1] === "'";
    if (openAt < 0) {
      if (OPENERS.has(ch) || doubled || (ch === '”' && isLooseOpener(text, i))) openAt = i;
      if (doubled) i++;
    } else if (CLOSERS.has(ch) || doubled || (ch === '“' && isLooseCloser(text, i))) {
      const width = doubled ? 2 : 1;
      regions.push({ start: openAt, end: i + width, closed: true, innerEnd: i });
      openAt = -1;
      i += width - 1;
    }
  }
  if (openAt >= 0) regions.push({ start: openAt, end: lastInk + 1, closed: false, innerEnd: lastInk + 1 });
  return regions;
}

/** `“` typed where `”` was meant: glued to the previous word and followed by space, punctuation or the end. */
function isLooseCloser(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return !/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** `”` typed where `“` was meant: after a space or line start, before a letter. */
function isLooseOpener(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  return /\s/.test(before) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  return at;
}

/** Share of the span's letters and digits that lie inside the (sorted) regions. */
export function quotedShare(text: string, span: Span, regions: readonly QuotedRegion[]): number {
  let inside = 0;
  let total = 0;
  let r = 0;
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
