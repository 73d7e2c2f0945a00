/**
 * The error vocabulary. Codes are stable: the CLI maps them to exit codes and the
 * server to problem+json, each in one place (src/cli/exit-codes.ts, the server's error hook).
 */
export const ERROR_CODES = {
  E_USAGE: 'bad command-line usage or options',
  E_READ: 'an input file or folder could not be read',
  E_UTF8: 'input is not valid UTF-8',
  E_JSONL: 'a JSONL line is not a valid document object',
  E_DATE: 'a date is not a real day written as YYYY-MM-DD',
  E_EMPTY: 'a document has no text',
  E_TOO_LARGE: 'a document or line is larger than the configured limit',
  E_PIPELINE: 'the pipeline is misconfigured (a stage requirement is not met)',
  E_DATA: 'a lexicon or data file is invalid',
  E_INTERNAL: 'an unexpected internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where in the input an error was found, for one-line messages such as `a.jsonl:12: ...`. */
export interface ErrorLocation {
  file?: string;
  line?: number;
}

export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}) {
    super(message);
    this.name = 'DyadError';
    this.code = code;
    this.location = location;
  }

  /** The same error, placed at a file and line (keeps the code and message). */
  at(location: ErrorLocation): DyadError {
    return new DyadError(this.code, this.message, { ...this.location, ...location });
  }

  /** One line for stderr: `file:line: E_CODE message`. */
  toLine(): string {
    const { file, line } = this.location;
    const where = file ? `${file}${line ? `:${line}` : ''}: ` : '';
    return `${where}${this.code} ${this.message}`;
  }
}

export function isDyadError(value: unknown): value is DyadError {
  return value instanceof DyadError;
}
