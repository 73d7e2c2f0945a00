import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateMention } from '../../src/stages/dates/types.js';
import { codeText } from './fixture.js';

test('an event takes the dateline when its sentence has no date; a caption keeps its own date', () => {
  const text = 'Police arrested two men in Jenin.\n\nPhoto: Soldiers arrested a man in Jenin, September 20, 2022.';
  const captionDate = text.indexOf('September 20, 2022');
  const coded = codeText(text, [['Police', 'ISRCOP'], ['two men', 'PSECVL'], ['Soldiers', 'ISRMIL'], ['a man', 'PSECVL']], '2022-09-28', () => ({
    dates: { mentions: [{ start: captionDate, end: captionDate + 18, value: '2022-09-20', precision: 'day', sentence: 1, rule: 'test/fixture' } satisfies DateMention] },
  }));
  assert.equal(coded.events.length, 2);
  assert.equal(coded.events[0]?.date, '2022-09-28');
  assert.equal(coded.events[0]?.dateSpan, null);
  assert.equal(coded.events[1]?.date, '2022-09-20');
  assert.equal(text.slice(coded.events[1]?.dateSpan?.start, coded.events[1]?.dateSpan?.end), 'September 20, 2022');
});

test('a date after another verb dates that verb; a reporting verb in between does not count', () => {
  const yearOf = (text: string, year: string): DateMention => {
    const at = text.indexOf(year);
    return { start: at, end: at + 4, value: `${year}-01-01`, precision: 'year', sentence: 0, rule: 'test/fixture' };
  };
  const signed = 'Iran will restore a security cooperation agreement signed in 2001.';
  const restored = codeText(signed, [['Iran', 'IRN']], '2023-04-06', () => ({ dates: { mentions: [yearOf(signed, '2001')] } }));
  assert.deepEqual(restored.events.map((event) => [event.cameo, event.date]), [['0311', '2023-04-06']]);
  const reported = 'Saudi Arabia cut ties with Iran, officials said in 2016.';
  const cut = codeText(reported, [['Saudi Arabia', 'SAU'], ['Iran', 'IRN'], ['officials', 'SAUGOV']], '2023-04-06', () => ({ dates: { mentions: [yearOf(reported, '2016')] } }));
  assert.deepEqual(cut.events.map((event) => [event.cameo, event.date]), [['161', '2016-01-01']]);
});

test('the place phrase attached to the event wins over other places of the sentence', () => {
  const text = 'Palestinians in Gaza said Israeli troops raided homes in Jenin.';
  const gaza = text.indexOf('Gaza');
  const jenin = text.indexOf('Jenin');
  const coded = codeText(text, [['Israeli troops', 'ISRMIL']], '2022-09-28', (seg) => {
    const tokenAt = (offset: number): number => Array.from(seg.tokens.start).indexOf(offset);
    return {
      places: {
        places: [],
        mentions: [
          { start: gaza, end: gaza + 4, place: 'p1', tokenStart: tokenAt(gaza), tokenEnd: tokenAt(gaza) + 1, rule: 'test/fixture' },
          { start: jenin, end: jenin + 5, place: 'p2', tokenStart: tokenAt(jenin), tokenEnd: tokenAt(jenin) + 1, rule: 'test/fixture' },
        ],
      },
    };
  });
  assert.equal(coded.events.length, 1);
  assert.equal(coded.events[0]?.placeMention, 1);
});

test('an event inside a quote is linked to it', () => {
  const text = '"Israeli troops attacked our homes," the mayor said.';
  const coded = codeText(text, [['Israeli troops', 'ISRMIL']], '2022-09-28', () => ({
    quotes: { quotes: [{ id: 'q1', start: 1, end: 34, direct: true, parts: [{ start: 1, end: 34 }], speaker: null, speakerMention: null, cue: null, rule: 'test/fixture' }] },
  }));
  assert.equal(coded.events[0]?.quote, 'q1');
  assert.equal(text.slice(coded.events[0]?.trigger.start, coded.events[0]?.trigger.end), 'attacked');
});
