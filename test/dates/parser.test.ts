import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { createDateParser } from '../../src/stages/dates/parser.js';

const reference = { instant: new Date(Date.UTC(2022, 8, 28, 12)), timezone: 0 };

/** chrono with every date parser it has, none skipped: what the gated parser must agree with. */
function ungated(): chrono.Chrono {
  const timeOnly = /^EN(TimeExpression|CasualTime|TimeUnitWithin|TimeUnitLater|TimeUnitCasualRelative)/;
  const config = chrono.en.configuration.createCasualConfiguration(false);
  const refiners = config.refiners.filter((refiner) => !/Timezone|MergeDateTime/.test(refiner.constructor.name));
  return new chrono.Chrono({ parsers: config.parsers.filter((parser) => !timeOnly.test(parser.constructor.name)), refiners });
}

const SENTENCES = [
  'Israeli forces raided Jenin on Tuesday, Sept. 27, 2022, the army said.',
  'Last weekend, the protesters returned.',
  'On tuesday they left again.',
  'The talks, held two days ago, will resume next month.',
  'Payments are due by the end of the month, officials said on 9/11.',
  'The ministry published the figures on 2022-09-28 and again yesterday.',
  'Troops will march to the border in May, Theresa May said this year.',
  'Four people were killed in the attack, police said.',
];

test('skipping the parsers a sentence cannot match changes no result', () => {
  const gated = createDateParser();
  const full = ungated();
  for (const sentence of SENTENCES) {
    const texts = (parser: { parse: typeof full.parse }) => parser.parse(sentence, reference).map((r) => [r.index, r.text, r.start.date().toISOString()]);
    assert.deepEqual(texts(gated), texts(full), sentence);
  }
});
