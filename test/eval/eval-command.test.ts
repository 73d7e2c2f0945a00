import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

async function run(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const status = await main(argv, { stdin: new PassThrough(), stdout, stderr });
  return { status, stdout: out, stderr: err };
}

test('dyad eval without --gold is a usage error', async () => {
  const result = await run(['eval']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /E_USAGE --gold FILE is required/);
});

test('dyad eval scores a gold file, reports NOT SCORED records, prints worst records and writes JSON', async () => {
  const dir = mkdtempSync(`${tmpdir()}/dyad-eval-`);
  const gold = `${dir}/mine.jsonl`;
  const lines = [
    { id: 'a', set: 'own', date: '2024-05-01', text: 'The minister smiled at the donors.', dictionaries: 'default', expect: 'events', events: [{ cameo: '051', source: null, target: null }], category: '05' },
    { id: 'b', set: 'own', date: '2024-05-01', text: 'Arnor thanked Gondor.', dictionaries: 'phoenix', expect: 'events', events: [{ cameo: '051', source: 'ARN', target: 'GON' }] },
  ];
  writeFileSync(gold, lines.map((line) => JSON.stringify(line)).join('\n'));
  const result = await run(['eval', '--gold', gold, '--errors', '1', '--json', `${dir}/out.json`, '--dictionaries', dir]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /task events/);
  assert.match(result.stdout, /NOT SCORED 1 \(phoenix: 1/);
  assert.match(result.stdout, /worst 1 record\(s\):\n- a \(own\) loss 1/);
  const report = JSON.parse(readFileSync(`${dir}/out.json`, 'utf8')) as { counts: { scored: number }; rows: { group: string; figures: { R: number } }[] };
  assert.equal(report.counts.scored, 1);
  assert.equal(report.rows[0]!.group, 'own');
  assert.equal(report.rows[0]!.figures.R, 0);
});

test('dyad code --format gdelt and acled are accepted formats', async () => {
  const dir = mkdtempSync(`${tmpdir()}/dyad-fmt-`);
  writeFileSync(`${dir}/a.txt`, 'date 2024-05-01\nThe minister thanked the donors.\n');
  const acled = await run(['code', `${dir}/a.txt`, '--format', 'acled']);
  assert.equal(acled.status, 0, acled.stderr);
  assert.match(acled.stdout, /^event_id_cnty,event_date,/);
  const bad = await run(['code', `${dir}/a.txt`, '--format', 'xml']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /csv, gdelt, acled, plover/);
});
