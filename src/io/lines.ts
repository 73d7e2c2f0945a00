import type { Readable } from 'node:stream';

export interface RawLine {
  /** 1-based line number. */
  readonly lineNo: number;
  /** The line's bytes without its terminator (and without a trailing CR), or null when it exceeded the limit. */
  readonly bytes: Buffer | null;
  /** Size of the line in bytes, counted even when it was dropped for being too long. */
  readonly size: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line:
 * an oversized line is counted and dropped as it streams past, so a 50 MB single line
 * costs no more memory than the limit.
 */
export async function* readLines(stream: Readable, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 1;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, from);
      const piece = chunk.subarray(from, newline < 0 ? chunk.length : newline);
      size += piece.length;
      if (size <= maxLineBytes) parts.push(piece);
      else parts = [];
      if (newline < 0) break;
      yield finishLine(lineNo++, parts, size, maxLineBytes);
      parts = [];
      size = 0;
      from = newline + 1;
    }
  }
  if (size > 0 || parts.length > 0) yield finishLine(lineNo, parts, size, maxLineBytes);
}

function finishLine(lineNo: number, parts: Buffer[], size: number, maxLineBytes: number): RawLine {
  if (size > maxLineBytes) return { lineNo, bytes: null, size };
  let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
  return { lineNo, bytes, size };
}
