import type { DecodedLines } from './types.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// Windows-1252 differs from Latin-1 only in 0x80–0x9F; Node's decoder (without full ICU) treats
// them as C1 controls, so the 27 printable ones are mapped here (0 = undefined in cp1252).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
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
      text = decodeCp1252(slice);
    }
    lines.push(text);
    start = end + 1;
  }
  return lines;
}

function decodeCp1252(slice: Uint8Array): string {
  let text = '';
  for (const byte of slice) {
    const mapped = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : 0;
    text += String.fromCharCode(mapped || byte);
  }
  return text;
}
