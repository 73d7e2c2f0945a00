import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { makeDoc } from '../../src/core/doc.js';
import type { CodedDocument } from '../../src/contract/types.js';
import { validateCodedDocument } from '../../src/contract/validate.js';
import { createDyad } from '../../src/dyad.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';

const dyad = createDyad();

function codeExample(name: string): CodedDocument {
  const raw = readFileSync(`${PACKAGE_ROOT}examples/${name}`, 'utf8');
  const newline = raw.indexOf('\n');
  return dyad.code(makeDoc({ id: name, date: raw.slice(5, newline).trim(), text: raw.slice(newline + 1) }));
}

/** `code "mention"` for every mention of every actor, in text order. */
function codedMentions(doc: CodedDocument): string[] {
  return doc.actors.flatMap((actor) => actor.mentions.map((m) => ({ at: m.start, row: `${actor.code} "${m.text}"` }))).sort((a, b) => a.at - b.at).map((m) => m.row);
}

test('every example codes to a valid contract whose actor spans are their own text', () => {
  for (const name of readdirSync(`${PACKAGE_ROOT}examples`).filter((file) => file.endsWith('.txt'))) {
    const coded = codeExample(name);
    assert.deepEqual(validateCodedDocument(coded), [], name);
    assert.ok(coded.actors.length > 5, name);
  }
});

test('Jenin raid: people by their 2022 offices, agents by country, the credit line left out', () => {
  const coded = codeExample('west-bank-jenin-raid.txt');
  const mentions = codedMentions(coded);
  for (const row of ['ISRMIL "Israeli forces"', 'PSEUAF "Palestinian gunmen"', 'ISRMIL "Israeli military"', 'ISRMIL "troops"', 'PSEGOV "Nabil Abu Rudaineh"', 'PSEGOV "Palestinian President Mahmoud Abbas"', 'PSEGOV "Palestinian Prime Minister Mohammad Shtayyeh"', 'PSEREB "Hamas"', 'PSEREB "the Islamist group"', 'ISRGOV "Israeli Defence Minister Benny Gantz"', 'IGOUNO "United Nations"']) {
    assert.ok(mentions.includes(row), `${row} in ${mentions.join(', ')}`);
  }
  const credit = coded.text.indexOf('(credit:');
  assert.ok(credit > 0);
  assert.equal(coded.actors.flatMap((a) => a.mentions).filter((m) => m.start > credit).length, 0);
});

test('Mali attack: the junta, the mission and the bloc', () => {
  const mentions = codedMentions(codeExample('mali-central-attack.txt'));
  for (const row of ['MLIGOV "government"', 'MLIGOV "It"', 'MLIREB "Katiba Macina"', 'IMGREB "al Qaeda"', 'IGOUNO "MINUSMA"', 'IGOUNO "The mission"', 'IGOWAF "ECOWAS"', 'MLIMIL "army"']) {
    assert.ok(mentions.includes(row), `${row} in ${mentions.join(', ')}`);
  }
  assert.ok(!mentions.some((row) => row.includes('BAMAKO')), 'the dateline is not an actor');
});
