import { availableParallelism } from 'node:os';
import { isIsoDate } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../io/document.js';
import { estimateTotal } from '../ingest/estimate.js';
import { createProgress } from '../ingest/progress.js';
import { runIngest } from '../ingest/run.js';
import { parseCommandArgs, parsePositiveInt } from './args.js';
import { CODER_OPTIONS, CODER_USAGE, toCoderSetup, writeLoadReport } from './coder-options.js';
import { EXIT, type ExitStatus } from './exit-codes.js';
import type { CliIo } from './io.js';

export const DEFAULT_DB = 'dyad.db';

export const INGEST_USAGE = `Usage: dyad ingest PATH... [options]

Codes articles and stores them in a SQLite database for "dyad serve". PATH is a dateline text
file, a .jsonl file, a folder (every *.txt and *.jsonl in it) or - for standard input.
Documents already stored with the same text and the same lexicons are skipped, so a rerun
(e.g. after Ctrl-C) resumes where the last one stopped; changed documents are re-coded.

Options:
  --db FILE           database file (default ${DEFAULT_DB}; created if missing)
  --workers N         coding threads (default: all cores)
  --batch N           documents per transaction (default 200)
  --rejects FILE      where bad documents are listed as JSONL (default: DB.rejects.jsonl)
  --no-cluster        do not group mentions of the same event across articles
  --date YYYY-MM-DD   dateline for plain-text inputs that carry none
  --max-bytes N       largest document or JSONL line accepted (default ${DEFAULT_MAX_BYTES})
  --progress-every S  seconds between progress lines when stderr is not a terminal (default 5)

What the documents are coded with (a different choice re-codes documents stored before):
${CODER_USAGE}`;

const OPTIONS = {
  db: { type: 'string' },
  workers: { type: 'string' },
  batch: { type: 'string' },
  rejects: { type: 'string' },
  'no-cluster': { type: 'boolean' },
  date: { type: 'string' },
  'max-bytes': { type: 'string' },
  'progress-every': { type: 'string' },
  ...CODER_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

/** Exit status 0 when everything was stored, 1 when some inputs were rejected or the run was interrupted. */
export async function runIngestCommand(argv: readonly string[], io: CliIo): Promise<ExitStatus> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(INGEST_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new DyadError('E_USAGE', 'ingest needs at least one PATH (or - for standard input)');
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new DyadError('E_USAGE', `--date "${values.date}" is not a real day written as YYYY-MM-DD`);
  }
  const coder = toCoderSetup(values);
  const db = values.db ?? DEFAULT_DB;
  const clock = () => performance.now();
  const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  const progress = createProgress({
    out: io.stderr,
    tty,
    intervalMs: (parsePositiveInt(values['progress-every'], 'progress-every') ?? 5) * 1000,
    clock,
  });
  if (tty) void estimateTotal(positionals).then((total) => progress.setTotal(total));

  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write('\ndyad: stopping after the documents in progress (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const counts = await runIngest({
      paths: positionals,
      db,
      workers: parsePositiveInt(values.workers, 'workers') ?? availableParallelism(),
      batchSize: parsePositiveInt(values.batch, 'batch') ?? 200,
      cluster: !values['no-cluster'],
      rejectsFile: values.rejects ?? `${db}.rejects.jsonl`,
      read: { date: values.date ?? null, maxBytes: parsePositiveInt(values['max-bytes'], 'max-bytes') ?? DEFAULT_MAX_BYTES },
      stdin: io.stdin,
      signal: controller.signal,
      progress,
      coder,
      onLoadReport: (lines) => writeLoadReport(lines, io.stderr),
      onReject: (error) => io.stderr.write(`${tty ? '\r\x1b[K' : ''}dyad: ${error.toLine()}\n`),
      clock,
    });
    progress.finish(counts);
    if (counts.rejected > 0) io.stderr.write(`dyad: ${counts.rejected} rejected documents listed in ${values.rejects ?? `${db}.rejects.jsonl`}\n`);
    return counts.rejected > 0 || counts.interrupted ? EXIT.badInput : EXIT.ok;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

