import { parentPort } from 'node:worker_threads';
import { makeDoc } from '../core/doc.js';
import { isDyadError } from '../core/errors.js';
import { createDyad } from '../dyad.js';
import { toStoredJson } from '../store/stored-json.js';
import type { CodeRequest, WorkerMessage } from './messages.js';

/** A coding worker: loads the lexicons once, then codes each document it is sent. */
const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
const dyad = createDyad();
const post = (message: WorkerMessage) => port.postMessage(message);
post({ kind: 'ready', dataHash: dyad.dataHash });
port.on('message', (request: CodeRequest) => {
  try {
    const coded = dyad.code(makeDoc(request.doc));
    post({ kind: 'coded', seq: request.seq, coded, stored: toStoredJson(coded) });
  } catch (error) {
    const code = isDyadError(error) ? error.code : 'E_INTERNAL';
    post({ kind: 'failed', seq: request.seq, code, message: (error as Error).message });
  }
});
