import { readFileSync } from 'node:fs';
import { SHARED_DIR } from './setup.js';

/** Where `textFrom` references point by default: the internal dev texts, never copied into the project. */
export const DEV_TEXT_DIR = `${SHARED_DIR}/dev`;

/** A text by reference: `{file, id, start, end}` = `text.slice(start, end)` of record `id` in `<dir>/<file>` (UTF-16 offsets). */
export interface TextReference {
  readonly file: string;
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** The texts of one referenced JSONL file by record id, or why the file cannot be used. */
type SourceTexts = ReadonlyMap<string, string> | string;

/**
 * Resolves `textFrom` references against the JSONL files in `dir`, reading each file once.
 * `resolve(value)` returns the referenced text or a one-line reason it cannot be had; it never throws.
 */
export function createTextResolver(dir: string = DEV_TEXT_DIR): (reference: unknown) => { text: string } | { reason: string } {
  const files = new Map<string, SourceTexts>();
  const textsOf = (file: string): SourceTexts => {
    let texts = files.get(file);
    if (texts === undefined) {
      texts = readSourceTexts(`${dir}/${file}`);
      files.set(file, texts);
    }
    return texts;
  };
  return (reference) => {
    const ref = readReference(reference);
    if (typeof ref === 'string') return { reason: ref };
    const texts = textsOf(ref.file);
    if (typeof texts === 'string') return { reason: texts };
    const text = texts.get(ref.id);
    if (text === undefined) return { reason: `textFrom: no record with id "${ref.id}" in ${ref.file}` };
    if (ref.end > text.length) return { reason: `textFrom: offsets ${ref.start}-${ref.end} out of range for ${ref.file} "${ref.id}" (text length ${text.length})` };
    return { text: text.slice(ref.start, ref.end) };
  };
}

function readReference(value: unknown): TextReference | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'textFrom must be an object {file, id, start, end}';
  const { file, id, start, end } = value as Record<string, unknown>;
  if (typeof file !== 'string' || !/^[\w.-]+\.jsonl$/.test(file) || file.startsWith('.')) return 'textFrom.file must be a plain JSONL file name';
  if (typeof id !== 'string') return 'textFrom.id must be a string';
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    return `textFrom: bad offsets ${String(start)}-${String(end)} (need integers 0 <= start < end)`;
  }
  return { file, id, start: start as number, end: end as number };
}

function readSourceTexts(path: string): SourceTexts {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    return `textFrom: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  const texts = new Map<string, string>();
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof record.id === 'string' && typeof record.text === 'string') texts.set(record.id, record.text);
    } catch {
      // A malformed line only hides its own record: a reference to it reports "no record with id".
    }
  }
  return texts;
}
