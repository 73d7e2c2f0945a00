import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers.js';

test('"may" the verb and "May" the surname are not dates', () => {
  assert.deepEqual(datesIn('Prices may rise. Theresa May spoke. May I ask?'), []);
});

test('"march" the verb or noun is not a date', () => {
  assert.deepEqual(datesIn('Troops march on the capital. The March was peaceful.'), []);
});

test('numbers, percentages and resolution numbers are not dates', () => {
  assert.deepEqual(datesIn('Turnout was 12.53% and Resolution 2334 passed with 14 votes.'), []);
});

test('a clock time alone is not a date', () => {
  assert.deepEqual(datesIn('Sirens sounded at 5 p.m.'), []);
});

test('a year-like count is not a year: "in 2000 homes"', () => {
  assert.deepEqual(datesIn('Power was cut in 2000 homes.'), []);
});

test('a count after a month is not a two-digit year: "Since May, 40 died" is not May 2040', () => {
  assert.deepEqual(datesIn('Since May, 40 people died.'), [['May', '2022-05-01', 'month', 'dates/month-backward']]);
});
