import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/doc.js';
import { lazyDyadWithDictionaryTexts, type DictionaryFiles } from '../helpers/petrarch-dyad.js';

// Our own fictional states. Mara Kess has a default code and a dated one; Aldo Venn only dated ones.
const FILES: DictionaryFiles = {
  'own.actors.txt': ['actors', [
    'VALDORIA [VAL]', 'OSTRAVIA [OST]',
    'MARA_KESS', '\t[VALGOV 20050115-20091231]', '\t[VALELI]',
    'ALDO_VENN', '\t[OSTELI 19900101-20041231]', '\t[OSTGOV >20050101]',
  ].join('\n') + '\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- CRITICIZE [111] ---\nCRITICIZE\n'],
};

const dyad = lazyDyadWithDictionaryTexts(FILES);

function actorCodes(text: string, date: string | null): string[] {
  return dyad().code(makeDoc({ id: 't', text, date })).events.map((e) => `${e.source?.code ?? '-'} ${e.target?.code ?? '-'} ${e.cameo}`);
}

test("an undated article takes a dictionary actor's undated default code, not its latest dated one", () => {
  assert.deepEqual(actorCodes('Aldo Venn criticized Mara Kess.', null), ['OSTGOV VALELI 111']);
});

test('a dated article still takes the dated code that covers the day, else the default', () => {
  assert.deepEqual(actorCodes('Aldo Venn criticized Mara Kess.', '2007-03-01'), ['OSTGOV VALGOV 111']);
  assert.deepEqual(actorCodes('Aldo Venn criticized Mara Kess.', '2012-03-01'), ['OSTGOV VALELI 111']);
  assert.deepEqual(actorCodes('Aldo Venn criticized Mara Kess.', '1995-03-01'), ['OSTELI VALELI 111']);
});
