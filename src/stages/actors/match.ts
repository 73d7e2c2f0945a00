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
  const path = new Int32Array(64);
  let i = 0;
  while (i < tokens.count) {
    const first = masked[i] ? undefined : lexicon.root.next.get(keys[i] as string);
    const found = first === undefined ? null : longestAt(tokens, keys, first, i, masked, path);
    if (found) {
      matches.push(found);
      i = found.end;
    } else i++;
  }
  return matches;
}

/**
 * Continues from the node reached by the first token. `path` is a caller-owned scratch buffer
 * holding the token index of each phrase key matched so far.
 */
function longestAt(tokens: TokenTable, keys: readonly string[], first: TrieNode, from: number, masked: Uint8Array, path: Int32Array): LexiconMatch | null {
  let node: TrieNode | undefined = first;
  let best: LexiconMatch | null = null;
  const sentence = tokens.sentence[from];
  path[0] = from;
  let depth = 1;
  for (let j = from; j < tokens.count && tokens.sentence[j] === sentence && !masked[j] && depth < path.length; j++) {
    if (j > from) {
      const key = keys[j] as string;
      if (isJoiner(key)) continue;
      node = node.next.get(key);
      if (node === undefined) break;
      path[depth++] = j;
    }
    if (node.targets !== null) {
      const target = firstValid(node.targets, tokens, path, depth);
      if (target) best = { start: from, end: j + 1, target };
    }
  }
  return best;
}

function firstValid(targets: readonly PhraseTarget[], tokens: TokenTable, path: Int32Array, depth: number): PhraseTarget | null {
  for (const target of targets) {
    let ok = true;
    for (let k = 0; k < depth && ok; k++) ok = satisfiesCase(tokens.value[path[k] as number] as string, target.caseRule[k] ?? 0);
    if (ok) return target;
  }
  return null;
}
