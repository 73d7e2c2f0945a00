import { DyadError } from '../core/errors.js';
import { readTsvLines } from '../lexicon/tsv-lines.js';

/** Rows of a TSV table keyed by its header; `#` lines and blank lines are comments. */
export function parseTsv(text: string, file: string, required: readonly string[]): Record<string, string>[] {
  const [head, ...body] = readTsvLines(text);
  if (head === undefined) return [];
  const header = head.cells;
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new DyadError('E_DATA', `missing column(s) ${missing.join(', ')}`, { file, line: head.line });
  return body.map(({ line, cells }) => {
    if (cells.length > header.length) throw new DyadError('E_DATA', `${cells.length} cells for ${header.length} columns`, { file, line });
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = cells[i] ?? ''));
    row.__line = String(line);
    return row;
  });
}
