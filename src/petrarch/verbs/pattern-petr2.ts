import type { PatternNode, Synset } from '../types.js';
import { symbolNode, synsetNode } from './tokens.js';

type Synsets = ReadonlyMap<string, Synset>;

/**
 * Parses a PETRARCH-2 pattern body: `PRE (PREP ...) * POST {NOUN PHRASE} (PREP {NP})`. A bare
 * word is a noun head, `{A B C}` a noun phrase (head C), `(P X ...)` a prepositional phrase
 * headed by P; `$ + % ^ &SYNSET` as in PETRARCH-1. `A_B` outside braces is a noun phrase.
 */
export function parsePetr2Pattern(body: string, synsets: Synsets): PatternNode[] | string {
  const tokens = tokenize(body);
  const state = { tokens, at: 0 };
  const nodes = parseSequence(state, synsets, null);
  if (typeof nodes === 'string') return nodes;
  if (state.at < tokens.length) return `unexpected "${tokens[state.at]}"`;
  return nodes;
}

/** A PETRARCH-2 synset member: a word, `A_B` (a noun phrase) or `(PREP ...)`. */
export function parsePetr2Member(text: string, synsets: Synsets): PatternNode[] | string {
  return parsePetr2Pattern(text.replace(/_+$/, ''), synsets);
}

function tokenize(body: string): string[] {
  return body
    // PETRARCH-2 splits patterns on `*`, so `*SCEPTICAL` and `SPY_*_DEAL` are accepted too.
    .replace(/([(){}*])/g, ' $1 ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

interface State {
  readonly tokens: readonly string[];
  at: number;
}

function parseSequence(state: State, synsets: Synsets, closer: ')' | '}' | null): PatternNode[] | string {
  const nodes: PatternNode[] = [];
  while (state.at < state.tokens.length) {
    const token = state.tokens[state.at]!;
    if (token === ')' || token === '}') {
      if (token !== closer) return `unbalanced "${token}"`;
      return nodes;
    }
    state.at++;
    const node = parseItem(token, state, synsets, closer);
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) nodes.push(...node);
    else nodes.push(node);
  }
  return closer === null ? nodes : `missing "${closer}"`;
}

function parseItem(token: string, state: State, synsets: Synsets, closer: ')' | '}' | null): PatternNode | PatternNode[] | string {
  if (token === '(') {
    const preposition = state.tokens[state.at];
    if (preposition === undefined || /^[(){}]$/.test(preposition)) return 'prepositional phrase without a preposition';
    state.at++;
    const objects = parseSequence(state, synsets, ')');
    if (typeof objects === 'string') return objects;
    state.at++;
    return { type: 'prep-phrase', preposition: preposition.toUpperCase(), objects, joined: false };
  }
  if (token === '{') {
    const words = parseSequence(state, synsets, '}');
    if (typeof words === 'string') return words;
    state.at++;
    if (words.length === 0) return 'empty noun phrase {}';
    return { type: 'noun-phrase', words: words.map((w, i) => ({ ...w, joined: i > 0 })), joined: false };
  }
  const symbol = symbolNode(token, false);
  if (symbol) return symbol;
  if (token.startsWith('&')) return synsetNode(token.slice(1).replace(/_+$/, '').toUpperCase(), synsets, false);
  if (token.includes('*')) return `"${token}": the verb marker * must stand alone`;
  const parts = token.split('_').filter((p) => p.length > 0);
  if (parts.length === 0) return `"${token}" is not a word`;
  const words: PatternNode[] = parts.map((p, i) => ({ type: 'word', word: p.toUpperCase(), joined: i > 0 }));
  // Inside braces the words join the enclosing phrase; outside, A_B is a phrase of its own.
  if (words.length === 1 || closer === '}') return words;
  return { type: 'noun-phrase', words, joined: false };
}
