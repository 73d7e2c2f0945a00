import { makeDoc } from '../../src/core/doc.js';
import type { CodedDocument } from '../../src/contract/types.js';
import { createDyad, type Dyad } from '../../src/dyad.js';

let shared: Dyad | undefined;

/** One engine for the whole test process: loading the tagger and lexicons is the slow part. */
export function testDyad(): Dyad {
  shared ??= createDyad();
  return shared;
}

export function codeText(text: string, date: string | null = '2022-09-28', id = 'test'): CodedDocument {
  return testDyad().code(makeDoc({ id, text, date }));
}
