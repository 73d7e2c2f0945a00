import type { PatternNode, Synset } from '../types.js';
import { matchSynsetParts, symbolNode, synsetNode } from './tokens.js';

/**
 * Parses a PETRARCH-1/TABARI pattern body (`SAID $ * TO_ATTEND`, without the leading `-` and the
 * code): words, `*` verb, `$` source, `+` target, `%` compound actor, `^` skip, `&SYNSET`.
 * `_` joins an element to the previous one (consecutive); a blank allows words in between.
 */
export function parsePetr1Pattern(body: string, synsets: ReadonlyMap<string, Synset>): PatternNode[] | string {
  if (body.includes('{') || body.includes('|')) return 'TABARI disjunctions {A | B} are not supported (PETRARCH skips them too)';
  const text = body.replace(/_ /g, ' ').trim().replace(/_+$/, '');
  const nodes: PatternNode[] = [];
  for (const chunk of text.split(/\s+/).filter((c) => c.length > 0)) {
    const parts = chunk.split('_').filter((p) => p.length > 0);
    for (let i = 0; i < parts.length; i++) {
      const joined = i > 0;
      const part = parts[i]!;
      const symbol = symbolNode(part, joined);
      if (symbol) {
        nodes.push(symbol);
        continue;
      }
      if (part.startsWith('&')) {
        const { name, taken } = matchSynsetParts(parts, i, synsets);
        const node = synsetNode(name, synsets, joined);
        if (typeof node === 'string') return node;
        nodes.push(node);
        i += taken - 1;
        continue;
      }
      if (part.includes('*')) return `"${part}": the verb marker * must stand alone or be joined with _`;
      nodes.push({ type: 'word', word: part.toUpperCase(), joined });
    }
  }
  return nodes;
}

/** A PETRARCH-1 synset member: consecutive words (blank or `_`), or a reference to another synset. */
export function parsePetr1Member(text: string): PatternNode[] | string {
  const words = text.replace(/_+$/, '').split(/[\s_]+/).filter((w) => w.length > 0);
  if (words.length === 0) return 'empty synset member';
  return words.map((word, i) => ({ type: 'word', word: word.toUpperCase(), joined: i > 0 }));
}
