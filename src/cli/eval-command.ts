import { writeFileSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import { formatReport } from '../eval/format-report.js';
import { inferTask, readGoldFile } from '../eval/gold-file.js';
import { evaluateRecords, selectWorst } from '../eval/run.js';
import { TASKS, type Task } from '../eval/types.js';
import { createEvalSetup, defaultDictionaryRoot } from '../eval/setup.js';
import { parseCommandArgs, parsePositiveInt } from './args.js';
import { EXIT, type ExitStatus } from './exit-codes.js';
import { write, type CliIo } from './io.js';

export const EVAL_USAGE = `Usage: dyad eval --gold FILE.jsonl [options]

Codes every gold record with the normal pipeline and prints scores per set
(scoring rules: ../shared/dev/README.md; mapping choices: README "Quality and speed").

Options:
  --gold FILE          gold JSONL file (required)
  --task T             ${TASKS.join('|')} (default: inferred from the file; geo = geo_tests)
  --dictionaries DIR   folder holding PETRARCH dictionary sets (validate/, phoenix/);
                       default ../shared/petrarch. Sets no loader can read yet are NOT SCORED.
  --json OUT           also write the full report as JSON to OUT
  --errors N           print the N worst records, gold and prediction side by side
`;

const OPTIONS = {
  gold: { type: 'string' },
  task: { type: 'string' },
  dictionaries: { type: 'string' },
  json: { type: 'string' },
  errors: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runEval(argv: readonly string[], io: CliIo): Promise<ExitStatus> {
  const { values } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    await write(io.stdout, EVAL_USAGE);
    return EXIT.ok;
  }
  if (!values.gold) throw new DyadError('E_USAGE', '--gold FILE is required');
  if (values.task !== undefined && !(TASKS as readonly string[]).includes(values.task)) {
    throw new DyadError('E_USAGE', `--task must be one of ${TASKS.join(', ')}`);
  }
  const errorCount = parsePositiveInt(values.errors, 'errors') ?? 0;
  const raw = readGoldFile(values.gold);
  const inferred = inferTask(raw);
  // geo_tests records are places records with a per-case `task`: `--task places` on them means geo.
  let task = (values.task as Task | undefined) ?? inferred;
  if (task === 'places' && inferred === 'geo') task = 'geo';
  if (task === null) throw new DyadError('E_USAGE', `cannot tell the task of ${values.gold}; pass --task`);

  const { resolve, context } = createEvalSetup(values.dictionaries ?? defaultDictionaryRoot());
  const report = evaluateRecords(raw, { task, resolve, context, clock: () => performance.now() });
  await write(io.stdout, formatReport(values.gold, report, selectWorst(report.outcomes, errorCount)));
  if (values.json) {
    const { outcomes, ...rest } = report;
    writeFileSync(values.json, `${JSON.stringify({ file: values.gold, ...rest, worst: selectWorst(outcomes, errorCount) }, null, 2)}\n`);
  }
  return EXIT.ok;
}

