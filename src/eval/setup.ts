import { existsSync } from 'node:fs';
import { createDyad, type Dyad } from '../dyad.js';
import { loadAcledMapping, loadIsoFips } from '../export/load-tables.js';
import { PACKAGE_ROOT } from '../resources/paths.js';
import { createCoderResolver, type CoderResolver } from './coders.js';
import { DICTIONARY_LOADERS } from './dictionary-loaders.js';
import type { PredictContext } from './types.js';

/** ../shared beside the package root (in CI a copy of shared/ sits beside the clone). */
export const SHARED_DIR = `${PACKAGE_ROOT}../shared`;

/** ../shared/petrarch when it is there. */
export function defaultDictionaryRoot(): string | null {
  const dir = `${SHARED_DIR}/petrarch`;
  return existsSync(dir) ? dir : null;
}

export interface EvalSetup {
  readonly dyad: Dyad;
  readonly resolve: CoderResolver;
  readonly context: PredictContext;
}

/** One Dyad with the project's lexicons, the dictionary-set resolver and the ACLED mapping. */
export function createEvalSetup(dictionariesRoot: string | null): EvalSetup {
  const dyad = createDyad();
  return {
    dyad,
    resolve: createCoderResolver(dyad, DICTIONARY_LOADERS, dictionariesRoot),
    context: { acled: loadAcledMapping(), countries: loadIsoFips() },
  };
}
