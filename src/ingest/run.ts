import type { Readable } from 'node:stream';
import type { CoderSetup } from '../dyad.js';
import { DyadError, type ErrorCode } from '../core/errors.js';
import type { ReadOptions } from '../io/document.js';
import { readInputs } from '../io/inputs.js';
import { openStore, type Store, type StoredInput, type WriteSummary } from '../store/index.js';
import { emptyCounts, type IngestCounts } from './counts.js';
import { startPool, type WorkerPool } from './pool.js';
import type { Progress } from './progress.js';
import { createRejects } from './rejects.js';

export interface IngestOptions {
  readonly paths: readonly string[];
  readonly db: string;
  readonly workers: number;
  readonly batchSize: number;
  readonly cluster: boolean;
  readonly rejectsFile: string;
  readonly read: ReadOptions;
  readonly stdin?: Readable;
  /** Aborting stops reading; documents already sent to workers are still written, then the run ends cleanly. */
  readonly signal?: AbortSignal;
  readonly progress?: Progress;
  /** Called with each bad input, for stderr. */
  readonly onReject?: (error: DyadError) => void;
  /** Called once, when the workers are ready, with the dictionaries' load report lines (none without dictionaries). */
  readonly onLoadReport?: (lines: readonly string[]) => void;
  readonly clock: () => number;
  /** What the workers code with (`--lexicon`, `--dictionaries`, `--keep-lexicons`); the built-in lexicons when absent. */
  readonly coder?: CoderSetup;
}

/**
 * Streams the inputs, skips documents already stored with the same content and lexicons,
 * codes the rest on worker threads and writes them in input order, one transaction per batch.
 */
export async function runIngest(options: IngestOptions): Promise<IngestCounts> {
  const started = options.clock();
  const counts = emptyCounts();
  // Workers first: lexicons or dictionaries they cannot load stop the run before any database file is made.
  const pool = await startPool(options.workers, options.coder);
  options.onLoadReport?.(pool.loadReport);
  const store = await openOrClose(options, pool);
  const rejects = createRejects(options.rejectsFile);
  const reject = (error: DyadError, id?: string) => {
    counts.rejected++;
    rejects.add(error, id);
    options.onReject?.(error);
  };
  // Results come back out of order; they are written in input order so clustering is deterministic.
  const window = options.workers * 256;
  const ready = new Map<number, StoredInput | null>();
  let batch: StoredInput[] = [];
  let nextSeq = 0;
  let nextWrite = 0;
  let fatal: unknown = null;
  let wake: (() => void) | null = null;
  const inflight = new Set<Promise<void>>();

  const addSummary = (summary: WriteSummary) => {
    counts.added += summary.added;
    counts.recoded += summary.recoded;
    counts.unchanged += summary.unchanged;
  };
  const writeReady = (force: boolean) => {
    while (ready.has(nextWrite)) {
      const input = ready.get(nextWrite);
      ready.delete(nextWrite++);
      if (input) batch.push(input);
      if (batch.length >= options.batchSize) {
        addSummary(store.writeBatch(batch));
        batch = [];
      }
    }
    if (force && batch.length > 0) {
      addSummary(store.writeBatch(batch));
      batch = [];
    }
    options.progress?.update({ ...counts, elapsedMs: options.clock() - started });
  };

  try {
    for await (const item of readInputs(options.paths, options.read, options.stdin)) {
      if (fatal) throw fatal;
      if (options.signal?.aborted) break;
      counts.read++;
      if (!item.ok) {
        reject(item.error);
        continue;
      }
      const { doc } = item;
      if (store.status(doc.id, doc, pool.dataHash) === 'unchanged') {
        counts.unchanged++;
        continue;
      }
      while (nextSeq - nextWrite >= window && !fatal) await new Promise<void>((resolve) => (wake = resolve));
      const seq = nextSeq++;
      const location = item.line === undefined ? { file: item.file } : { file: item.file, line: item.line };
      const job = pool
        .code({ seq, doc: { id: doc.id, date: doc.date, text: doc.text, meta: doc.meta } })
        .then((result) => {
          if (result.kind === 'coded') ready.set(seq, { coded: result.coded, meta: doc.meta, stored: result.stored });
          else {
            reject(new DyadError(result.code as ErrorCode, result.message, location), doc.id);
            ready.set(seq, null);
          }
          writeReady(false);
        })
        .catch((error: unknown) => {
          fatal ??= error;
        })
        .finally(() => {
          inflight.delete(job);
          wake?.();
        });
      inflight.add(job);
    }
    await Promise.all(inflight);
    if (fatal) throw fatal;
    writeReady(true);
    counts.interrupted = options.signal?.aborted ?? false;
  } finally {
    await pool.close();
    store.close();
    await rejects.close();
  }
  counts.elapsedMs = options.clock() - started;
  return counts;
}

async function openOrClose(options: IngestOptions, pool: WorkerPool): Promise<Store> {
  try {
    return openStore(options.db, { cluster: options.cluster });
  } catch (error) {
    await pool.close();
    throw error;
  }
}
