import { formatFigure, formatTable } from './format-table.js';
import type { EvalReport, SetCounts } from './run.js';
import type { Figure, Task } from './types.js';

/** The figures `npm run eval` tracks against the baseline, per task. */
export const HEADLINE_FIGURES: Readonly<Record<Task, readonly string[]>> = {
  events: ['P', 'R', 'F1', 'EM', 'root.F1', 'rootCountry.F1'],
  plover: ['accuracy', 'F1', 'macroF1'],
  quotes: ['P', 'R', 'F1', 'speaker', 'directP', 'directR', 'directF1', 'directSpeaker'],
  places: ['P', 'R', 'F1', 'acc161', 'medianKm'],
  geo: ['passRate'],
  acled: ['subAccuracy', 'subMacroF1', 'typeAccuracy', 'typeMacroF1', 'nullLeftUntyped'],
};

export interface FileReport {
  readonly file: string;
  readonly report: EvalReport;
}

/** `task/set/figure` → value, for the set-level rows of every report. */
export function collectHeadlines(reports: readonly FileReport[]): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const { report } of reports) {
    for (const row of report.rows) {
      if (row.group.includes('/')) continue;
      for (const name of HEADLINE_FIGURES[report.task]) figures[`${report.task}/${row.group}/${name}`] = row.figures[name] ?? null;
    }
  }
  return figures;
}

function formatDelta(name: string, now: Figure, before: Figure | undefined): string {
  if (before === undefined) return 'new';
  if (now === null || before === null) return now === before ? '=' : 'n/a';
  const delta = now - before;
  if (Math.abs(delta) < 5e-4) return '=';
  return `${delta > 0 ? '+' : ''}${formatFigure(name, delta)}`;
}

/** One table: per task and set, record counts, then each headline figure with the baseline and the change. */
export function formatSummary(reports: readonly FileReport[], baseline: Readonly<Record<string, Figure>>): string {
  const rows: string[][] = [];
  for (const { report } of reports) {
    const scoredRows = new Map(report.rows.map((row) => [row.group, row]));
    const groups = [...(scoredRows.has('all') ? ['all'] : []), ...Object.keys(report.sets)];
    for (const group of groups) {
      const counts = group === 'all' ? totalCounts(report) : report.sets[group]!;
      const prefix = [report.task, group, String(counts.scored), `${counts.skipped}/${counts.notScored}/${counts.errors}`];
      const row = scoredRows.get(group);
      if (!row) {
        rows.push([...prefix, '(NOT SCORED)', '', '', '']);
        continue;
      }
      HEADLINE_FIGURES[report.task].forEach((name, i) => {
        const key = `${report.task}/${group}/${name}`;
        const value = row.figures[name] ?? null;
        const before = baseline[key];
        rows.push([
          ...(i === 0 ? prefix : ['', '', '', '']),
          name,
          formatFigure(name, value),
          before === undefined ? '-' : formatFigure(name, before),
          formatDelta(name, value, before),
        ]);
      });
    }
  }
  return formatTable(['task', 'set', 'scored', 'skip/notsc/err', 'figure', 'value', 'baseline', 'delta'], rows);
}

function totalCounts(report: EvalReport): SetCounts {
  const total: SetCounts = { records: 0, scored: 0, skipped: 0, notScored: 0, errors: 0 };
  for (const counts of Object.values(report.sets)) {
    for (const key of Object.keys(total) as (keyof SetCounts)[]) total[key] += counts[key];
  }
  return total;
}
