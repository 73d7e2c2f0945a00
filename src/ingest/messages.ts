import type { DocMeta } from '../core/doc.js';
import type { CodedDocument } from '../contract/types.js';

/** Main thread → worker: one document to code. */
export interface CodeRequest {
  readonly seq: number;
  readonly doc: { readonly id: string; readonly date: string | null; readonly text: string; readonly meta: DocMeta };
}

/** Worker → main thread. */
export type WorkerMessage =
  | { readonly kind: 'ready'; readonly dataHash: string }
  /** `stored` is the document as the store keeps it (JSON without the text), made here to spare the writing thread. */
  | { readonly kind: 'coded'; readonly seq: number; readonly coded: CodedDocument; readonly stored: string }
  | { readonly kind: 'failed'; readonly seq: number; readonly code: string; readonly message: string };
