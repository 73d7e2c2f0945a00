import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { schemaVersion } from '../../src/store/open.js';
import { buildCoded, corpusInputs, CORPUS } from './coded-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function count(store: Store, table: string): number {
  return (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('store schema', () => {
  it('runs every migration once and records the version', () => {
    const file = join(dir, 'schema.db');
    const store = openStore(file);
    assert.equal(schemaVersion(store.db), MIGRATIONS.length);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    store.close();
    const again = openStore(file);
    assert.equal(schemaVersion(again.db), MIGRATIONS.length);
    again.close();
  });
});

describe('store ingest', () => {
  let store: Store;
  before(() => {
    store = openStore(join(dir, 'ingest.db'));
  });
  after(() => store.close());

  it('writes documents, actors, places, quotes and events', () => {
    const summary = store.writeBatch(corpusInputs());
    assert.deepEqual(summary, { added: 5, recoded: 0, unchanged: 0 });
    assert.equal(count(store, 'documents'), 5);
    assert.equal(count(store, 'events'), 6);
    assert.equal(count(store, 'quotes'), 1);
    assert.equal(count(store, 'places'), 4);
    const doc = store.db.prepare("SELECT title, data_hash, event_count FROM documents WHERE id = 'wire/talks'").get();
    assert.deepEqual(doc, { title: 'Ministers meet in Addis Ababa', data_hash: 'fixture-data-1', event_count: 2 });
    const quote = store.db.prepare('SELECT q.start, q.end, speaker_name, speaker_start, speaker_end, d.text FROM quotes q JOIN documents d ON d.rowid = q.doc').get() as { text: string; start: number; end: number; speaker_start: number; speaker_end: number };
    assert.equal(quote.text.slice(quote.start, quote.end), '"We will not be silenced,"');
    assert.equal(quote.text.slice(quote.speaker_start, quote.speaker_end), 'Amina Wanjiru');
    const event = store.db.prepare("SELECT e.*, d.text AS doc_text FROM events e JOIN documents d ON d.rowid = e.doc WHERE d.id = 'wire/ken-1'").get() as Record<string, number & string> & { doc_text: string };
    const slice = (start: string) => event.doc_text.slice(event[`${start}_start`], event[`${start}_end`]);
    assert.deepEqual([slice('trigger'), slice('source'), slice('target'), slice('place'), slice('sentence')], [
      'fired tear gas', 'Kenyan police', 'demonstrators', 'Nairobi', 'Kenyan police fired tear gas at demonstrators in Nairobi on Thursday.',
    ]);
    assert.deepEqual([event.cameo, event.cameo_root, event.plover_type, event.quad_class, event.source_code, event.target_country, event.place_country, event.rule], [
      '1712', '17', 'ASSAULT', 4, 'KENCOP', 'KEN', 'KEN', 'events/fixture',
    ]);
  });

  it('is idempotent: the same documents again change nothing', () => {
    const before = store.db.prepare('SELECT id, cluster FROM events ORDER BY id').all();
    const summary = store.writeBatch(corpusInputs());
    assert.deepEqual(summary, { added: 0, recoded: 0, unchanged: 5 });
    assert.deepEqual(store.db.prepare('SELECT id, cluster FROM events ORDER BY id').all(), before);
    const talks = CORPUS[3]!;
    assert.equal(store.status(talks.id, { date: talks.date, text: talks.text, meta: { title: talks.title, source: 'fixture' } }, 'fixture-data-1'), 'unchanged');
    assert.equal(store.status(talks.id, { date: talks.date, text: talks.text, meta: { title: talks.title, source: 'fixture' } }, 'other'), 'changed');
    assert.equal(store.status('nope', { date: null, text: 'x', meta: {} }, 'fixture-data-1'), 'new');
  });

  it('re-codes a document whose text changed, replacing its rows', () => {
    const talks = CORPUS[3]!;
    const changed = buildCoded({ ...talks, text: `${talks.text} Both sides welcomed it.` });
    assert.deepEqual(store.writeBatch([changed]), { added: 0, recoded: 1, unchanged: 0 });
    assert.equal(count(store, 'documents'), 5);
    assert.equal(count(store, 'events'), 6);
    const text = store.getDocument('wire/talks')?.text;
    assert.ok(text?.endsWith('Both sides welcomed it.'));
  });

  it('re-codes a document coded with other lexicons (data hash)', () => {
    const accent = buildCoded(CORPUS[4]!, 'fixture-data-2');
    assert.deepEqual(store.writeBatch([accent]), { added: 0, recoded: 1, unchanged: 0 });
    const row = store.db.prepare("SELECT data_hash FROM documents WHERE id = 'wire/accent'").get();
    assert.deepEqual(row, { data_hash: 'fixture-data-2' });
  });

  it('rolls back a whole batch when one document fails', () => {
    const good = buildCoded({ ...CORPUS[0]!, id: 'batch/good' });
    const bad = buildCoded({ ...CORPUS[1]!, id: 'batch/bad' });
    const broken = { ...bad, coded: { ...bad.coded, events: [{ ...bad.coded.events[0]!, trigger: null }] } } as unknown as typeof bad;
    assert.throws(() => store.writeBatch([good, broken]));
    assert.equal(count(store, 'documents'), 5);
    assert.equal(store.getDocument('batch/good'), null);
  });

  it('finds documents by full text, folding accents', () => {
    const ids = (q: string) => store.listEvents({ filter: { q }, clustered: false }, { limit: 50, offset: 0, sort: 'date' }).events.map((e) => e.document.id);
    assert.deepEqual(ids('bogota'), ['wire/accent']);
    assert.deepEqual(ids('BOLIVAR'), ['wire/accent']);
    assert.deepEqual(ids('Bogotá march'), ['wire/accent']);
    assert.deepEqual(ids('"); DROP TABLE events; --'), []);
    assert.deepEqual(ids('mediat*'), ['wire/talks', 'wire/talks']);
    assert.deepEqual(ids('welcomed'), ['wire/talks', 'wire/talks'], 'a re-coded document is searchable by its new text');
  });
});
