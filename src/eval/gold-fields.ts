/** Small readers for untyped gold JSON: they fail loudly instead of letting a typo score as zero. */

export function readString(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`field "${key}" must be a string`);
  return value;
}

export function readOptionalString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`field "${key}" must be a string or null`);
  return value;
}

export function readArray(record: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = record[key] ?? [];
  if (!Array.isArray(value)) throw new Error(`field "${key}" must be an array`);
  return value as Record<string, unknown>[];
}

export function readOptionalNumber(record: Record<string, unknown>, key: string): number | null {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The fields of GoldBase, read from any gold record. */
export function readBase(record: Record<string, unknown>): {
  id: string;
  set: string;
  text: string;
  date: string | null;
  skip?: string;
  dictionaries?: string;
} {
  const skip = readOptionalString(record, 'skip');
  const dictionaries = readOptionalString(record, 'dictionaries');
  return {
    id: readString(record, 'id'),
    set: readOptionalString(record, 'set') ?? 'unnamed',
    text: readString(record, 'text'),
    date: readOptionalString(record, 'date'),
    ...(skip !== null ? { skip } : {}),
    ...(dictionaries !== null ? { dictionaries } : {}),
  };
}
