import type { TokenTable } from '../../core/tokens.js';

/**
 * The preposition in front of a phrase, past its adjectives and determiners: "in" for "in central
 * Mali", "from" for "from the Gambia"; '' when the phrase opens its clause.
 */
export function prepositionBefore(tokens: TokenTable, tokenStart: number): string {
  let k = tokenStart - 1;
  while (k >= 0 && (tokens.pos[k] === 'ADJ' || tokens.pos[k] === 'DET')) k--;
  return k >= 0 ? (tokens.lower[k] as string) : '';
}
