import type { Figure } from './types.js';

/** Plain-text table with aligned columns; the first column is left-aligned, the rest right-aligned unless `left`. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], left = false): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 || left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n') + '\n';
}

const COUNT_FIGURES = new Set(['TP', 'FP', 'FN', 'gold', 'predicted', 'passed', 'failed', 'typed', 'nullGold']);

/** Counts as integers, kilometres with one decimal, rates with three; null as "-". */
export function formatFigure(name: string, value: Figure | undefined): string {
  if (value === null || value === undefined) return '-';
  if (COUNT_FIGURES.has(name)) return String(Math.round(value));
  if (name.endsWith('Km')) return value.toFixed(1);
  return value.toFixed(3);
}
