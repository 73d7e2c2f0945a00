import type { PatternNode, PetrarchVerbDictionary, VerbPattern } from '../types.js';
import type { PatternRow } from '../../lexicon/verbs/types.js';
import { effectivePatterns } from './repeated-patterns.js';
import { fillSlots, rankWords, type WordRank } from './verb-slots.js';

/** A PETRARCH pattern as a row of Dyad's verb lexicon builder. */
export type AdaptedPatternRow = PatternRow;

/** Why a pattern could not become a row; counted for the load report. */
export type UnmappedReason = 'words-before-verb' | 'not-a-cameo-code' | 'nothing-after-verb-to-match';

export interface AdaptedVerbRows {
  readonly rows: AdaptedPatternRow[];
  /** Row source (`file:line`) → the paired code of `[031:032]`: the reversed event's code. */
  readonly paired: ReadonlyMap<string, string>;
  /** Row sources of patterns with `%` before the verb: the event is between a compound subject's conjuncts. */
  readonly compoundSubject: ReadonlySet<string>;
  readonly unmapped: Readonly<Record<UnmappedReason, number>>;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', "don't", "won't", "didn't", "can't", 'cannot']);
const AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'ever', 'really']);

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
  const paired = new Map<string, string>();
  const compoundSubject = new Set<string>();
  const pair = (line: number, code: string | null) => {
    if (code && /^\d{3,4}$/.test(code)) paired.set(`${dictionary.file}:${line}`, code);
  };
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
      if (group.line === verb.line) pair(verb.line, verb.code.paired);
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
    const negated: { row: AdaptedPatternRow; before: number; words: string[][] | null; plain: boolean }[] = [];
    for (const pattern of effectivePatterns(block.patterns, dictionary.format)) {
      // Also for patterns without a row (`% * [030:030]`): a PETRARCH-1 match around the verb may choose them.
      pair(pattern.line, pattern.code.paired);
      if (pattern.elements.slice(0, pattern.verbIndex).some((e) => e.type === 'compound')) compoundSubject.add(`${dictionary.file}:${pattern.line}`);
      const outcome = patternRow(pattern, lemmas, dictionary.file, rank);
      if (typeof outcome === 'string') {
        unmapped[outcome]++;
        continue;
      }
      if (outcome.negated) negated.push({ row: outcome.row, before: pattern.verbIndex, words: outcome.words, plain: outcome.plain });
      else {
        for (const row of withParticleReading(outcome.row)) {
          rows.push(row);
          blockRows.push(row);
        }
      }
    }
    // The plainest negation (`NOT * X` before `NOT EVER * X`) claims the row first.
    negated.sort((a, b) => a.before - b.before);
    for (const { row, words, plain } of negated) {
      const blockCode = mapCode(block.code.code);
      if (plain && withParticleReading(row).map((variant) => attachNegation(variant, blockRows, rows, blockCode)).some(Boolean)) continue;
      // `UNEXPECTEDLY &NEGAUX * X`, `&NEGAUX EVER * X`: every word before the verb (the negation too) is
      // required, and the negated code applies; more specific than the plain `NOT * X` row, so tried first.
      if (!words || !/^\d{3,4}$/.test(blockCode) || row.code === 'none') {
        unmapped['words-before-verb']++;
        continue;
      }
      for (const variant of withParticleReading(row)) rows.push({ ...variant, code: blockCode, before: words, flags: [`neg=${row.code}`] });
    }
  }
  return { rows, paired, compoundSubject, unmapped };
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

// Words the clause analysis may read as a particle right after the verb ("clashed over the plan").
const PARTICLE_PREPOSITIONS = new Set(['over', 'in']);

/**
 * `* OVER EFFORTS`: Dyad's clause analysis may read OVER as the verb's particle and EFFORTS as its
 * object, or as a preposition with its object; the row is written both ways so either reading matches.
 */
function withParticleReading(row: AdaptedPatternRow): AdaptedPatternRow[] {
  const prep = row.prep;
  if (!prep || row.particle || row.object || !prep.every((p) => PARTICLE_PREPOSITIONS.has(p))) return [row];
  return [row, { ...row, particle: prep, object: row.pobj, prep: null, pobj: null }];
}

function slotKey(row: AdaptedPatternRow): string {
  return JSON.stringify([row.particle, row.object, row.prep, row.pobj]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function patternRow(
  pattern: VerbPattern, lemmas: readonly string[], file: string, rank: WordRank,
): { row: AdaptedPatternRow; negated: boolean; words: string[][] | null; plain: boolean } | UnmappedReason {
  const code = mapCode(pattern.code.code);
  if (code === '') return 'not-a-cameo-code';
  const before = pattern.elements.slice(0, pattern.verbIndex);
  const negated = before.some(isNegation);
  let required: string[][] | null = null;
  // A negated pattern is plain when only auxiliaries and the negation stand before the verb.
  const plain = !before.some((e) => !isRoleMarker(e) && !(negated && isAuxiliary(e)) && !isNegation(e));
  if (!plain && !negated) {
    required = beforeWords(before);
    if (!required) return 'words-before-verb';
  }
  const slots = fillSlots(pattern.elements.slice(pattern.verbIndex + 1), rank);
  const words = (list: string[] | null, actor: boolean) => (list || actor ? [...(list ?? []), ...(actor ? ['@actor'] : [])] : null);
  const object = words(slots.object, slots.objectActor);
  const pobj = words(slots.pobj, slots.pobjActor);
  if (!negated && !required && !slots.particle && !object && !slots.prep && !pobj) return 'nothing-after-verb-to-match';
  const phrases = { ...(slots.objectPhrase ? { objectPhrase: slots.objectPhrase } : {}), ...(slots.pobjPhrase ? { pobjPhrase: slots.pobjPhrase } : {}) };
  const row: AdaptedPatternRow = { pos: 'V', lemmas, particle: slots.particle, object, prep: slots.prep, pobj, code, flags: [], source: `${file}:${pattern.line}`, ...phrases };
  return { row: required ? { ...row, before: required } : row, negated, words: negated ? beforeWords(before) : null, plain };
}

/**
 * The words before the verb (`SAID WOULD *`) as the builder's ordered `before` constraint: a word
 * stands for itself, a synset for the last word of each option, a noun phrase for its words; role
 * markers (`$ + % ^`) add no word. Null when some element gives no word to look for.
 */
/** A word as tokens show it: "WON'T" is also seen as its clitic "n't" (the tokenizer splits contractions). */
function spellings(word: string): string[] {
  const lower = word.toLowerCase();
  return lower.endsWith("n't") && lower !== "n't" ? [lower, "n't"] : [lower];
}

function beforeWords(nodes: readonly PatternNode[]): string[][] | null {
  const out: string[][] = [];
  for (const node of nodes) {
    if (isRoleMarker(node)) continue;
    if (node.type === 'word') out.push(spellings(node.word));
    else if (node.type === 'noun-phrase') {
      for (const word of node.words) if (word.type === 'word') out.push([word.word.toLowerCase()]);
    } else if (node.type === 'synset') {
      const words = node.options.map((o) => o[o.length - 1]).filter((w) => w?.type === 'word').flatMap((w) => spellings((w as { word: string }).word));
      if (words.length === 0) return null;
      out.push([...new Set(words)]);
    } else return null;
  }
  return out.length > 0 ? out : null;
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
