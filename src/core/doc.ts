import { DyadError } from './errors.js';

export interface DocMeta {
  readonly url?: string;
  readonly source?: string;
  readonly title?: string;
}

/** One input article. Immutable: stages read it and return new layers, never edit it. */
export interface Doc {
  readonly id: string;
  /** Dateline as YYYY-MM-DD, or null when the input gave none. */
  readonly date: string | null;
  readonly text: string;
  readonly meta: DocMeta;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (rejects 2022-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export interface DocInit {
  id: string;
  text: string;
  date?: string | null;
  meta?: DocMeta;
}

/** Validates and freezes a document; throws a coded DyadError on a bad date or an empty text. */
export function makeDoc(init: DocInit): Doc {
  const date = init.date ?? null;
  if (date !== null && !isIsoDate(date)) {
    throw new DyadError('E_DATE', `invalid date "${date}" (expected a real day as YYYY-MM-DD)`);
  }
  if (init.text.trim() === '') {
    throw new DyadError('E_EMPTY', 'document text is empty');
  }
  const meta = Object.freeze({ ...(init.meta ?? {}) });
  return Object.freeze({ id: init.id, date, text: init.text, meta });
}
