import type { DocMeta } from '../core/doc.js';
import type { CodedDocument } from '../contract/types.js';
import type { ErrorCode, ErrorLocation } from '../core/errors.js';
import type { CoderSetup } from '../dyad.js';

/** Main thread → worker: one document to code. */
export interface CodeRequest {
  readonly seq: number;
  readonly doc: { readonly id: string; readonly date: string | null; readonly text: string; readonly meta: DocMeta };
}

/** Main thread → worker at its start (workerData): what to code with, as `dyad ingest` was told. */
export type WorkerSetup = CoderSetup;

/** Worker → main thread. */
export type WorkerMessage =
  /** `loadReport`: the dictionaries' load report lines (formatLoadReport), empty without dictionaries. */
  | { readonly kind: 'ready'; readonly dataHash: string; readonly loadReport: readonly string[] }
  /** The coder could not be made (a lexicon or dictionary folder that cannot be read): the error, rebuilt by the pool. */
  | { readonly kind: 'unusable'; readonly code: ErrorCode; readonly message: string; readonly location: ErrorLocation }
  /** `stored` is the document as the store keeps it (JSON without the text), made here to spare the writing thread. */
  | { readonly kind: 'coded'; readonly seq: number; readonly coded: CodedDocument; readonly stored: string }
  | { readonly kind: 'failed'; readonly seq: number; readonly code: string; readonly message: string };
