import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus, joinExamples, readExamples } from '../../bench/corpus.js';
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

test('budget-sized bench articles join consecutive examples as paragraphs, dated by the first', () => {
  const examples = readExamples(`${PACKAGE_ROOT}examples`);
  const joined = joinExamples(examples, 3);
  assert.equal(joined.length, examples.length);
  assert.equal(joined[4]!.text, [examples[4]!.text, examples[0]!.text, examples[1]!.text].join('\n\n'));
  assert.equal(joined[4]!.date, examples[4]!.date);
  assert.equal(new Set(joined.map((doc) => doc.id)).size, joined.length);
});
