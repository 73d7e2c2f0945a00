import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recodeSet } from '../../src/eval/extra-sets.js';
import { inferTask, readGoldFile } from '../../src/eval/gold-file.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';

test('recodeSet keeps only the named set, renames it and swaps the dictionaries, leaving the input as it was', () => {
  const records = [
    { line: 1, value: { id: 'a', set: 'cameo-manual', dictionaries: 'default', text: 'x' } },
    { line: 2, value: { id: 'b', set: 'other', dictionaries: 'default', text: 'y' } },
  ];
  const recoded = recodeSet(records, 'cameo-manual', 'phoenix', 'cameo-manual@phoenix');
  assert.deepEqual(recoded, [{ line: 1, value: { id: 'a', set: 'cameo-manual@phoenix', dictionaries: 'phoenix', text: 'x' } }]);
  assert.equal(records[0]!.value.set, 'cameo-manual');
});

test('the own phoenix-newswire set is well-formed events gold: unique ids, dated, phoenix dictionaries, coded triples', () => {
  const records = readGoldFile(`${PACKAGE_ROOT}eval/sets/phoenix-newswire.jsonl`);
  assert.equal(inferTask(records), 'events');
  assert.ok(records.length >= 80);
  assert.equal(new Set(records.map(({ value }) => value.id)).size, records.length);
  for (const { value } of records) {
    assert.equal(value.set, 'phoenix-newswire');
    assert.equal(value.dictionaries, 'phoenix');
    assert.match(String(value.date), /^\d{4}-\d{2}-\d{2}$/);
    const events = value.events as { cameo: string; source: string; target: string }[];
    assert.equal(value.expect, events.length > 0 ? 'events' : 'noevents', String(value.id));
    for (const event of events) {
      assert.match(event.cameo, /^\d{2,4}$/, String(value.id));
      assert.match(event.source, /^[A-Z-]{3,}$/, String(value.id));
      assert.match(event.target, /^[A-Z-]{3,}$/, String(value.id));
    }
  }
});
