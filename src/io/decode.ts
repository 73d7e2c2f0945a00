import { DyadError } from '../core/errors.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly, dropping a leading BOM; bad bytes give E_UTF8 with the line they are on. */
export function decodeUtf8(bytes: Uint8Array, firstLine = 1): string {
  try {
    return stripBom(strictUtf8.decode(bytes));
  } catch {
    const line = firstLine + countNewlines(bytes, firstBadByte(bytes));
    throw new DyadError('E_UTF8', 'invalid UTF-8 byte sequence', { line });
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Normalises CRLF and lone CR line ends to LF, so offsets mean the same on every platform. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function firstBadByte(bytes: Uint8Array): number {
  // Binary search on the longest prefix that decodes; a cut inside a valid multi-byte
  // character also fails, so widen by up to 3 bytes before declaring the prefix bad.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decodesWithin(bytes, mid)) good = mid;
    else bad = mid;
  }
  return good;
}

function decodesWithin(bytes: Uint8Array, end: number): boolean {
  for (let extra = 0; extra < 4 && end + extra <= bytes.length; extra++) {
    try {
      strictUtf8.decode(bytes.subarray(0, end + extra));
      return true;
    } catch {
      // try a slightly longer prefix
    }
  }
  return false;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}
