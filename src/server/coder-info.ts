import { dataHashFor, type CoderSetup, type Dyad } from '../dyad.js';
import type { DictionaryFileReport } from '../petrarch/build.js';
import { packageVersion } from '../resources/paths.js';

interface CoderBasics {
  readonly version: string;
  /** The `meta.dataHash` the coder writes: documents stored under another hash were coded with other lexicons. */
  readonly dataHash: string;
  /** `--lexicon` folders added to the built-in actor lists. */
  readonly lexiconDirs: readonly string[];
}

/** `GET /api/coder`: what the server's coder codes with. */
export type CoderInfo =
  | (CoderBasics & { readonly lexicons: 'built-in' })
  | (CoderBasics & {
      readonly lexicons: 'petrarch';
      readonly keepBuiltinLexicons: boolean;
      /** The load report: how the files were chosen, counts per file, and how many lines were skipped with a warning. */
      readonly dictionaries: { readonly dir: string; readonly notes: readonly string[]; readonly files: readonly DictionaryFileReport[]; readonly warnings: number };
    });

/**
 * The description, made once on first request. A coder loaded already (always, with dictionaries)
 * describes itself; otherwise version and data hash come from the package and the data files, so
 * asking does not load the tagger and lexicons (about a second) just to answer. With
 * `setup.dictionaries`, `loaded` must be the coder made from them (the load report is its own).
 */
export function coderInfoSource(setup: CoderSetup, loaded: Dyad | null): () => CoderInfo {
  let info: CoderInfo | null = null;
  return () => (info ??= describeCoder(setup, loaded));
}

function describeCoder(setup: CoderSetup, loaded: Dyad | null): CoderInfo {
  const basics: CoderBasics = {
    version: loaded?.version ?? packageVersion(),
    dataHash: loaded?.dataHash ?? dataHashFor(setup),
    lexiconDirs: setup.lexiconDirs,
  };
  const dicts = loaded?.dictionaries;
  if (setup.dictionaries === undefined || !dicts) return { ...basics, lexicons: 'built-in' };
  return {
    ...basics,
    lexicons: 'petrarch',
    keepBuiltinLexicons: setup.keepBuiltinLexicons,
    dictionaries: { dir: setup.dictionaries, notes: dicts.notes ?? [], files: dicts.files, warnings: dicts.warnings.length },
  };
}
