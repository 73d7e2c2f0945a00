import type { Writable } from 'node:stream';
import { DyadError } from '../core/errors.js';
import type { CoderSetup } from '../dyad.js';

/** The options that choose what `dyad code`, `dyad ingest` and `dyad serve` code with: one definition, one usage text. */
export const CODER_OPTIONS = {
  lexicon: { type: 'string', multiple: true },
  dictionaries: { type: 'string' },
  'keep-lexicons': { type: 'boolean' },
} as const;

export const CODER_USAGE = `  --lexicon DIR       add the actor lists (*.tsv) in DIR to the built-in ones; repeatable.
                      Same formats as data/actors (see README "Actors"); DIR's entries win
  --dictionaries DIR  code with the PETRARCH/TABARI dictionaries in DIR (actors, agents,
                      discards, verbs) instead of the built-in lexicons; the load report
                      (counts per file, file:line warnings) goes to standard error.
                      See README "PETRARCH dictionaries"
  --keep-lexicons     with --dictionaries: add them on top of the built-in lexicons
`;

interface CoderValues {
  readonly lexicon?: string[];
  readonly dictionaries?: string;
  readonly 'keep-lexicons'?: boolean;
}

export function toCoderSetup(values: CoderValues): CoderSetup {
  // Silently ignoring it would let a user believe the built-in lexicons were kept on top of something.
  if (values['keep-lexicons'] && values.dictionaries === undefined) throw new DyadError('E_USAGE', '--keep-lexicons needs --dictionaries DIR');
  return {
    lexiconDirs: values.lexicon ?? [],
    ...(values.dictionaries === undefined ? {} : { dictionaries: values.dictionaries }),
    keepBuiltinLexicons: values['keep-lexicons'] ?? false,
  };
}

/** The dictionaries' load report (formatLoadReport), one `dyad:` line each, on standard error. */
export function writeLoadReport(lines: readonly string[], stderr: Writable): void {
  for (const line of lines) stderr.write(`dyad: ${line}\n`);
}
