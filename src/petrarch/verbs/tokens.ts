import type { PatternNode, Synset } from '../types.js';

/** Node for a one-character pattern symbol, or null when `token` is a word. */
export function symbolNode(token: string, joined: boolean): PatternNode | null {
  switch (token) {
    case '*':
      return { type: 'verb', joined };
    case '$':
      return { type: 'source', joined };
    case '+':
      return { type: 'target', joined };
    case '%':
      return { type: 'compound', joined };
    case '^':
      return { type: 'skip', joined };
    default:
      return null;
  }
}

/** A synset reference node carrying the resolved options, or an error message. */
export function synsetNode(name: string, synsets: ReadonlyMap<string, Synset>, joined: boolean): PatternNode | string {
  const synset = synsets.get(name);
  if (!synset) return `synset &${name} is not defined`;
  return { type: 'synset', name, options: synset.options, joined };
}

/**
 * Splits `&NEGATVAUXVRB_WANT` style chunks: the longest `_`-joined prefix that names a defined
 * synset is the reference, the rest are words. Returns the synset name and how many parts it took.
 */
export function matchSynsetParts(parts: readonly string[], start: number, synsets: ReadonlyMap<string, Synset>): { name: string; taken: number } {
  const first = parts[start]!.slice(1).toUpperCase();
  let best = { name: first, taken: 1 };
  let name = first;
  for (let k = start + 1; k < parts.length; k++) {
    name = `${name}_${parts[k]!.toUpperCase()}`;
    if (synsets.has(name)) best = { name, taken: k - start + 1 };
  }
  return best;
}
