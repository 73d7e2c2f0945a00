import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIsoDate, makeDoc } from '../../src/core/doc.js';
import { DyadError } from '../../src/core/errors.js';

test('isIsoDate accepts real days only', () => {
  assert.equal(isIsoDate('2022-09-28'), true);
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2023-02-29'), false);
  assert.equal(isIsoDate('2022-13-01'), false);
  assert.equal(isIsoDate('22-09-28'), false);
  assert.equal(isIsoDate('2022-9-28'), false);
});

test('makeDoc freezes the document', () => {
  const doc = makeDoc({ id: 'a', text: 'Text.', date: '2022-09-28', meta: { url: 'http://x' } });
  assert.equal(Object.isFrozen(doc), true);
  assert.equal(Object.isFrozen(doc.meta), true);
  assert.deepEqual(doc, { id: 'a', date: '2022-09-28', text: 'Text.', meta: { url: 'http://x' } });
});

test('makeDoc rejects an empty text and a bad date with coded errors', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as DyadError).code;
    }
    return null;
  };
  assert.equal(codeOf(() => makeDoc({ id: 'a', text: '  \n ' })), 'E_EMPTY');
  assert.equal(codeOf(() => makeDoc({ id: 'a', text: 'x', date: '2022-02-30' })), 'E_DATE');
});

test('DyadError renders one line with file and line', () => {
  const error = new DyadError('E_JSONL', 'invalid JSON').at({ file: 'a.jsonl', line: 3 });
  assert.equal(error.toLine(), 'a.jsonl:3: E_JSONL invalid JSON');
});
