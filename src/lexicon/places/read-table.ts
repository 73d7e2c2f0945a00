import { readFileSync } from 'node:fs';
import { DyadError } from '../../core/errors.js';
import { readTsvLines } from '../tsv-lines.js';

export type TableRow = Readonly<Record<string, string>>;

/**
 * Reads a TSV lexicon: `#` comment lines, then a header row, then rows. Every required column
 * must be present in the header; rows with a wrong column count are an E_DATA error.
 */
export function readTable(path: string, required: readonly string[]): TableRow[] {
  const [head, ...body] = readTsvLines(readFileSync(path, 'utf8'));
  if (head === undefined) return [];
  const header = head.cells;
  const missing = required.filter((col) => !header.includes(col));
  if (missing.length > 0) throw new DyadError('E_DATA', `${path}: missing column(s) ${missing.join(', ')}`);
  return body.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      throw new DyadError('E_DATA', `${path}:${line}: expected ${header.length} columns, found ${cells.length}`);
    }
    const row: Record<string, string> = {};
    header.forEach((col, k) => (row[col] = cells[k] ?? ''));
    return row;
  });
}

/** Reads a one-word-per-line list (comments with `#`), lower-cased. */
export function readWordList(path: string): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.trim().toLowerCase();
    if (word !== '' && !word.startsWith('#')) words.add(word);
  }
  return words;
}

/** Parses a coordinate cell; an unparsable or out-of-range value is an E_DATA error. */
export function parseCoordinate(cell: string | undefined, limit: number, where: string): number {
  const value = Number(cell);
  if (cell === undefined || cell === '' || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw new DyadError('E_DATA', `${where}: bad coordinate "${cell ?? ''}"`);
  }
  return value;
}
