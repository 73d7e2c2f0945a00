import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCsvRecord, parseCsv, quoteCsvField } from '../../src/export/csv-format.js';
import { CSV_COLUMNS, toCsvRows } from '../../src/export/csv.js';
import { FIXTURE, FIXTURE_TEXT } from './fixture.js';
import { exportFixture, FIXTURE_META, readGolden } from './golden.js';

test('csv output of the fixture equals the golden file', async () => {
  assert.equal(await exportFixture('csv'), readGolden('csv'));
});

test('csv round-trips: parsing the output gives back the header and every cell', async () => {
  const records = parseCsv(await exportFixture('csv'));
  assert.deepEqual(records[0], [...CSV_COLUMNS]);
  assert.deepEqual(records.slice(1), toCsvRows(FIXTURE, FIXTURE_META));
  const row = Object.fromEntries(CSV_COLUMNS.map((name, i) => [name, records[2]![i]]));
  assert.equal(row.evidence, 'The Syrian foreign minister met his Turkish counterpart in Ankara, saying "we want calm, not war".');
  assert.equal(FIXTURE_TEXT.slice(Number(row.trigger_start), Number(row.trigger_end)), 'met');
  assert.equal(row.source_code, 'SYRGOV');
  assert.equal(row.doc_url, 'https://example.org/news/1');
});

test('RFC 4180 quoting: commas, quotes and line breaks are quoted, quotes doubled; plain fields are not', () => {
  assert.equal(quoteCsvField('plain'), 'plain');
  assert.equal(quoteCsvField('a,b'), '"a,b"');
  assert.equal(quoteCsvField('say "no"'), '"say ""no"""');
  assert.equal(quoteCsvField('two\nlines'), '"two\nlines"');
  assert.equal(formatCsvRecord(['a', '', 'b,c']), 'a,,"b,c"\r\n');
  assert.deepEqual(parseCsv('a,"b\r\nc",""""\r\n'), [['a', 'b\r\nc', '"']]);
});

test('a document without events writes the header only', async () => {
  const empty = { ...FIXTURE, events: [] };
  assert.equal(await exportFixture('csv', [empty]), formatCsvRecord(CSV_COLUMNS));
});
