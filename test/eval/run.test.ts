import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../../src/core/errors.js';
import { createDyad } from '../../src/dyad.js';
import { createCoderResolver, type Coder } from '../../src/eval/coders.js';
import { inferTask, type RawRecord } from '../../src/eval/gold-file.js';
import { evaluateRecords, selectWorst } from '../../src/eval/run.js';
import { loadAcledMapping, loadIsoFips } from '../../src/export/load-tables.js';

// Our own sentences; the real pipeline codes them (today without events, hence low scores).
const raw = (line: number, value: Record<string, unknown>): RawRecord => ({ line, value });
const records: RawRecord[] = [
  raw(1, { id: 'r1', set: 'mine', date: '2024-01-02', text: 'The envoy smiled.', dictionaries: 'default', expect: 'events', events: [{ cameo: '051', source: null, target: null }], category: '05' }),
  raw(2, { id: 'r2', set: 'mine', date: '2024-01-02', text: 'Nothing happened.', dictionaries: 'default', expect: 'noevents', events: [], category: '05' }),
  raw(3, { id: 'r3', set: 'mine', date: '2024-01-02', text: 'Skipped sentence.', dictionaries: 'default', expect: 'events', events: [], skip: 'parse fault' }),
  raw(4, { id: 'r4', set: 'fiction', date: '2024-01-02', text: 'Arnor thanked Gondor.', dictionaries: 'petrarch-validate', expect: 'events', events: [{ cameo: '051', source: 'ARN', target: 'GON' }] }),
  raw(5, { id: 'r5', set: 'mine', date: 'noon', text: '   ', dictionaries: 'default', expect: 'events', events: [{ cameo: '010', source: 'A', target: 'B' }] }),
  raw(6, { set: 'mine', text: 'No id here.' }),
];
const context = { acled: loadAcledMapping(), countries: loadIsoFips() };

test('the task is inferred from the fields the gold carries', () => {
  assert.equal(inferTask(records), 'events');
  assert.equal(inferTask([raw(1, { id: 'x', text: 't', events: [{ plover: 'AID' }] })]), 'plover');
  assert.equal(inferTask([raw(1, { id: 'x', text: 't', task: 'gazetteer_lookup', places: [] })]), 'geo');
  assert.equal(inferTask([raw(1, { id: 'x', text: 't', acled: {} })]), 'acled');
  assert.equal(inferTask([raw(1, { id: 'x', text: 't' })]), null);
});

test('skipped, NOT SCORED, bad gold and failing records are counted, never dropped silently', () => {
  const dyad = createDyad();
  const report = evaluateRecords(records, { task: 'events', resolve: createCoderResolver(dyad, new Map(), null), context });
  assert.equal(report.counts.records, 6);
  assert.equal(report.counts.skipped, 1);
  assert.deepEqual(report.counts.notScored, { 'petrarch-validate': 1 });
  assert.equal(report.counts.badGold, 1);
  assert.equal(report.counts.scored, 3);
  assert.equal(report.counts.badDates, 1);
  // r5: empty text → makeDoc throws E_EMPTY → an error, scored as an empty prediction.
  assert.deepEqual(report.errorMessages.map((error) => error.id), ['r5', 'line 6']);
  assert.deepEqual(report.sets.fiction, { records: 1, scored: 0, skipped: 0, notScored: 1, errors: 0 });
  const mine = report.rows.find((row) => row.group === 'mine')!;
  assert.equal(mine.records, 3);
  // Gold: r1 {051} (codes only), r5 {A B 010}; r2 is empty = empty → one exact match of three.
  assert.equal(mine.figures.FN, 2);
  assert.equal(mine.figures.R, 0);
  assert.ok(Math.abs((mine.figures.EM as number) - 1 / 3) < 1e-9);
  assert.deepEqual(report.rows.map((row) => row.group), ['mine', 'mine/-', 'mine/05']);
  assert.deepEqual(selectWorst(report.outcomes, 5).map((outcome) => outcome.id), ['r1', 'r5']);
});

test('a registered dictionary loader is built once from <root>/<folder> and scores its records', () => {
  const dyad = createDyad();
  const dirs: string[] = [];
  const loader = (dir: string): Coder => {
    dirs.push(dir);
    return dyad;
  };
  const resolve = createCoderResolver(dyad, new Map([['petrarch-validate', loader]]), '/dicts');
  const report = evaluateRecords([records[3]!, records[3]!], { task: 'events', resolve, context });
  assert.deepEqual(dirs, ['/dicts/validate']);
  assert.equal(report.counts.scored, 2);
  assert.deepEqual(report.counts.notScored, {});
});

test('a dictionary folder that cannot be read is tried once: its records are NOT SCORED, not reloaded', () => {
  const dyad = createDyad();
  let attempts = 0;
  const loader = (dir: string): Coder => {
    attempts++;
    throw new DyadError('E_READ', `cannot read ${dir}`);
  };
  const resolve = createCoderResolver(dyad, new Map([['petrarch-validate', loader]]), '/missing');
  const report = evaluateRecords([records[3]!, records[3]!, records[3]!], { task: 'events', resolve, context });
  assert.equal(attempts, 1);
  assert.equal(report.counts.scored, 0);
  assert.deepEqual(report.sets.fiction, { records: 3, scored: 0, skipped: 0, notScored: 3, errors: 0 });
});
