import type { Writable } from 'node:stream';
import type { CodedDocument } from '../contract/types.js';
import type { DocMeta } from '../core/doc.js';
import { createExportWriter, EXPORT_FORMATS } from '../export/writer.js';
import { formatSummary } from './format-summary.js';
import { write } from './io.js';

/** Streams coded documents out in one format. */
export interface DocumentWriter {
  /** `meta` (the input's url/source/title) feeds the export formats' SOURCEURL/source columns when given. */
  document(doc: CodedDocument, meta?: DocMeta): Promise<void>;
  end(): Promise<void>;
}

export const FORMATS = ['auto', 'json', 'jsonl', 'summary', ...EXPORT_FORMATS] as const;
export type Format = (typeof FORMATS)[number];

export function createWriter(format: Format, out: Writable, pretty: boolean): DocumentWriter {
  switch (format) {
    case 'jsonl':
      return { document: (doc) => write(out, `${JSON.stringify(doc)}\n`), end: async () => {} };
    case 'json':
      return jsonArrayWriter(out, pretty);
    case 'summary':
      return { document: (doc) => write(out, formatSummary(doc)), end: async () => {} };
    case 'auto':
      return autoWriter(out, pretty);
    case 'csv':
    case 'gdelt':
    case 'acled':
    case 'plover':
      return createExportWriter(format, (text) => write(out, text));
  }
}

/**
 * One document in → one JSON object; several → JSONL. The first document is held back
 * until a second one shows which of the two it is.
 */
function autoWriter(out: Writable, pretty: boolean): DocumentWriter {
  let held: CodedDocument | null = null;
  let streaming = false;
  return {
    async document(doc) {
      if (streaming) return write(out, `${JSON.stringify(doc)}\n`);
      if (held === null) {
        held = doc;
        return;
      }
      streaming = true;
      await write(out, `${JSON.stringify(held)}\n${JSON.stringify(doc)}\n`);
      held = null;
    },
    async end() {
      if (held !== null) await write(out, `${JSON.stringify(held, null, pretty ? 2 : undefined)}\n`);
    },
  };
}

/** `--format json`: always one JSON value: the object for one document, an array for several. */
function jsonArrayWriter(out: Writable, pretty: boolean): DocumentWriter {
  const docs: CodedDocument[] = [];
  return {
    document: async (doc) => {
      docs.push(doc);
    },
    end: () => write(out, `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, pretty ? 2 : undefined)}\n`),
  };
}
