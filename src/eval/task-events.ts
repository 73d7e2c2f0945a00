import type { CodedDocument } from '../contract/types.js';
import { readArray, readBase, readOptionalString, readString } from './gold-fields.js';
import { isCodesOnly, matchEventRecord, scoreEventRecords, EVENT_VARIANTS, type Triple } from './score-events.js';
import type { GoldBase, ScoredRecord, TaskDefinition } from './types.js';

export interface EventGold extends GoldBase {
  readonly expect: string;
  readonly events: readonly Triple[];
  readonly category: string | null;
}

/**
 * Mapping contract: every event of the document → (source.code, target.code, cameo); null actors stay null.
 * Negated events ("did not attack") are reported in the output but did not happen, so they are not
 * predictions of an event; hypothetical ones stay (CAMEO codes intents and threats as events).
 */
export function predictEventTriples(doc: CodedDocument): Triple[] {
  return doc.events.filter((event) => !event.negated).map((event) => ({
    source: event.source?.code ?? null,
    target: event.target?.code ?? null,
    cameo: event.cameo,
  }));
}

function readEventGold(record: Record<string, unknown>): EventGold {
  const expect = readOptionalString(record, 'expect') ?? 'events';
  // `noevents` and `error` records have an empty gold set whatever their `events` field says.
  const events =
    expect === 'events'
      ? readArray(record, 'events').map((event) => ({
          cameo: readString(event, 'cameo'),
          source: readOptionalString(event, 'source'),
          target: readOptionalString(event, 'target'),
        }))
      : [];
  return { ...readBase(record), expect, events, category: readOptionalString(record, 'category') };
}

function showTriples(triples: readonly Triple[]): string[] {
  if (triples.length === 0) return ['(none)'];
  return triples.map((triple) => `${triple.source ?? 'null'} ${triple.target ?? 'null'} ${triple.cameo}`);
}

export const eventsTask: TaskDefinition<EventGold, Triple[]> = {
  task: 'events',
  columns: ['P', 'R', 'F1', 'EM', 'root.F1', 'root.EM', 'country.F1', 'country.EM', 'rootCountry.F1', 'rootCountry.EM'],
  readGold: readEventGold,
  predict: (doc) => predictEventTriples(doc),
  empty: () => [],
  score: (items) => scoreEventRecords(items.map(({ gold, pred }) => ({ gold: gold.events, pred }))),
  subgroup: (gold) => gold.category,
  loss({ gold, pred }: ScoredRecord<EventGold, Triple[]>) {
    const { counts } = matchEventRecord(gold.events, pred, EVENT_VARIANTS[0]!);
    return counts.fp + counts.fn;
  },
  view: ({ gold, pred }) => ({
    gold: [...showTriples(gold.events), ...(isCodesOnly(gold.events) ? ['(codes only)'] : [])],
    pred: showTriples(pred),
  }),
};
