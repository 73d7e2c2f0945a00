import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { createDyad } from '../../src/dyad.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';
import { openDb } from '../../src/store/open.js';
import { tempFiles } from '../helpers/files.js';
import { FICTIONAL_DICTIONARIES } from '../helpers/fictional-dictionaries.js';
import { startTestServer } from '../server/harness.js';

const dicts = tempFiles(FICTIONAL_DICTIONARIES);
const work = tempFiles({});
after(() => [dicts, work].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const BIN = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');
const ARTICLE = { id: 'val-1', date: '2007-03-01', text: 'Valdoria restored ties with Ostravia.' };
const WITH_DICTIONARIES = { lexiconDirs: [], dictionaries: dicts, keepBuiltinLexicons: false };

interface ApiEvent { cameo: string; source?: { code: string }; target?: { code: string } }
const triples = (events: ApiEvent[]) => events.map((e) => `${e.source?.code ?? '-'} ${e.target?.code ?? '-'} ${e.cameo}`);

describe('the API codes with imported dictionaries (dyad serve --dictionaries)', () => {
  it('POST /api/code uses the dictionaries\' actors and pattern; the built-in server does not know the states', async () => {
    const imported = await startTestServer({ seed: false, coder: WITH_DICTIONARIES });
    const builtIn = await startTestServer({ seed: false });
    try {
      const ask = async (server: typeof imported) => (await server.app.inject({ method: 'POST', url: '/api/code', payload: ARTICLE })).json() as { events: ApiEvent[] };
      assert.deepEqual(triples((await ask(imported)).events), ['VAL OST 065']);
      // Instead of the built-in lexicons: their countries are unknown to these dictionaries.
      const france = (await imported.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'France restored ties with Germany.', date: '2007-03-01' } })).json();
      assert.deepEqual(triples(france.events), []);
      // The built-in lexicon reads the verb (050) but knows neither fictional state.
      assert.deepEqual(triples((await ask(builtIn)).events), ['- - 050']);
    } finally {
      await imported.close();
      await builtIn.close();
    }
  });

  it('GET /api/coder describes the lexicons, with the load report, and the data hash its coder writes', async () => {
    const imported = await startTestServer({ seed: false, coder: WITH_DICTIONARIES });
    const builtIn = await startTestServer({ seed: false });
    try {
      const info = (await imported.app.inject({ method: 'GET', url: '/api/coder' })).json();
      assert.equal(info.lexicons, 'petrarch');
      assert.equal(info.keepBuiltinLexicons, false);
      assert.equal(info.dictionaries.dir, dicts);
      assert.deepEqual(info.dictionaries.files.map((f: { name: string }) => f.name).sort(), Object.keys(FICTIONAL_DICTIONARIES).sort());
      assert.equal(info.dictionaries.warnings, 1, 'the malformed actor line');
      const coded = (await imported.app.inject({ method: 'POST', url: '/api/code', payload: ARTICLE })).json();
      assert.equal(info.dataHash, coded.meta.dataHash);
      // Answered before any coding, without loading a coder, yet the same hash a coder writes.
      const plain = (await builtIn.app.inject({ method: 'GET', url: '/api/coder' })).json();
      assert.deepEqual({ lexicons: plain.lexicons, dataHash: plain.dataHash }, { lexicons: 'built-in', dataHash: createDyad().dataHash });
      assert.notEqual(plain.dataHash, info.dataHash);
      const spec = (await builtIn.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      assert.ok(spec.paths['/api/coder'], 'listed in the OpenAPI document');
    } finally {
      await imported.close();
      await builtIn.close();
    }
  });

  it('serve refuses a dictionaries folder it cannot read before listening, and --keep-lexicons alone', async () => {
    const exitOf = (args: string[]) =>
      new Promise<number | null>((resolve) => spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', join(work, 'refused.db'), ...args], { stdio: 'ignore' }).on('exit', resolve));
    assert.equal(await exitOf(['--dictionaries', join(work, 'no-such-folder')]), 1);
    assert.equal(await exitOf(['--keep-lexicons']), 2);
  });
});

async function ingest(...args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const sink = new Writable({ write(chunk, _encoding, done) { stderr += String(chunk); done(); } });
  const status = await main(['ingest', ...args], { stdin: new PassThrough(), stdout: new PassThrough(), stderr: sink });
  return { status, stderr };
}

function storedTriples(db: string): string[] {
  const handle = openDb(db, { readonly: true });
  try {
    const rows = handle.prepare('SELECT source_code, target_code, cameo FROM events ORDER BY id').all() as { source_code: string; target_code: string; cameo: string }[];
    return rows.map((r) => `${r.source_code} ${r.target_code} ${r.cameo}`);
  } finally {
    handle.close();
  }
}

describe('dyad ingest --dictionaries', () => {
  const input = join(work, 'articles.jsonl');
  writeFileSync(input, `${JSON.stringify(ARTICLE)}\n`);

  it('stores events coded with the dictionaries, reports their load once, and re-codes when the lexicons change', async () => {
    const db = join(work, 'ingest.db');
    const first = await ingest(input, '--db', db, '--workers', '2', '--dictionaries', dicts);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(storedTriples(db), ['VAL OST 065']);
    assert.equal(first.stderr.match(/test\.actors\.txt: actors/g)?.length, 1, first.stderr);
    const same = await ingest(input, '--db', db, '--workers', '1', '--dictionaries', dicts);
    assert.match(same.stderr, /0 added, 0 re-coded, 1 unchanged/);
    const builtIn = await ingest(input, '--db', db, '--workers', '1');
    assert.match(builtIn.stderr, /0 added, 1 re-coded, 0 unchanged/);
    assert.deepEqual(storedTriples(db), ['null null 050'], 're-coded with the built-in lexicons: no fictional states');
    assert.doesNotMatch(builtIn.stderr, /test\.actors\.txt/);
  });

  it('a dictionaries folder that cannot be read stops the run with one E_READ line, no stack trace', async () => {
    const { status, stderr } = await ingest(input, '--db', join(work, 'bad.db'), '--workers', '2', '--dictionaries', join(work, 'no-such-folder'));
    assert.equal(status, 1);
    assert.match(stderr, /E_READ/);
    assert.doesNotMatch(stderr, /\n\s+at /);
    assert.ok(!existsSync(join(work, 'bad.db')), 'no database file is made');
  });

  it('a bad row in a --lexicon list is reported at its file:line, as dyad code reports it', async () => {
    const lexicon = tempFiles({ 'bad.tsv': 'id\tkind\tcode\tfrom\tuntil\trole\tnames\nx\tnot-a-kind\tXXX\t\t\t\tX\n' });
    const { status, stderr } = await ingest(input, '--db', join(work, 'bad-lexicon.db'), '--workers', '1', '--lexicon', lexicon);
    assert.equal(status, 3);
    assert.match(stderr, /bad\.tsv:2: E_DATA/);
    rmSync(lexicon, { recursive: true, force: true });
  });
});
