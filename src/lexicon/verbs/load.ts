import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../resources/paths.js';
import { buildVerbLexicon } from './compile.js';
import { buildCameoOntology } from './ontology.js';
import { DyadError } from '../../core/errors.js';
import { readCues, readForms, readFrames, readInstruments, readNounRows, readQuantities, readTopics, readVerbRows, readWordClasses } from './rows.js';
import type { CameoOntology, CueLists, InstrumentTable, TopicTable, VerbLexicon } from './types.js';

/** Everything the events stage reads, compiled once. */
export interface EventResources {
  readonly lexicon: VerbLexicon;
  readonly ontology: CameoOntology;
  readonly cues: CueLists;
  readonly quantities: ReadonlyMap<string, number>;
  /** Irregular verb forms → lemma, for words the tagger mistakes for nouns ("shot" → "shoot"). */
  readonly forms: ReadonlyMap<string, string>;
  /** What a protest is for ("to demand democratic reforms" → 1414); null with imported dictionaries, whose codes stand. */
  readonly topics: TopicTable | null;
  /** Weapons named with an assault ("fighter jets hit" → 195); null with imported dictionaries. */
  readonly instruments: InstrumentTable | null;
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
  const ontology = buildCameoOntology(
    read('ontology', 'cameo.tsv'),
    read('ontology', 'cameo-plover.tsv'),
    read('ontology', 'plover-overrides.tsv'),
  );
  return {
    lexicon: buildVerbLexicon(rows, classes, frames),
    ontology,
    topics: checkTopics(readTopics(read('verbs', 'topics.tsv')), ontology),
    instruments: checkInstruments(readInstruments(read('verbs', 'instruments.tsv')), ontology),
    cues: readCues(read('verbs', 'cues.tsv')),
    quantities: readQuantities(read('verbs', 'quantities.tsv')),
    forms: readForms(read('verbs', 'forms.tsv')),
  };
}

/** Every code an instrument replaces or gives must be an assault, so a typo fails at load, not in output. */
export function checkInstruments(instruments: InstrumentTable, ontology: CameoOntology): InstrumentTable {
  for (const code of [...instruments.codes, ...instruments.rows.map((row) => row.code)]) {
    if (ontology.lookup(code)?.plover !== 'ASSAULT') throw new DyadError('E_DATA', `instruments.tsv: ${code} is not a CAMEO assault code`);
  }
  return instruments;
}

/** Every refined code must exist with each topic digit (141 → 1411 … 1414), so a typo fails at load, not in output. */
export function checkTopics(topics: TopicTable, ontology: CameoOntology): TopicTable {
  const digits = new Set(topics.words.values());
  for (const code of topics.codes) {
    for (const digit of digits) {
      if (!ontology.lookup(code + digit)) throw new DyadError('E_DATA', `topics.tsv: ${code}${digit} is not a CAMEO code`);
    }
  }
  return topics;
}
