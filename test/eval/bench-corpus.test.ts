import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus, readExamples } from '../../bench/corpus.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';

test('the bench corpus repeats the examples, in order, to at least the asked size, with unique ids', () => {
  const examples = readExamples(`${PACKAGE_ROOT}examples`);
  assert.equal(examples.length, 5);
  assert.ok(examples.every((doc) => doc.date !== null && !doc.text.startsWith('date ')));
  const corpus = buildCorpus(examples, 20_000);
  assert.ok(corpus.bytes >= 20_000);
  assert.equal(corpus.docs.length % examples.length, 0);
  assert.equal(new Set(corpus.docs.map((doc) => doc.id)).size, corpus.docs.length);
  assert.equal(corpus.docs[5]!.text, examples[0]!.text);
  assert.equal(corpus.docs[5]!.id, `${examples[0]!.id}#1`);
});
