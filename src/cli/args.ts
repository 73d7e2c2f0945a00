import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;
import { DyadError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with our error vocabulary: unknown options and missing values become E_USAGE. */
export function parseCommandArgs<T extends Options>(argv: readonly string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true as const, strict: true as const });
  } catch (error) {
    throw new DyadError('E_USAGE', (error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

export function parsePositiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new DyadError('E_USAGE', `--${name} must be a positive whole number`);
  return number;
}
