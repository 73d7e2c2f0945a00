import { makeDoc, type Doc } from '../core/doc.js';
import { DyadError, isDyadError } from '../core/errors.js';

/** One item read from the inputs: a document ready to code, or an error tied to a file and line. */
export type InputItem =
  | { readonly ok: true; readonly doc: Doc; readonly file: string; readonly line?: number }
  | { readonly ok: false; readonly error: DyadError; readonly file: string; readonly line?: number };

export interface ReadOptions {
  /** Dateline for plain-text inputs that carry none (`--date`). */
  readonly date?: string | null;
  /** Largest document (text file or JSONL line) accepted, in bytes. */
  readonly maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Builds a document, turning any validation failure into an error item at `file:line`. */
export function toItem(file: string, line: number | undefined, build: () => Doc): InputItem {
  try {
    return line === undefined ? { ok: true, doc: build(), file } : { ok: true, doc: build(), file, line };
  } catch (error) {
    return errorItem(file, line, error);
  }
}

export function errorItem(file: string, line: number | undefined, error: unknown): InputItem {
  const coded = isDyadError(error) ? error : new DyadError('E_INTERNAL', String(error));
  const at = line ?? coded.location.line;
  const located = coded.at(at === undefined ? { file } : { file, line: at });
  return at === undefined ? { ok: false, error: located, file } : { ok: false, error: located, file, line: at };
}

export { makeDoc };
