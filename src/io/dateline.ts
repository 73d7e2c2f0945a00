import { DyadError } from '../core/errors.js';

/** `date` then something date-shaped (digits and separators): "Date palms ..." stays body text. */
const HEADER = /^\s*date[ \t]+(\d[\d\-/.]*)(?=\s|$)/i;

export interface DatelineSplit {
  /** Date from the header, or null when the text has no `date` header. */
  readonly date: string | null;
  readonly body: string;
  /** 1-based line of the body's first character in the file (for error messages). */
  readonly bodyLine: number;
}

/**
 * Splits `date YYYY-MM-DD <body>` into date and body. The header may be preceded by
 * whitespace and followed by the body on the same line. A header with a malformed
 * date is an error rather than body text, since the writer clearly meant a dateline.
 */
export function splitDateline(text: string): DatelineSplit {
  const match = HEADER.exec(text);
  if (!match) return { date: null, body: text.trim(), bodyLine: 1 };
  const date = match[1] ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new DyadError('E_DATE', `dateline "date ${date}" is not YYYY-MM-DD`, { line: lineOf(text, match[0].length - match[0].trimStart().length) });
  }
  const rest = text.slice(match[0].length);
  const leading = rest.length - rest.trimStart().length;
  return { date, body: rest.trim(), bodyLine: lineOf(text, match[0].length + leading) };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
