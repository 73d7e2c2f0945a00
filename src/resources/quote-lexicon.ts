import { readFileSync } from 'node:fs';
import { compileQuoteLexicon, type QuoteLexicon } from '../stages/quotes/lexicon.js';
import { DATA_DIR } from './paths.js';

/** Reads and compiles data/quotes/cues.tsv (the stage itself does no I/O). */
export function loadQuoteLexicon(dataDir: string = DATA_DIR): QuoteLexicon {
  const path = `${dataDir}/quotes/cues.tsv`;
  return compileQuoteLexicon(readFileSync(path, 'utf8'), path);
}
