import { DyadError } from '../core/errors.js';
import { parseTsv } from './tsv.js';

/** PLOVER type → quad code (1–4). */
export type PloverQuads = ReadonlyMap<string, number>;

export function parsePloverTypes(text: string, file: string): PloverQuads {
  const quads = new Map<string, number>();
  for (const row of parseTsv(text, file, ['type', 'quad_code'])) {
    const quad = Number(row.quad_code);
    if (!Number.isInteger(quad) || quad < 1 || quad > 4) throw new DyadError('E_DATA', `bad quad code "${row.quad_code}"`, { file, line: Number(row.__line) });
    quads.set(row.type!, quad);
  }
  return quads;
}
