import { DyadError } from '../core/errors.js';

/** Rows of a TSV table keyed by its header; `#` lines and blank lines are comments. */
export function parseTsv(text: string, file: string, required: readonly string[]): Record<string, string>[] {
  const lines = text.split(/\r?\n/);
  let header: string[] | null = null;
  const rows: Record<string, string>[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (header === null) {
      header = cells;
      const missing = required.filter((name) => !cells.includes(name));
      if (missing.length > 0) throw new DyadError('E_DATA', `missing column(s) ${missing.join(', ')}`, { file, line: index + 1 });
      return;
    }
    if (cells.length > header.length) throw new DyadError('E_DATA', `${cells.length} cells for ${header.length} columns`, { file, line: index + 1 });
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = (cells[i] ?? '').trim()));
    row.__line = String(index + 1);
    rows.push(row);
  });
  return rows;
}
