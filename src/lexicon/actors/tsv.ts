import { DyadError } from '../../core/errors.js';
import { readTsvLines } from '../tsv-lines.js';

export interface TsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface TsvTable {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly TsvRow[];
}

/**
 * Reads one of our TSV lists: `#` lines are comments (sources, notes), the first other line names
 * the columns, every later non-empty line is a row. A row with more cells than columns is an error;
 * missing trailing cells are empty.
 */
export function parseTsv(text: string, file: string): TsvTable {
  const [head, ...body] = readTsvLines(text);
  if (head === undefined) throw new DyadError('E_DATA', 'no header line', { file });
  const columns = head.cells.map((cell) => cell.toLowerCase());
  const rows = body.map(({ line, cells }): TsvRow => {
    if (cells.length > columns.length) {
      throw new DyadError('E_DATA', `${cells.length} cells but ${columns.length} columns`, { file, line });
    }
    const record: Record<string, string> = {};
    columns.forEach((column, c) => (record[column] = cells[c] ?? ''));
    return { line, cells: record };
  });
  return { file, columns, rows };
}

/** `a|b|c` → ['a', 'b', 'c'], empty parts dropped. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((part) => part.trim()).filter((part) => part !== '');
}
