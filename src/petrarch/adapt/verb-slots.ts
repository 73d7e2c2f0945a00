import type { PatternNode, VerbPattern } from '../types.js';

// Closed word lists of English grammar, not lexicon content: they decide which slot a word fills.
const PREPOSITIONS = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'as', 'at', 'before', 'behind', 'below',
  'beside', 'between', 'beyond', 'by', 'during', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'on', 'onto', 'outside',
  'over', 'since', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'until', 'upon', 'via', 'with', 'within', 'without',
]);
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'away', 'over', 'dead']);

/** What the words after the verb say, in the verb lexicon builder's slots. */
export interface Slots {
  particle: string[] | null;
  object: string[] | null;
  objectActor: boolean;
  prep: string[] | null;
  pobj: string[] | null;
  pobjActor: boolean;
  /** The other words of a `{NOUN PHRASE}` the object or prepositional object stands for (`{PEACE TALK}`: talk). */
  objectPhrase: string[] | null;
  pobjPhrase: string[] | null;
}

/** How often each word (or `&SYNSET`) occurs in a block's patterns: rarer words tell patterns apart. */
export type WordRank = ReadonlyMap<string, number>;

export function rankWords(patterns: readonly VerbPattern[]): WordRank {
  const counts = new Map<string, number>();
  const visit = (node: PatternNode) => {
    const key = rankKey(node);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    if (node.type === 'noun-phrase') node.words.forEach(visit);
    if (node.type === 'prep-phrase') node.objects.forEach(visit);
  };
  for (const p of patterns) p.elements.forEach(visit);
  return counts;
}

function rankKey(node: PatternNode): string | null {
  if (node.type === 'word') return node.word.toLowerCase();
  if (node.type === 'synset') return `&${node.name}`;
  return null;
}

/**
 * Fills particle → object → preposition → prepositional object from the elements after the verb.
 * The builder matches one word of a phrase, so a run of words (`* DIPLOMATIC TIES`) is represented by
 * its rarest word in the block (`diplomatic` tells it from `* &TIETYPES TIES`); ties go to the head.
 */
export function fillSlots(after: readonly PatternNode[], rank: WordRank): Slots {
  const slots: Slots = { particle: null, object: null, objectActor: false, prep: null, pobj: null, pobjActor: false, objectPhrase: null, pobjPhrase: null };
  let i = 0;
  const first = after[0];
  if (first?.type === 'word' && first.joined && PARTICLES.has(first.word.toLowerCase())) {
    slots.particle = [first.word.toLowerCase()];
    i = 1;
  }
  while (i < after.length) {
    const node = after[i]!;
    if (node.type === 'skip') {
      i++;
      continue;
    }
    if (node.type === 'prep-phrase') {
      // "(IN ^) (FOR CONSULTATION)": a phrase that names only an actor says less than a later one
      // with words, which is the one the single prepositional slot keeps ("arrived in X" alone is no consultation).
      const chosen = actorOnly(node, rank) ? (after.slice(i + 1).find((later) => later.type === 'prep-phrase' && !actorOnly(later, rank)) ?? node) : node;
      if (chosen.type !== 'prep-phrase') return slots;
      slots.prep = [chosen.preposition.toLowerCase()];
      const head = headWords(pickFromRun(chosen.objects, 0, rank), rank);
      slots.pobj = head.words;
      slots.pobjActor = head.actor;
      slots.pobjPhrase = head.phrase;
      return slots;
    }
    const preps = prepositionsOf(node);
    if (preps) {
      slots.prep = preps;
      const head = headWords(pickFromRun(after, i + 1, rank), rank);
      slots.pobj = head.words;
      slots.pobjActor = head.actor;
      slots.pobjPhrase = head.phrase;
      return slots;
    }
    if (slots.object !== null || slots.objectActor) return slots;
    const head = headWords(pickFromRun(after, i, rank), rank);
    slots.object = head.words;
    slots.objectActor = head.actor;
    slots.objectPhrase = head.phrase;
    i = runEnd(after, i);
  }
  return slots;
}

function actorOnly(node: PatternNode, rank: WordRank): boolean {
  return node.type === 'prep-phrase' && headWords(pickFromRun(node.objects, 0, rank), rank).words === null;
}

/** A preposition, or a synset of prepositions (`&PREPOSIT1`), as lower-case words; else null. */
function prepositionsOf(node: PatternNode): string[] | null {
  if (node.type === 'word') return PREPOSITIONS.has(node.word.toLowerCase()) ? [node.word.toLowerCase()] : null;
  if (node.type !== 'synset' || node.options.length === 0) return null;
  const words: string[] = [];
  for (const option of node.options) {
    const only = option.length === 1 ? option[0] : undefined;
    if (only?.type !== 'word' || !PREPOSITIONS.has(only.word.toLowerCase())) return null;
    words.push(only.word.toLowerCase());
  }
  return words;
}

/** One past the last element of the noun-phrase run starting at `start` (stops at prepositions). */
function runEnd(nodes: readonly PatternNode[], start: number): number {
  let end = start + 1;
  if (!isRunWord(nodes[start])) return end;
  while (end < nodes.length && isRunWord(nodes[end])) end++;
  return end;
}

function isRunWord(node: PatternNode | undefined): boolean {
  if (!node || prepositionsOf(node)) return false;
  return node.type === 'word' || node.type === 'synset' || node.type === 'noun-phrase';
}

/** The rarest element of the run starting at `start` (the later one on ties). */
function pickFromRun(nodes: readonly PatternNode[], start: number, rank: WordRank): PatternNode | undefined {
  if (start >= nodes.length) return undefined;
  return rarest(nodes.slice(start, runEnd(nodes, start)), rank);
}

function rarest(nodes: readonly PatternNode[], rank: WordRank): PatternNode | undefined {
  let best: PatternNode | undefined;
  let bestCount = Infinity;
  for (const node of nodes) {
    const key = rankKey(node);
    const count = key ? (rank.get(key) ?? 0) : Infinity;
    if (best === undefined || count <= bestCount) {
      best = node;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The head words a node stands for (the rarest word of a phrase; every option of a synset), whether
 * it is an actor slot, and the phrase's other plain words (which PETRARCH-2 also needs in the text).
 */
function headWords(node: PatternNode | undefined, rank: WordRank): { words: string[] | null; actor: boolean; phrase: string[] | null } {
  const words: string[] = [];
  let actor = false;
  let phrase: string[] | null = null;
  const visit = (node: PatternNode | undefined) => {
    if (!node) return;
    if (node.type === 'word') words.push(node.word.toLowerCase());
    else if (node.type === 'target' || node.type === 'source' || node.type === 'compound') actor = true;
    else if (node.type === 'noun-phrase') {
      const head = rarest(node.words, rank);
      const others = node.words.filter((w) => w !== head && w.type === 'word').map((w) => (w as { word: string }).word.toLowerCase());
      if (others.length > 0) phrase = others;
      visit(head);
    }
    else if (node.type === 'synset') for (const option of node.options) visit(option[option.length - 1]);
  };
  visit(node);
  return { words: words.length > 0 ? [...new Set(words)] : null, actor, phrase };
}
