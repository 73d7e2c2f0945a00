import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { isIsoDate } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import { createDyad } from '../dyad.js';
import { DEFAULT_MAX_BYTES } from '../io/document.js';
import { readInputs } from '../io/inputs.js';
import { parseCommandArgs, parsePositiveInt } from './args.js';
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
  --lexicon DIR       add the actor lists (*.tsv) in DIR to the built-in ones; repeatable.
                      Same formats as data/actors (see README "Actors"); DIR's entries win
`;

const OPTIONS = {
  date: { type: 'string' },
  format: { type: 'string' },
  pretty: { type: 'boolean' },
  out: { type: 'string' },
  'max-bytes': { type: 'string' },
  lexicon: { type: 'string', multiple: true },
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

  const dyad = createDyad({ clock: () => performance.now(), lexiconDirs: values.lexicon ?? [] });
  const out: Writable = values.out ? createWriteStream(values.out) : io.stdout;
  const writer = createWriter(format, out, values.pretty ?? false);
  let status: ExitStatus = EXIT.ok;
  for await (const item of readInputs(paths, { date: values.date ?? null, maxBytes }, io.stdin)) {
    if (!item.ok) {
      io.stderr.write(`dyad: ${item.error.toLine()}\n`);
      status = worse(status, exitStatusFor(item.error.code));
      continue;
    }
    await writer.document(dyad.code(item.doc), item.doc.meta);
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
