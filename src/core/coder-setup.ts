/**
 * What the CLI and the server are told to code with (`--lexicon`, `--dictionaries`, `--keep-lexicons`).
 * Kept apart from dyad.ts so that the ingest main thread can name it without loading the tagger.
 */
export interface CoderSetup {
  readonly lexiconDirs: readonly string[];
  /** A PETRARCH dictionary folder. */
  readonly dictionaries?: string;
  readonly keepBuiltinLexicons: boolean;
}

/** The setup with no option given: Dyad's own lexicons only. */
export const BUILT_IN_SETUP: CoderSetup = { lexiconDirs: [], keepBuiltinLexicons: false };
