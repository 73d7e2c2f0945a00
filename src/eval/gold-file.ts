import { readFileSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import { createTextResolver, DEV_TEXT_DIR } from './text-from.js';
import type { Task } from './types.js';

export interface RawRecord {
  readonly line: number;
  readonly value: Record<string, unknown>;
  /** Set when the record's `textFrom` could not be resolved: `file:line: reason`. The record is NOT SCORED. */
  readonly unresolved?: string;
}

export interface ReadGoldOptions {
  /** Folder that `textFrom` references point into (default ../shared/dev). */
  readonly textDir?: string;
}

/**
 * Reads a gold JSONL file: one object per non-blank line. A record may carry `textFrom`
 * (`{file, id, start, end}`) instead of `text`, for texts that must not be copied into the project:
 * its text is loaded here; when that fails the record is kept, marked `unresolved`.
 */
export function readGoldFile(file: string, options: ReadGoldOptions = {}): RawRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DyadError('E_READ', `cannot read gold file: ${(error as Error).message}`, { file });
  }
  const records: RawRecord[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new DyadError('E_JSONL', 'not valid JSON', { file, line: index + 1 });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DyadError('E_JSONL', 'a gold record must be a JSON object', { file, line: index + 1 });
    }
    records.push({ line: index + 1, value: value as Record<string, unknown> });
  });
  return resolveTextReferences(records, file, options.textDir ?? DEV_TEXT_DIR);
}

function resolveTextReferences(records: RawRecord[], file: string, textDir: string): RawRecord[] {
  if (!records.some(({ value }) => 'textFrom' in value)) return records;
  const resolve = createTextResolver(textDir);
  return records.map((record) => {
    const { line, value } = record;
    if (!('textFrom' in value)) return record;
    const resolved = 'text' in value ? { reason: 'has both text and textFrom' } : resolve(value.textFrom);
    return 'text' in resolved ? { line, value: { ...value, text: resolved.text } } : { ...record, unresolved: `${file}:${line}: ${resolved.reason}` };
  });
}

/** The task a gold file is for, from the fields its records carry (see ../shared/dev/README.md). */
export function inferTask(records: readonly RawRecord[]): Task | null {
  for (const { value } of records) {
    if (typeof value.task === 'string') return 'geo';
    if ('acled' in value) return 'acled';
    if ('quotes' in value) return 'quotes';
    if ('places' in value) return 'places';
    if (Array.isArray(value.events) && value.events.length > 0) {
      const first = value.events[0] as Record<string, unknown>;
      return 'plover' in first ? 'plover' : 'events';
    }
  }
  return records.some(({ value }) => Array.isArray(value.events)) ? 'events' : null;
}
