import { DyadError } from '../../core/errors.js';
import { readTsvLines } from '../tsv-lines.js';

export interface TsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Rows of a TSV text: `#` comment lines and blank lines are skipped, the first remaining line is the
 * header. Every row must have the header's number of cells (a missing trailing cell counts as empty).
 */
export function parseTsv(text: string, file: string): TsvRecord[] {
  const [head, ...body] = readTsvLines(text);
  if (head === undefined) return [];
  const width = head.cells.length;
  return body.map(({ line, cells }) => {
    if (cells.length > width) throw new DyadError('E_DATA', `${file}:${line}: ${cells.length} cells, header has ${width}`);
    while (cells.length < width) cells.push('');
    return { line, cells };
  });
}

/** A `|`-separated cell as a list; `-` or empty means "no constraint" (null). */
export function splitAlternatives(cell: string): string[] | null {
  if (cell === '' || cell === '-') return null;
  return cell.split('|').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
}
