/** One content line of a TSV file: its 1-based line number and its cells, trimmed. */
export interface TsvLine {
  readonly line: number;
  readonly cells: string[];
}

/**
 * The lexing every data table shares: `#` lines and blank lines are comments, cells are split on
 * tabs and trimmed, CRLF is tolerated. Callers read the first line as their header and apply
 * their own checks (required columns, widths), so each keeps its own error messages.
 */
export function readTsvLines(text: string): TsvLine[] {
  const found: TsvLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    found.push({ line: i + 1, cells: raw.split('\t').map((cell) => cell.trim()) });
  }
  return found;
}
