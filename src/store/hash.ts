import { createHash } from 'node:crypto';
import type { Doc } from '../core/doc.js';

/** Hash of everything a document's coding depends on besides the lexicons: text, date and metadata. */
export function hashContent(doc: Pick<Doc, 'date' | 'text' | 'meta'>): string {
  const { title = null, url = null, source = null } = doc.meta;
  return createHash('sha256').update(JSON.stringify([doc.date, doc.text, title, url, source])).digest('hex').slice(0, 32);
}
