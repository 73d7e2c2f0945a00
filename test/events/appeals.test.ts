import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, describe } from './fixture.js';

test('"urged X to attack Y" is an appeal to X, not an attack', () => {
  const coded = codeText('Hamas urged Iran to attack Israel.', [['Hamas', 'PSEREB'], ['Iran', 'IRN'], ['Israel', 'ISR']]);
  assert.deepEqual(describe(coded), ['020 PSEREB>IRN "urged" events/frame-appeal']);
});

test('appeal and demand frames take their code from the complement', () => {
  const release = codeText('Hamas demanded the release of Palestinian prisoners.', [['Hamas', 'PSEREB'], ['Palestinian prisoners', 'PSECVL']]);
  assert.deepEqual(describe(release), ['1053 PSEREB>PSECVL "demanded" events/frame-demand']);
  const talks = codeText('Egypt urged Israel to hold talks with Hamas.', [['Egypt', 'EGY'], ['Israel', 'ISR'], ['Hamas', 'PSEREB']]);
  assert.deepEqual(describe(talks), ['026 EGY>ISR "urged" events/frame-appeal']);
  const aid = codeText('Oxfam called on donors to send food aid.', [['Oxfam', 'NGO'], ['donors', 'IGO']]);
  assert.deepEqual(describe(aid), ['0233 NGO>IGO "called" events/frame-appeal']);
});

test('threat frame: "threatened to impose sanctions" is 1312', () => {
  const coded = codeText('The EU threatened to impose sanctions on Belarus.', [['The EU', 'IGOEU'], ['Belarus', 'BLR']]);
  assert.deepEqual(describe(coded), ['1312 IGOEU>BLR "threatened" events/frame-threaten']);
});

test('verbal vs physical "attack"', () => {
  const verbal = codeText('Shtayyeh launched a scathing attack on Israel.', [['Shtayyeh', 'PSEGOV'], ['Israel', 'ISR']]);
  assert.deepEqual(describe(verbal), ['111 PSEGOV>ISR "attack" events/light-verb']);
  const physical = codeText('Militants launched an attack on Israel.', [['Militants', 'PSEREB'], ['Israel', 'ISR']]);
  assert.deepEqual(describe(physical), ['190 PSEREB>ISR "attack" events/light-verb']);
  const policy = codeText('The opposition attacked the government over its budget.', [['The opposition', 'KENOPP'], ['the government', 'KENGOV']]);
  assert.deepEqual(describe(policy), ['111 KENOPP>KENGOV "attacked" events/active']);
});

test('"wrote to X urging him to": the writer appeals to X (the pronoun is the actor just named)', () => {
  const letter = codeText('The opposition sent a letter to the president urging him to resign.', [['The opposition', 'ZWEOPP'], ['the president', 'ZWEGOV']]);
  assert.deepEqual(describe(letter), ['0241 ZWEOPP>ZWEGOV "urging" events/frame-appeal']);
  const call = codeText('The foreign minister telephoned his Israeli counterpart, urging him to resume talks.', [['The foreign minister', 'EGYGOV'], ['Israeli counterpart', 'ISRGOV']]);
  assert.deepEqual(describe(call), ['041 EGYGOV>ISRGOV "telephoned" events/active', '026 EGYGOV>ISRGOV "urging" events/frame-appeal']);
});
