import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchEventRecord, scoreEventRecords, EVENT_VARIANTS, type Triple } from '../../src/eval/score-events.js';

const exact = EVENT_VARIANTS[0]!;
const t = (source: string | null, target: string | null, cameo: string): Triple => ({ source, target, cameo });

test('a perfect prediction scores 1.0 on every variant', () => {
  const gold = [t('USAGOV', 'RUSGOV', '042'), t('RUSGOV', 'USAGOV', '043')];
  const figures = scoreEventRecords([{ gold, pred: [...gold].reverse() }]);
  for (const key of ['P', 'R', 'F1', 'EM', 'root.F1', 'country.F1', 'rootCountry.EM']) assert.equal(figures[key], 1, key);
});

test('an empty prediction has recall 0 and precision 0', () => {
  const figures = scoreEventRecords([{ gold: [t('USAGOV', 'RUSGOV', '042')], pred: [] }]);
  assert.equal(figures.R, 0);
  assert.equal(figures.P, 0);
  assert.equal(figures.EM, 0);
  assert.equal(figures.FN, 1);
});

test('empty gold and empty prediction is an exact sentence match', () => {
  const figures = scoreEventRecords([{ gold: [], pred: [] }]);
  assert.equal(figures.EM, 1);
  assert.equal(figures.TP, 0);
});

test('a wrong code on the right dyad is both a false positive and a false negative', () => {
  const match = matchEventRecord([t('ISRMIL', 'PSECVL', '190')], [t('ISRMIL', 'PSECVL', '193')], exact);
  assert.deepEqual(match.counts, { tp: 0, fp: 1, fn: 1 });
  assert.equal(match.exact, false);
  // Same root: right under the root variant.
  const root = matchEventRecord([t('ISRMIL', 'PSECVL', '190')], [t('ISRMIL', 'PSECVL', '193')], EVENT_VARIANTS[1]!);
  assert.deepEqual(root.counts, { tp: 1, fp: 0, fn: 0 });
});

test('the country variant cuts actor codes to 3 characters, the root variant cuts 174K to 17', () => {
  const gold = [t('PSEGOV', 'ISRMIL', '174K')];
  const pred = [t('PSEREB', 'ISR', '1742')];
  assert.deepEqual(matchEventRecord(gold, pred, EVENT_VARIANTS[2]!).counts, { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(matchEventRecord(gold, pred, EVENT_VARIANTS[3]!).counts, { tp: 1, fp: 0, fn: 0 });
});

test('null gold actors compare codes only; duplicates collapse into a set', () => {
  const gold = [t(null, null, '051')];
  const match = matchEventRecord(gold, [t('FRAGOV', 'DEUGOV', '051'), t('DEUGOV', 'FRAGOV', '051')], exact);
  assert.deepEqual(match.counts, { tp: 1, fp: 0, fn: 0 });
  const wrong = matchEventRecord(gold, [t('FRAGOV', 'DEUGOV', '050')], exact);
  assert.deepEqual(wrong.counts, { tp: 0, fp: 1, fn: 1 });
});

test('a predicted null actor compares as the null code "---"', () => {
  const match = matchEventRecord([t('---', 'GON', '111')], [t(null, 'GON', '111')], exact);
  assert.deepEqual(match.counts, { tp: 1, fp: 0, fn: 0 });
});

test('micro counts add up over records', () => {
  const figures = scoreEventRecords([
    { gold: [t('A', 'B', '010'), t('B', 'A', '020')], pred: [t('A', 'B', '010')] },
    { gold: [], pred: [t('C', 'D', '190')] },
  ]);
  assert.deepEqual([figures.TP, figures.FP, figures.FN], [1, 1, 1]);
  assert.equal(figures.P, 0.5);
  assert.equal(figures.R, 0.5);
  assert.equal(figures.EM, 0);
});
