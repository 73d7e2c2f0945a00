import type { ExitStatus } from './exit-codes.js';
import type { CliIo } from './io.js';

export async function runServeCommand(_argv: readonly string[], _io: CliIo): Promise<ExitStatus> {
  return 0;
}
