import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, describe } from './fixture.js';

test('killed and wounded fold into the raid they happened in', () => {
  const coded = codeText(
    'Israeli forces killed four Palestinian gunmen and wounded 44 other people during a raid on Jenin.',
    [['Israeli forces', 'ISRMIL'], ['Palestinian gunmen', 'PSEREB']],
  );
  assert.deepEqual(describe(coded), ['190 ISRMIL>PSEREB "raid" events/casualty-merge']);
  assert.equal(coded.events[0]?.killed, 4);
  assert.equal(coded.events[0]?.injured, 44);
});

test('passive casualty clause with a gapped second clause ("and 44 others injured")', () => {
  const coded = codeText('Four Palestinian gunmen were killed and 44 others injured in an Israeli raid.', [['Palestinian gunmen', 'PSEREB'], ['Israeli', 'ISR']]);
  assert.deepEqual(describe(coded), ['190 ISR>PSEREB "raid" events/casualty-merge']);
  assert.equal(coded.events[0]?.killed, 4);
  assert.equal(coded.events[0]?.injured, 44);
});

test('vague quantities follow ACLED: dozens → 12, hundreds → 100', () => {
  const coded = codeText('Russian forces shelled Kharkiv, killing dozens of civilians and wounding hundreds.', [['Russian forces', 'RUSMIL'], ['civilians', 'UKRCVL']]);
  assert.deepEqual(describe(coded), ['194 RUSMIL>UKRCVL "shelled" events/casualty-merge']);
  assert.equal(coded.events[0]?.killed, 12);
  assert.equal(coded.events[0]?.injured, 100);
});

test('headline with a reduced passive', () => {
  const coded = codeText('Four Palestinians killed in Israeli raid on Jenin', [['Palestinians', 'PSE'], ['Israeli', 'ISR']]);
  assert.deepEqual(describe(coded), ['190 ISR>PSE "raid" events/casualty-merge']);
  assert.equal(coded.events[0]?.killed, 4);
});

test('a participle after a passive with "by" belongs to the agent: the victims of the attack did not kill', () => {
  const coded = codeText(
    'A camp for Congolese refugees was attacked by Burundian militiamen armed with machetes, killing at least 156 people.',
    [['Congolese refugees', 'CODREF'], ['Burundian militiamen', 'BDIREB']],
  );
  assert.deepEqual(describe(coded), ['190 BDIREB>CODREF "attacked" events/casualty-merge']);
  assert.equal(coded.events[0]?.killed, 156);
});

test('a participle after a passive without "by" keeps the passive subject as its doer', () => {
  const coded = codeText('Rebels were surrounded in the hills, firing on the soldiers.', [['Rebels', 'SDNREB'], ['soldiers', 'SDNMIL']]);
  assert.ok(describe(coded).some((e) => e.startsWith('19') && e.includes('SDNREB>SDNMIL')), describe(coded).join('; '));
});

test('a death in violent repression is its toll, not a second event ("fired tear gas ..., killing one man")', () => {
  const coded = codeText('Police fired tear gas at protesters, killing one man.', [['Police', 'KENCOP'], ['protesters', 'KENCVL']]);
  assert.deepEqual(describe(coded), ['175 KENCOP>KENCVL "fired" events/casualty-merge']);
  assert.equal(coded.events[0]?.killed, 1);
});
