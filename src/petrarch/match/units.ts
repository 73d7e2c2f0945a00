import type { PatternNode } from '../types.js';

/** One sentence as PETRARCH-1 patterns see it: lower-cased words and where actor mentions start. */
export interface MatchView {
  readonly words: readonly string[];
  /** The sentence's token range [lo, hi) in `words`. */
  readonly lo: number;
  readonly hi: number;
  /**
   * Mention starting at a token (leading determiners included): its index, end token, and whether
   * it is a conjunct of a compound ("A and B"), the only kind `%` matches.
   */
  mentionAt(token: number): { readonly mention: number; readonly end: number; readonly compound: boolean } | null;
}

/** What a matched element binds: the source or target mention, and the word tokens it used. */
export interface UnitHit {
  readonly end: number;
  readonly role: 'source' | 'target' | null;
  readonly mention: number | null;
  /** Tokens matched by words (not by actors): the pattern's weight and the words it claims. */
  readonly words: number;
}

/**
 * Every way `node` can match starting at token `start`, as the token after it. Words compare
 * case-insensitively; a contraction written as one word ("WON'T") also matches the tokenizer's
 * two pieces ("wo" "n't"), and NOT matches the clitic "n't". A synset option's words are consecutive, as PETRARCH requires.
 */
export function unitHits(node: PatternNode, start: number, view: MatchView): UnitHit[] {
  if (start >= view.hi) return [];
  switch (node.type) {
    case 'word': {
      const end = wordEnd(node.word.toLowerCase(), start, view);
      return end === null ? [] : [{ end, role: null, mention: null, words: end - start }];
    }
    case 'synset':
      return node.options.flatMap((option) => sequenceHits(option, start, view));
    case 'noun-phrase':
      return sequenceHits(node.words, start, view);
    case 'source':
    case 'target':
    case 'skip':
    case 'compound': {
      const at = view.mentionAt(start);
      if (!at || (node.type === 'compound' && !at.compound)) return [];
      const role = node.type === 'source' || node.type === 'target' ? node.type : null;
      return [{ end: at.end, role, mention: role ? at.mention : null, words: 0 }];
    }
    default:
      return [];
  }
}

function wordEnd(word: string, start: number, view: MatchView): number | null {
  const token = view.words[start]!;
  if (token === word || (word === 'not' && token === "n't")) return start + 1;
  const next = start + 1 < view.hi ? view.words[start + 1]! : '';
  if (next === "n't" && word.endsWith("n't") && token + next === word) return start + 2;
  return null;
}

/** The words of a synset option or noun phrase, one after another with nothing between them. */
function sequenceHits(nodes: readonly PatternNode[], start: number, view: MatchView): UnitHit[] {
  let hits: UnitHit[] = [{ end: start, role: null, mention: null, words: 0 }];
  for (const node of nodes) {
    hits = hits.flatMap((hit) => unitHits(node, hit.end, view).map((next) => ({ ...next, words: hit.words + next.words })));
    if (hits.length === 0) return [];
  }
  return hits;
}
