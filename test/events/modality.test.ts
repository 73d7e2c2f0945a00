import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, describe } from './fixture.js';

test('"did not comment" is a declined comment (011), not negated', () => {
  const coded = codeText('The minister did not comment on the talks.', [['The minister', 'ISRGOV']]);
  assert.deepEqual(describe(coded), ['011 ISRGOV>- "comment" events/active']);
  assert.equal(coded.events[0]?.negated, false);
});

test('"refused to comment" is 011 through the refusal frame', () => {
  const coded = codeText('The government refused to comment.', [['The government', 'KENGOV']]);
  assert.deepEqual(describe(coded), ['011 KENGOV>- "refused" events/frame-refuse']);
});

test('"did not attack" is a negated assault', () => {
  const coded = codeText('Israel did not attack Gaza.', [['Israel', 'ISR'], ['Gaza', 'PSE']]);
  assert.deepEqual(describe(coded), ['190 ISR>PSE "attack" events/active']);
  assert.equal(coded.events[0]?.negated, true);
});

test('"may halt mediation" is a threat (135), "could meet" an intent (036)', () => {
  const threat = codeText('The EU may halt mediation between the parties.', [['The EU', 'IGOEU']]);
  assert.deepEqual(describe(threat), ['135 IGOEU>- "halt" events/threat']);
  const intent = codeText('Iran could meet Saudi officials next week.', [['Iran', 'IRN'], ['Saudi officials', 'SAUGOV']]);
  assert.deepEqual(describe(intent), ['036 IRN>SAUGOV "meet" events/intent']);
});

test('a purpose infinitive is an aim, not an event ("entered the camp to arrest")', () => {
  const coded = codeText('Troops entered the camp to arrest two suspects.', [['Troops', 'ISRMIL'], ['two suspects', 'PSECRM']]);
  assert.deepEqual(describe(coded), ['190 ISRMIL>- "entered" events/active']);
});

test('"plans to" marks a hypothetical event', () => {
  const coded = codeText('The army plans to arrest the suspects.', [['The army', 'ISRMIL'], ['the suspects', 'PSECRM']]);
  assert.deepEqual(describe(coded), ['173 ISRMIL>PSECRM "arrest" events/active']);
  assert.equal(coded.events[0]?.hypothetical, true);
});

test('future conflict act is a threat; negated future act is a refusal; future cooperation is an intent', () => {
  const threat = codeText('Russia will cut ties with Britain.', [['Russia', 'RUS'], ['Britain', 'GBR']]);
  assert.deepEqual(describe(threat), ['1313 RUS>GBR "cut" events/threat']);
  const refusal = codeText('Iran will not release the prisoners.', [['Iran', 'IRN'], ['the prisoners', 'USACVL']]);
  assert.deepEqual(describe(refusal), ['1243 IRN>USACVL "release" events/refusal']);
  const intent = codeText('Iran agreed to reopen its embassy in Riyadh.', [['Iran', 'IRN'], ['Riyadh', 'SAU']]);
  assert.deepEqual(describe(intent), ['032 IRN>- "agreed" events/frame-intent']);
});

test('"threatened that Israel would pay a price" is a threat aimed at Israel', () => {
  const coded = codeText('Hamas threatened that Israel would pay a price for the killings.', [['Hamas', 'PSEREB'], ['Israel', 'ISR']]);
  assert.deepEqual(describe(coded), ['130 PSEREB>ISR "threatened" events/frame-threaten']);
});

test('"X said Y must Z" is a demand by X on Y', () => {
  const coded = codeText('Russia said Sudan must return the helicopter.', [['Russia', 'RUS'], ['Sudan', 'SDN']]);
  assert.deepEqual(describe(coded), ['1053 RUS>SDN "return" events/obligation']);
});

test('"warned that X would …" is a threat; a bare warning is a pessimistic comment', () => {
  const threat = codeText('The minister warned that the government would not tolerate attacks.', [['The minister', 'KENGOV']]);
  assert.deepEqual(describe(threat), ['130 KENGOV>- "warned" events/threat']);
  const comment = codeText('The minister warned of a difficult winter.', [['The minister', 'KENGOV']]);
  assert.deepEqual(describe(comment), ['012 KENGOV>- "warned" events/active']);
});
