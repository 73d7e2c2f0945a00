import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { openDb } from '../../src/store/open.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const EXAMPLES = join(PACKAGE_ROOT, 'examples');
const BIN = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');

async function ingest(...args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const sink = new Writable({ write(chunk, _encoding, done) { stderr += String(chunk); done(); } });
  const status = await main(['ingest', ...args], { stdin: new PassThrough(), stdout: new PassThrough(), stderr: sink });
  return { status, stderr };
}

function rows(file: string, sql: string): unknown[] {
  const db = openDb(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

/** The examples, repeated with distinct ids, as one JSONL file. */
function repeatedCorpus(name: string, count: number): string {
  const articles = readdirSync(EXAMPLES).sort().map((f) => {
    const [, date, text] = /^date (\S+)\n([\s\S]*)$/.exec(readFileSync(join(EXAMPLES, f), 'utf8')) ?? [];
    return { date, text };
  });
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `rep/${i}`, ...articles[i % articles.length] }));
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('dyad ingest', () => {
  it('stores the examples, then skips them on a rerun', async () => {
    const db = join(dir, 'examples.db');
    const first = await ingest(EXAMPLES, '--db', db, '--workers', '1');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /ingest: 5 documents in .* 5 added, 0 re-coded, 0 unchanged, 0 rejected/);
    assert.deepEqual(rows(db, 'SELECT id, date FROM documents ORDER BY id').map((r) => (r as { id: string }).id), [
      'diplomacy-talks', 'kenya-nairobi-protests', 'mali-central-attack', 'ukraine-kharkiv-shelling', 'west-bank-jenin-raid',
    ]);
    const second = await ingest(EXAMPLES, '--db', db);
    assert.match(second.stderr, /0 added, 0 re-coded, 5 unchanged/);
  });

  it('reports bad documents with file:line, lists them in the rejects file and stores the rest', async () => {
    const input = join(dir, 'mixed.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'good-1', text: 'Rebels attacked the convoy. Two soldiers died.', date: '2024-02-01' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'bad-date', text: 'Talks resumed.', date: '2024-02-30' }),
      JSON.stringify({ id: 'good-2', text: 'The minister resigned on Friday.' }),
    ].join('\n'));
    const db = join(dir, 'mixed.db');
    const { status, stderr } = await ingest(input, '--db', db, '--workers', '2');
    assert.equal(status, 1);
    assert.match(stderr, /mixed\.jsonl:2: E_JSONL/);
    assert.match(stderr, /mixed\.jsonl:3: E_DATE/);
    const rejects = readFileSync(`${db}.rejects.jsonl`, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(rejects.map((r) => [r.line, r.code]), [[2, 'E_JSONL'], [3, 'E_DATE']]);
    assert.ok(rejects.every((r) => r.file === input));
    assert.deepEqual(rows(db, 'SELECT id FROM documents ORDER BY id'), [{ id: 'good-1' }, { id: 'good-2' }]);
  });

  it('gives the same database with one worker or two', async () => {
    const corpus = repeatedCorpus('small.jsonl', 60);
    const [one, two] = [join(dir, 'w1.db'), join(dir, 'w2.db')];
    assert.equal((await ingest(corpus, '--db', one, '--workers', '1', '--batch', '7')).status, 0);
    assert.equal((await ingest(corpus, '--db', two, '--workers', '2', '--batch', '7')).status, 0);
    const query = 'SELECT rowid, id, content_hash, coded FROM documents ORDER BY rowid';
    assert.equal(rows(one, query).length, 60);
    assert.deepEqual(rows(two, query), rows(one, query));
  });

  it('stops cleanly on Ctrl-C and a rerun resumes', async () => {
    const total = 1500;
    const corpus = repeatedCorpus('big.jsonl', total);
    const db = join(dir, 'interrupted.db');
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--workers', '1', '--batch', '50', '--progress-every', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Ctrl-C as soon as the first batch is committed.
    const poll = setInterval(() => {
      try {
        if ((rows(db, 'SELECT COUNT(*) AS n FROM documents')[0] as { n: number }).n > 0) {
          child.kill('SIGINT');
          clearInterval(poll);
        }
      } catch {
        // not created yet
      }
    }, 20);
    const status = await exited;
    clearInterval(poll);
    const stored = (rows(db, 'SELECT COUNT(*) AS n FROM documents')[0] as { n: number }).n;
    assert.ok(stored > 0 && stored < total, `interrupted part-way (${stored} stored)`);
    assert.equal(status, 1);
    assert.match(stderr, /stopping after the documents in progress/);
    assert.match(stderr, /interrupted; run again to resume/);
    const rerun = await ingest(corpus, '--db', db, '--workers', '2', '--progress-every', '1');
    assert.equal(rerun.status, 0);
    assert.match(rerun.stderr, new RegExp(`${total - stored} added, 0 re-coded, ${stored} unchanged`));
    assert.deepEqual(rows(db, 'SELECT COUNT(*) AS n FROM documents'), [{ n: total }]);
  });

  it('prints plain progress lines when stderr is not a terminal', async () => {
    const corpus = repeatedCorpus('progress.jsonl', 300);
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', join(dir, 'progress.db'), '--workers', '1', '--batch', '10', '--progress-every', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    assert.equal(await new Promise((resolve) => child.on('exit', resolve)), 0);
    assert.match(stderr, /^ingest: 300 documents in [\d.]+ s \(\d+ docs\/s\): 300 added/m);
    assert.ok(!stderr.includes('\r') && !stderr.includes('\u001b'), 'no terminal control characters');
  });

  it('rejects bad usage', async () => {
    assert.equal((await ingest()).status, 2);
    assert.equal((await ingest(EXAMPLES, '--workers', '0')).status, 2);
    assert.equal((await ingest(EXAMPLES, '--date', '2024-13-01')).status, 2);
  });
});
