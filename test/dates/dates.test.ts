import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSentenceDate } from '../../src/stages/dates/index.js';
import { countMonth, countWeekday } from '../../src/stages/dates/resolve.js';
import { hasDateCue } from '../../src/stages/dates/prefilter.js';
import { dateLayerOf, datesIn } from './helpers.js';

// 2022-09-28 is a Wednesday.

test('dates/weekday-backward: "on Sunday" in a Wednesday story is the Sunday before', () => {
  assert.deepEqual(datesIn('Israeli forces raided the camp on Sunday.'), [['Sunday', '2022-09-25', 'day', 'dates/weekday-backward']]);
});

test('dates/weekday-backward: the dateline\'s own weekday is the dateline ("Wednesday\'s operation")', () => {
  assert.deepEqual(datesIn("Wednesday's army operation left four dead."), [['Wednesday', '2022-09-28', 'day', 'dates/weekday-backward']]);
});

test('future text counts forward: "will resume on Friday"', () => {
  assert.deepEqual(datesIn('Talks will resume on Friday.'), [['Friday', '2022-09-30', 'day', 'dates/weekday-backward']]);
});

test('dates/month-backward: "in December" without a year is the last December', () => {
  assert.deepEqual(datesIn('The talks in December failed.'), [['December', '2021-12-01', 'month', 'dates/month-backward']]);
  assert.deepEqual(datesIn('The ceasefire collapsed in July.'), [['July', '2022-07-01', 'month', 'dates/month-backward']]);
});

test('dates/month-backward: "next"/"will"/"upcoming" make a yearless month the coming one', () => {
  assert.deepEqual(datesIn('Elections will be held in December.'), [['December', '2022-12-01', 'month', 'dates/month-backward']]);
});

test('a yearless day and month counts back across the new year ("Dec. 10" in a January story)', () => {
  assert.deepEqual(datesIn('Bombings on Dec. 10 killed 44 people.', '2017-01-05'), [['Dec. 10', '2016-12-10', 'day', 'dates/month-backward']]);
});

test('dates/chrono: full dates and relative days', () => {
  assert.deepEqual(datesIn('He was born on 4 July 1950.'), [['4 July 1950', '1950-07-04', 'day', 'dates/chrono']]);
  assert.deepEqual(datesIn('Two people died yesterday and three today.'), [
    ['yesterday', '2022-09-27', 'day', 'dates/chrono'],
    ['today', '2022-09-28', 'day', 'dates/chrono'],
  ]);
  assert.deepEqual(datesIn('The strike ended last Sunday.'), [['last Sunday', '2022-09-25', 'day', 'dates/chrono']]);
});

test('dates/caption: a caption ending with its own date dates what it shows', () => {
  const text = 'Soldiers walk past a burned car in Kharkiv, Ukraine, March 31, 2022. The city was shelled on Monday.';
  assert.deepEqual(datesIn(text), [
    ['March 31, 2022', '2022-03-31', 'day', 'dates/caption'],
    ['Monday', '2022-09-26', 'day', 'dates/weekday-backward'],
  ]);
  const layer = dateLayerOf(text);
  assert.equal(findSentenceDate(layer, 0)?.value, '2022-03-31');
  assert.equal(findSentenceDate(layer, 1)?.value, '2022-09-26');
});

test('dates/year: a bare year after a preposition', () => {
  assert.deepEqual(datesIn('The war began in 2011.'), [['2011', '2011-01-01', 'year', 'dates/year']]);
});

test('without a dateline only absolute dates are kept', () => {
  assert.deepEqual(datesIn('The war began in March 2011 and flared on Sunday.', null), [['March 2011', '2011-03-01', 'month', 'dates/chrono']]);
});

test('mentions carry their sentence index and exact offsets', () => {
  const text = 'Calm returned. Shelling resumed on Sunday.';
  const [mention] = dateLayerOf(text).mentions;
  assert.equal(mention?.sentence, 1);
  assert.equal(text.slice(mention?.start, mention?.end), 'Sunday');
});

test('calendar helpers: counting back and forward', () => {
  const wednesday = { year: 2022, month: 9, day: 28 };
  assert.deepEqual(countWeekday(wednesday, 4, false), { year: 2022, month: 9, day: 22 });
  assert.deepEqual(countWeekday(wednesday, 4, true), { year: 2022, month: 9, day: 29 });
  assert.deepEqual(countMonth(wednesday, 9, 30, false), { year: 2021, month: 9, day: 30 });
  assert.deepEqual(countMonth(wednesday, 9, 28, false), wednesday);
  assert.equal(hasDateCue('Police arrived quickly.'), false);
  assert.equal(hasDateCue('Police arrived on Friday.'), true);
});

test('a weekday with a clock time is still that day: "on Sunday at 5 p.m."', () => {
  assert.deepEqual(datesIn('The strike came on Sunday at 5 p.m.'), [['Sunday', '2022-09-25', 'day', 'dates/weekday-backward']]);
});

test('a call for a future action counts forward: "called for a strike on Thursday"', () => {
  assert.deepEqual(datesIn('Factions called for a general strike on Thursday.'), [['Thursday', '2022-09-29', 'day', 'dates/weekday-backward']]);
});

test('relative periods: "last month" and "last year" at month and year precision', () => {
  assert.deepEqual(datesIn('Prices rose last month and fell last year.'), [
    ['last month', '2022-08-01', 'month', 'dates/chrono'],
    ['last year', '2021-01-01', 'year', 'dates/chrono'],
  ]);
});

test('"due in May" is the coming May', () => {
  assert.deepEqual(datesIn('Elections are due in May.'), [['May', '2023-05-01', 'month', 'dates/month-backward']]);
});
