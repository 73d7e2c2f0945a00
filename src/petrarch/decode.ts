import type { DecodedLines } from './types.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const CP1252 = new TextDecoder('windows-1252');
const LF = 0x0a;

/**
 * Splits dictionary bytes into lines. TABARI-era files mix encodings line by line, so the file is
 * read as UTF-8 and, only where that fails, line by line as Windows-1252 (a superset of Latin-1
 * in the printable range): one bad byte never costs the whole file. A CR before LF is dropped.
 */
export function decodeDictionaryBytes(file: string, bytes: Uint8Array): DecodedLines {
  const whole = tryUtf8(bytes);
  const latin1Lines: number[] = [];
  const raw = whole !== null ? whole.split('\n') : decodeByLine(bytes, latin1Lines);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  let crlf = false;
  const replacementLines: number[] = [];
  const lines = raw.map((line, i) => {
    if (line.endsWith('\r')) {
      crlf = true;
      line = line.slice(0, -1);
    }
    if (line.includes('\uFFFD')) replacementLines.push(i + 1);
    return line;
  });
  return { file, lines, latin1Lines, replacementLines, crlf };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function decodeByLine(bytes: Uint8Array, latin1Lines: number[]): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    const slice = bytes.subarray(start, end);
    let text = tryUtf8(slice);
    if (text === null) {
      latin1Lines.push(lines.length + 1);
      text = CP1252.decode(slice);
    }
    lines.push(text);
    start = end + 1;
  }
  return lines;
}
