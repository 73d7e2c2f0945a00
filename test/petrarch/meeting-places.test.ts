import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/doc.js';
import { eventTriples, lazyDyadWithDictionaryTexts, type DictionaryFiles } from '../helpers/petrarch-dyad.js';

// Our own fictional states; Arnhold is Valdoria's capital, listed under Valdoria's code as PETRARCH lists capitals.
const FILES: DictionaryFiles = {
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nARNHOLD [VAL]\nOSTRAVIA [OST]\nQUELL [QUE]\nMARA_KESS [VALGOV]\nALDO_VENN [OSTGOV]\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- MEET [040] ---\nMEET\n'],
};

const dyad = lazyDyadWithDictionaryTexts(FILES);

function events(text: string): string[] {
  return eventTriples(dyad(), text, '2010-01-01');
}

test("a meeting in one party's country is that party hosting (043) and the other visiting (042)", () => {
  assert.deepEqual(events('Mara Kess met Aldo Venn in Arnhold.'), ['VALGOV OSTGOV 043', 'OSTGOV VALGOV 042']);
  assert.deepEqual(events('Aldo Venn met Mara Kess in Arnhold.'), ['OSTGOV VALGOV 042', 'VALGOV OSTGOV 043']);
  const coded = dyad().code(makeDoc({ id: 't', text: 'Mara Kess met Aldo Venn in Arnhold.', date: '2010-01-01' }));
  assert.deepEqual(coded.events.map((e) => [e.trigger.text, e.rule]), [['met', 'petrarch/meeting-place'], ['met', 'petrarch/meeting-place']]);
});

test("a meeting in a third country is a neutral-site meeting both ways (044), each party visiting the host country", () => {
  assert.deepEqual(events('Mara Kess met Aldo Venn in Quell.'), [
    'VALGOV OSTGOV 044', 'OSTGOV VALGOV 044', 'VALGOV QUE 042', 'QUE VALGOV 043', 'OSTGOV QUE 042', 'QUE OSTGOV 043',
  ]);
});

test('without a place, or negated, the meeting stays as the dictionary codes it', () => {
  assert.deepEqual(events('Mara Kess met Aldo Venn.'), ['VALGOV OSTGOV 040']);
  assert.deepEqual(events('Mara Kess met Aldo Venn, in Arnhold.'), ['VALGOV OSTGOV 040']);
  assert.deepEqual(events('Mara Kess did not meet Aldo Venn in Arnhold.'), ['VALGOV OSTGOV 040']);
});
