import { Worker } from 'node:worker_threads';
import { DyadError } from '../core/errors.js';
import type { CodeRequest, WorkerMessage } from './messages.js';

type Result = Exclude<WorkerMessage, { kind: 'ready' }>;

export interface WorkerPool {
  /** The lexicon hash the workers code with (every worker loads the same data). */
  readonly dataHash: string;
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

/** Starts `size` coding workers and waits until each has loaded its lexicons. */
export async function startPool(size: number): Promise<WorkerPool> {
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: new Worker(WORKER_URL), pending: new Map(), alive: true }));
  // A worker that dies fails the documents it held (they go to the rejects) and takes no more.
  const retire = (slot: Slot, reason: string) => {
    slot.alive = false;
    for (const [seq, resolve] of slot.pending) resolve({ kind: 'failed', seq, code: 'E_INTERNAL', message: `coding worker stopped: ${reason}` });
    slot.pending.clear();
  };
  const hashes = await Promise.all(
    slots.map(
      (slot) =>
        new Promise<string>((resolve, reject) => {
          slot.worker.on('error', (error) => {
            reject(error);
            retire(slot, error.message);
          });
          slot.worker.on('exit', (code) => {
            reject(new Error(`exited with code ${code}`));
            retire(slot, `exited with code ${code}`);
          });
          slot.worker.on('message', (message: WorkerMessage) => {
            if (message.kind === 'ready') return resolve(message.dataHash);
            const settle = slot.pending.get(message.seq);
            slot.pending.delete(message.seq);
            settle?.(message);
          });
        }),
    ),
  ).catch(async (error: Error) => {
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    throw new DyadError('E_INTERNAL', `a coding worker failed to start: ${error.message}`);
  });
  return {
    dataHash: hashes[0] ?? '',
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
