import { Worker } from 'node:worker_threads';
import { DyadError, isDyadError } from '../core/errors.js';
import { BUILT_IN_SETUP } from '../core/coder-setup.js';
import type { CodeRequest, WorkerMessage, WorkerSetup } from './messages.js';

type Result = Extract<WorkerMessage, { kind: 'coded' | 'failed' }>;

export interface WorkerPool {
  /** The lexicon hash the workers code with (every worker loads the same data). */
  readonly dataHash: string;
  /** The dictionaries' load report, as the first worker made it (every worker loads the same files). */
  readonly loadReport: readonly string[];
  /** Codes one document on the least busy live worker; rejects when no worker is left. */
  code(request: CodeRequest): Promise<Result>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, (result: Result) => void>;
  alive: boolean;
}

/**
 * Starts `size` coding workers, each coding with `setup` (`--lexicon`, `--dictionaries`), and waits
 * until each has loaded its lexicons. A setup no worker can load (a folder that cannot be read)
 * rejects with that error's own code, as `dyad code` would.
 */
export async function startPool(size: number, setup: WorkerSetup = BUILT_IN_SETUP): Promise<WorkerPool> {
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: new Worker(WORKER_URL, { workerData: setup }), pending: new Map(), alive: true }));
  // A worker that dies fails the documents it held (they go to the rejects) and takes no more.
  const retire = (slot: Slot, reason: string) => {
    slot.alive = false;
    for (const [seq, resolve] of slot.pending) resolve({ kind: 'failed', seq, code: 'E_INTERNAL', message: `coding worker stopped: ${reason}` });
    slot.pending.clear();
  };
  const readies = await Promise.all(
    slots.map(
      (slot) =>
        new Promise<Extract<WorkerMessage, { kind: 'ready' }>>((resolve, reject) => {
          slot.worker.on('error', (error) => {
            reject(error);
            retire(slot, error.message);
          });
          slot.worker.on('exit', (code) => {
            reject(new Error(`exited with code ${code}`));
            retire(slot, `exited with code ${code}`);
          });
          slot.worker.on('message', (message: WorkerMessage) => {
            if (message.kind === 'ready') return resolve(message);
            if (message.kind === 'unusable') return reject(new DyadError(message.code, message.message, message.location));
            const settle = slot.pending.get(message.seq);
            slot.pending.delete(message.seq);
            settle?.(message);
          });
        }),
    ),
  ).catch(async (error: Error) => {
    for (const slot of slots) slot.worker.removeAllListeners('exit');
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    throw isDyadError(error) ? error : new DyadError('E_INTERNAL', `a coding worker failed to start: ${error.message}`);
  });
  return {
    dataHash: readies[0]?.dataHash ?? '',
    loadReport: readies[0]?.loadReport ?? [],
    code(request) {
      let best: Slot | undefined;
      for (const slot of slots) if (slot.alive && (!best || slot.pending.size < best.pending.size)) best = slot;
      const chosen = best;
      if (!chosen) return Promise.reject(new DyadError('E_INTERNAL', 'every coding worker has stopped'));
      return new Promise<Result>((resolve) => {
        chosen.pending.set(request.seq, resolve);
        chosen.worker.postMessage(request);
      });
    },
    async close() {
      for (const slot of slots) slot.worker.removeAllListeners('exit');
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
