import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../src/core/errors.js';
import { checkTopics } from '../../src/lexicon/verbs/load.js';
import { readTopics } from '../../src/lexicon/verbs/rows.js';
import { codeText, describe, resources } from './fixture.js';

test('a protest takes the code of its aim: leader (1), policy (2), rights (3), institutions or regime (4)', () => {
  const reforms = codeText('Thousands of students staged mass demonstrations to demand democratic reforms.', [['students', 'IDNEDU']]);
  assert.deepEqual(describe(reforms), ['1414 IDNEDU>- "demonstrations" events/light-verb']);
  const bill = codeText('Dockers went on strike over a controversial employment bill.', [['Dockers', 'SRBLAB']]);
  assert.deepEqual(describe(bill), ['1432 SRBLAB>- "went" events/active']);
  const arrest = codeText('Opposition parties organized a general strike in protest of the arrest of activists.', [['Opposition parties', 'NPLOPP']]);
  assert.deepEqual(describe(arrest), ['1433 NPLOPP>- "strike" events/light-verb']);
  const removal = codeText('Demonstrators rioted in Cairo, calling for the removal of the president.', [['Demonstrators', 'EGYCVL'], ['president', 'EGYGOV']]);
  assert.equal(describe(removal)[0], '1451 EGYCVL>- "rioted" events/active');
  const prefix = codeText('Pro-democracy protesters marched in Hong Kong.', [['protesters', 'HKGCVL']]);
  assert.deepEqual(describe(prefix), ['1414 HKGCVL>- "marched" events/active']);
});

test('what a protest does, background clauses and reporting tails are not its aim', () => {
  // The rioters are prisoners; the riot is not about prisoners' rights.
  const prisoners = codeText('Palestinian prisoners rioted at a jail in northern Israel.', [['Palestinian prisoners', 'PSECVL']]);
  assert.deepEqual(describe(prisoners), ['145 PSECVL>- "rioted" events/active']);
  // The boycott's own object (the elections) is what is boycotted.
  const elections = codeText('The opposition boycotted the constitutional referendum.', [['The opposition', 'DZAOPP']]);
  assert.deepEqual(describe(elections), ['143 DZAOPP>- "boycotted" events/active']);
  const relative = codeText('Ethnic Turks began a hunger strike against deportation to Bulgaria, where they face persecution.', [['Ethnic Turks', 'TURCVL']]);
  assert.deepEqual(describe(relative), ['142 TURCVL>- "strike" events/light-verb']);
  const reported = codeText('Hundreds of farmers demonstrated in Paris, human rights groups said.', [['farmers', 'FRAAGR']]);
  assert.deepEqual(describe(reported), ['141 FRAAGR>- "demonstrated" events/active']);
});

test('topics.tsv: the built-in table refines the five protest codes; bad rows fail at load', () => {
  assert.deepEqual([...(resources.topics?.codes ?? [])], ['141', '142', '143', '144', '145']);
  assert.equal(resources.topics?.words.get('step down'), '1');
  assert.throws(() => readTopics('topic\twords\n5\tpeace\n'), (error: unknown) => error instanceof DyadError && error.code === 'E_DATA');
  assert.throws(() => readTopics('topic\twords\n1\tresign\n2\tresign\n'), /already has topic 1/);
  assert.throws(() => checkTopics(readTopics('topic\twords\ncodes\t146\n1\tresign\n'), resources.ontology), /1461 is not a CAMEO code/);
});
