import { isDyadError } from '../core/errors.js';
import { runCode } from './code-command.js';
import { runEval } from './eval-command.js';
import { EXIT, exitStatusFor, type ExitStatus } from './exit-codes.js';
import type { CliIo } from './io.js';

const USAGE = `Usage: dyad <command> [options]

Commands:
  code    code articles into events (dyad code --help)
  eval    score the pipeline against a gold file (dyad eval --help)
  ingest  code articles into a SQLite database (dyad ingest --help)
  serve   the analyst's workbench and HTTP API over a database (dyad serve --help)

Run "dyad <command> --help" for a command's options.
`;

type Command = (argv: readonly string[], io: CliIo) => Promise<ExitStatus>;

const COMMANDS: Record<string, Command> = {
  code: runCode,
  eval: runEval,
  // Loaded on demand: SQLite, Fastify and the worker pool should not slow down `dyad code`'s start.
  ingest: async (argv, io) => (await import('./ingest-command.js')).runIngestCommand(argv, io),
  serve: async (argv, io) => (await import('./serve-command.js')).runServeCommand(argv, io),
};

/** The one place where errors become messages and exit statuses. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitStatus> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`dyad: E_USAGE unknown command "${name}"\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (isDyadError(error)) {
      io.stderr.write(`dyad: ${error.toLine()}\n`);
      return exitStatusFor(error.code);
    }
    io.stderr.write(`dyad: E_INTERNAL ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}
