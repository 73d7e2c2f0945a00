import type { TokenTable } from '../../core/tokens.js';
import { isJoiner, satisfiesCase } from './keys.js';
import type { CompiledActorLexicon, PhraseTarget, TrieNode } from './lexicon.js';

/** A longest lexicon match over tokens [start, end). */
export interface LexiconMatch {
  readonly start: number;
  readonly end: number;
  readonly target: PhraseTarget;
}

/**
 * One left-to-right pass: at each token walk the trie as far as the text allows and keep the
 * longest phrase whose case rules hold, then jump past it. O(tokens × longest phrase).
 * Joiner tokens ("-", "'") inside a phrase are stepped over. Masked tokens (credit lines) never match.
 */
export function findLexiconMatches(tokens: TokenTable, keys: readonly string[], lexicon: CompiledActorLexicon, masked: Uint8Array): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  let i = 0;
  while (i < tokens.count) {
    const found = masked[i] ? null : longestAt(tokens, keys, lexicon.root, i, masked);
    if (found) {
      matches.push(found);
      i = found.end;
    } else i++;
  }
  return matches;
}

function longestAt(tokens: TokenTable, keys: readonly string[], root: TrieNode, from: number, masked: Uint8Array): LexiconMatch | null {
  let node: TrieNode | undefined = root;
  let best: LexiconMatch | null = null;
  const sentence = tokens.sentence[from];
  const path: number[] = [];
  for (let j = from; j < tokens.count && tokens.sentence[j] === sentence && !masked[j]; j++) {
    const key = keys[j] as string;
    if (j > from && isJoiner(key)) continue;
    node = node.next.get(key);
    if (node === undefined) break;
    path.push(j);
    if (node.targets !== null) {
      const target = firstValid(node.targets, tokens, path);
      if (target) best = { start: from, end: j + 1, target };
    }
  }
  return best;
}

function firstValid(targets: readonly PhraseTarget[], tokens: TokenTable, path: readonly number[]): PhraseTarget | null {
  for (const target of targets) {
    let ok = true;
    for (let k = 0; k < path.length && ok; k++) ok = satisfiesCase(tokens.value[path[k] as number] as string, target.caseRule[k] ?? 0);
    if (ok) return target;
  }
  return null;
}
