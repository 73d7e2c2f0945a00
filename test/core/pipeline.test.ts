import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/core/doc.js';
import { splitIntoBatches } from '../../src/dyad.js';
import { DyadError } from '../../src/core/errors.js';
import { buildPipeline, runPipeline, runPipelineBatch, type Stage } from '../../src/core/pipeline.js';
import type { Segmentation } from '../../src/core/tokens.js';

const emptySegmentation: Segmentation = {
  sentences: [],
  tokens: { count: 0, start: new Int32Array(), end: new Int32Array(), value: [], lower: [], lemma: [], pos: [], sentence: new Int32Array() },
};

const segmentLike: Stage<null> = { name: 'seg', requires: [], provides: ['segmentation'], run: () => ({ segmentation: emptySegmentation }) };
const actorsLike: Stage<null> = {
  name: 'act',
  requires: ['segmentation'],
  provides: ['actors'],
  run: () => ({ actors: { actors: [], mentions: [], tokenMention: new Int32Array() } }),
};

test('a pipeline whose stage needs a layer no earlier stage provides is refused when built', () => {
  assert.throws(
    () => buildPipeline([actorsLike, segmentLike]),
    (error: unknown) => error instanceof DyadError && error.code === 'E_PIPELINE' && /requires layer "segmentation"/.test(error.message),
  );
});

test('a stage name may appear only once', () => {
  assert.throws(() => buildPipeline([segmentLike, segmentLike]), /appears twice/);
});

test('stages run in order and their layers accumulate', () => {
  const pipeline = buildPipeline([segmentLike, actorsLike]);
  assert.deepEqual([...pipeline.provides], ['segmentation', 'actors']);
  const run = runPipeline(pipeline, makeDoc({ id: 'd', text: 'x' }), null);
  assert.equal(run.layers.segmentation, emptySegmentation);
  assert.deepEqual(run.layers.actors?.mentions, []);
  assert.deepEqual(run.timingsMs, {}, 'no clock, no timings: output stays deterministic');
});

test('timings are measured with the clock passed in', () => {
  let now = 0;
  const run = runPipeline(buildPipeline([segmentLike]), makeDoc({ id: 'd', text: 'x' }), null, () => (now += 5));
  assert.deepEqual(run.timingsMs, { seg: 5 });
});

test('a stage that does not return what it declared fails loudly', () => {
  const liar: Stage<null> = { name: 'liar', requires: [], provides: ['segmentation'], run: () => ({}) };
  assert.throws(() => runPipeline(buildPipeline([liar]), makeDoc({ id: 'd', text: 'x' }), null), /did not provide layer "segmentation"/);
});

test('a batch runs stage by stage; a stage that throws on one document drops only that document', () => {
  const order: string[] = [];
  const seg: Stage<null> = { name: 'seg', requires: [], provides: ['segmentation'], run: (doc) => (order.push(`seg ${doc.id}`), { segmentation: emptySegmentation }) };
  const picky: Stage<null> = {
    name: 'act',
    requires: ['segmentation'],
    provides: ['actors'],
    run: (doc) => {
      order.push(`act ${doc.id}`);
      if (doc.id === 'bad') throw new Error('boom');
      return { actors: { actors: [], mentions: [], tokenMention: new Int32Array() } };
    },
  };
  const docs = ['a', 'bad', 'c'].map((id) => makeDoc({ id, text: 'x' }));
  const runs = runPipelineBatch(buildPipeline([seg, picky]), docs, null);
  assert.deepEqual(order, ['seg a', 'seg bad', 'seg c', 'act a', 'act bad', 'act c']);
  assert.ok('layers' in runs[0]! && runs[0].layers.actors);
  assert.ok('error' in runs[1]! && /boom/.test(String(runs[1].error)));
  assert.ok('layers' in runs[2]! && runs[2].layers.actors);
  assert.throws(() => runPipeline(buildPipeline([seg, picky]), docs[1]!, null), /boom/, 'one document alone still throws');
});

test('documents split into batches in order, within the document and character limits', () => {
  const texts = ['a'.repeat(40 * 1024), 'b'.repeat(30 * 1024), 'c', 'd'.repeat(200 * 1024), ...Array.from({ length: 70 }, () => 'e')];
  const batches = splitIntoBatches(texts, (text) => text);
  assert.deepEqual(batches.map((batch) => batch.length), [1, 2, 1, 64, 6]);
  assert.deepEqual(batches.flat(), texts);
});
