import { readFileSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import type { Task } from './types.js';

export interface RawRecord {
  readonly line: number;
  readonly value: Record<string, unknown>;
}

/** Reads a gold JSONL file: one object per non-blank line. */
export function readGoldFile(file: string): RawRecord[] {
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
  return records;
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
