import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { buildPetrarchDictionaries, type DictionaryFileInput, type PetrarchDictionaries } from './build.js';
import { CONFIG_FILE, selectByName, selectFromConfig, type DictionaryRole, type DictionarySelection } from './roles.js';

export interface LoadedPetrarchDictionaries extends PetrarchDictionaries {
  readonly dir: string;
  /** How the files were chosen (config file, name patterns, skipped names). */
  readonly notes: readonly string[];
}

const ROLES: readonly DictionaryRole[] = ['actors', 'agents', 'discards', 'verbs', 'issues'];

/**
 * Reads a PETRARCH dictionary folder. Files are chosen by `PETR_config.ini` in the folder when
 * there is one, else by name pattern (see roles.ts). A missing folder or a file named by the
 * config that does not exist is an E_READ error; bad lines inside files are only warnings.
 */
export function loadPetrarchDictionaries(dir: string): LoadedPetrarchDictionaries {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DyadError('E_READ', `dictionary folder ${dir} does not exist`);
  const configPath = join(dir, CONFIG_FILE);
  const selection: DictionarySelection = existsSync(configPath)
    ? selectFromConfig(readFileSync(configPath, 'utf8'))
    : selectByName(readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile()));
  const inputs: DictionaryFileInput[] = [];
  for (const role of ROLES) {
    for (const name of selection[role]) {
      const path = join(dir, name);
      if (!existsSync(path)) throw new DyadError('E_READ', `${CONFIG_FILE} names ${name}, which is not in ${dir}`);
      inputs.push({ name, role, bytes: readFileSync(path) });
    }
  }
  if (inputs.length === 0) throw new DyadError('E_DATA', `no PETRARCH dictionary files found in ${dir}`);
  return { ...buildPetrarchDictionaries(inputs), dir, notes: selection.notes };
}
