import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function get(url: string) {
  const response = await server.app.inject({ method: 'GET', url });
  return { status: response.statusCode, type: String(response.headers['content-type']), body: response.body, json: () => response.json() };
}
async function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  const response = await server.app.inject({ method: 'POST', url, payload: payload as string, headers });
  return { status: response.statusCode, type: String(response.headers['content-type']), json: () => response.json() };
}

describe('GET /api/events', () => {
  it('lists real-world events, most recent first, with article and mention counts', async () => {
    const { status, json } = await get('/api/events');
    assert.equal(status, 200);
    const body = json();
    assert.equal(body.total, 5);
    assert.equal(body.clustered, true);
    assert.deepEqual(body.events.map((e: { date: string }) => e.date), ['2024-05-07', '2024-05-06', '2024-05-06', '2024-05-02', '2024-05-02']);
    const nairobi = body.events.find((e: { document: { id: string } }) => e.document.id === 'wire/ken-1');
    assert.deepEqual([nairobi.articles, nairobi.mentions, nairobi.source.code, nairobi.target.code, nairobi.trigger], [2, 2, 'KENCOP', 'KENPTY', 'fired tear gas']);
  });

  it('filters by date range, actor code and name, CAMEO, PLOVER, quad class, place, country and text', async () => {
    const ids = async (query: string) => ((await get(`/api/events?cluster=false&sort=date&${query}`)).json().events as { document: { id: string } }[]).map((e) => e.document.id);
    assert.deepEqual(await ids('from=2024-05-03&to=2024-05-06'), ['wire/talks', 'wire/talks']);
    assert.deepEqual(await ids('actor=COL'), ['wire/accent']);
    assert.deepEqual(await ids('actor=ethiopian'), ['wire/talks', 'wire/talks']);
    assert.deepEqual(await ids('cameo=04'), ['wire/talks']);
    assert.deepEqual(await ids('cameo=1712'), ['wire/ken-1', 'wire/ken-3']);
    assert.deepEqual(await ids('plover=coerce'), ['wire/accent']);
    assert.deepEqual(await ids('quadClass=1'), ['wire/talks', 'wire/talks']);
    assert.deepEqual(await ids('place=mombasa'), ['wire/ken-3']);
    assert.deepEqual(await ids('country=col'), ['wire/accent']);
    assert.deepEqual(await ids('q=batons'), ['wire/ken-2']);
    assert.deepEqual(await ids('q=bogota'), ['wire/accent']);
  });

  it('pages and sorts', async () => {
    const first = (await get('/api/events?limit=2&offset=0&sort=date')).json();
    const second = (await get('/api/events?limit=2&offset=2&sort=date')).json();
    assert.equal(first.total, 5);
    assert.equal(first.events.length, 2);
    assert.deepEqual([...first.events, ...second.events].map((e: { date: string }) => e.date), ['2024-05-02', '2024-05-02', '2024-05-06', '2024-05-06']);
    const top = (await get('/api/events?limit=1&sort=-articles')).json();
    assert.equal(top.events[0].articles, 2);
  });

  it('rejects bad parameters with problem+json', async () => {
    for (const [query, status, code] of [
      ['cameo=abc', 400, 'E_REQUEST'], ['limit=0', 400, 'E_REQUEST'], ['limit=9999', 400, 'E_REQUEST'], ['sort=size', 400, 'E_REQUEST'],
      ['colour=red', 400, 'E_REQUEST'], ['from=2024-02-30', 422, 'E_DATE'], ['from=2024-05-09&to=2024-05-01', 400, 'E_USAGE'],
      ['quadClass=5', 400, 'E_REQUEST'], ['country=Kenya', 400, 'E_REQUEST'],
    ] as const) {
      const response = await get(`/api/events?${query}`);
      assert.equal(response.status, status, query);
      assert.match(response.type, /^application\/problem\+json/, query);
      const problem = response.json();
      assert.equal(problem.code, code, query);
      assert.equal(problem.status, status);
      assert.ok(problem.detail.length > 0);
      assert.doesNotMatch(problem.detail, /\bat \w+ \(/, 'no stack trace');
    }
  });
});

describe('GET /api/events/:id', () => {
  it('returns an event with the evidence sentence of every mention, spans sliced from the article', async () => {
    const list = (await get('/api/events?cameo=17&sort=-articles&limit=1')).json();
    const detail = (await get(`/api/events/${list.events[0].id}`)).json();
    assert.equal(detail.evidence.length, 2);
    const [first, second] = detail.evidence;
    assert.equal(first.document.id, 'wire/ken-1');
    assert.equal(first.sentence.text, 'Kenyan police fired tear gas at demonstrators in Nairobi on Thursday.');
    assert.deepEqual([first.trigger.text, first.source.text, first.target.text, first.place.text], ['fired tear gas', 'Kenyan police', 'demonstrators', 'Nairobi']);
    assert.equal(second.document.id, 'wire/ken-2');
    assert.equal(second.trigger.text, 'attacked');
    assert.equal(second.place.text, 'Kasarani');
  });

  it('finds single mentions by m<n> and answers 404 for unknown ids', async () => {
    const mention = (await get('/api/events?cluster=false&cameo=173')).json().events[0];
    assert.match(mention.id, /^m\d+$/);
    assert.equal((await get(`/api/events/${mention.id}`)).json().evidence[0].trigger.text, 'detained');
    for (const id of ['c999999', 'x1', 'm']) {
      const response = await get(`/api/events/${id}`);
      assert.equal(response.status, 404);
      assert.equal(response.json().code, 'E_NOT_FOUND');
    }
  });
});

describe('corpus views', () => {
  it('GET /api/actors lists actors by code with document counts, filtered by q', async () => {
    const body = (await get('/api/actors')).json();
    assert.equal(body.actors[0].code, 'KENCOP');
    assert.equal(body.actors[0].documents, 3);
    const police = (await get('/api/actors?q=police')).json();
    assert.deepEqual(police.actors.map((a: { code: string }) => a.code).sort(), ['COLCOP', 'KENCOP']);
    assert.equal((await get('/api/actors?limit=-1')).status, 400);
  });

  it('GET /api/stats/timeline counts events per day by quad class', async () => {
    const body = (await get('/api/stats/timeline')).json();
    assert.deepEqual(body.days, [
      { date: '2024-05-02', total: 2, quad: [0, 0, 0, 2] },
      { date: '2024-05-06', total: 2, quad: [2, 0, 0, 0] },
      { date: '2024-05-07', total: 1, quad: [0, 0, 0, 1] },
    ]);
    const mentions = (await get('/api/stats/timeline?cluster=false')).json();
    assert.equal(mentions.days[0].total, 3);
  });

  it('GET /api/network gives directed edges with cooperation and conflict counts', async () => {
    const body = (await get('/api/network?cluster=false')).json();
    const edge = body.edges.find((e: { source: string }) => e.source === 'KENCOP');
    assert.deepEqual(edge, { source: 'KENCOP', target: 'KENPTY', count: 3, cooperation: 0, conflict: 3 });
    assert.ok(body.nodes.some((n: { id: string }) => n.id === 'ETHGOV'));
    assert.equal((await get('/api/network?maxEdges=1')).json().edges.length, 1);
  });

  it('GET /api/stats and GET /api/documents/:id', async () => {
    assert.deepEqual((await get('/api/stats')).json(), { documents: 5, events: 5, mentions: 6, actors: 7, firstDate: '2024-05-02', lastDate: '2024-05-07' });
    const doc = (await get('/api/documents/wire%2Fken-1')).json();
    assert.equal(doc.title, 'Police clash with demonstrators in Nairobi');
    assert.equal(doc.events[0].trigger.text, 'fired tear gas');
    assert.equal(doc.text.slice(doc.quotes[0].start, doc.quotes[0].end), '"We will not be silenced,"');
    assert.equal((await get('/api/documents/none')).status, 404);
  });
});

describe('GET /api/export', () => {
  it('streams every matching event as JSONL', async () => {
    const response = await get('/api/export?format=jsonl&actor=KEN&cluster=false');
    assert.equal(response.status, 200);
    assert.match(response.type, /^application\/x-ndjson/);
    const lines = response.body.trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(lines.length, 3);
    assert.ok(lines.every((e: { source: { code: string } }) => e.source.code === 'KENCOP'));
  });

  it('writes csv, gdelt, acled and plover through src/export, one row per selected event', async () => {
    const expectations: [string, RegExp, number][] = [['csv', /^text\/csv/, 4], ['gdelt', /^text\/tab-separated-values/, 3], ['acled', /^text\/csv/, 4], ['plover', /^application\/x-ndjson/, 3]];
    for (const [format, type, lines] of expectations) {
      const response = await get(`/api/export?format=${format}&actor=KEN&cluster=false&sort=date`);
      assert.equal(response.status, 200, format);
      assert.match(response.type, type, format);
      assert.equal(response.body.trim().split('\n').length, lines, format);
    }
    const gdelt = (await get('/api/export?format=gdelt&actor=KEN&cluster=false&sort=date')).body.split('\n')[0]!.split('\t');
    assert.equal(gdelt.length, 61);
    assert.equal(gdelt[5], 'KENCOP');
    const grouped = (await get('/api/export?format=gdelt&cameo=17&sort=-articles')).body.trim().split('\n').map((line) => line.split('\t'));
    assert.equal(grouped.length, 3);
    assert.deepEqual(grouped[0]!.slice(31, 34), ['2', '1', '2'], 'NumMentions, NumSources (one outlet), NumArticles of the Nairobi clash');
    assert.deepEqual(grouped[1]!.slice(31, 34), ['1', '1', '1']);
    const csv = (await get('/api/export?format=csv&cameo=173')).body.trim().split('\n');
    assert.match(csv[1]!, /^wire\/accent,2024-05-07,/);
    const plover = JSON.parse((await get('/api/export?format=plover&cameo=173')).body.trim());
    assert.deepEqual(plover.event, ['COERCE']);
  });

  it('answers 400 for unknown formats', async () => {
    const response = await get('/api/export?format=xml');
    assert.equal(response.status, 400);
    assert.equal(response.json().code, 'E_REQUEST');
  });
});

describe('POST /api/code and /api/documents', () => {
  it('codes a text into the output contract', async () => {
    const response = await post('/api/code', { text: 'Troops crossed the border. Talks resumed on Monday.', date: '2024-03-04', id: 'probe' });
    assert.equal(response.status, 200);
    const doc = response.json();
    assert.equal(doc.dyad, '1');
    assert.equal(doc.id, 'probe');
    assert.equal(doc.date, '2024-03-04');
    assert.deepEqual(doc.sentences.map((s: { start: number; end: number }) => doc.text.slice(s.start, s.end)), ['Troops crossed the border.', 'Talks resumed on Monday.']);
  });

  it('rejects bad bodies: missing text, empty text, unreal date, unknown field, broken JSON, too large', async () => {
    const cases: [unknown, number, string][] = [
      [{ date: '2024-01-01' }, 400, 'E_REQUEST'],
      [{ text: '   ' }, 422, 'E_EMPTY'],
      [{ text: 'x', date: '2024-02-30' }, 422, 'E_DATE'],
      [{ text: 'x', colour: 'red' }, 400, 'E_REQUEST'],
    ];
    for (const [body, status, code] of cases) {
      const response = await post('/api/code', body);
      assert.equal(response.status, status, JSON.stringify(body));
      assert.equal(response.json().code, code);
      assert.match(response.type, /^application\/problem\+json/);
    }
    const broken = await post('/api/code', '{"text": ', { 'content-type': 'application/json' });
    assert.equal(broken.status, 400);
    const huge = await post('/api/code', { text: 'a'.repeat(3 * 1024 * 1024) });
    assert.equal(huge.status, 413);
    assert.equal(huge.json().code, 'E_TOO_LARGE');
  });

  it('stores documents idempotently', async () => {
    const documents = [{ id: 'api/1', text: 'Rebels seized the town. Residents fled.', date: '2024-06-01', title: 'Seized' }];
    assert.deepEqual((await post('/api/documents', { documents })).json(), { added: 1, recoded: 0, unchanged: 0, ids: ['api/1'] });
    assert.deepEqual((await post('/api/documents', { documents })).json(), { added: 0, recoded: 0, unchanged: 1, ids: ['api/1'] });
    const changed = [{ ...documents[0], text: 'Rebels seized the town.' }];
    assert.deepEqual((await post('/api/documents', { documents: changed })).json(), { added: 0, recoded: 1, unchanged: 0, ids: ['api/1'] });
    assert.equal((await get('/api/documents/api%2F1')).json().title, 'Seized');
    const bad = await post('/api/documents', { documents: [{ id: 'api/2', text: 'ok' }, { id: 'api/3', text: 'x', date: '2024-13-01' }] });
    assert.equal(bad.status, 422);
    assert.equal((await get('/api/documents/api%2F2')).status, 404, 'nothing of a rejected request is written');
  });
});

describe('server hygiene', () => {
  it('serves an OpenAPI document listing every route', async () => {
    const doc = (await get('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/code', '/api/documents', '/api/events', '/api/events/{id}', '/api/actors', '/api/stats/timeline', '/api/network', '/api/export', '/api/openapi.json']) {
      assert.ok(doc.paths[path], path);
    }
    assert.ok(doc.paths['/api/events'].get.parameters.some((p: { name: string }) => p.name === 'actor'));
  });

  it('answers unknown routes and methods with problem+json 404', async () => {
    const response = await get('/api/unknown');
    assert.equal(response.status, 404);
    assert.match(response.type, /^application\/problem\+json/);
  });

  it('hides internal errors from clients and logs them', async () => {
    const broken = await startTestServer({ seed: false });
    broken.store.db.exec('DROP TABLE clusters');
    const response = await broken.app.inject({ method: 'GET', url: '/api/events' });
    assert.equal(response.statusCode, 500);
    assert.equal(response.json().detail, 'the server could not complete the request');
    assert.doesNotMatch(response.body, /clusters|sqlite|at /i);
    assert.equal(broken.logged.length, 1);
    await broken.close();
  });

  it('serves the UI at / and listens on 127.0.0.1', async () => {
    const live = await startTestServer({ seed: false, listen: true });
    assert.match(live.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${live.url}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Dyad|workbench/);
    await live.close();
  });
});
