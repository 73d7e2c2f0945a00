/** One trie node: children keyed by lower-cased token, values of phrases ending here. */
interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
  /** Values of phrases whose last word is a stem (prefix of the token), keyed by that stem. */
  stems: { stem: string; values: T[] }[] | null;
}

export interface TrieMatch<T> {
  /** One past the last token matched. */
  readonly end: number;
  readonly values: readonly T[];
}

function makeNode<T>(): TrieNode<T> {
  return { next: null, values: null, stems: null };
}

/**
 * Phrases compiled into a token trie keyed by lower-cased words: matching walks the tokens of a
 * sentence once from a start position and reports the longest phrase (or every phrase) ending on
 * the way. Insertion order is kept in `values`, so callers can apply "first entry wins".
 */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = makeNode();
  private phraseCount = 0;

  get size(): number {
    return this.phraseCount;
  }

  /** Adds a phrase; with `stem`, its last word matches any token that starts with it. */
  insert(words: readonly string[], value: T, stem = false): void {
    if (words.length === 0) return;
    let node = this.root;
    const last = words.length - 1;
    for (let i = 0; i < last; i++) node = child(node, words[i]!.toLowerCase());
    const final = words[last]!.toLowerCase();
    if (stem) {
      node.stems ??= [];
      let slot = node.stems.find((s) => s.stem === final);
      if (!slot) node.stems.push((slot = { stem: final, values: [] }));
      slot.values.push(value);
    } else {
      node = child(node, final);
      (node.values ??= []).push(value);
    }
    this.phraseCount++;
  }

  /** The longest phrase starting at `tokens[start]` (tokens already lower-cased), or null. */
  longest(tokens: readonly string[], start: number): TrieMatch<T> | null {
    let best: TrieMatch<T> | null = null;
    this.walk(tokens, start, (m) => {
      best = m;
    });
    return best;
  }

  /** Every phrase starting at `tokens[start]`, shortest first. */
  all(tokens: readonly string[], start: number): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    this.walk(tokens, start, (m) => out.push(m));
    return out;
  }

  private walk(tokens: readonly string[], start: number, report: (m: TrieMatch<T>) => void): void {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < tokens.length && node; i++) {
      const token = tokens[i]!;
      if (node.stems) {
        for (const s of node.stems) if (token.startsWith(s.stem)) report({ end: i + 1, values: s.values });
      }
      node = node.next?.get(token);
      if (node?.values) report({ end: i + 1, values: node.values });
    }
  }
}

function child<T>(node: TrieNode<T>, key: string): TrieNode<T> {
  node.next ??= new Map();
  let next = node.next.get(key);
  if (!next) node.next.set(key, (next = makeNode()));
  return next;
}
