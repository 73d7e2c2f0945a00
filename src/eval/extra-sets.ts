import type { RawRecord } from './gold-file.js';

/**
 * Gold sets beyond ../shared/dev that `npm run eval` also scores: the project's own hand-coded sets
 * (eval/sets/*.jsonl, written for Dyad and committed here) and derived views of a dev set, such as
 * the CAMEO manual examples coded with the Phoenix dictionaries instead of the built-in lexicons.
 */

/**
 * The records of `fromSet` re-labelled to be coded with other dictionaries, as the set `asSet`
 * (the original set is left out so each figure has one meaning). Pure: the inputs are not changed.
 * Why: a dev set's gold was written for one lexicon, but its codes (root, or code-only where the
 * gold leaves actors null) still say something about another dictionary set.
 */
export function recodeSet(records: readonly RawRecord[], fromSet: string, dictionaries: string, asSet: string): RawRecord[] {
  return records
    .filter(({ value }) => value.set === fromSet)
    .map(({ line, value }) => ({ line, value: { ...value, set: asSet, dictionaries } }));
}
