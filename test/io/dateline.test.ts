import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitDateline } from '../../src/io/dateline.js';

test('the header may share its line with the body', () => {
  assert.deepEqual(splitDateline('date 2022-09-28 Israeli forces raided Jenin.'), {
    date: '2022-09-28',
    body: 'Israeli forces raided Jenin.',
    bodyLine: 1,
  });
});

test('leading whitespace and blank lines before and after the header are not part of the text', () => {
  const split = splitDateline('\n  date 2022-09-28\n\nHeadline\nBody.\n');
  assert.equal(split.date, '2022-09-28');
  assert.equal(split.body, 'Headline\nBody.');
  assert.equal(split.bodyLine, 4);
});

test('text without a header is plain text', () => {
  assert.deepEqual(splitDateline('Date palms grow in Jericho.'), { date: null, body: 'Date palms grow in Jericho.', bodyLine: 1 });
});

test('a header with a date in the wrong shape is an error, not body text', () => {
  assert.throws(() => splitDateline('\ndate 28-09-2022 Body'), (error: { code?: string; location?: { line?: number } }) => {
    return error.code === 'E_DATE' && error.location?.line === 2;
  });
});
