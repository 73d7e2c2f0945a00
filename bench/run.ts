/**
 * `npm run bench`: codes a fixed corpus (examples/*.txt repeated to ≥ 2 MB) in this one process,
 * on one thread, after a warm-up; prints throughput, per-stage time, peak RSS and cold start,
 * and writes bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Doc } from '../src/core/doc.js';
import { createDyad, type Dyad } from '../src/dyad.js';
import { formatTable } from '../src/eval/format-table.js';
import { median } from '../src/eval/metrics.js';
import { createWinkTagger } from '../src/nlp/wink-tagger.js';
import { PACKAGE_ROOT } from '../src/resources/paths.js';
import { segment } from '../src/stages/segment/index.js';
import { buildCorpus, readExamples } from './corpus.js';
import { timeFirstDocument } from './cold-start.js';

const MIN_BYTES = 2 * 1024 * 1024;
const WARM_UP_DOCS = 200;
const COLD_RUNS = 5;
const PASSES = 3;

interface Pass {
  readonly seconds: number;
  readonly sentences: number;
  readonly events: number;
  readonly stageMs: Record<string, number>;
}

function timePass(dyad: Dyad, docs: readonly Doc[]): Pass {
  const stageMs: Record<string, number> = {};
  let sentences = 0;
  let events = 0;
  const began = performance.now();
  for (const doc of docs) {
    const coded = dyad.code(doc);
    sentences += coded.sentences.length;
    events += coded.events.length;
    for (const [stage, ms] of Object.entries(coded.meta.timingsMs)) stageMs[stage] = (stageMs[stage] ?? 0) + ms;
  }
  return { seconds: (performance.now() - began) / 1000, sentences, events, stageMs };
}

async function main(): Promise<void> {
  const examples = readExamples(`${PACKAGE_ROOT}examples`);
  const corpus = buildCorpus(examples, MIN_BYTES);
  // Token counts come from the segment stage, once per distinct example (outside the timed loop).
  const tagger = createWinkTagger();
  const exampleTokens = examples.map((doc) => segment(doc, { tagger }).tokens.count);
  const tokens = corpus.source.reduce((sum, i) => sum + exampleTokens[i]!, 0);

  const dyad = createDyad({ clock: () => performance.now() });
  for (const doc of corpus.docs.slice(0, WARM_UP_DOCS)) dyad.code(doc);

  // Several timed passes over the whole corpus; the median pass is reported (the machine may be shared).
  const passes = Array.from({ length: PASSES }, () => timePass(dyad, corpus.docs));
  const sorted = [...passes].sort((a, b) => a.seconds - b.seconds);
  const { seconds, sentences, events, stageMs } = sorted[Math.floor(sorted.length / 2)]!;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const cold: number[] = [];
  const coldFile = `${PACKAGE_ROOT}examples/${examples[0]!.id}.txt`;
  for (let run = 0; run < COLD_RUNS; run += 1) cold.push(await timeFirstDocument(`${PACKAGE_ROOT}dist/src/cli/bin.js`, coldFile));

  const articles = corpus.docs.length;
  const mb = corpus.bytes / (1024 * 1024);
  const throughput = {
    articles,
    sentences,
    tokens,
    events,
    megabytes: mb,
    seconds,
    articlesPerSecond: articles / seconds,
    sentencesPerSecond: sentences / seconds,
    tokensPerSecond: tokens / seconds,
    megabytesPerSecond: mb / seconds,
    peakRssMb,
    passesArticlesPerSecond: passes.map((pass) => articles / pass.seconds),
  };
  const coldStart = { file: `examples/${examples[0]!.id}.txt`, runsMs: cold, medianMs: median(cold) };

  const fixed = (value: number, digits = 1): string => value.toFixed(digits);
  console.log(`Corpus: examples/*.txt ×${articles / examples.length} = ${articles} articles, ${fixed(mb, 2)} MB, ${tokens} tokens; warm-up ${WARM_UP_DOCS} articles; median of ${PASSES} passes (articles/s: ${throughput.passesArticlesPerSecond.map((rate) => fixed(rate, 0)).join(', ')}); node ${process.version}, one thread\n`);
  console.log(
    formatTable(
      ['run', 'articles/s', 'sentences/s', 'tokens/s', 'MB/s', 'seconds', 'peak RSS MB'],
      [['whole pipeline', fixed(throughput.articlesPerSecond), fixed(throughput.sentencesPerSecond), fixed(throughput.tokensPerSecond, 0), fixed(throughput.megabytesPerSecond, 3), fixed(seconds, 2), fixed(peakRssMb)]],
    ),
  );
  const stageRows = Object.entries(stageMs).map(([stage, ms]) => [stage, fixed(ms), fixed(ms / articles, 3), fixed((100 * ms) / (seconds * 1000))]);
  console.log(formatTable(['stage', 'total ms', 'ms/article', '% of wall'], stageRows));
  console.log(formatTable(['cold start: dyad code ' + coldStart.file, 'median ms', 'runs ms'], [['first coded document', fixed(coldStart.medianMs ?? 0), cold.map((ms) => fixed(ms, 0)).join(' ')]]));

  const results = { date: new Date().toISOString(), node: process.version, version: dyad.version, dataHash: dyad.dataHash, throughput, stageMs, coldStart };
  mkdirSync(`${PACKAGE_ROOT}bench/results`, { recursive: true });
  writeFileSync(`${PACKAGE_ROOT}bench/results/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/results/latest.json');
}

await main();
