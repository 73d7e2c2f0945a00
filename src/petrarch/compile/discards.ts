import type { PetrarchDiscardEntry } from '../types.js';
import { PhraseTrie } from './phrase-trie.js';

export interface CompiledDiscards {
  readonly entries: readonly PetrarchDiscardEntry[];
  readonly sentence: PhraseTrie<number>;
  readonly story: PhraseTrie<number>;
}

export function compileDiscards(entries: readonly PetrarchDiscardEntry[]): CompiledDiscards {
  const sentence = new PhraseTrie<number>();
  const story = new PhraseTrie<number>();
  entries.forEach((entry, index) => {
    (entry.scope === 'story' ? story : sentence).insert(entry.words, index, !entry.wholeWord);
  });
  return { entries, sentence, story };
}

export interface DiscardHit {
  readonly entry: PetrarchDiscardEntry;
  readonly start: number;
  readonly end: number;
}

/** The first discard phrase found in the (lower-cased) tokens, story-level ones first. */
export function findDiscard(discards: CompiledDiscards, tokens: readonly string[]): DiscardHit | null {
  for (const trie of [discards.story, discards.sentence]) {
    if (trie.size === 0) continue;
    for (let start = 0; start < tokens.length; start++) {
      const m = trie.longest(tokens, start);
      if (m) return { entry: discards.entries[m.values[0]!]!, start, end: m.end };
    }
  }
  return null;
}
