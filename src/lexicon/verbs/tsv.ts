import { DyadError } from '../../core/errors.js';

export interface TsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Rows of a TSV text: `#` comment lines and blank lines are skipped, the first remaining line is the
 * header. Every row must have the header's number of cells (a missing trailing cell counts as empty).
 */
export function parseTsv(text: string, file: string): TsvRecord[] {
  const records: TsvRecord[] = [];
  let width = -1;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] ?? '';
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (width < 0) {
      width = cells.length;
      continue;
    }
    if (cells.length > width) {
      throw new DyadError('E_DATA', `${file}:${n + 1}: ${cells.length} cells, header has ${width}`);
    }
    while (cells.length < width) cells.push('');
    records.push({ line: n + 1, cells });
  }
  return records;
}

/** A `|`-separated cell as a list; `-` or empty means "no constraint" (null). */
export function splitAlternatives(cell: string): string[] | null {
  if (cell === '' || cell === '-') return null;
  return cell.split('|').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
}
