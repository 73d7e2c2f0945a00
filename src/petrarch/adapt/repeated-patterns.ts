import type { PatternNode, VerbFormat, VerbPattern } from '../types.js';

/**
 * PETRARCH-2 stores a block's patterns in a trie keyed by their words and writes the code at the
 * pattern's last node, so a pattern written again later in the same block replaces the earlier
 * one's code: in Phoenix's ACCLAIM block `* INDEPENDENCE [017]` (for "celebrate") is followed by
 * `* INDEPENDENCE [054]` (for "recognise"), and "recognised the independence" is 054. PETRARCH-1
 * keeps a list and tries it in order, so there the first one stays.
 */
export function effectivePatterns(patterns: readonly VerbPattern[], format: VerbFormat): readonly VerbPattern[] {
  if (format !== 'petrarch2' || patterns.length < 2) return patterns;
  const last = new Map<string, VerbPattern>();
  for (const pattern of patterns) last.set(patternKey(pattern.elements), pattern);
  return last.size === patterns.length ? patterns : patterns.filter((pattern) => last.get(patternKey(pattern.elements)) === pattern);
}

/** The words and roles of a pattern, without its code: what PETRARCH-2's trie is keyed by. */
function patternKey(elements: readonly PatternNode[]): string {
  return JSON.stringify(elements);
}
