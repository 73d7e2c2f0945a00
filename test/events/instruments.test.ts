import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../src/core/errors.js';
import { checkInstruments } from '../../src/lexicon/verbs/load.js';
import { readInstruments } from '../../src/lexicon/verbs/rows.js';
import type { Coded } from './fixture.js';
import { codeText, describe, resources } from './fixture.js';

function codesAndModes(coded: Coded): string[] {
  return coded.events.map((event) => `${event.cameo} ${event.ploverType ?? '-'} ${event.ploverMode ?? '-'}`);
}

test('an assault whose clause names an aircraft or a drone is the use of aerial weapons (195)', () => {
  const jets = codeText('Saudi fighter jets hit residential areas in Saada.', [['Saudi', 'SAU']]);
  assert.deepEqual(describe(jets), ['195 SAU>- "hit" events/active']);
  // PLOVER's type and mode follow the code through the crosswalk, as the PLOVER gold records have them.
  assert.deepEqual(codesAndModes(jets), ['195 ASSAULT heavy-weapons']);
  assert.deepEqual(codesAndModes(codeText('Israeli warplanes fired missiles at a training camp.', [['Israeli', 'ISR']])), ['195 ASSAULT heavy-weapons']);
  const airForce = codeText('The Israeli Air Force struck Hamas targets in Gaza.', [['The Israeli Air Force', 'ISRMIL'], ['Hamas', 'PSEREB']]);
  assert.deepEqual(describe(airForce), ['195 ISRMIL>PSEREB "struck" events/active']);
  assert.deepEqual(describe(codeText('A US drone fired missiles at a convoy in Yemen.', [['US', 'USA']])), ['195 USA>- "fired" events/active']);
});

test('no aircraft named, or one in another clause, changes nothing', () => {
  assert.deepEqual(codesAndModes(codeText('Russian forces shelled Kharkiv.', [['Russian forces', 'RUSMIL']])), ['194 ASSAULT heavy-weapons']);
  assert.deepEqual(codesAndModes(codeText('Gunmen attacked the village, and a helicopter evacuated the wounded.', [['Gunmen', '---UAF']])), ['190 ASSAULT -', '073 AID -']);
  // "suicide bombers" fly nothing
  assert.deepEqual(codesAndModes(codeText('A bomb exploded in the market, killing five.', [])), ['190 ASSAULT -']);
});

test('a suicide attack named in the clause is 1831, whatever the verb', () => {
  assert.deepEqual(codesAndModes(codeText('Two suicide bombers killed 23 people.', [['suicide bombers', 'PSEUAF']])).slice(0, 1), ['1831 ASSAULT suicide-attack']);
  assert.deepEqual(codesAndModes(codeText('Two suicide bombers detonated explosives near Ankara.', [])), ['1831 ASSAULT suicide-attack']);
  // a bombing without the word stays a bombing (183), PLOVER explosives
  assert.deepEqual(codesAndModes(codeText('Militants detonated explosives near Ankara.', [['Militants', 'TURREB']])), ['183 ASSAULT explosives']);
});

test('instruments.tsv: bad rows and codes that are not assaults fail at load', () => {
  assert.equal(resources.instruments?.rows[1]?.code, '195');
  assert.equal(resources.instruments?.words.get('air strike'), 1);
  assert.throws(() => readInstruments('code\tfrom\twords\n195\t19x\tjet\n'), (error: unknown) => error instanceof DyadError && error.code === 'E_DATA');
  assert.throws(() => readInstruments('code\tfrom\twords\n195\t190\tjet\n194\t190\tjet\n'), /already listed/);
  assert.throws(() => checkInstruments(readInstruments('code\tfrom\twords\n195\t040\tjet\n'), resources.ontology), /040 is not a CAMEO assault code/);
});
