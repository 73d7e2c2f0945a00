import type { MatchView } from './units.js';

/** Articles a mention may be preceded by ("the Prince of X" fills `+`). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const CONJUNCTIONS = new Set(['and', 'or', ',']);

/** Token range of an actor mention. */
export interface MentionRange {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/**
 * The sentence at tokens [lo, hi) for pattern matching: a mention may be preceded by a determiner
 * ("the Prince of X" fills `+`), and is a compound conjunct when "and"/"or"/"," joins it to another.
 */
export function sentenceView(words: readonly string[], lo: number, hi: number, mentions: readonly MentionRange[]): MatchView {
  const starts = new Map<number, number>();
  mentions.forEach((m, index) => {
    if (!starts.has(m.tokenStart)) starts.set(m.tokenStart, index);
  });
  const startsAt = (token: number) => starts.get(token) ?? (DETERMINERS.has(words[token]!) ? starts.get(token + 1) : undefined);
  const endsAt = (token: number) => mentions.some((m) => m.tokenEnd === token);
  return {
    words, lo, hi,
    mentionAt(token) {
      const at = startsAt(token);
      if (at === undefined) return null;
      const { tokenStart, tokenEnd: end } = mentions[at]!;
      if (end > hi) return null;
      const before = DETERMINERS.has(words[tokenStart - 1]!) ? tokenStart - 2 : tokenStart - 1;
      const compound = (CONJUNCTIONS.has(words[before]!) && endsAt(before)) || (CONJUNCTIONS.has(words[end]!) && startsAt(end + 1) !== undefined);
      return { mention: at, end, compound };
    },
  };
}
