import { isPreposition, isTimeWord } from '../../stages/events/arguments.js';
import type { PatternNode, VerbPattern } from '../types.js';
import { unitHits, type MatchView, type UnitHit } from './units.js';

/** A PETRARCH-1 pattern found around a verb: the actors it binds and how much text it names. */
export interface PatternMatch {
  readonly source: number | null;
  readonly target: number | null;
  /** Tokens matched by the pattern's words: the more, the more specific the pattern. */
  readonly words: number;
  /** Actor elements (`$ + ^ %`) matched. */
  readonly actors: number;
  /** Token indexes matched by words (other verbs there are part of this pattern, not events). */
  readonly wordTokens: readonly number[];
}

interface Partial {
  readonly source: number | null;
  readonly target: number | null;
  readonly words: number;
  readonly actors: number;
  readonly wordTokens: readonly number[];
}

/**
 * Matches a PETRARCH-1 pattern around the verb at tokens [verbStart, verbEnd): the elements after
 * `*` in order after it (the lower phrase), those before it backwards from it (the upper phrase).
 * An element joined with `_` must touch its neighbour towards the verb; otherwise words may stand
 * between (PETRARCH's open match). Returns the first match found, nearest elements first.
 */
export function matchPattern(pattern: VerbPattern, view: MatchView, verbStart: number, verbEnd: number): PatternMatch | null {
  const elements = pattern.elements;
  const lower = elements.slice(pattern.verbIndex + 1);
  const upper = elements.slice(0, pattern.verbIndex).reverse();
  // Reversed, element k touches the one after it in the pattern: that one's `joined` flag says so.
  const upperJoined = upper.map((_, k) => elements[pattern.verbIndex - k]!.joined);
  const empty: Partial = { source: null, target: null, words: 0, actors: 0, wordTokens: [] };
  const found: { match: Partial | null } = { match: null };
  matchLower(lower, 0, verbEnd, view, empty, (afterLower) => {
    found.match = matchUpper(upper, upperJoined, 0, verbStart, view, afterLower);
    return found.match !== null;
  });
  return found.match;
}

/** Depth-first over the lower elements; `done` decides whether a complete lower match is accepted. */
function matchLower(nodes: readonly PatternNode[], k: number, pos: number, view: MatchView, acc: Partial, done: (acc: Partial) => boolean): boolean {
  if (k === nodes.length) return done(acc);
  const node = nodes[k]!;
  const last = node.joined ? Math.min(pos, view.hi - 1) : view.hi - 1;
  for (let s = pos; s <= last; s++) {
    for (const hit of unitHits(node, s, view)) {
      if (k === nodes.length - 1 && isBarePrepositionBeforeTime(node, hit.end, view)) continue;
      if (matchLower(nodes, k + 1, hit.end, view, bind(acc, hit, s), done)) return true;
    }
  }
  return false;
}

/**
 * A pattern ending in a bare preposition ("* ON", press on) is not met by a time phrase: "demanded
 * on Sunday that ..." is no pressing on anybody. The clause analysis' patterns follow the same rule.
 */
function isBarePrepositionBeforeTime(node: PatternNode, after: number, view: MatchView): boolean {
  if (node.type !== 'word' || !isPreposition(node.word.toLowerCase())) return false;
  const next = view.words[after] === 'the' ? after + 1 : after;
  return next < view.hi && isTimeWord(view.words[next]!);
}

function matchUpper(nodes: readonly PatternNode[], joined: readonly boolean[], k: number, bound: number, view: MatchView, acc: Partial): Partial | null {
  if (k === nodes.length) return acc;
  const node = nodes[k]!;
  for (let s = bound - 1; s >= view.lo; s--) {
    for (const hit of unitHits(node, s, view)) {
      if (hit.end > bound || (joined[k] && hit.end !== bound)) continue;
      const out = matchUpper(nodes, joined, k + 1, s, view, bind(acc, hit, s));
      if (out) return out;
    }
  }
  return null;
}

function bind(acc: Partial, hit: UnitHit, start: number): Partial {
  const wordTokens = hit.words > 0 ? [...acc.wordTokens, ...range(start, hit.end)] : acc.wordTokens;
  return {
    source: hit.role === 'source' ? hit.mention : acc.source,
    target: hit.role === 'target' ? hit.mention : acc.target,
    words: acc.words + hit.words,
    actors: acc.actors + (hit.words === 0 ? 1 : 0),
    wordTokens,
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
