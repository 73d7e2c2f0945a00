import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateCodedDocument } from '../../src/contract/validate.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';
import { splitDateline } from '../../src/io/dateline.js';
import { makeDoc } from '../../src/core/doc.js';
import { codeText, testDyad } from '../helpers/dyad.js';

const exampleDir = `${PACKAGE_ROOT}examples`;
const examples = readdirSync(exampleDir).filter((name) => name.endsWith('.txt'));

test('there are at least three example articles', () => {
  assert.ok(examples.length >= 3);
});

for (const name of examples) {
  test(`example ${name} codes to a valid contract document whose spans all match the text`, () => {
    const { date, body } = splitDateline(readFileSync(`${exampleDir}/${name}`, 'utf8'));
    assert.ok(date, 'examples carry a dateline');
    const coded = codeText(body, date, name);
    assert.deepEqual(validateCodedDocument(coded), []);
    assert.equal(coded.dyad, '1');
    assert.equal(coded.text, body);
    assert.ok(coded.sentences.length >= 5);
    for (const sentence of coded.sentences) {
      assert.equal(body.slice(sentence.start, sentence.end).trim(), body.slice(sentence.start, sentence.end));
    }
  });
}

test('the validator catches a span whose text does not match', () => {
  const coded = codeText('Israeli forces raided Jenin.');
  const broken = { ...coded, quotes: [{ id: 'Q1', start: 0, end: 7, text: 'Israel', direct: true, speaker: null, cue: null }] };
  assert.deepEqual(validateCodedDocument(broken), ['/quotes/0 text "Israel" differs from text.slice(0, 7) = "Israeli"']);
});

test('the validator catches a missing field', () => {
  const { events: _dropped, ...coded } = codeText('Israeli forces raided Jenin.');
  assert.match(validateCodedDocument(coded).join('\n'), /must have required property 'events'/);
});

test('output is deterministic apart from timings', () => {
  const a = codeText('Israeli forces raided Jenin. “This is a crime,” he said.');
  const b = codeText('Israeli forces raided Jenin. “This is a crime,” he said.');
  assert.deepEqual({ ...a, meta: { ...a.meta, timingsMs: {} } }, { ...b, meta: { ...b.meta, timingsMs: {} } });
  assert.match(a.meta.dataHash, /^[0-9a-f]{16}$/);
});

test('coding the examples as one batch gives exactly what coding them one by one gives', () => {
  const docs = examples.map((name) => {
    const { date, body } = splitDateline(readFileSync(`${exampleDir}/${name}`, 'utf8'));
    return makeDoc({ id: name, text: body, date });
  });
  const one = docs.map((doc) => testDyad().code(doc));
  // Reversed: a document's output must not depend on its neighbours in the batch either.
  const batch = testDyad().codeBatch([...docs].reverse()).reverse();
  assert.deepEqual(batch.map((outcome) => (outcome.ok ? outcome.coded : outcome.error)), one);
});
