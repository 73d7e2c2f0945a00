import type { DictionaryLoader } from './coders.js';

/**
 * Dictionary sets `dyad eval` can load, by the gold's `dictionaries` name. Empty until the
 * PETRARCH importer lands: it adds e.g. `['petrarch-validate', (dir) => createDyad({ petrarch: dir })]`
 * and `['phoenix', ...]`. Records naming a set that is not here are reported as NOT SCORED.
 */
export const DICTIONARY_LOADERS: ReadonlyMap<string, DictionaryLoader> = new Map<string, DictionaryLoader>([]);
