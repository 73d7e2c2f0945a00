import { makeDoc } from '../../src/core/doc.js';
import { createDyad, type Dyad } from '../../src/dyad.js';
import { buildPetrarchDictionaries } from '../../src/petrarch/build.js';
import type { DictionaryRole } from '../../src/petrarch/roles.js';

/** File name → [role, text]: a test's own dictionary set, built in memory. */
export type DictionaryFiles = Readonly<Record<string, readonly [role: DictionaryRole, text: string]>>;

/** A Dyad coding with small dictionaries written in the test itself. */
export function dyadWithDictionaryTexts(files: DictionaryFiles): Dyad {
  const inputs = Object.entries(files).map(([name, [role, text]]) => ({ name, role, bytes: Buffer.from(text) }));
  return createDyad({ dictionaries: buildPetrarchDictionaries(inputs) });
}

/** The same, built on first use and then shared by the test file (loading the tagger is the slow part). */
export function lazyDyadWithDictionaryTexts(files: DictionaryFiles): () => Dyad {
  let built: Dyad | undefined;
  return () => (built ??= dyadWithDictionaryTexts(files));
}


/** `SOURCE TARGET CODE` of each event, `-` for a missing actor. */
export function eventTriples(dyad: Dyad, text: string, date = '2007-06-01'): string[] {
  return dyad.code(makeDoc({ id: 't', text, date })).events.map((e) => `${e.source?.code ?? '-'} ${e.target?.code ?? '-'} ${e.cameo}`);
}

