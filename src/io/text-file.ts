import { makeDoc } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import { splitDateline } from './dateline.js';
import { decodeUtf8, normaliseNewlines } from './decode.js';
import { errorItem, toItem, type InputItem, type ReadOptions } from './document.js';

/**
 * A text file is one article: a `date YYYY-MM-DD` header if it has one (the header wins
 * over `--date`), else plain text dated by `--date` or undated. CRLF becomes LF.
 */
export function textToItem(file: string, id: string, bytes: Uint8Array, options: ReadOptions): InputItem {
  if (bytes.length > options.maxBytes) {
    return errorItem(file, undefined, tooLarge(bytes.length, options.maxBytes));
  }
  let text: string;
  try {
    text = normaliseNewlines(decodeUtf8(bytes));
  } catch (error) {
    return errorItem(file, undefined, error);
  }
  return toItem(file, undefined, () => {
    const { date, body } = splitDateline(text);
    return makeDoc({ id, text: body, date: date ?? options.date ?? null });
  });
}

export function tooLarge(size: number, limit: number): DyadError {
  return new DyadError('E_TOO_LARGE', `input of ${size} bytes exceeds the limit of ${limit} bytes (see --max-bytes)`);
}
