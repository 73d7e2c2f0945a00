import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root: compiled code lives in dist/src/resources, three levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DATA_DIR = `${PACKAGE_ROOT}data`;

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string };
  return manifest.version;
}
