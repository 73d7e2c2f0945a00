import { Worker } from 'node:worker_threads';
import { DyadError } from '../core/errors.js';
import type { CodeRequest, WorkerMessage } from './messages.js';

type Result = Exclude<WorkerMessage, { kind: 'ready' }>;

export interface WorkerPool {
  /** The lexicon hash the workers code with (every worker loads the same data). */
  readonly dataHash: string;
  /** Codes one document on the least busy worker. */
  code(request: CodeRequest): Promise<Result>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Starts `size` coding workers and waits until each has loaded its lexicons. */
export async function startPool(size: number): Promise<WorkerPool> {
  const workers = Array.from({ length: size }, () => new Worker(WORKER_URL));
  const pending = workers.map(() => new Map<number, (result: Result) => void>());
  const failWith = (error: Error) => {
    for (const waiting of pending) for (const resolve of waiting.values()) resolve({ kind: 'failed', seq: -1, code: 'E_INTERNAL', message: error.message });
  };
  const hashes = await Promise.all(
    workers.map(
      (worker, i) =>
        new Promise<string>((resolve, reject) => {
          worker.on('error', (error) => {
            reject(error);
            failWith(error);
          });
          worker.on('message', (message: WorkerMessage) => {
            if (message.kind === 'ready') return resolve(message.dataHash);
            const resolveResult = pending[i]?.get(message.seq);
            pending[i]?.delete(message.seq);
            resolveResult?.(message);
          });
        }),
    ),
  ).catch(async (error: Error) => {
    await Promise.all(workers.map((w) => w.terminate()));
    throw new DyadError('E_INTERNAL', `a coding worker failed to start: ${error.message}`);
  });
  return {
    dataHash: hashes[0] ?? '',
    code(request) {
      let best = 0;
      for (let i = 1; i < workers.length; i++) if ((pending[i]?.size ?? 0) < (pending[best]?.size ?? 0)) best = i;
      return new Promise<Result>((resolve) => {
        pending[best]?.set(request.seq, resolve);
        workers[best]?.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
