import type { PatternNode, PetrarchVerbDictionary, VerbPattern } from '../types.js';

/** Mirrors PatternRow of the verb lexicon builder (src/lexicon/verbs/types.ts). */
export interface AdaptedPatternRow {
  readonly pos: 'V' | 'N';
  readonly lemmas: readonly string[];
  readonly particle: readonly string[] | null;
  readonly object: readonly string[] | null;
  readonly prep: readonly string[] | null;
  readonly pobj: readonly string[] | null;
  readonly code: string;
  readonly flags: readonly string[];
  readonly source: string;
}

/** Why a pattern could not become a row; counted for the load report. */
export type UnmappedReason = 'words-before-verb' | 'not-a-cameo-code' | 'nothing-after-verb-to-match';

export interface AdaptedVerbRows {
  readonly rows: AdaptedPatternRow[];
  readonly unmapped: Readonly<Record<UnmappedReason, number>>;
}

// Closed word lists of English grammar, not lexicon content: they decide which slot a word fills.
const PREPOSITIONS = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'as', 'at', 'before', 'behind', 'below',
  'beside', 'between', 'beyond', 'by', 'during', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'on', 'onto', 'outside',
  'over', 'since', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'until', 'upon', 'via', 'with', 'within', 'without',
]);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', "don't", "won't", "didn't", "can't", 'cannot']);
const AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'ever', 'really']);
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'away', 'over', 'dead']);

interface Slots {
  particle: string[] | null;
  object: string[] | null;
  objectActor: boolean;
  prep: string[] | null;
  pobj: string[] | null;
  pobjActor: boolean;
}

/**
 * PETRARCH verb blocks as rows for Dyad's verb lexicon builder, to be matched by Dyad's own clause
 * analysis: each block gives one verb-only row (its code) plus one row per pattern, whose words
 * after the verb become the particle, the object head, and a preposition with its object head.
 * Patterns that need words before the verb ("SAID * ...") or codes that are not CAMEO numbers are
 * counted as unmapped rather than loosened into something they do not say.
 */
export function toPatternRows(dictionary: PetrarchVerbDictionary): AdaptedVerbRows {
  const rows: AdaptedPatternRow[] = [];
  const unmapped: Record<UnmappedReason, number> = { 'words-before-verb': 0, 'not-a-cameo-code': 0, 'nothing-after-verb-to-match': 0 };
  for (const block of dictionary.blocks) {
    const lemmaGroups = new Map<string, { lemmas: Set<string>; particle: string | null; line: number }>();
    for (const verb of block.verbs) {
      const base = verb.forms[0]!;
      const lemma = base.words[base.head]!.toLowerCase();
      const particle = base.head + 1 < base.words.length ? base.words[base.head + 1]!.toLowerCase() : null;
      const code = mapCode(verb.code.code);
      const key = `${code}|${particle ?? ''}`;
      const group = lemmaGroups.get(key) ?? { lemmas: new Set<string>(), particle, line: verb.line };
      group.lemmas.add(lemma);
      lemmaGroups.set(key, group);
    }
    const lemmas = [...new Set([...lemmaGroups.values()].filter((g) => g.particle === null).flatMap((g) => [...g.lemmas]))];
    for (const [key, group] of lemmaGroups) {
      const code = key.split('|')[0]!;
      if (code === '') continue;
      rows.push({ pos: 'V', lemmas: [...group.lemmas], particle: group.particle ? [group.particle] : null, object: null, prep: null, pobj: null, code, flags: [], source: `${dictionary.file}:${group.line}` });
    }
    if (lemmas.length === 0) continue;
    const rank = rankWords(block.patterns);
    const blockRows = rows.filter((r) => r.particle === null && sameList(r.lemmas, lemmas));
    const negated: AdaptedPatternRow[] = [];
    for (const pattern of block.patterns) {
      const outcome = patternRow(pattern, lemmas, dictionary.file, rank);
      if (typeof outcome === 'string') unmapped[outcome]++;
      else if (outcome.negated) negated.push(outcome.row);
      else {
        rows.push(outcome.row);
        blockRows.push(outcome.row);
      }
    }
    for (const row of negated) {
      if (!attachNegation(row, blockRows, rows, mapCode(block.code.code))) unmapped['words-before-verb']++;
    }
  }
  return { rows, unmapped };
}

/**
 * `NOT * RELATIONS [112]`: the builder has no slot for words before the verb, but it does know
 * "the code when negated" — so the negated pattern becomes the `neg=` code of the row with the same
 * constraints (created with the block's code when there is none). False when that cannot be done.
 */
function attachNegation(row: AdaptedPatternRow, blockRows: AdaptedPatternRow[], rows: AdaptedPatternRow[], blockCode: string): boolean {
  const key = slotKey(row);
  const index = rows.findIndex((r) => blockRows.includes(r) && slotKey(r) === key);
  const flag = `neg=${row.code}`;
  if (index >= 0) {
    const target = rows[index]!;
    if (target.flags.some((f) => f.startsWith('neg=')) || target.code === 'none') return false;
    rows[index] = { ...target, flags: [...target.flags, flag] };
    blockRows[blockRows.indexOf(target)] = rows[index]!;
    return true;
  }
  if (!/^\d{3,4}$/.test(blockCode) || row.code === 'none') return false;
  const created = { ...row, code: blockCode, flags: [flag] };
  rows.push(created);
  blockRows.push(created);
  return true;
}

function slotKey(row: AdaptedPatternRow): string {
  return JSON.stringify([row.particle, row.object, row.prep, row.pobj]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function patternRow(
  pattern: VerbPattern, lemmas: readonly string[], file: string, rank: WordRank,
): { row: AdaptedPatternRow; negated: boolean } | UnmappedReason {
  const code = mapCode(pattern.code.code);
  if (code === '') return 'not-a-cameo-code';
  const before = pattern.elements.slice(0, pattern.verbIndex);
  const negated = before.some(isNegation);
  if (before.some((e) => !isRoleMarker(e) && !(negated && isAuxiliary(e)) && !isNegation(e))) return 'words-before-verb';
  const slots = fillSlots(pattern.elements.slice(pattern.verbIndex + 1), rank);
  const words = (list: string[] | null, actor: boolean) => (list || actor ? [...(list ?? []), ...(actor ? ['@actor'] : [])] : null);
  const object = words(slots.object, slots.objectActor);
  const pobj = words(slots.pobj, slots.pobjActor);
  if (!negated && !slots.particle && !object && !slots.prep && !pobj) return 'nothing-after-verb-to-match';
  return { row: { pos: 'V', lemmas, particle: slots.particle, object, prep: slots.prep, pobj, code, flags: [], source: `${file}:${pattern.line}` }, negated };
}

/** How often each word (or `&SYNSET`) occurs in a block's patterns: rarer words tell patterns apart. */
type WordRank = ReadonlyMap<string, number>;

function rankWords(patterns: readonly VerbPattern[]): WordRank {
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
function fillSlots(after: readonly PatternNode[], rank: WordRank): Slots {
  const slots: Slots = { particle: null, object: null, objectActor: false, prep: null, pobj: null, pobjActor: false };
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
      slots.prep = [node.preposition.toLowerCase()];
      const head = headWords(pickFromRun(node.objects, 0, rank), rank);
      slots.pobj = head.words;
      slots.pobjActor = head.actor;
      return slots;
    }
    const preps = prepositionsOf(node);
    if (preps) {
      slots.prep = preps;
      const head = headWords(pickFromRun(after, i + 1, rank), rank);
      slots.pobj = head.words;
      slots.pobjActor = head.actor;
      return slots;
    }
    if (slots.object !== null || slots.objectActor) return slots;
    const head = headWords(pickFromRun(after, i, rank), rank);
    slots.object = head.words;
    slots.objectActor = head.actor;
    i = runEnd(after, i);
  }
  return slots;
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

/** The head words a node stands for (last word of a phrase; every option of a synset), and whether it is an actor slot. */
function headWords(node: PatternNode | undefined, rank: WordRank): { words: string[] | null; actor: boolean } {
  const words: string[] = [];
  let actor = false;
  const visit = (node: PatternNode | undefined) => {
    if (!node) return;
    if (node.type === 'word') words.push(node.word.toLowerCase());
    else if (node.type === 'target' || node.type === 'source' || node.type === 'compound') actor = true;
    else if (node.type === 'noun-phrase') visit(rarest(node.words, rank));
    else if (node.type === 'synset') for (const option of node.options) visit(option[option.length - 1]);
  };
  visit(node);
  return { words: words.length > 0 ? [...new Set(words)] : null, actor };
}

/** A negation word, or a synset with one among its options (`&NEGATVAUXVRB`: DID N'T, WILL NOT, ...). */
function isNegation(node: PatternNode): boolean {
  if (node.type === 'word') return NEGATIONS.has(node.word.toLowerCase());
  if (node.type === 'synset') return node.options.some((o) => o.some(isNegation));
  return false;
}

function isAuxiliary(node: PatternNode): boolean {
  return node.type === 'word' && AUXILIARIES.has(node.word.toLowerCase());
}

function isRoleMarker(node: PatternNode): boolean {
  return node.type === 'source' || node.type === 'target' || node.type === 'compound' || node.type === 'skip';
}

/** CAMEO numbers pass; `---` (no event) becomes `none`; anything else cannot be coded. */
function mapCode(code: string): string {
  if (/^\d{3,4}$/.test(code)) return code;
  if (code === '---') return 'none';
  return '';
}
