import type { CodedDocument } from '../contract/types.js';

/** The coded document as `documents.coded` keeps it: JSON without the text (stored once, in its own column). */
export function toStoredJson(coded: CodedDocument): string {
  const { text: _text, ...rest } = coded;
  return JSON.stringify(rest);
}
