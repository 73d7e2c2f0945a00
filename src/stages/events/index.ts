import type { Doc } from '../../core/doc.js';
import type { Layers } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import type { EventResources } from '../../lexicon/verbs/load.js';
import { anchorDate, anchorPlace, anchorQuote } from './anchor.js';
import { hasTrigger } from './candidates.js';
import type { Draft } from './draft.js';
import { pairActors } from './pairs.js';
import { codeSentence } from './sentence.js';
import type { CodedEvent, EventLayer } from './types.js';
import type { SentenceView } from './view.js';

export interface EventsContext {
  readonly events: EventResources;
}

/** Codes every sentence: prefilter on trigger lemmas, clause analysis, then anchoring of each event. */
export function codeEvents(doc: Doc, res: EventResources, layers: Readonly<Partial<Layers>>): EventLayer {
  const segmentation = layers.segmentation;
  if (!segmentation) return { events: [] };
  const { tokens, sentences } = segmentation;
  const events: CodedEvent[] = [];
  sentences.forEach((sentence, index) => {
    const view: SentenceView = { tokens, index, first: sentence.tokenStart, end: sentence.tokenEnd, actors: layers.actors ?? null, res, hitCache: new Map() };
    if (!hasTrigger(view)) return;
    for (const draft of codeSentence(view)) {
      for (const [source, target] of pairActors(view, draft)) {
        const event = finishEvent(doc, view, draft, source, target, layers, events.length + 1);
        if (event) events.push(event);
      }
    }
  });
  return { events };
}

function finishEvent(
  doc: Doc, view: SentenceView, draft: Draft, source: number | null, target: number | null,
  layers: Readonly<Partial<Layers>>, ordinal: number,
): CodedEvent | null {
  const info = view.res.ontology.lookup(draft.code);
  if (!info) return null;
  const { tokens } = view;
  const start = tokens.start[draft.trigger] ?? 0;
  const end = tokens.end[draft.trigger] ?? start;
  const sentence = layers.segmentation?.sentences[view.index];
  const date = anchorDate(layers, view.index, start, doc.date);
  const quote = anchorQuote(layers, start);
  const placeStart = draft.placeToken >= 0 ? draft.placeToken : null;
  return {
    id: `e${ordinal}`,
    sentence: view.index,
    cameo: info.code,
    ploverType: info.plover,
    ploverMode: info.ploverMode,
    quadClass: info.quadClass,
    goldstein: info.goldstein,
    sourceMention: source,
    targetMention: target,
    trigger: { start, end, rule: draft.isNoun ? 'events/noun-trigger' : 'events/verb-trigger' },
    date: date.date,
    dateSpan: date.span,
    placeMention: sentence ? anchorPlace(layers, sentence, placeStart) : null,
    killed: draft.killed,
    injured: draft.injured,
    arrested: draft.arrested,
    negated: draft.negated,
    hypothetical: draft.hypothetical,
    quote: quote.quote,
    reportedBy: draft.reportedBy ?? (quote.speaker !== source ? quote.speaker : null),
    pattern: draft.pattern,
    rule: draft.rule,
    statement: draft.say,
  };
}

export const eventsStage: Stage<EventsContext> = {
  name: 'events',
  requires: ['segmentation', 'actors'],
  provides: ['events'],
  run: (doc, ctx, layers) => ({ events: codeEvents(doc, ctx.events, layers) }),
};
