import { existsSync, readFileSync } from 'node:fs';
import { makeDoc, type Doc } from '../src/core/doc.js';

/**
 * Real news articles to time beside the examples: the article texts of the places (TR-News) and
 * quotes (PolNeAR) dev sets in ../shared/dev, read where they are, never copied into the project.
 * They average ~640 tokens, the budget's size, and carry fewer events and quotes per token than
 * our feature-dense examples. Returns [] when the folder is absent.
 */
export function readRealNews(devDir: string): Doc[] {
  const docs: Doc[] = [];
  for (const file of ['places.jsonl', 'quotes.jsonl']) {
    const path = `${devDir}/${file}`;
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
      if (typeof record.text !== 'string' || !record.text.trim()) continue;
      const date = typeof record.date === 'string' && /^\d{4}-\d\d-\d\d$/.test(record.date) ? record.date : null;
      docs.push(makeDoc({ id: `${file}:${String(record.id)}`, text: record.text, date }));
    }
  }
  return docs;
}
