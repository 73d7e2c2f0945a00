import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { inBatches } from '../../src/io/batches.js';

async function collect<T>(source: AsyncIterable<T>, size: number, waitMs: number): Promise<T[][]> {
  const batches: T[][] = [];
  for await (const batch of inBatches(source, { size, waitMs })) batches.push(batch);
  return batches;
}

async function* ready(count: number): AsyncGenerator<number> {
  for (let i = 1; i <= count; i++) yield i;
}

test('items that are ready fill whole batches, in order; the last batch holds the rest', async () => {
  assert.deepEqual(await collect(ready(7), 3, 1000), [[1, 2, 3], [4, 5, 6], [7]]);
  assert.deepEqual(await collect(ready(0), 3, 1000), []);
});

test('a slow next item closes the batch so far: an interactive user is not kept waiting', async () => {
  async function* typed(): AsyncGenerator<string> {
    yield 'a';
    yield 'b';
    await sleep(60);
    yield 'c';
  }
  assert.deepEqual(await collect(typed(), 10, 10), [['a', 'b'], ['c']]);
});

test('a batch also closes before the item that would take its weight past the limit', async () => {
  async function* texts(): AsyncGenerator<string> {
    yield* ['aaaa', 'bb', 'cccccc', 'd', 'eeeeeeeeee', 'f'];
  }
  const batches: string[][] = [];
  for await (const batch of inBatches(texts(), { size: 10, waitMs: 1000, weight: (text) => text.length, maxWeight: 6 })) batches.push(batch);
  assert.deepEqual(batches, [['aaaa', 'bb'], ['cccccc'], ['d'], ['eeeeeeeeee'], ['f']]);
});
