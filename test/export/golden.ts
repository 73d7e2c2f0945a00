import { readFileSync } from 'node:fs';
import type { DocMeta } from '../../src/core/doc.js';
import { createExportWriter, type ExportFormat } from '../../src/export/writer.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';
import { FIXTURE } from './fixture.js';

export const FIXTURE_META: DocMeta = { url: 'https://example.org/news/1', source: 'Example Wire' };

/** The committed expected output for the fixture (test/export/golden/fixture.<format>.txt). */
export function readGolden(format: ExportFormat): string {
  return readFileSync(`${PACKAGE_ROOT}test/export/golden/fixture.${format}.txt`, 'utf8');
}

/** Runs the fixture through the same writer `dyad code --format F` uses. */
export async function exportFixture(format: ExportFormat, docs = [FIXTURE]): Promise<string> {
  let out = '';
  const writer = createExportWriter(format, async (text) => {
    out += text;
  });
  for (const doc of docs) await writer.document(doc, FIXTURE_META);
  await writer.end();
  return out;
}
