import type { TokenTable } from '../../core/tokens.js';
import type { Gazetteer } from './gazetteer.js';
import type { Match } from './match.js';

/** Words after a name that make it a region: "Idlib province", "Homs and Aleppo Governorates". */
const SUFFIX: Readonly<Record<string, string>> = {
  governorate: 'governorate', governorates: 'governorate', province: 'province', provinces: 'province',
  oblast: 'oblast', oblasts: 'oblast', region: 'region', regions: 'region', state: 'state', states: 'state',
};

/**
 * Re-reads a name followed by an administrative word as that region when the gazetteer has it
 * ("Aleppo Governorate"); in "X and Y Governorates" the plural covers both names.
 */
export function applyAdminSuffixes(matches: readonly Match[], tokens: TokenTable, gaz: Gazetteer): Match[] {
  return matches.map((match, k) => {
    const after = tokens.lower[match.tokenEnd] ?? '';
    const direct = SUFFIX[after];
    if (direct) {
      const entries = gaz.names.get(`${match.key} ${direct}`);
      if (entries) return { ...match, entries, alias: -1, rule: 'gazetteer', tokenEnd: match.tokenEnd + 1, end: tokens.end[match.tokenEnd] ?? match.end };
      return match;
    }
    const next = matches[k + 1];
    if (after !== 'and' || !next || next.tokenStart !== match.tokenEnd + 1) return match;
    const plural = tokens.lower[next.tokenEnd] ?? '';
    const shared = plural.endsWith('s') ? SUFFIX[plural] : undefined;
    const entries = shared ? gaz.names.get(`${match.key} ${shared}`) : undefined;
    return entries ? { ...match, entries, alias: -1, rule: 'gazetteer' } : match;
  });
}
