import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A short content hash of every data file a run used (plus the tagger model's name), written
 * into each output's `meta.dataHash`: two outputs with the same hash were coded with the same lexicons.
 */
export function hashData(folders: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const item of extra) hash.update(`${item}\n`);
  for (const folder of folders) {
    for (const file of listFiles(folder)) {
      hash.update(`${relative(folder, file)}\n`);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(folder);
  return files;
}
