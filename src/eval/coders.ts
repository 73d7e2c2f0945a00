import type { CodedDocument } from '../contract/types.js';
import { isDyadError } from '../core/errors.js';
import type { Doc } from '../core/doc.js';

/** Anything that codes a document: a Dyad, or a Dyad built over other dictionaries. */
export interface Coder {
  code(doc: Doc): CodedDocument;
}

/** The coder for a gold record's `dictionaries` value, or null when this build cannot load them (→ NOT SCORED). */
export type CoderResolver = (dictionaries: string) => Coder | null;

/** Builds a coder from a dictionary folder. The PETRARCH importer registers one per dictionary set. */
export type DictionaryLoader = (dir: string) => Coder;

/** Sub-folder of the `--dictionaries` root for each `dictionaries` name used by the gold sets. */
export const DICTIONARY_FOLDERS: Readonly<Record<string, string>> = {
  'petrarch-validate': 'validate',
  phoenix: 'phoenix',
};

/**
 * `default` → Dyad's own lexicons; any other name → the registered loader applied to
 * `<root>/<folder>`, built once and reused; null when no loader or no root is available, or when the
 * folder cannot be read (E_READ: the set is reported as NOT SCORED rather than failing the run).
 * A folder that could not be read is not tried again for the set's next record.
 */
export function createCoderResolver(
  defaultCoder: Coder,
  loaders: ReadonlyMap<string, DictionaryLoader>,
  root: string | null,
): CoderResolver {
  const built = new Map<string, Coder | null>();
  return (name) => {
    if (name === 'default') return defaultCoder;
    const loader = loaders.get(name);
    if (!loader || root === null) return null;
    if (!built.has(name)) built.set(name, loadOrNull(loader, `${root}/${DICTIONARY_FOLDERS[name] ?? name}`));
    return built.get(name) ?? null;
  };
}

function loadOrNull(loader: DictionaryLoader, dir: string): Coder | null {
  try {
    return loader(dir);
  } catch (error) {
    if (isDyadError(error) && error.code === 'E_READ') return null;
    throw error;
  }
}
