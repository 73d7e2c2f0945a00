/**
 * Groups a stream of input items into batches for `Dyad.codeBatch`, keeping their order. A batch
 * closes when it is full, or when the next item has not arrived within `waitMs`: a folder or a
 * piped file fills whole batches, while someone typing documents into standard input still gets
 * each one coded at once.
 */
export async function* inBatches<T>(source: AsyncIterable<T>, options: { readonly size: number; readonly waitMs: number }): AsyncGenerator<T[]> {
  const items = source[Symbol.asyncIterator]();
  let batch: T[] = [];
  let pending = items.next();
  for (;;) {
    const next = batch.length === 0 ? await pending : await within(pending, options.waitMs);
    if (next === null) {
      yield batch;
      batch = [];
      continue;
    }
    if (next.done) break;
    batch.push(next.value);
    pending = items.next();
    if (batch.length >= options.size) {
      yield batch;
      batch = [];
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
