import { once } from 'node:events';
import { DyadError } from '../core/errors.js';
import { createDyad } from '../dyad.js';
import { formatLoadReport } from '../petrarch/report.js';
import { packageVersion } from '../resources/paths.js';
import { buildApp } from '../server/app.js';
import { coderInfoSource } from '../server/coder-info.js';
import { openStore } from '../store/index.js';
import { parseCommandArgs, parsePositiveInt } from './args.js';
import { CODER_OPTIONS, CODER_USAGE, toCoderSetup, writeLoadReport } from './coder-options.js';
import { EXIT, type ExitStatus } from './exit-codes.js';
import type { CliIo } from './io.js';
import { DEFAULT_DB } from './ingest-command.js';

export const SERVE_USAGE = `Usage: dyad serve [options]

Serves the analyst's workbench (web UI) and the HTTP API (/api, described at /api/openapi.json)
over a database made by "dyad ingest". Listens on 127.0.0.1 only unless --host says otherwise.

Options:
  --db FILE           database file (default ${DEFAULT_DB}; created empty if missing)
  --port N            port (default 8080; 0 picks a free one)
  --host H            address to bind (default 127.0.0.1)
  --no-cluster        list mentions rather than events grouped across articles by default

What /api/code and /api/documents code with (GET /api/coder says; with these the coder
is loaded at start, so a bad folder stops the server before it listens):
${CODER_USAGE}`;

const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'no-cluster': { type: 'boolean' },
  ...CODER_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs until SIGINT or SIGTERM, then closes the server and the database. */
export async function runServeCommand(argv: readonly string[], io: CliIo): Promise<ExitStatus> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(SERVE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new DyadError('E_USAGE', `serve takes no paths (got "${positionals[0]}"); use --db FILE`);
  const port = values.port === '0' ? 0 : parsePositiveInt(values.port, 'port') ?? 8080;
  if (port > 65535) throw new DyadError('E_USAGE', '--port must be at most 65535');
  const setup = toCoderSetup(values);
  // Named data folders are loaded before the database is opened: a bad one fails the start, not the first request.
  const loaded = setup.dictionaries !== undefined || setup.lexiconDirs.length > 0 ? createDyad(setup) : null;
  writeLoadReport(formatLoadReport(loaded?.dictionaries ?? null), io.stderr);
  const dbFile = values.db ?? DEFAULT_DB;
  const store = openStore(dbFile);
  let dyad = loaded;
  const app = await buildApp({
    store,
    dbFile,
    dyad: () => (dyad ??= createDyad(setup)),
    coder: coderInfoSource(setup, loaded),
    clusterByDefault: !values['no-cluster'],
    version: packageVersion(),
  });
  try {
    const address = await app.listen({ port, host: values.host ?? '127.0.0.1' });
    io.stderr.write(`dyad: serving ${dbFile} at ${address}/ (Ctrl-C to stop)\n`);
    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  } finally {
    await app.close();
    store.close();
  }
  return EXIT.ok;
}
