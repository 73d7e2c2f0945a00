import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { isIsoDate } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import { CODE_BATCH, createDyad } from '../dyad.js';
import { formatLoadReport } from '../petrarch/report.js';
import { inBatches } from '../io/batches.js';
import { DEFAULT_MAX_BYTES, errorItem, type InputItem } from '../io/document.js';
import { readInputs } from '../io/inputs.js';
import { parseCommandArgs, parsePositiveInt } from './args.js';
import { CODER_OPTIONS, CODER_USAGE, toCoderSetup, writeLoadReport } from './coder-options.js';
import { EXIT, exitStatusFor, type ExitStatus } from './exit-codes.js';
import type { CliIo } from './io.js';
import { createWriter, FORMATS, type Format } from './writers.js';

export const CODE_USAGE = `Usage: dyad code [PATH ...|-] [options]

Codes news articles into events. PATH is a dateline text file, a .jsonl file, a folder
(every *.txt and *.jsonl in it, recursively, sorted by path) or - for standard input.

Options:
  --date YYYY-MM-DD   dateline for plain-text inputs that carry none
  --format F          auto (default: one JSON object for one document, JSONL for several),
                      json, jsonl, summary (a readable digest), or an event table:
                      csv, gdelt (GDELT 2.0 event table), acled, plover
  --pretty            indent JSON output
  --out FILE          write to FILE instead of standard output
  --max-bytes N       largest document or JSONL line accepted (default ${DEFAULT_MAX_BYTES})
${CODER_USAGE}`;

/** How long to wait for the next input before coding what has arrived (interactive standard input). */
const INPUT_WAIT_MS = 20;

const OPTIONS = {
  date: { type: 'string' },
  format: { type: 'string' },
  pretty: { type: 'boolean' },
  out: { type: 'string' },
  'max-bytes': { type: 'string' },
  ...CODER_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCode(argv: readonly string[], io: CliIo): Promise<ExitStatus> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(CODE_USAGE);
    return EXIT.ok;
  }
  const format = (values.format ?? 'auto') as Format;
  if (!FORMATS.includes(format)) throw new DyadError('E_USAGE', `--format must be one of ${FORMATS.join(', ')}`);
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new DyadError('E_USAGE', `--date "${values.date}" is not a real day written as YYYY-MM-DD`);
  }
  const paths = positionals.length > 0 ? positionals : ['-'];
  const maxBytes = parsePositiveInt(values['max-bytes'], 'max-bytes') ?? DEFAULT_MAX_BYTES;

  const dyad = createDyad({ clock: () => performance.now(), ...toCoderSetup(values) });
  writeLoadReport(formatLoadReport(dyad.dictionaries), io.stderr);
  const out: Writable = values.out ? createWriteStream(values.out) : io.stdout;
  const writer = createWriter(format, out, values.pretty ?? false);
  let status: ExitStatus = EXIT.ok;
  const inputs = readInputs(paths, { date: values.date ?? null, maxBytes }, io.stdin);
  for await (const batch of inBatches(inputs, { size: CODE_BATCH.documents, weight: (item) => (item.ok ? item.doc.text.length : 0), maxWeight: CODE_BATCH.characters, waitMs: INPUT_WAIT_MS })) {
    const readable = batch.filter((item) => item.ok);
    const outcomes = dyad.codeBatch(readable.map((item) => item.doc));
    let coded = 0;
    for (const item of batch) {
      const outcome = item.ok ? outcomes[coded++] : undefined;
      // A document the pipeline fails on is reported at its file:line like a bad input; the batch goes on.
      const failed: InputItem = outcome && !outcome.ok ? errorItem(item.file, item.line, outcome.error) : item;
      if (!failed.ok) {
        io.stderr.write(`dyad: ${failed.error.toLine()}\n`);
        status = worse(status, exitStatusFor(failed.error.code));
      } else if (outcome?.ok) await writer.document(outcome.coded, failed.doc.meta);
    }
  }
  await writer.end();
  if (values.out) {
    out.end();
    await once(out, 'finish');
  }
  return status;
}

function worse(a: ExitStatus, b: ExitStatus): ExitStatus {
  return Math.max(a, b) as ExitStatus;
}
