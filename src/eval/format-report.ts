import { formatFigure, formatTable } from './format-table.js';
import { TEXT_NOT_FOUND, type EvalReport, type RecordOutcome } from './run.js';
import { TASK_DEFINITIONS } from './tasks.js';

/** One line of record counts: scored, skipped, NOT SCORED (by dictionaries, or text not found) and errors. */
export function formatCounts(report: EvalReport): string {
  const { counts } = report;
  const notScored = Object.entries(counts.notScored);
  const notScoredTotal = notScored.reduce((sum, [, n]) => sum + n, 0);
  const parts = [
    `records ${counts.records}`,
    `scored ${counts.scored}`,
    `skipped ${counts.skipped}`,
    `NOT SCORED ${notScoredTotal}${notScored.length > 0 ? ` (${notScored.map(([name, n]) => `${name}: ${n}${name === TEXT_NOT_FOUND ? '' : ' — dictionaries not loadable yet'}`).join('; ')})` : ''}`,
    `errors ${counts.errors}${counts.badGold > 0 ? ` (${counts.badGold} bad gold)` : ''}`,
  ];
  if (counts.badDates > 0) parts.push(`${counts.badDates} gold date(s) not YYYY-MM-DD: coded as undated`);
  return parts.join(' · ');
}

export function formatScoreTable(report: EvalReport): string {
  const columns = TASK_DEFINITIONS[report.task].columns;
  const rows = report.rows.map((row) => [row.group, String(row.records), ...columns.map((name) => formatFigure(name, row.figures[name]))]);
  return formatTable(['group', 'n', ...columns], rows);
}

/** The full printed report of `dyad eval` for one gold file. */
export function formatReport(file: string, report: EvalReport, worst: readonly RecordOutcome[]): string {
  const out = [`${file} — task ${report.task}`, formatCounts(report), '', formatScoreTable(report)];
  if (report.notScoredMessages.length > 0) {
    out.push(`NOT SCORED, text not found (first 5 of ${report.notScoredMessages.length}):`);
    for (const message of report.notScoredMessages.slice(0, 5)) out.push(`  ${message}`);
    out.push('');
  }
  if (report.errorMessages.length > 0) {
    out.push(`errors (first 5 of ${report.errorMessages.length}):`);
    for (const { id, message } of report.errorMessages.slice(0, 5)) out.push(`  ${id}: ${message}`);
    out.push('');
  }
  if (worst.length > 0) out.push(formatWorst(worst));
  return out.join('\n');
}

/** Gold and prediction side by side for each record. */
export function formatWorst(worst: readonly RecordOutcome[]): string {
  const out = [`worst ${worst.length} record(s):`];
  for (const outcome of worst) {
    out.push(`- ${outcome.id} (${outcome.set}) loss ${outcome.loss}${outcome.error ? ` ERROR ${outcome.error}` : ''}`);
    const height = Math.max(outcome.view.gold.length, outcome.view.pred.length);
    const rows: string[][] = [];
    for (let i = 0; i < height; i += 1) rows.push([clip(outcome.view.gold[i] ?? ''), clip(outcome.view.pred[i] ?? '')]);
    out.push(
      formatTable(['gold', 'predicted'], rows, true)
        .split('\n')
        .map((line) => (line ? `    ${line}` : line))
        .join('\n'),
    );
  }
  return out.join('\n');
}

const MAX_CELL = 100;

/** Keeps side-by-side columns readable on a terminal. */
function clip(line: string): string {
  return line.length > MAX_CELL ? `${line.slice(0, MAX_CELL - 3)}...` : line;
}
