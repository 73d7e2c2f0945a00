import type { Doc } from './core/doc.js';
import { buildPipeline, runPipeline, type Pipeline } from './core/pipeline.js';
import { buildCodedDocument } from './contract/build.js';
import type { CodedDocument } from './contract/types.js';
import type { Tagger } from './nlp/tagger.js';
import { createWinkTagger } from './nlp/wink-tagger.js';
import { hashData } from './resources/data-hash.js';
import { DATA_DIR, packageVersion } from './resources/paths.js';
import { loadQuoteLexicon } from './resources/quote-lexicon.js';
import { loadEventResources } from './lexicon/verbs/load.js';
import type { Stage } from './core/pipeline.js';
import { eventsStage, type EventsContext } from './stages/events/index.js';
import { quotesStage, type QuoteContext } from './stages/quotes/index.js';
import { segmentStage, type SegmentContext } from './stages/segment/index.js';

/** Everything the stages read: loaded and compiled once, shared read-only by every document. */
export type DyadContext = SegmentContext & QuoteContext & EventsContext;

export interface DyadOptions {
  /** Clock for per-stage timings (e.g. `performance.now`); omit it for fully deterministic output. */
  readonly clock?: () => number;
}

export interface Dyad {
  readonly version: string;
  readonly dataHash: string;
  readonly pipeline: Pipeline<DyadContext>;
  code(doc: Doc): CodedDocument;
}

/** Loads the lexicons and the tagger once; `code` is then a pure function of the document. */
export function createDyad(options: DyadOptions = {}): Dyad {
  const tagger: Tagger = createWinkTagger();
  const ctx: DyadContext = { tagger, quoteLexicon: loadQuoteLexicon(), events: loadEventResources() };
  // quotes reads the actors layer when present to resolve speakers: keep it after actors.
  const stages: Stage<DyadContext>[] = [segmentStage, quotesStage];
  // events codes actor-to-actor events: it runs last, once an actors stage is in the pipeline.
  if (stages.some((stage) => stage.provides.includes('actors'))) stages.push(eventsStage);
  const pipeline = buildPipeline<DyadContext>(stages);
  const version = packageVersion();
  const dataHash = hashData([DATA_DIR], [tagger.name]);
  return {
    version,
    dataHash,
    pipeline,
    code(doc) {
      const { layers, timingsMs } = runPipeline(pipeline, doc, ctx, options.clock);
      return buildCodedDocument(doc, layers, { version, dataHash, timingsMs: roundTimings(timingsMs) });
    },
  };
}

function roundTimings(timings: Readonly<Record<string, number>>): Record<string, number> {
  const rounded: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(timings)) rounded[stage] = Math.round(ms * 1000) / 1000;
  return rounded;
}
