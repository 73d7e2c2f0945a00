/**
 * `npm run eval`: scores every dev set found in ../shared/dev, the project's own hand-coded sets in
 * eval/sets, and the CAMEO manual examples re-coded with the Phoenix dictionaries; prints one summary
 * table with the change against eval/baseline.json and writes eval/results/latest.json.
 * `npm run eval -- --update-baseline` also accepts today's figures as the new baseline.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { recodeSet } from '../src/eval/extra-sets.js';
import { formatCounts } from '../src/eval/format-report.js';
import { inferTask, readGoldFile, type RawRecord } from '../src/eval/gold-file.js';
import { evaluateRecords } from '../src/eval/run.js';
import { createEvalSetup, defaultDictionaryRoot, SHARED_DIR } from '../src/eval/setup.js';
import { collectHeadlines, formatSummary, type FileReport } from '../src/eval/summary.js';
import type { Figure } from '../src/eval/types.js';
import { PACKAGE_ROOT } from '../src/resources/paths.js';

const DEV_DIR = `${SHARED_DIR}/dev`;
const OWN_SETS_DIR = `${PACKAGE_ROOT}eval/sets`;
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

interface GoldSource {
  readonly label: string;
  readonly records: readonly RawRecord[];
}

/**
 * Every gold set in scoring order: the shared dev files; the CAMEO manual examples coded with the
 * Phoenix dictionaries (set `cameo-manual@phoenix`: actors are not annotated there, so only codes
 * compare — read its root figures); then our own hand-coded sets (eval/sets, labelled `own:`).
 */
function goldSources(): GoldSource[] {
  const sources: GoldSource[] = [];
  for (const name of jsonlFiles(DEV_DIR)) {
    const records = readGoldFile(`${DEV_DIR}/${name}`);
    sources.push({ label: name, records });
    if (name === 'events.jsonl') {
      sources.push({ label: `${name}: cameo-manual with phoenix dictionaries`, records: recodeSet(records, 'cameo-manual', 'phoenix', 'cameo-manual@phoenix') });
    }
  }
  for (const name of jsonlFiles(OWN_SETS_DIR)) {
    sources.push({ label: `own: eval/sets/${name} (hand-coded for Dyad)`, records: readGoldFile(`${OWN_SETS_DIR}/${name}`) });
  }
  return sources;
}

function jsonlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort() : [];
}

function main(argv: readonly string[]): number {
  const update = argv.includes('--update-baseline');
  if (!existsSync(DEV_DIR) && !existsSync(OWN_SETS_DIR)) {
    console.log(`npm run eval: no dev sets at ${DEV_DIR} — nothing to score (skipped).`);
    return 0;
  }
  const setup = createEvalSetup(defaultDictionaryRoot());
  const reports: FileReport[] = [];
  for (const { label, records } of goldSources()) {
    const task = inferTask(records);
    if (task === null) {
      console.log(`${label}: cannot tell its task — skipped`);
      continue;
    }
    const report = evaluateRecords(records, { task, resolve: setup.resolve, context: setup.context, clock: () => performance.now() });
    console.log(`${label} (${task}, ${Math.round(report.elapsedMs)} ms): ${formatCounts(report)}`);
    for (const message of report.notScoredMessages.slice(0, 3)) console.log(`  NOT SCORED ${message}`);
    reports.push({ file: label, report });
  }
  const baseline = readBaseline();
  console.log(`\nDev-set figures (baseline: ${baseline ? `${baseline.acceptedAt}, data ${baseline.dataHash}` : 'none'}; skip/notsc/err = skipped / NOT SCORED / errors)\n`);
  console.log(formatSummary(reports, baseline?.figures ?? {}));
  const own = reports.filter(({ file }) => file.startsWith('own:')).flatMap(({ report }) => Object.keys(report.sets));
  if (own.length > 0) console.log(`Our own hand-coded sets (eval/sets, not shared gold): ${own.join(', ')}`);
  console.log('cameo-manual@phoenix: CAMEO manual examples coded with the Phoenix dictionaries; actors are not annotated, read root.F1');

  const figures = collectHeadlines(reports);
  const now = new Date().toISOString();
  const results = {
    date: now,
    version: setup.dyad.version,
    dataHash: setup.dyad.dataHash,
    figures,
    files: reports.map(({ file, report }) => ({ file, task: report.task, counts: report.counts, rows: report.rows, errors: report.errorMessages, notScored: report.notScoredMessages, elapsedMs: report.elapsedMs })),
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
