import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { validateCodedDocument } from '../../src/contract/validate.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';
import { tempFiles } from '../helpers/files.js';
import { captureIo } from '../helpers/streams.js';

async function run(argv: string[], stdin = '') {
  const io = captureIo(stdin);
  const status = await main(argv, io);
  return { status, out: io.out(), err: io.err() };
}

test('one document in gives one JSON object; --pretty indents it', async () => {
  const root = tempFiles({ 'a.txt': 'date 2022-09-28 Israeli forces raided Jenin.' });
  const { status, out, err } = await run(['code', `${root}/a.txt`, '--pretty']);
  assert.equal(status, 0);
  assert.equal(err, '');
  assert.match(out, /^\{\n {2}"dyad": "1",/);
  const doc = JSON.parse(out);
  assert.deepEqual(validateCodedDocument(doc), []);
  assert.equal(doc.id, 'a');
  assert.equal(doc.date, '2022-09-28');
});

test('several documents give JSONL, one line per document, in input order', async () => {
  const root = tempFiles({ 'b.txt': 'date 2022-01-01 B.', 'a.jsonl': '{"text":"A1."}\n{"text":"A2."}\n' });
  const { status, out } = await run(['code', root]);
  assert.equal(status, 0);
  assert.deepEqual(
    out.trimEnd().split('\n').map((line) => JSON.parse(line).id),
    ['a:1', 'a:2', 'b'],
  );
});

test('a bad input is reported on one line with file and line; the rest is coded; exit status 1', async () => {
  const root = tempFiles({ 'feed.jsonl': '{"text":"Good."}\n{oops\n{"text":"Also good."}\n' });
  const { status, out, err } = await run(['code', `${root}/feed.jsonl`, '--format', 'jsonl']);
  assert.equal(status, 1);
  assert.equal(out.trimEnd().split('\n').length, 2);
  assert.match(err, new RegExp(`^dyad: ${root}/feed.jsonl:2: E_JSONL invalid JSON \\(.*\\)\\n$`));
  assert.doesNotMatch(err, /\n\s+at /, 'no stack trace for user errors');
});

test('usage errors exit with status 2: bad --date, unknown option, unknown format, unknown command', async () => {
  const cases: [string[], RegExp][] = [
    [['code', '--date', '2022-02-30', '-'], /E_USAGE --date "2022-02-30" is not a real day/],
    [['code', '--frobnicate'], /E_USAGE Unknown option '--frobnicate'/],
    [['code', '--format', 'xml', '-'], /E_USAGE --format must be one of/],
    [['decode'], /E_USAGE unknown command "decode"/],
  ];
  for (const [argv, message] of cases) {
    const { status, err } = await run(argv);
    assert.equal(status, 2, argv.join(' '));
    assert.match(err, message);
  }
});

test('plain text on standard input takes --date', async () => {
  const { status, out } = await run(['code', '-', '--date', '2022-09-28'], 'Israeli forces raided Jenin.');
  assert.equal(status, 0);
  assert.deepEqual([JSON.parse(out).id, JSON.parse(out).date], ['stdin', '2022-09-28']);
});

test('--out writes to a file; --format summary prints a digest', async () => {
  const root = tempFiles({ 'a.txt': 'date 2022-09-28 Israeli forces raided Jenin.' });
  const { status, out } = await run(['code', `${root}/a.txt`, '--out', `${root}/out.json`]);
  assert.equal(status, 0);
  assert.equal(out, '');
  assert.equal(JSON.parse(readFileSync(`${root}/out.json`, 'utf8')).id, 'a');
  const summary = await run(['code', `${root}/a.txt`, '--format', 'summary']);
  assert.match(summary.out, /^# a {2}date=2022-09-28 {2}sentences=1 /);
});

test('the installed bin runs end to end as a separate process', () => {
  const bin = `${PACKAGE_ROOT}dist/src/cli/bin.js`;
  const result = spawnSync(process.execPath, [bin, 'code', `${PACKAGE_ROOT}examples`, '--format', 'jsonl'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  assert.ok(lines.length >= 3);
  for (const line of lines) assert.deepEqual(validateCodedDocument(JSON.parse(line)), []);
  const missing = spawnSync(process.execPath, [bin, 'code', '/nonexistent/file.txt'], { encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, 'dyad: /nonexistent/file.txt: E_READ cannot read: no such file or folder\n');
});
