/**
 * Token keys: the trie is keyed by lower-cased, accent-free tokens so "Álvarez", "ALVAREZ" and
 * "alvarez" meet at one edge. Folding allocates only for the rare non-ASCII token.
 */
export function foldToken(lower: string): string {
  return NON_ASCII.test(lower) ? foldNonAscii(lower) : lower;
}

const NON_ASCII = /[^ -~\t\n\r]/;

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘`´]/g;

function foldNonAscii(lower: string): string {
  return lower.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'");
}

/** Tokens skipped inside a phrase: "al-Qaeda", "al Qaeda" and "Martyrs' Brigades" all match the same key path. */
export function isJoiner(key: string): boolean {
  return key === '-' || key === "'" || key === '‐' || key === '–';
}

/**
 * 0: any case; 1: initial capital required; 2: all capitals required (so "US" never matches "us");
 * 3: an inner capital required (mixed-case acronyms: "LeT" never matches "Let", "AfD" never "Afd").
 */
export function caseRuleOf(surface: string): number {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 2;
  if (/^\p{Lu}\p{Ll}*\p{Lu}/u.test(letters) && letters.length <= 5) return 3;
  const first = letters[0] ?? '';
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase() ? 1 : 0;
}

/** Whether a text token satisfies a phrase token's case rule. */
export function satisfiesCase(surface: string, rule: number): boolean {
  if (rule === 0) return true;
  const code = surface.charCodeAt(0);
  const initialUpper = (code >= 65 && code <= 90) || (code > 127 && surface[0] !== surface[0]?.toLowerCase());
  if (rule === 1) return initialUpper;
  if (rule === 3) return initialUpper && surface.slice(1) !== surface.slice(1).toLowerCase();
  return initialUpper && surface === surface.toUpperCase();
}
