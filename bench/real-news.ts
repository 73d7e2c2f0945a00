import { existsSync } from 'node:fs';
import { isIsoDate, makeDoc, type Doc } from '../src/core/doc.js';
import { readGoldFile } from '../src/eval/gold-file.js';

/**
 * Real news articles to time beside the examples: the article texts of the places (TR-News) and
 * quotes (PolNeAR) dev sets in ../shared/dev, read where they are (as `dyad eval` reads them), never
 * copied into the project. They average ~620 tokens, the budget's size, and carry fewer events and
 * quotes per token than our feature-dense examples. Returns [] when the folder is absent.
 */
export function readRealNews(devDir: string): Doc[] {
  const docs: Doc[] = [];
  for (const file of ['places.jsonl', 'quotes.jsonl']) {
    const path = `${devDir}/${file}`;
    if (!existsSync(path)) continue;
    for (const { value } of readGoldFile(path)) {
      const { id, text, date } = value;
      if (typeof text !== 'string' || !text.trim()) continue;
      docs.push(makeDoc({ id: `${file}:${String(id)}`, text, date: typeof date === 'string' && isIsoDate(date) ? date : null }));
    }
  }
  return docs;
}
