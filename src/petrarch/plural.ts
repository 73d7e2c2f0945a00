/**
 * English plural of a dictionary word (upper case): consonant+Y → IES, S/X/Z/CH/SH → ES, else S.
 * PETRARCH's own rule turns every final Y into IES and S into ES; ours keeps ENVOY → ENVOYS.
 */
export function pluralizeWord(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(S|X|Z|CH|SH)$/.test(word)) return `${word}ES`;
  return `${word}S`;
}

/** The phrase with its last word made plural. */
export function pluralizePhrase(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  return [...words.slice(0, -1), pluralizeWord(words[words.length - 1]!)];
}
