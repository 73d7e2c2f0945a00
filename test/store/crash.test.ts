import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const WRITER = fileURLToPath(new URL('./crash-writer.js', import.meta.url));
const BATCH = 50;

/** Runs the writer and SIGKILLs it once it has committed `killAfter` batches (or lets it finish when null). */
function runWriter(file: string, batches: number, killAfter: number | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, file, String(BATCH), String(batches)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let commits = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      commits += chunk.split('\n').filter((line) => line.startsWith('committed')).length;
      if (killAfter !== null && commits >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(commits));
  });
}

describe('crash safety', () => {
  it('a writer killed mid-run leaves whole batches only, a consistent index, and resumes', async () => {
    const file = join(dir, 'crash.db');
    const commits = await runWriter(file, 200, 3);
    assert.ok(commits >= 3);
    const store = openStore(file);
    const { db } = store;
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    const documents = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    assert.ok(documents >= 3 * BATCH && documents < 200 * BATCH, `killed mid-run (${documents} documents)`);
    assert.equal(documents % BATCH, 0, 'no half-written batch');
    // Every document has exactly the events, actors and full-text entry it was written with.
    const mismatched = db.prepare('SELECT COUNT(*) AS n FROM documents d WHERE event_count != (SELECT COUNT(*) FROM events e WHERE e.doc = d.rowid)').get();
    assert.deepEqual(mismatched, { n: 0 });
    assert.deepEqual(db.prepare('SELECT COUNT(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.doc = d.rowid)').get(), { n: 0 });
    db.exec("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)");
    const clusters = db.prepare('SELECT COUNT(*) AS n FROM clusters c WHERE mentions != (SELECT COUNT(*) FROM events e WHERE e.cluster = c.id)').get();
    assert.deepEqual(clusters, { n: 0 });
    store.close();

    // A rerun writes the rest; documents already committed come back unchanged.
    await runWriter(file, 4 * 1 + documents / BATCH, null);
    const again = openStore(file);
    const total = (again.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    assert.equal(total, documents + 4 * BATCH);
    again.close();
  });
});
