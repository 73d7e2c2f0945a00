import type { VerbPattern } from '../types.js';
import { matchPattern, type PatternMatch } from './pattern-match.js';
import type { MatchView } from './units.js';

export interface ChosenPattern {
  readonly pattern: VerbPattern;
  readonly match: PatternMatch;
}

/**
 * The pattern of a verb block that matches around the verb and names the most: matched word
 * tokens plus actor elements (`* AUSTRIAN GOLD FLORIN` beats `* AUSTRIAN FLORIN`, `&NEG EVER *`
 * beats `&NEG *`); on a tie the earlier pattern in the file wins. Null when none matches, and
 * the verb's own code applies.
 */
export function bestPattern(patterns: readonly VerbPattern[], view: MatchView, verbStart: number, verbEnd: number): ChosenPattern | null {
  let best: ChosenPattern | null = null;
  let bestWeight = 0;
  for (const pattern of patterns) {
    const match = matchPattern(pattern, view, verbStart, verbEnd);
    if (!match) continue;
    const weight = match.words + match.actors;
    if (best === null || weight > bestWeight) {
      best = { pattern, match };
      bestWeight = weight;
    }
  }
  return best;
}
