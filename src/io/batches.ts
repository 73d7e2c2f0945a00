/**
 * Groups a stream of input items into batches for `Dyad.codeBatch`, keeping their order. A batch
 * closes when it holds `size` items or `maxWeight` (their text), when the next item would take it
 * past `maxWeight`, or when the next item has not arrived within `waitMs`: a folder or a
 * piped file fills whole batches, while someone typing documents into standard input still gets
 * each one coded at once.
 */
export interface BatchOptions<T> {
  readonly size: number;
  readonly waitMs: number;
  readonly weight?: (item: T) => number;
  readonly maxWeight?: number;
}

export async function* inBatches<T>(source: AsyncIterable<T>, options: BatchOptions<T>): AsyncGenerator<T[]> {
  const items = source[Symbol.asyncIterator]();
  const weigh = options.weight ?? (() => 0);
  const maxWeight = options.maxWeight ?? Infinity;
  let batch: T[] = [];
  let weight = 0;
  let pending = items.next();
  for (;;) {
    const next = batch.length === 0 ? await pending : await within(pending, options.waitMs);
    if (next === null) {
      yield batch;
      [batch, weight] = [[], 0];
      continue;
    }
    if (next.done) break;
    const itemWeight = weigh(next.value);
    if (batch.length > 0 && weight + itemWeight > maxWeight) {
      yield batch;
      [batch, weight] = [[], 0];
    }
    batch.push(next.value);
    weight += itemWeight;
    pending = items.next();
    if (batch.length >= options.size || weight >= maxWeight) {
      yield batch;
      [batch, weight] = [[], 0];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The promise's value, or null when it takes longer than `ms` (the promise itself stays pending). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
