import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, describe } from './fixture.js';

// Sentences that must yield no event at all.
const NONE: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ['The weather in Nairobi was warm on Tuesday.', []],
  ['The union will meet its membership targets this year.', [['The union', 'KENLAB']]],
  ['Shares in the company rose three percent.', []],
  ['A rescue operation continued through the night.', []],
  ['Fuel prices are expected to rise next month.', []],
  ['Armed groups are active in the region.', [['Armed groups', 'MLIARM']]],
  // "shot" after a determiner is the noun, whatever the irregular-forms list says.
  ['The photographer took a shot of the parliament.', []],
  ['His best shot came late in the match.', []],
  // an -ing word after a name is the head noun only when nothing follows it: here it is the verb of no event.
  ['The Kerem Shalom crossing was quiet on Sunday.', []],
  // a mission sent with no stated purpose is not yet an act
  ['Qatar sent an envoy to Kabul.', [['Qatar', 'QAT'], ['Kabul', 'AFG']]],
  // a mood outside reported speech, or an attributive adjective, is no optimistic or pessimistic comment
  ['Some foreign monitors are skeptical.', [['foreign monitors', 'IGOUNO']]],
  ['Analysts gave an optimistic forecast for the economy.', []],
  // deaths a natural disaster, an accident or a disease caused are no assault
  ['A strong earthquake on Java killed eight people, officials said.', [['Java', 'IDN']]],
  ['A tsunami following a volcanic eruption killed 222 people and injured 800 more.', []],
  ['At least 77 people had died in flash floods in the province.', []],
  ['A chemical leak has killed ten people, including two children.', []],
];

test('an assault with an actor of its own stands in a sentence that names a disaster', () => {
  assert.deepEqual(describe(codeText('Rebels attacked villages hit by floods, killing 20 people.', [['Rebels', 'SDNREB']])), ['190 SDNREB>- "attacked" events/casualty-merge']);
  assert.deepEqual(describe(codeText('After the earthquake, rebels attacked the town.', [['rebels', 'SDNREB']])), ['190 SDNREB>- "attacked" events/active']);
});

for (const [text, actors] of NONE) {
  test(`no event: ${text}`, () => {
    assert.deepEqual(describe(codeText(text, actors)), []);
  });
}

test('a bare statement is dropped when the sentence reports another event', () => {
  const coded = codeText('The army said troops arrested two men.', [['The army', 'ISRMIL'], ['troops', 'ISRMIL'], ['two men', 'PSECVL']]);
  assert.deepEqual(describe(coded), ['173 ISRMIL>PSECVL "arrested" events/active']);
});

test('a condition is not an event ("unless the president resigns")', () => {
  const coded = codeText('The party will boycott the elections unless the president resigns.', [['The party', 'DZAOPP'], ['the president', 'DZAGOV']]);
  assert.equal(coded.events.some((event) => event.cameo === '0831'), false);
});
