import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDyad } from '../../src/dyad.js';
import { createCoderResolver } from '../../src/eval/coders.js';
import { readGoldFile } from '../../src/eval/gold-file.js';
import { evaluateRecords, TEXT_NOT_FOUND } from '../../src/eval/run.js';
import { formatReport } from '../../src/eval/format-report.js';
import { DEV_TEXT_DIR } from '../../src/eval/text-from.js';
import { loadAcledMapping, loadIsoFips } from '../../src/export/load-tables.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';

// Our own made-up article, standing in for a ../shared/dev file.
const ARTICLE = 'Headline here\n\nThe envoy thanked the minister on Monday. Then he left.';
const gold = (line: Record<string, unknown>): string => JSON.stringify({ set: 'refs', date: '2024-01-02', dictionaries: 'default', expect: 'noevents', events: [], ...line });

function fixture(lines: readonly string[]): { dir: string; goldFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-textfrom-'));
  writeFileSync(join(dir, 'news.jsonl'), `${JSON.stringify({ id: 'a1', text: ARTICLE })}\nnot json\n`);
  const goldFile = join(dir, 'gold.jsonl');
  writeFileSync(goldFile, `${lines.join('\n')}\n`);
  return { dir, goldFile };
}

test('textFrom loads the referenced slice of the source record as the text', () => {
  const start = ARTICLE.indexOf('The envoy');
  const end = ARTICLE.indexOf(' Then');
  const { dir, goldFile } = fixture([gold({ id: 'g1', textFrom: { file: 'news.jsonl', id: 'a1', start, end } }), gold({ id: 'g2', text: 'Plain text stays.' })]);
  const records = readGoldFile(goldFile, { textDir: dir });
  assert.equal(records[0]!.unresolved, undefined);
  assert.equal(records[0]!.value.text, 'The envoy thanked the minister on Monday.');
  assert.equal(records[1]!.value.text, 'Plain text stays.');
});

test('a missing file, an unknown id or bad offsets leave the record NOT SCORED with file:line, never a crash', () => {
  const { dir, goldFile } = fixture([
    gold({ id: 'm1', textFrom: { file: 'absent.jsonl', id: 'a1', start: 0, end: 5 } }),
    gold({ id: 'm2', textFrom: { file: 'news.jsonl', id: 'zz', start: 0, end: 5 } }),
    gold({ id: 'm3', textFrom: { file: 'news.jsonl', id: 'a1', start: 0, end: 9999 } }),
    gold({ id: 'm4', textFrom: { file: 'news.jsonl', id: 'a1', start: 7, end: 3 } }),
    gold({ id: 'm5', textFrom: { file: '../news.jsonl', id: 'a1', start: 0, end: 5 } }),
    gold({ id: 'm6', text: 'both', textFrom: { file: 'news.jsonl', id: 'a1', start: 0, end: 5 } }),
    gold({ id: 'ok', textFrom: { file: 'news.jsonl', id: 'a1', start: 15, end: 56 } }),
  ]);
  const records = readGoldFile(goldFile, { textDir: dir });
  const reasons = records.map((record) => record.unresolved ?? null);
  assert.match(reasons[0]!, /gold\.jsonl:1: textFrom: cannot read .*absent\.jsonl \(ENOENT\)$/);
  assert.match(reasons[1]!, /gold\.jsonl:2: textFrom: no record with id "zz" in news\.jsonl$/);
  assert.match(reasons[2]!, /gold\.jsonl:3: textFrom: offsets 0-9999 out of range/);
  assert.match(reasons[3]!, /gold\.jsonl:4: textFrom: bad offsets 7-3/);
  assert.match(reasons[4]!, /gold\.jsonl:5: textFrom\.file must be a plain JSONL file name$/);
  assert.match(reasons[5]!, /gold\.jsonl:6: has both text and textFrom$/);
  assert.equal(reasons[6], null);

  const context = { acled: loadAcledMapping(), countries: loadIsoFips() };
  const report = evaluateRecords(records, { task: 'events', resolve: createCoderResolver(createDyad(), new Map(), null), context });
  assert.deepEqual(report.counts.notScored, { [TEXT_NOT_FOUND]: 6 });
  assert.equal(report.counts.scored, 1);
  assert.equal(report.counts.errors, 0);
  assert.deepEqual(report.sets.refs, { records: 7, scored: 1, skipped: 0, notScored: 6, errors: 0 });
  assert.equal(report.notScoredMessages.length, 6);
  const printed = formatReport(goldFile, report, []);
  assert.match(printed, /NOT SCORED 6 \(text not found: 6\)/);
  assert.match(printed, /gold\.jsonl:2: textFrom: no record with id "zz"/);
});

test('the own phoenix-realnews set references its texts (never copies them) and every reference resolves', (t) => {
  const file = `${PACKAGE_ROOT}eval/sets/phoenix-realnews.jsonl`;
  const records = readGoldFile(file, { textDir: `${PACKAGE_ROOT}no-such-dir` });
  assert.ok(records.length >= 50);
  assert.equal(new Set(records.map(({ value }) => value.id)).size, records.length);
  for (const { value, unresolved } of records) {
    assert.equal(value.text, undefined, String(value.id));
    assert.ok(unresolved, String(value.id));
    assert.equal(value.set, 'phoenix-realnews');
    assert.equal(value.dictionaries, 'phoenix');
    const events = value.events as { cameo: string; source: string; target: string }[];
    assert.equal(value.expect, events.length > 0 ? 'events' : 'noevents', String(value.id));
    for (const event of events) {
      assert.match(event.cameo, /^\d{3,4}$/, String(value.id));
      assert.match(event.source, /^[A-Z]{3,}$/, String(value.id));
      assert.match(event.target, /^[A-Z]{3,}$/, String(value.id));
    }
  }
  if (!existsSync(DEV_TEXT_DIR)) {
    t.skip('../shared/dev is not here');
    return;
  }
  const resolved = readGoldFile(file);
  assert.deepEqual(resolved.filter((record) => record.unresolved).map((record) => record.unresolved), []);
  for (const { value } of resolved) assert.ok(typeof value.text === 'string' && value.text.trim().length > 0, String(value.id));
});
