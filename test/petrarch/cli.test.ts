import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { tempFiles } from '../helpers/files.js';
import { FICTIONAL_DICTIONARIES } from '../helpers/fictional-dictionaries.js';
import { captureIo } from '../helpers/streams.js';

const DICTS = FICTIONAL_DICTIONARIES;

async function run(argv: string[]) {
  const io = captureIo();
  const status = await main(argv, io);
  return { status, out: io.out(), err: io.err() };
}

test('dyad code --dictionaries: the report goes to stderr, actors are coded with the imported codes and dates', async () => {
  const dir = tempFiles(DICTS);
  const input = tempFiles({ 'a.txt': 'date 2007-03-01 Mara Kess met Valdorian sky rangers in Ostravia.' });
  const { status, out, err } = await run(['code', `${input}/a.txt`, '--dictionaries', dir]);
  assert.equal(status, 0);
  assert.match(err, /dyad: test\.actors\.txt: actors, 3 actors, 4 phrases, 4 codes \(1 dated\), 1 warnings/);
  assert.match(err, /dyad: test\.actors\.txt:7: warning: unclosed "\["/);
  const doc = JSON.parse(out);
  const codes = doc.actors.map((a: { code: string; mentions: { text: string }[] }) => `${a.code}=${a.mentions.map((m) => m.text).join('|')}`);
  assert.ok(codes.includes('VALGOV=Mara Kess'), codes.join(', '));
  assert.ok(codes.includes('VALMIL=Valdorian sky rangers'), codes.join(', '));
  assert.ok(codes.includes('OST=Ostravia'), codes.join(', '));
  assert.ok(!codes.some((c: string) => c.startsWith('XX')), 'the malformed line added nothing');
});

test('dyad code --dictionaries: after the dated term the default code applies; built-in actors are gone', async () => {
  const dir = tempFiles(DICTS);
  const input = tempFiles({ 'a.txt': 'date 2012-03-01 Mara Kess visited France.' });
  const { out } = await run(['code', `${input}/a.txt`, '--dictionaries', dir]);
  const doc = JSON.parse(out);
  assert.deepEqual(doc.actors.map((a: { code: string }) => a.code), ['VALELI']);
});

test('dyad code --dictionaries --keep-lexicons: imported actors are added on top of the built-in ones', async () => {
  const dir = tempFiles(DICTS);
  const input = tempFiles({ 'a.txt': 'date 2012-03-01 Mara Kess visited France.' });
  const { out } = await run(['code', `${input}/a.txt`, '--dictionaries', dir, '--keep-lexicons']);
  const doc = JSON.parse(out);
  assert.deepEqual(doc.actors.map((a: { code: string }) => a.code), ['VALELI', 'FRA']);
});

test('dyad code --dictionaries with a missing folder fails with E_READ before coding', async () => {
  const input = tempFiles({ 'a.txt': 'date 2012-03-01 Text.' });
  const { status, err } = await run(['code', `${input}/a.txt`, '--dictionaries', '/nonexistent/dyad-dicts']);
  assert.notEqual(status, 0);
  assert.match(err, /E_READ/);
});
