import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EvalReport } from '../../src/eval/run.js';
import { collectHeadlines, formatSummary } from '../../src/eval/summary.js';

const report: EvalReport = {
  task: 'geo',
  counts: { records: 3, scored: 2, skipped: 1, notScored: {}, errors: 0, badGold: 0, badDates: 0 },
  sets: {
    first: { records: 2, scored: 2, skipped: 0, notScored: 0, errors: 0 },
    later: { records: 1, scored: 0, skipped: 0, notScored: 1, errors: 0 },
  },
  rows: [{ group: 'first', records: 2, figures: { passed: 1, failed: 1, passRate: 0.5 } }],
  outcomes: [],
  errorMessages: [],
  notScoredMessages: [],
  elapsedMs: 0,
};

test('headline figures are keyed task/set/figure', () => {
  assert.deepEqual(collectHeadlines([{ file: 'geo.jsonl', report }]), { 'geo/first/passRate': 0.5 });
});

test('the summary shows the change against the baseline and sets that were not scored', () => {
  const text = formatSummary([{ file: 'geo.jsonl', report }], { 'geo/first/passRate': 0.25 });
  const lines = text.split('\n');
  assert.match(lines[2]!, /^geo\s+first\s+2\s+0\/0\/0\s+passRate\s+0\.500\s+0\.250\s+\+0\.250$/);
  assert.match(lines[3]!, /^geo\s+later\s+0\s+0\/1\/0\s+\(NOT SCORED\)$/);
  assert.match(formatSummary([{ file: 'geo.jsonl', report }], {}), /passRate\s+0\.500\s+-\s+new/);
});
