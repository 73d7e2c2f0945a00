import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { PACKAGE_ROOT } from '../resources/paths.js';

export const SCHEMA_PATH = `${PACKAGE_ROOT}schema/dyad-output-v1.schema.json`;

let compiled: ValidateFunction | undefined;

/**
 * Checks a coded document against the shipped JSON Schema and the span invariant
 * (every `{start, end, text}` has `text === doc.text.slice(start, end)`). Returns problems, empty when valid.
 */
export function validateCodedDocument(value: unknown): string[] {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  const problems: string[] = [];
  if (!compiled(value)) {
    for (const error of compiled.errors ?? []) problems.push(`${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
    return problems;
  }
  const doc = value as { text: string };
  checkSpans(value, '', doc.text, problems);
  return problems;
}

function checkSpans(node: unknown, path: string, text: string, problems: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => checkSpans(item, `${path}/${i}`, text, problems));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (path !== '' && typeof record.start === 'number' && typeof record.end === 'number') {
    const { start, end } = record;
    if (start > end || end > text.length) problems.push(`${path} span [${start}, ${end}) lies outside the text`);
    else if (typeof record.text === 'string' && text.slice(start, end) !== record.text) {
      problems.push(`${path} text "${record.text}" differs from text.slice(${start}, ${end}) = "${text.slice(start, end)}"`);
    }
  }
  for (const [key, child] of Object.entries(record)) {
    if (path === '' && key === 'text') continue;
    checkSpans(child, `${path}/${key}`, text, problems);
  }
}
