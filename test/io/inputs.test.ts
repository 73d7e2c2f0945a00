import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import type { InputItem } from '../../src/io/document.js';
import { readInputs } from '../../src/io/inputs.js';
import { tempFiles } from '../helpers/files.js';

const options = { maxBytes: 1024 * 1024, date: null };

async function readAll(paths: string[], opts: { maxBytes: number; date: string | null } = options, stdin?: string): Promise<InputItem[]> {
  const items: InputItem[] = [];
  const stream = stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]);
  for await (const item of readInputs(paths, opts, stream)) items.push(item);
  return items;
}

function docs(items: InputItem[]) {
  return items.flatMap((item) => (item.ok ? [{ id: item.doc.id, date: item.doc.date, text: item.doc.text, meta: item.doc.meta }] : []));
}

function errors(items: InputItem[]) {
  return items.flatMap((item) => (item.ok ? [] : [item.error.toLine()]));
}

test('a dateline file: BOM and CRLF tolerated, header removed, id from the file name', async () => {
  const root = tempFiles({ 'jenin.txt': '\uFEFFdate 2022-09-28\r\nHeadline\r\nBody text.\r\n' });
  assert.deepEqual(docs(await readAll([`${root}/jenin.txt`])), [
    { id: 'jenin', date: '2022-09-28', text: 'Headline\nBody text.', meta: {} },
  ]);
});

test('plain text takes --date; a file header wins over it', async () => {
  const root = tempFiles({ 'a.txt': 'Plain article.', 'b.txt': 'date 2021-01-02 Dated article.' });
  const read = docs(await readAll([`${root}/a.txt`, `${root}/b.txt`], { ...options, date: '2020-05-05' }));
  assert.deepEqual(
    read.map((d) => [d.id, d.date]),
    [
      ['a', '2020-05-05'],
      ['b', '2021-01-02'],
    ],
  );
});

test('JSONL: fields, default ids with line numbers, blank lines skipped, bad lines reported and the rest kept', async () => {
  const lines = [
    '{"text": "First.", "id": "one", "date": "2022-09-28", "title": "T", "url": "http://u", "source": "S"}',
    '',
    '{"text": "Second."}',
    '{not json',
    '{"id": "no-text"}',
    '["an", "array"]',
    '{"text": "Bad date.", "date": "2022-02-30"}',
    '{"text": "   "}',
    '{"text": "Last.", "date": null}',
  ];
  const root = tempFiles({ 'feed.jsonl': `\uFEFF${lines.join('\n')}\n` });
  const items = await readAll([`${root}/feed.jsonl`]);
  assert.deepEqual(docs(items), [
    { id: 'one', date: '2022-09-28', text: 'First.', meta: { title: 'T', url: 'http://u', source: 'S' } },
    { id: 'feed:3', date: null, text: 'Second.', meta: {} },
    { id: 'feed:9', date: null, text: 'Last.', meta: {} },
  ]);
  const file = `${root}/feed.jsonl`;
  assert.deepEqual(
    errors(items).map((line) => line.replace(/invalid JSON \(.*\)/, 'invalid JSON (…)')),
    [
      `${file}:4: E_JSONL invalid JSON (…)`,
      `${file}:5: E_JSONL field "text" must be a string`,
      `${file}:6: E_JSONL each line must be a JSON object`,
      `${file}:7: E_DATE invalid date "2022-02-30" (expected a real day as YYYY-MM-DD)`,
      `${file}:8: E_EMPTY document text is empty`,
    ],
  );
});

test('a folder yields every *.txt and *.jsonl below it, sorted by path, with relative ids', async () => {
  const root = tempFiles({
    'b.txt': 'date 2022-01-01 B.',
    'a/z.txt': 'date 2022-01-01 AZ.',
    'a/feed.jsonl': '{"text": "AF."}\n',
    'notes.md': 'ignored',
    'a-b.txt': 'date 2022-01-01 AB.',
  });
  const read = docs(await readAll([root]));
  assert.deepEqual(
    read.map((d) => d.id),
    ['a-b', 'a/feed:1', 'a/z', 'b'],
  );
});

test('bad UTF-8, a missing file, an empty file and an oversized file are errors; the batch goes on', async () => {
  const root = tempFiles({
    'bad.txt': Buffer.concat([Buffer.from('date 2022-01-01\nline two\nbad \xff byte', 'latin1')]),
    'empty.txt': 'date 2022-01-01\n   \n',
    'big.txt': 'x'.repeat(2000),
    'good.txt': 'date 2022-01-01 Fine.',
  });
  const items = await readAll([`${root}/bad.txt`, `${root}/missing.txt`, `${root}/empty.txt`, `${root}/big.txt`, `${root}/good.txt`], {
    maxBytes: 1000,
    date: null,
  });
  assert.deepEqual(errors(items), [
    `${root}/bad.txt:3: E_UTF8 invalid UTF-8 byte sequence`,
    `${root}/missing.txt: E_READ cannot read: no such file or folder`,
    `${root}/empty.txt: E_EMPTY document text is empty`,
    `${root}/big.txt: E_TOO_LARGE input of 2000 bytes exceeds the limit of 1000 bytes (see --max-bytes)`,
  ]);
  assert.deepEqual(
    docs(items).map((d) => d.text),
    ['Fine.'],
  );
});

test('standard input: JSONL when it starts with {, else one text document', async () => {
  assert.deepEqual(
    docs(await readAll(['-'], options, '\n{"text": "A."}\n{"text": "B."}\n')).map((d) => d.id),
    ['stdin:2', 'stdin:3'],
  );
  assert.deepEqual(docs(await readAll(['-'], options, 'date 2022-09-28 Piped text.')), [
    { id: 'stdin', date: '2022-09-28', text: 'Piped text.', meta: {} },
  ]);
});
