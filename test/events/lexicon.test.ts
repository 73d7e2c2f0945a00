import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../src/core/errors.js';
import { buildVerbLexicon } from '../../src/lexicon/verbs/compile.js';
import { readFrames, readVerbRows } from '../../src/lexicon/verbs/rows.js';
import { resources } from './fixture.js';

test('the built-in lexicon covers all 20 CAMEO roots with thousands of expanded patterns', () => {
  const { stats } = resources.lexicon;
  assert.ok(stats.expanded > 5000, `expanded ${stats.expanded}`);
  for (let root = 1; root <= 20; root++) {
    const key = String(root).padStart(2, '0');
    if (key === '02' || key === '10' || key === '12' || key === '13') continue;
    assert.ok((stats.byRoot[key] ?? 0) > 0, `root ${key}`);
  }
  for (const frame of ['appeal', 'demand', 'refuse', 'threaten', 'intent']) assert.ok(resources.lexicon.frames.has(frame));
});

test('ontology: GDELT QuadClass and Goldstein, PLOVER type from the crosswalk and overrides', () => {
  assert.deepEqual(resources.ontology.lookup('190'), {
    code: '190', name: 'Use conventional military force', quadClass: 4, goldstein: -10, plover: 'ASSAULT', ploverMode: null,
  } satisfies ReturnType<typeof resources.ontology.lookup>);
  assert.equal(resources.ontology.lookup('0233')?.plover, 'REQUEST');
  assert.equal(resources.ontology.lookup('010')?.plover, null);
  assert.equal(resources.ontology.lookup('163')?.plover, 'SANCTION');
  // A bombing is explosives; only a suicide bombing (1831, its own crosswalk row) is a suicide attack.
  assert.equal(resources.ontology.lookup('183')?.ploverMode, 'explosives');
  assert.equal(resources.ontology.lookup('1831')?.ploverMode, 'suicide-attack');
  assert.equal(resources.ontology.lookup('999'), null);
});

test('the builder takes rows from any source and sorts each lemma most specific first', () => {
  const frames = readFrames('frame\tcomplement\tcode\nappeal\t*\t020\n');
  const rows = readVerbRows('lemmas\tparticle\tobject\tprep\tpobj\tcode\tflags\nattack\t-\t-\t-\t-\t190\nattack\t-\tpolicy|@speech\t-\t-\t111\n', 'x.tsv');
  const lexicon = buildVerbLexicon(rows, new Map([['speech', ['remark', 'remarks']]]), frames);
  const patterns = lexicon.verbs.get('attack') ?? [];
  assert.deepEqual(patterns.map((p) => [p.code, p.id, p.specificity]), [['111', 'x.tsv:3', 1], ['190', 'x.tsv:2', 0]]);
  assert.deepEqual([...(patterns[0]?.object ?? [])], ['policy', 'remark', 'remarks']);
  assert.equal(lexicon.stats.expanded, 4);
});

test('bad lexicon rows fail with E_DATA', () => {
  const frames = readFrames('frame\tcomplement\tcode\nappeal\t*\t020\n');
  const bad = readVerbRows('lemmas\tparticle\tobject\tprep\tpobj\tcode\tflags\nattack\t-\t-\t-\t-\t19x\n', 'x.tsv');
  assert.throws(() => buildVerbLexicon(bad, new Map(), frames), (error: unknown) => error instanceof DyadError && error.code === 'E_DATA');
  const unknownClass = readVerbRows('lemmas\tparticle\tobject\tprep\tpobj\tcode\tflags\nattack\t-\t@nope\t-\t-\t190\n', 'x.tsv');
  assert.throws(() => buildVerbLexicon(unknownClass, new Map(), frames), /unknown word class/);
});
