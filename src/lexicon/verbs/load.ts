import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../resources/paths.js';
import { buildVerbLexicon } from './compile.js';
import { buildCameoOntology } from './ontology.js';
import { readCues, readForms, readFrames, readNounRows, readQuantities, readVerbRows, readWordClasses } from './rows.js';
import type { CameoOntology, CueLists, VerbLexicon } from './types.js';

/** Everything the events stage reads, compiled once. */
export interface EventResources {
  readonly lexicon: VerbLexicon;
  readonly ontology: CameoOntology;
  readonly cues: CueLists;
  readonly quantities: ReadonlyMap<string, number>;
  /** Irregular verb forms → lemma, for words the tagger mistakes for nouns ("shot" → "shoot"). */
  readonly forms: ReadonlyMap<string, string>;
  /**
   * PETRARCH semantics (coding with imported dictionaries): modality never recodes an event ("will
   * restore" stays a restore, not an intent); only a pattern's own negated code applies.
   */
  readonly literalModality?: boolean;
}

/** Reads data/verbs and data/ontology (the only I/O of the event coder) and compiles them. */
export function loadEventResources(dataDir: string = DATA_DIR): EventResources {
  const read = (...parts: string[]): string => readFileSync(join(dataDir, ...parts), 'utf8');
  const classes = readWordClasses(read('verbs', 'classes.tsv'));
  const frames = readFrames(read('verbs', 'frames.tsv'));
  const rows = [...readVerbRows(read('verbs', 'verbs.tsv')), ...readNounRows(read('verbs', 'nouns.tsv'))];
  return {
    lexicon: buildVerbLexicon(rows, classes, frames),
    ontology: buildCameoOntology(
      read('ontology', 'cameo.tsv'),
      read('ontology', 'cameo-plover.tsv'),
      read('ontology', 'plover-overrides.tsv'),
    ),
    cues: readCues(read('verbs', 'cues.tsv')),
    quantities: readQuantities(read('verbs', 'quantities.tsv')),
    forms: readForms(read('verbs', 'forms.tsv')),
  };
}
