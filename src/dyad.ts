import type { Doc } from './core/doc.js';
import { buildPipeline, runPipelineBatch, type Pipeline } from './core/pipeline.js';
import { buildCodedDocument } from './contract/build.js';
import type { CodedDocument } from './contract/types.js';
import type { Tagger } from './nlp/tagger.js';
import { createWinkTagger, WINK_TAGGER_NAME } from './nlp/wink-tagger.js';
import { hashData } from './resources/data-hash.js';
import { DATA_DIR, packageVersion } from './resources/paths.js';
import { loadQuoteLexicon } from './resources/quote-lexicon.js';
import { loadEventResources } from './lexicon/verbs/load.js';
import { eventsStage, type EventsContext } from './stages/events/index.js';
import { quotesStage, type QuoteContext } from './stages/quotes/index.js';
import { segmentStage, type SegmentContext } from './stages/segment/index.js';
import { actorsStage, type ActorContext } from './stages/actors/index.js';
import { actorPlacesStage } from './stages/actors/place-country.js';
import { loadActorLexicon, readActorLexicon } from './lexicon/actors/load.js';
import type { PetrarchDictionaries } from './petrarch/build.js';
import { buildPetrarchActorLexicon } from './petrarch/integrate/actor-lexicon.js';
import { buildPetrarchEventResources } from './petrarch/integrate/event-resources.js';
import { withPetrarchRules } from './petrarch/integrate/petrarch-rules.js';
import { loadPetrarchDictionaries } from './petrarch/load.js';
import type { CompiledActorLexicon } from './stages/actors/lexicon.js';
import { describeGazetteerSources, loadGazetteer } from './lexicon/places/index.js';
import { placesStage, type PlacesContext } from './stages/places/index.js';
import { createDateParser, datesStage, type DatesContext } from './stages/dates/index.js';

/** Everything the stages read: loaded and compiled once, shared read-only by every document. */
export type DyadContext = SegmentContext & ActorContext & QuoteContext & PlacesContext & DatesContext & EventsContext;

export interface DyadOptions {
  /** Clock for per-stage timings (e.g. `performance.now`); omit it for fully deterministic output. */
  readonly clock?: () => number;
  /** Extra lexicon folders (`--lexicon DIR`): TSV lists in the formats of data/actors, tried before the built-in ones. */
  readonly lexiconDirs?: readonly string[];
  /** A ready compiled actor lexicon (e.g. built-ins merged with a PETRARCH import); replaces loading `data/actors` + `lexiconDirs`. */
  readonly actorLexicon?: CompiledActorLexicon;
  /**
   * A PETRARCH/TABARI dictionary folder (README "PETRARCH dictionaries"), or dictionaries already
   * loaded: their actors, agents, verb patterns and discards replace the built-in lexicons.
   */
  readonly dictionaries?: string | PetrarchDictionaries;
  /** With `dictionaries`: add them on top of the built-in lexicons instead of replacing them. */
  readonly keepBuiltinLexicons?: boolean;
}

export { BUILT_IN_SETUP, type CoderSetup } from './core/coder-setup.js';

export interface Dyad {
  readonly version: string;
  readonly dataHash: string;
  readonly pipeline: Pipeline<DyadContext>;
  /** The imported PETRARCH dictionaries with their load report (`files`, `warnings`), or null. */
  readonly dictionaries: PetrarchDictionaries | null;
  code(doc: Doc): CodedDocument;
  /**
   * Codes several documents at once, stage by stage (faster per document: README "Speed"), each
   * exactly as `code` would. A document a stage fails on gets its error; the others are coded.
   */
  codeBatch(docs: readonly Doc[]): BatchOutcome[];
}

export type BatchOutcome = { readonly ok: true; readonly coded: CodedDocument } | { readonly ok: false; readonly error: unknown };

/**
 * How much the CLI, the API and the bench hand to `codeBatch` at a time: up to 64 documents and
 * 64 K characters of text (about twenty 600-token articles). Past that the cache gain flattens while
 * the layers the batch keeps alive grow (a few huge documents are coded a few at a time).
 */
export const CODE_BATCH = { documents: 64, characters: 64 * 1024 } as const;

/** Splits documents, in order, into batches within CODE_BATCH (a document longer than the limit goes alone). */
export function splitIntoBatches<T>(items: readonly T[], textOf: (item: T) => string): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let characters = 0;
  for (const item of items) {
    const length = textOf(item).length;
    if (current.length > 0 && (current.length >= CODE_BATCH.documents || characters + length > CODE_BATCH.characters)) {
      batches.push(current);
      current = [];
      characters = 0;
    }
    current.push(item);
    characters += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Loads the lexicons and the tagger once; `code` is then a pure function of the document. */
export function createDyad(options: DyadOptions = {}): Dyad {
  const tagger: Tagger = createWinkTagger();
  const lexiconDirs = options.lexiconDirs ?? [];
  const dictionaries = typeof options.dictionaries === 'string' ? loadPetrarchDictionaries(options.dictionaries) : (options.dictionaries ?? null);
  const actorFolders = [`${DATA_DIR}/actors`, ...lexiconDirs];
  const actorLexicon = dictionaries
    ? buildPetrarchActorLexicon(dictionaries, readActorLexicon(actorFolders), options.keepBuiltinLexicons ?? false)
    : (options.actorLexicon ?? loadActorLexicon(actorFolders));
  const gazetteer = loadGazetteer({ dir: `${DATA_DIR}/places` });
  const builtinEvents = loadEventResources();
  const petrarchEvents = dictionaries ? buildPetrarchEventResources(dictionaries, builtinEvents, options.keepBuiltinLexicons ?? false) : null;
  const events = petrarchEvents ? petrarchEvents.resources : builtinEvents;
  const ctx: DyadContext = {
    tagger, actorLexicon, quoteLexicon: loadQuoteLexicon(), gazetteer, dateParser: createDateParser(), events,
  };
  // quotes reads the actors layer to resolve speakers, places reads it so person names win: keep both after actors.
  // actor-places then gives bare agents the country of the places named with them (a refined actors layer).
  // events reads actors, places, dates and quotes: it runs last.
  // With imported dictionaries PETRARCH's output rules (discards, require_dyad) wrap the event coder.
  const eventStage = dictionaries ? withPetrarchRules(eventsStage, dictionaries.discards, { requireDyad: true, paired: petrarchEvents?.paired, compoundSubject: petrarchEvents?.compoundSubject, ontology: events.ontology, verbs: dictionaries.verbs }) : eventsStage;
  const pipeline = buildPipeline<DyadContext>([segmentStage, actorsStage, placesStage, actorPlacesStage, datesStage, quotesStage, eventStage]);
  const version = packageVersion();
  const dataHash = dataHashFor(options, tagger.name, gazetteer.source);
  const codeBatch = (docs: readonly Doc[]): BatchOutcome[] =>
    runPipelineBatch(pipeline, docs, ctx, options.clock).map((run, i): BatchOutcome => {
      if ('error' in run) return { ok: false, error: run.error };
      try {
        return { ok: true, coded: buildCodedDocument(docs[i] as Doc, run.layers, { version, dataHash, timingsMs: roundTimings(run.timingsMs) }) };
      } catch (error) {
        return { ok: false, error };
      }
    });
  return {
    version,
    dataHash,
    pipeline,
    dictionaries,
    code(doc) {
      const [outcome] = codeBatch([doc]);
      if (!outcome?.ok) throw outcome?.error;
      return outcome.coded;
    },
    codeBatch,
  };
}

/**
 * The `meta.dataHash` of a coder made with these options, from the data files alone (the server
 * reports it without loading a coder). The keep flag counts: the same files code differently with it.
 */
export function dataHashFor(options: DyadOptions, taggerName = WINK_TAGGER_NAME, gazetteerSource = describeGazetteerSources()): string {
  const dictionaryDirs = typeof options.dictionaries === 'string' ? [options.dictionaries] : [];
  const keep = options.dictionaries !== undefined && options.keepBuiltinLexicons ? ['keep-builtin-lexicons'] : [];
  return hashData([DATA_DIR, ...(options.lexiconDirs ?? []), ...dictionaryDirs], [taggerName, gazetteerSource, ...keep]);
}

function roundTimings(timings: Readonly<Record<string, number>>): Record<string, number> {
  const rounded: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(timings)) rounded[stage] = Math.round(ms * 1000) / 1000;
  return rounded;
}
