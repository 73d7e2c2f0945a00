import type { EventCode, PatternNode, PetrarchVerbBlock, PetrarchVerbDictionary, VerbPattern } from '../types.js';

/** One surface form, ready for lookup by its inflected word. */
export interface CompiledVerbForm {
  /** Lower-cased words; `words[head]` is the key it is filed under. */
  readonly words: readonly string[];
  readonly head: number;
  readonly code: EventCode;
  /** Index into `CompiledVerbs.blocks`. */
  readonly block: number;
  readonly lemma: string;
  readonly line: number;
}

export interface CompiledVerbs {
  readonly dictionary: PetrarchVerbDictionary;
  readonly blocks: readonly PetrarchVerbBlock[];
  /** Inflected word → its forms, multi-word forms first (checked before the bare word). */
  readonly byHead: ReadonlyMap<string, readonly CompiledVerbForm[]>;
  /** Patterns of all blocks sharing a name (PETRARCH merges same-named blocks). */
  readonly patternsByBlockName: ReadonlyMap<string, readonly VerbPattern[]>;
  /** Single-word options of each synset, lower-cased, for quick membership tests. */
  readonly synsetWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Forms defined again later in the file; as in PETRARCH, the later definition is kept. */
  readonly overriddenForms: number;
}

export function compileVerbs(dictionary: PetrarchVerbDictionary): CompiledVerbs {
  const byKey = new Map<string, CompiledVerbForm>();
  let overriddenForms = 0;
  dictionary.blocks.forEach((block, blockIndex) => {
    for (const verb of block.verbs) {
      for (const form of verb.forms) {
        const words = form.words.map((w) => w.toLowerCase());
        const key = `${words.join(' ')}|${form.head}`;
        if (byKey.has(key)) {
          overriddenForms++;
          byKey.delete(key);
        }
        byKey.set(key, { words, head: form.head, code: verb.code, block: blockIndex, lemma: verb.lemma, line: verb.line });
      }
    }
  });
  const byHead = new Map<string, CompiledVerbForm[]>();
  for (const form of byKey.values()) {
    const head = form.words[form.head]!;
    let list = byHead.get(head);
    if (!list) byHead.set(head, (list = []));
    list.push(form);
  }
  for (const list of byHead.values()) list.sort((a, b) => b.words.length - a.words.length);

  const patternsByBlockName = new Map<string, VerbPattern[]>();
  for (const block of dictionary.blocks) {
    const list = patternsByBlockName.get(block.name) ?? [];
    list.push(...block.patterns);
    patternsByBlockName.set(block.name, list);
  }
  const synsetWords = new Map<string, Set<string>>();
  for (const synset of dictionary.synsets) {
    const words = new Set<string>();
    for (const option of synset.options) {
      const only = singleWord(option);
      if (only !== null) words.add(only.toLowerCase());
    }
    synsetWords.set(synset.name, words);
  }
  return { dictionary, blocks: dictionary.blocks, byHead, patternsByBlockName, synsetWords, overriddenForms };
}

function singleWord(option: readonly PatternNode[]): string | null {
  const only = option.length === 1 ? option[0] : undefined;
  return only?.type === 'word' ? only.word : null;
}

/**
 * The verb forms whose words occur around `tokens[index]` (lower-cased), longest first: a
 * multi-word verb such as `break down` or `wire tap` only matches when all its words are there.
 */
export function matchVerb(verbs: CompiledVerbs, tokens: readonly string[], index: number): CompiledVerbForm[] {
  const candidates = verbs.byHead.get(tokens[index]!);
  if (!candidates) return [];
  return candidates.filter((form) => {
    const first = index - form.head;
    if (first < 0 || first + form.words.length > tokens.length) return false;
    for (let k = 0; k < form.words.length; k++) if (tokens[first + k] !== form.words[k]) return false;
    return true;
  });
}

/** Every pattern as if synsets were written out: the product of the option counts. */
export function countExpandedPatterns(patterns: readonly VerbPattern[]): number {
  let total = 0;
  for (const p of patterns) total += expansions(p.elements);
  return total;
}

function expansions(nodes: readonly PatternNode[]): number {
  let product = 1;
  for (const node of nodes) {
    if (node.type === 'synset') product *= node.options.reduce((sum, o) => sum + expansions(o), 0);
    else if (node.type === 'noun-phrase') product *= expansions(node.words);
    else if (node.type === 'prep-phrase') product *= expansions(node.objects);
  }
  return product;
}
