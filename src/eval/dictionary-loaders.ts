import { createDyad } from '../dyad.js';
import type { DictionaryLoader } from './coders.js';

/**
 * Dictionary sets `dyad eval` can load, by the gold's `dictionaries` name: both are PETRARCH
 * dictionary folders coded through the importer (README "PETRARCH dictionaries"). Records naming a
 * set that is not here, or whose folder is missing, are reported as NOT SCORED.
 */
export const DICTIONARY_LOADERS: ReadonlyMap<string, DictionaryLoader> = new Map<string, DictionaryLoader>([
  ['petrarch-validate', (dir) => createDyad({ dictionaries: dir })],
  ['phoenix', (dir) => createDyad({ dictionaries: dir })],
]);
