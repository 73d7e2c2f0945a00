import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readLines } from '../../src/io/lines.js';

async function collect(chunks: string[], max: number) {
  const lines = [];
  for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) {
    lines.push({ lineNo: line.lineNo, text: line.bytes?.toString('utf8') ?? null, size: line.size });
  }
  return lines;
}

test('lines split across chunks, CRLF endings and a last line without newline', async () => {
  assert.deepEqual(await collect(['ab', 'c\r\nde', 'f\n\ngh'], 100), [
    { lineNo: 1, text: 'abc', size: 4 },
    { lineNo: 2, text: 'def', size: 3 },
    { lineNo: 3, text: '', size: 0 },
    { lineNo: 4, text: 'gh', size: 2 },
  ]);
});

test('an oversized line is dropped and counted; the next line still arrives', async () => {
  assert.deepEqual(await collect(['x'.repeat(30), 'y'.repeat(30), '\nok\n'], 50), [
    { lineNo: 1, text: null, size: 60 },
    { lineNo: 2, text: 'ok', size: 2 },
  ]);
});

test('a 50 MB single line streams past in bounded memory', async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  async function* fifty() {
    for (let i = 0; i < 50; i++) yield chunk;
    yield Buffer.from('\n{"text":"after"}\n');
  }
  const before = process.memoryUsage().rss;
  const seen = [];
  for await (const line of readLines(Readable.from(fifty()), 1024 * 1024)) seen.push(line);
  const grown = process.memoryUsage().rss - before;
  assert.equal(seen.length, 2);
  assert.equal(seen[0]?.bytes, null);
  assert.equal(seen[0]?.size, 50 * 1024 * 1024);
  assert.equal(seen[1]?.bytes?.toString(), '{"text":"after"}');
  assert.ok(grown < 40 * 1024 * 1024, `RSS grew by ${grown} bytes`);
});
