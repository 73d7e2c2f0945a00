import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyCounts } from '../../src/ingest/counts.js';
import { formatProgress, summarise } from '../../src/ingest/progress.js';

const counts = { ...emptyCounts(), added: 40, unchanged: 8, rejected: 2 };

describe('ingest progress', () => {
  it('draws a bar with documents, docs/s and ETA on a terminal', () => {
    assert.equal(formatProgress(counts, 100, 2000, true), '[############............] 50/100 docs  25 docs/s  ETA 2s  2 rejected');
    assert.equal(formatProgress(counts, 10_000, 2000, true), '[........................] 50/10000 docs  25 docs/s  ETA 6m38s  2 rejected');
  });

  it('prints plain lines elsewhere, without ETA when the total is unknown', () => {
    assert.equal(formatProgress(counts, null, 2000, false), 'ingest: 50 docs  25 docs/s  2 rejected');
  });

  it('summarises a run, and says how to resume an interrupted one', () => {
    assert.equal(summarise({ ...counts, elapsedMs: 2000 }), 'ingest: 50 documents in 2.0 s (25 docs/s): 40 added, 0 re-coded, 8 unchanged, 2 rejected');
    assert.match(summarise({ ...counts, elapsedMs: 2000, interrupted: true }), /interrupted; run again to resume$/);
  });
});
