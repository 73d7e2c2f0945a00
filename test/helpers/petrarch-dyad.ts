import { makeDoc } from '../../src/core/doc.js';
import { createDyad, type Dyad } from '../../src/dyad.js';
import { buildPetrarchDictionaries } from '../../src/petrarch/build.js';
import type { DictionaryRole } from '../../src/petrarch/roles.js';

/** File name → [role, text]: a test's own dictionary set, built in memory. */
export type DictionaryFiles = Record<string, [role: DictionaryRole, text: string]>;

/** An engine coding with `files`, created on first use (loading the tagger is the slow part). */
export function lazyPetrarchDyad(files: DictionaryFiles): () => Dyad {
  let shared: Dyad | undefined;
  return () => {
    shared ??= createDyad({
      dictionaries: buildPetrarchDictionaries(Object.entries(files).map(([name, [role, text]]) => ({ name, role, bytes: Buffer.from(text) }))),
    });
    return shared;
  };
}

/** The events of `text` as `SOURCE TARGET CODE` lines (`-` for a missing actor). */
export function eventLines(dyad: Dyad, text: string, date: string): string[] {
  const coded = dyad.code(makeDoc({ id: 't', text, date }));
  return coded.events.map((e) => `${e.source?.code ?? '-'} ${e.target?.code ?? '-'} ${e.cameo}`);
}
