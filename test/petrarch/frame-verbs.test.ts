import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/doc.js';
import { eventTriples, lazyDyadWithDictionaryTexts, type DictionaryFiles } from '../helpers/petrarch-dyad.js';

// Our own PETRARCH-2-format verbs: "warn", "agree", "concur" code alone; "hold talks" and "storm" are complements.
const VERBS = [
  '####### VERB PATTERNS #######',
  '--- CONCUR [050] ---',
  'CONCUR',
  '- * (TO CEASEFIRE) [0356]',
  '',
  '--- WARN [130] ---',
  'WARN',
  '',
  '--- AGREE [050] ---',
  'AGREE',
  '',
  '--- REFUSE [---] ---',
  'REFUSE',
  '',
  '--- HOLD [---] ---',
  'HOLD',
  '- * TALKS [046]',
  '',
  '--- STORM [190] ---',
  'STORM',
].join('\n');

const FILES: DictionaryFiles = {
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
  'own.verbs.txt': ['verbs', VERBS],
};

const dyad = lazyDyadWithDictionaryTexts(FILES);

function events(text: string): string[] {
  return eventTriples(dyad(), text, '2010-01-01');
}

test('a PETRARCH-2 verb with a frame\'s unspecified code is refined by its complement, as PETRARCH-2 composes them', () => {
  // WARN [130] is the threaten frame's own code; "that it would storm" (190) makes it a threat to attack.
  assert.deepEqual(events('Valdoria warned that it would storm Ostravia.'), ['VAL OST 1384']);
  const coded = dyad().code(makeDoc({ id: 't', text: 'Valdoria warned that it would storm Ostravia.', date: '2010-01-01' }));
  assert.deepEqual(coded.events.map((e) => [e.trigger.text, e.rule]), [['warned', 'events/frame-threaten']]);
  assert.deepEqual(events('Valdoria warned Ostravia.'), ['VAL OST 130']);
});

test("the bare verb of a lemma Dyad's grammar reads as a frame ('agree', not 'concur') is refined too; alone it keeps its code", () => {
  assert.deepEqual(events('Valdoria agreed to hold talks with Ostravia.'), ['VAL OST 036']);
  assert.deepEqual(events('Valdoria concurred to hold talks with Ostravia.'), ['VAL OST 050']);
  assert.deepEqual(events('Valdoria agreed with Ostravia.'), ['VAL OST 050']);
});

test('a frame lemma the dictionary leaves uncoded ([---]) codes only with a complement the frame knows', () => {
  assert.deepEqual(events('Valdoria refused to hold talks with Ostravia.'), ['VAL OST 125']);
  assert.deepEqual(events('Valdoria refused Ostravia.'), []);
});

test('a more specific dictionary pattern keeps its own code', () => {
  assert.deepEqual(events('Valdoria concurred to ceasefire with Ostravia.'), ['VAL OST 0356']);
});

test('PETRARCH-1 dictionaries are not composed: the validation suite codes the verb alone', () => {
  const petr1 = lazyDyadWithDictionaryTexts({
    'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
    'own.verbs.txt': ['verbs', '--- AGREE [050] ---\nAGREE\n\n--- HOLD [---] ---\nHOLD\n- * TALKS [046]\n'],
  });
  assert.deepEqual(eventTriples(petr1(), 'Valdoria agreed to hold talks with Ostravia.', '2010-01-01'), ['VAL OST 050']);
});
