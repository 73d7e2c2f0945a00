import { DyadError } from '../../core/errors.js';
import { parseTsv } from './tsv.js';
import type { CameoInfo, CameoOntology } from './types.js';

interface PloverCell {
  readonly plover: string | null;
  readonly mode: string | null;
}

/**
 * Builds the CAMEO lookup from cameo.tsv, the crosswalk (cameo-plover.tsv) and Dyad's overrides.
 * PLOVER type of a code: an override for the code, else its crosswalk row, else the nearest parent
 * (code shortened one digit at a time) in overrides or crosswalk.
 */
export function buildCameoOntology(cameoTsv: string, crosswalkTsv: string, overridesTsv: string): CameoOntology {
  const base = new Map<string, { name: string; quadClass: number; goldstein: number | null }>();
  for (const { line, cells } of parseTsv(cameoTsv, 'cameo.tsv')) {
    const [code = '', quad = '', goldstein = '', name = ''] = cells;
    const quadClass = Number(quad);
    if (!/^\d{2,4}$/.test(code) || !(quadClass >= 1 && quadClass <= 4)) {
      throw new DyadError('E_DATA', `cameo.tsv:${line}: bad row`);
    }
    base.set(code, { name, quadClass, goldstein: goldstein === '' ? null : Number(goldstein) });
  }
  const crosswalk = readPlover(crosswalkTsv, 'cameo-plover.tsv');
  const overrides = readPlover(overridesTsv, 'plover-overrides.tsv');
  const cache = new Map<string, CameoInfo | null>();
  const resolvePlover = (code: string): PloverCell => {
    for (let cut = code; cut.length >= 2; cut = cut.slice(0, -1)) {
      const hit = overrides.get(cut) ?? crosswalk.get(cut);
      if (hit) return hit;
    }
    return { plover: null, mode: null };
  };
  return {
    lookup(code: string): CameoInfo | null {
      const cached = cache.get(code);
      if (cached !== undefined) return cached;
      const entry = base.get(code);
      const info = entry ? { code, ...entry, ...renamePlover(resolvePlover(code)) } : null;
      cache.set(code, info);
      return info;
    },
  };
}

function renamePlover(cell: PloverCell): { plover: string | null; ploverMode: string | null } {
  return { plover: cell.plover, ploverMode: cell.mode };
}

function readPlover(text: string, file: string): Map<string, PloverCell> {
  const table = new Map<string, PloverCell>();
  for (const { cells } of parseTsv(text, file)) {
    const [code = '', plover = '', mode = ''] = cells;
    table.set(code, { plover: plover || null, mode: mode || null });
  }
  return table;
}
