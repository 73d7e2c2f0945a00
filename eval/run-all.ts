/**
 * `npm run eval`: scores every dev set found in ../shared/dev, prints one summary table with the
 * change against eval/baseline.json and writes eval/results/latest.json.
 * `npm run eval -- --update-baseline` also accepts today's figures as the new baseline.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatCounts } from '../src/eval/format-report.js';
import { inferTask, readGoldFile } from '../src/eval/gold-file.js';
import { evaluateRecords } from '../src/eval/run.js';
import { createEvalSetup, defaultDictionaryRoot, SHARED_DIR } from '../src/eval/setup.js';
import { collectHeadlines, formatSummary, type FileReport } from '../src/eval/summary.js';
import type { Figure } from '../src/eval/types.js';
import { PACKAGE_ROOT } from '../src/resources/paths.js';

const DEV_DIR = `${SHARED_DIR}/dev`;
const BASELINE = `${PACKAGE_ROOT}eval/baseline.json`;
const RESULTS_DIR = `${PACKAGE_ROOT}eval/results`;

interface Baseline {
  readonly acceptedAt: string;
  readonly version: string;
  readonly dataHash: string;
  readonly figures: Record<string, Figure>;
}

function readBaseline(): Baseline | null {
  return existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline) : null;
}

function main(argv: readonly string[]): number {
  const update = argv.includes('--update-baseline');
  if (!existsSync(DEV_DIR)) {
    console.log(`npm run eval: no dev sets at ${DEV_DIR} — nothing to score (skipped).`);
    return 0;
  }
  const files = readdirSync(DEV_DIR).filter((name) => name.endsWith('.jsonl')).sort();
  const setup = createEvalSetup(defaultDictionaryRoot());
  const reports: FileReport[] = [];
  for (const name of files) {
    const raw = readGoldFile(`${DEV_DIR}/${name}`);
    const task = inferTask(raw);
    if (task === null) {
      console.log(`${name}: cannot tell its task — skipped`);
      continue;
    }
    const report = evaluateRecords(raw, { task, resolve: setup.resolve, context: setup.context, clock: () => performance.now() });
    console.log(`${name} (${task}, ${Math.round(report.elapsedMs)} ms): ${formatCounts(report)}`);
    reports.push({ file: name, report });
  }
  const baseline = readBaseline();
  console.log(`\nDev-set figures (baseline: ${baseline ? `${baseline.acceptedAt}, data ${baseline.dataHash}` : 'none'}; skip/notsc/err = skipped / NOT SCORED / errors)\n`);
  console.log(formatSummary(reports, baseline?.figures ?? {}));

  const figures = collectHeadlines(reports);
  const now = new Date().toISOString();
  const results = {
    date: now,
    version: setup.dyad.version,
    dataHash: setup.dyad.dataHash,
    figures,
    files: reports.map(({ file, report }) => ({ file, task: report.task, counts: report.counts, rows: report.rows, errors: report.errorMessages, elapsedMs: report.elapsedMs })),
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote eval/results/latest.json`);
  if (update) {
    const accepted: Baseline = { acceptedAt: now, version: setup.dyad.version, dataHash: setup.dyad.dataHash, figures };
    writeFileSync(BASELINE, `${JSON.stringify(accepted, null, 2)}\n`);
    console.log('updated eval/baseline.json');
  } else if (!baseline) {
    console.log('no eval/baseline.json yet: run `npm run eval -- --update-baseline` to accept these figures');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
