import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { buildCoded, corpusInputs, type FixtureDoc } from './coded-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cluster-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshStore = (cluster = true) => openStore(join(dir, `c${n++}.db`), { cluster });
const page = { limit: 50, offset: 0, sort: 'date' as const };

const STRIKE = (id: string, date: string, place: FixtureDoc['places']): FixtureDoc => ({
  id, date, title: id, text: 'Army units shelled rebel positions overnight.',
  actors: [{ name: 'Army units', code: 'SDNMIL' }, { name: 'rebel positions', code: 'SDNREB' }], places: place ?? [],
  events: [{ trigger: 'shelled', cameo: '194', quadClass: 4, plover: 'ASSAULT', source: 'Army units', target: 'rebel positions', ...(place?.[0] ? { place: 'rebel positions' } : {}) }],
});
const AT = (lat: number, lon: number) => [{ name: 'rebel positions', country: 'SDN', lat, lon }];

describe('cross-article event clustering', () => {
  it('groups two articles on the same clash (±1 day, same root, dyad, within 25 km) into one event', () => {
    const store = freshStore();
    store.writeBatch(corpusInputs());
    const { total, events } = store.listEvents({ filter: { cameo: '17' }, clustered: true }, { ...page, sort: '-articles' });
    assert.equal(total, 3);
    const nairobi = events[0]!;
    assert.deepEqual([nairobi.articles, nairobi.mentions, nairobi.document.id, nairobi.place?.name], [2, 2, 'wire/ken-1', 'Nairobi']);
    assert.deepEqual(events.slice(1).map((e) => [e.document.id, e.articles, e.mentions]), [['wire/accent', 1, 1], ['wire/ken-3', 1, 1]]);
    const detail = store.getEvent(nairobi.id);
    assert.deepEqual(detail?.evidence.map((m) => [m.document.id, m.trigger.text]), [['wire/ken-1', 'fired tear gas'], ['wire/ken-2', 'attacked']]);
    store.close();
  });

  it('keeps mentions apart when switched off', () => {
    const store = freshStore(false);
    store.writeBatch(corpusInputs());
    const { total, events } = store.listEvents({ filter: {}, clustered: true }, page);
    assert.equal(total, 6);
    assert.ok(events.every((e) => e.articles === 1 && e.mentions === 1));
    store.close();
  });

  it('lists mentions instead of events on request', () => {
    const store = freshStore();
    store.writeBatch(corpusInputs());
    assert.equal(store.listEvents({ filter: {}, clustered: true }, page).total, 5);
    assert.equal(store.listEvents({ filter: {}, clustered: false }, page).total, 6);
    store.close();
  });

  it('does not join mentions two days apart, 30 km apart, or with one place unknown', () => {
    const store = freshStore();
    store.writeBatch([
      buildCoded(STRIKE('s1', '2024-01-10', AT(15.5, 32.5))),
      buildCoded(STRIKE('s2', '2024-01-11', AT(15.55, 32.55))), // ~7.6 km, next day: joins s1
      buildCoded(STRIKE('s3', '2024-01-12', AT(15.5, 32.5))), // two days after s1's anchor: apart
      buildCoded(STRIKE('s4', '2024-01-10', AT(15.77, 32.5))), // 30 km north: apart
      buildCoded(STRIKE('s5', '2024-01-10', undefined)), // no place: apart from placed ones
      buildCoded(STRIKE('s6', '2024-01-09', undefined)), // no place either: joins s5
    ]);
    const rows = store.db.prepare('SELECT d.id, e.cluster FROM events e JOIN documents d ON d.rowid = e.doc ORDER BY d.id').all() as { id: string; cluster: number }[];
    const cluster = Object.fromEntries(rows.map((r) => [r.id, r.cluster]));
    assert.equal(cluster.s2, cluster.s1);
    assert.equal(cluster.s6, cluster.s5);
    assert.equal(new Set(Object.values(cluster)).size, 4);
    store.close();
  });

  it('keeps every cluster\'s counts and anchor equal to a full recount as mentions arrive and documents are re-coded', () => {
    const store = freshStore();
    const strikes = ['2024-01-10', '2024-01-10', '2024-01-11', '2024-01-11'].map((date, i) => buildCoded(STRIKE(`k${i}`, date, AT(15.5, 32.5))));
    store.writeBatch(strikes.slice(0, 2));
    store.writeBatch(strikes.slice(2));
    store.writeBatch([buildCoded(STRIKE('k1', '2024-03-01', AT(15.5, 32.5)), 'fixture-data-2')]);
    const drift = store.db
      .prepare(
        `SELECT c.id FROM clusters c WHERE
           c.mentions != (SELECT COUNT(*) FROM events e WHERE e.cluster = c.id)
           OR c.articles != (SELECT COUNT(DISTINCT doc) FROM events e WHERE e.cluster = c.id)
           OR c.anchor != (SELECT MIN(id) FROM events e WHERE e.cluster = c.id)`,
      )
      .all();
    assert.deepEqual(drift, []);
    const counts = store.db.prepare('SELECT articles, mentions FROM clusters ORDER BY id').all();
    assert.deepEqual(counts, [
      { articles: 3, mentions: 3 },
      { articles: 1, mentions: 1 },
    ]);
    store.close();
  });

  it('moves a cluster\'s counts when a member document is re-coded away', () => {
    const store = freshStore();
    store.writeBatch(corpusInputs());
    store.writeBatch([buildCoded(corpusFixture('wire/ken-2'), 'fixture-data-2'), buildCoded(corpusFixture('wire/ken-3'), 'fixture-data-2')]);
    const { events } = store.listEvents({ filter: { doc: 'wire/ken-1' }, clustered: true }, page);
    assert.deepEqual([events[0]?.articles, events[0]?.mentions], [1, 1]);
    assert.deepEqual(store.db.prepare('SELECT COUNT(*) AS n FROM clusters WHERE mentions = 0').get(), { n: 0 });
    assert.equal(store.stats().events, 4);
    store.close();
  });
});

function corpusFixture(id: string): FixtureDoc {
  const found = corpusInputs().find((input) => input.coded.id === id);
  if (!found) throw new Error(id);
  return { id, date: found.coded.date ?? '', title: found.meta.title ?? '', text: found.coded.text, actors: [], events: [] };
}
