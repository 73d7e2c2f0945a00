import type { CodedDocument, OutEvent, ActorRef } from '../contract/types.js';
import { ploverRecipient } from '../export/plover.js';
import { readArray, readBase, readOptionalString, readString } from './gold-fields.js';
import { scorePloverRecords, type PloverItem } from './score-plover.js';
import type { GoldBase, TaskDefinition } from './types.js';

/** The 16 current PLOVER event types (../shared/ontology/plover.json). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export interface PloverGold extends GoldBase {
  readonly events: readonly PloverItem[];
}

function readEntityCountry(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  return readOptionalString(value as Record<string, unknown>, 'country');
}

function readPloverGold(record: Record<string, unknown>): PloverGold {
  const events = readArray(record, 'events').map((event) => ({
    type: readString(event, 'plover'),
    mode: readOptionalString(event, 'mode'),
    actorCountry: readEntityCountry(event.actor),
    recipientCountry: readEntityCountry(event.recipient),
  }));
  return { ...readBase(record), events };
}

/** An actor's country: from the document's actor table, else the first 3 letters of its code. */
function countryOf(doc: CodedDocument, ref: ActorRef | null): string | null {
  if (ref === null) return null;
  const actor = doc.actors.find((candidate) => candidate.id === ref.actor);
  if (actor) return actor.country;
  return ref.code.length >= 3 ? ref.code.slice(0, 3) : null;
}

/** Mapping contract: the document's events with a PLOVER type, in output order (first = the sentence's type); negated events did not happen and are left out. */
export function predictPloverItems(doc: CodedDocument): PloverItem[] {
  return doc.events
    .filter((event): event is OutEvent & { plover: { type: string } } => event.plover.type !== null && !event.negated)
    .map((event) => ({
      type: event.plover.type,
      mode: event.plover.mode,
      actorCountry: countryOf(doc, event.source),
      recipientCountry: ploverRecipient(doc, event)?.code ?? null,
    }));
}

function showItems(items: readonly PloverItem[]): string[] {
  if (items.length === 0) return ['(none)'];
  return items.map((item) => `${item.type} mode=${item.mode ?? '-'} actor=${item.actorCountry ?? '-'} recipient=${item.recipientCountry ?? '-'}`);
}

export const ploverTask: TaskDefinition<PloverGold, PloverItem[]> = {
  task: 'plover',
  columns: ['accuracy', 'P', 'R', 'F1', 'macroF1', 'actorCountry', 'recipientCountry', 'mode'],
  readGold: readPloverGold,
  predict: (doc) => predictPloverItems(doc),
  empty: () => [],
  score: (items) => scorePloverRecords(items.map(({ gold, pred }) => ({ gold: gold.events, pred })), PLOVER_TYPES),
  loss: ({ gold, pred }) => (pred[0]?.type === gold.events[0]?.type ? 0 : 1),
  view: ({ gold, pred }) => ({ gold: showItems(gold.events), pred: showItems(pred) }),
};
