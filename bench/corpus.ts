import { readdirSync, readFileSync } from 'node:fs';
import type { Doc } from '../src/core/doc.js';
import { makeDoc } from '../src/core/doc.js';
import { textToItem } from '../src/io/text-file.js';
import { DEFAULT_MAX_BYTES } from '../src/io/document.js';

export interface BenchCorpus {
  readonly docs: readonly Doc[];
  /** Which example each doc copies (index into `examples`). */
  readonly source: readonly number[];
  readonly examples: readonly Doc[];
  readonly bytes: number;
}

/** The project's examples/*.txt (sorted by name), read as the CLI reads them. */
export function readExamples(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const item = textToItem(`${dir}/${name}`, name.replace(/\.txt$/, ''), readFileSync(`${dir}/${name}`), { maxBytes: DEFAULT_MAX_BYTES });
      if (!item.ok) throw item.error;
      return item.doc;
    });
}

/** The examples repeated, in order, until the texts reach `minBytes` of UTF-8; each copy gets its own id. */
export function buildCorpus(examples: readonly Doc[], minBytes: number): BenchCorpus {
  const docs: Doc[] = [];
  const source: number[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy += 1) {
    examples.forEach((example, i) => {
      docs.push(makeDoc({ id: `${example.id}#${copy}`, text: example.text, date: example.date }));
      source.push(i);
      bytes += Buffer.byteLength(example.text, 'utf8');
    });
  }
  return { docs, source, examples, bytes };
}

/**
 * Articles of the budget's size from the ~210-token examples: example i, i+1, … (wrapping) joined
 * as paragraphs, dated by the first. The speed budget counts ~600-token articles, and a document
 * has fixed costs (wink's readDoc, each stage's per-document set-up) that three short documents pay
 * three times: timing short documents and scaling by tokens would overstate the cost.
 */
export function joinExamples(examples: readonly Doc[], perArticle: number): Doc[] {
  return examples.map((first, i) => {
    const parts = Array.from({ length: perArticle }, (_, k) => examples[(i + k) % examples.length] as Doc);
    return makeDoc({ id: parts.map((part) => part.id).join('+'), text: parts.map((part) => part.text).join('\n\n'), date: first.date });
  });
}
