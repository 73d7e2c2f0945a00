import { parentPort, workerData } from 'node:worker_threads';
import { makeDoc } from '../core/doc.js';
import { isDyadError } from '../core/errors.js';
import { createDyad, type Dyad } from '../dyad.js';
import { formatLoadReport } from '../petrarch/report.js';
import { toStoredJson } from '../store/stored-json.js';
import type { CodeRequest, WorkerMessage, WorkerSetup } from './messages.js';

/** A coding worker: loads the lexicons once, then codes each document it is sent. */
const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
const dyad = makeCoder(workerData as WorkerSetup | undefined);
if (dyad) post({ kind: 'ready', dataHash: dyad.dataHash, loadReport: formatLoadReport(dyad.dictionaries) });

/** The coder, or null after telling the main thread why it cannot be made (a stack trace would say less). */
function makeCoder(setup: WorkerSetup | undefined): Dyad | null {
  try {
    return createDyad(setup ?? {});
  } catch (error) {
    if (!isDyadError(error)) throw error;
    post({ kind: 'unusable', code: error.code, message: error.message, location: error.location });
    return null;
  }
}

port.on('message', (request: CodeRequest) => {
  if (!dyad) return;
  try {
    const coded = dyad.code(makeDoc(request.doc));
    post({ kind: 'coded', seq: request.seq, coded, stored: toStoredJson(coded) });
  } catch (error) {
    const code = isDyadError(error) ? error.code : 'E_INTERNAL';
    post({ kind: 'failed', seq: request.seq, code, message: (error as Error).message });
  }
});
