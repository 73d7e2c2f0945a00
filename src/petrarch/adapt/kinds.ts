/** Actor kinds as the actors stage names them (src/stages/actors/types.ts ActorKind). */
export type AdaptedKind =
  | 'country' | 'government' | 'military' | 'police' | 'organization' | 'armed-group' | 'igo' | 'ngo'
  | 'party' | 'person' | 'agent' | 'media' | 'business' | 'other';

const SECTOR_KINDS: readonly (readonly [RegExp, AdaptedKind])[] = [
  [/^IGO/, 'igo'],
  [/^(NGO|NGM)/, 'ngo'],
  [/^(MNC|BUS)/, 'business'],
  [/^IMG/, 'armed-group'],
  [/(GOV|LEG|JUD|ELI|SPY)/, 'government'],
  [/MIL/, 'military'],
  [/COP/, 'police'],
  [/(REB|INS|UAF)/, 'armed-group'],
  [/(MED|JRN)/, 'media'],
  [/BUS/, 'business'],
  [/(PTY|OPP)/, 'party'],
  [/HRI/, 'ngo'],
];

/**
 * A coarse kind from a CAMEO actor code, for display and coreference only (the code itself is what
 * gets coded): a bare three-letter code is a country, otherwise the first recognised sector decides.
 */
export function kindFromCode(code: string): AdaptedKind {
  const upper = code.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) return 'country';
  for (const [pattern, kind] of SECTOR_KINDS) if (pattern.test(upper)) return kind;
  return 'organization';
}

/** `MARA KESS` → `Mara Kess`, for a readable actor name. */
export function titleCase(words: readonly string[]): string {
  return words.map((w) => (w.length <= 1 ? w : w[0] + w.slice(1).toLowerCase())).join(' ');
}
