/** RFC 4180: a field is quoted when it holds a comma, a double quote, CR or LF; quotes inside are doubled. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export function formatCsvRecord(cells: readonly string[]): string {
  return `${cells.map(quoteCsvField).join(',')}\r\n`;
}

/** Splits RFC 4180 CSV text back into records (for round-trip tests and for readers of our output). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** Empty for null/undefined, else the value as text. */
export function toCell(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
