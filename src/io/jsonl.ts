import type { Readable } from 'node:stream';
import { makeDoc, type DocMeta } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import { decodeUtf8 } from './decode.js';
import { errorItem, toItem, type InputItem, type ReadOptions } from './document.js';
import { readLines } from './lines.js';
import { tooLarge } from './text-file.js';

const META_FIELDS = ['title', 'url', 'source'] as const;

/** JSONL: one document object per line; blank lines are skipped; a bad line never stops the rest. */
export async function* readJsonl(stream: Readable, file: string, stem: string, options: ReadOptions): AsyncGenerator<InputItem> {
  for await (const raw of readLines(stream, options.maxBytes)) {
    if (raw.bytes === null) {
      yield errorItem(file, raw.lineNo, tooLarge(raw.size, options.maxBytes));
      continue;
    }
    let line: string;
    try {
      line = decodeUtf8(raw.bytes);
    } catch (error) {
      yield errorItem(file, raw.lineNo, error);
      continue;
    }
    if (line.trim() === '') continue;
    yield toItem(file, raw.lineNo, () => parseRecord(line, `${stem}:${raw.lineNo}`, options));
  }
}

function parseRecord(line: string, defaultId: string, options: ReadOptions) {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new DyadError('E_JSONL', `invalid JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new DyadError('E_JSONL', 'each line must be a JSON object');
  }
  const fields = record as Record<string, unknown>;
  if (typeof fields.text !== 'string') throw new DyadError('E_JSONL', 'field "text" must be a string');
  const id = optionalString(fields, 'id') ?? defaultId;
  const date = fields.date === null ? null : optionalString(fields, 'date');
  const meta: Record<string, string> = {};
  for (const key of META_FIELDS) {
    const value = optionalString(fields, key);
    if (value !== undefined) meta[key] = value;
  }
  return makeDoc({ id, text: fields.text, date: date === undefined ? options.date ?? null : date, meta: meta as DocMeta });
}

function optionalString(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && key === 'id') return String(value);
  if (typeof value !== 'string') throw new DyadError('E_JSONL', `field "${key}" must be a string`);
  return value;
}
