import type { ActorRef, CodedDocument, OutEvent } from '../contract/types.js';

/** An event flattened into the columns of the `events` table (cluster assigned later). */
export interface EventRow {
  event_id: string;
  sentence: number;
  sentence_start: number;
  sentence_end: number;
  cameo: string;
  cameo_root: string;
  plover_type: string | null;
  plover_mode: string | null;
  quad_class: number;
  goldstein: number | null;
  source_actor: string | null; source_name: string | null; source_code: string | null;
  source_country: string | null; source_sector: string | null; source_start: number | null; source_end: number | null;
  target_actor: string | null; target_name: string | null; target_code: string | null;
  target_country: string | null; target_sector: string | null; target_start: number | null; target_end: number | null;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  date: string | null;
  date_start: number | null;
  date_end: number | null;
  place_id: string | null; place_name: string | null; place_country: string | null;
  lat: number | null; lon: number | null; place_start: number | null; place_end: number | null;
  killed: number | null;
  injured: number | null;
  arrested: number | null;
  negated: number;
  hypothetical: number;
  quote: string | null;
  rule: string;
}

type Side = 'source' | 'target';
type ActorField = 'actor' | 'name' | 'code' | 'country' | 'sector' | 'start' | 'end';

/** Flattens one event; the event date falls back to the document's dateline. */
export function toEventRow(doc: CodedDocument, event: OutEvent): EventRow {
  const sentence = doc.sentences[event.sentence] ?? { start: event.trigger.start, end: event.trigger.end };
  const place = event.place;
  const placeInfo = place ? doc.places.find((p) => p.id === place.place) : undefined;
  return {
    event_id: event.id,
    sentence: event.sentence,
    sentence_start: sentence.start,
    sentence_end: sentence.end,
    cameo: event.cameo,
    cameo_root: event.cameo.slice(0, 2),
    plover_type: event.plover.type,
    plover_mode: event.plover.mode,
    quad_class: event.quadClass,
    goldstein: event.goldstein,
    ...actorColumns(doc, 'source', event.source),
    ...actorColumns(doc, 'target', event.target),
    trigger_start: event.trigger.start,
    trigger_end: event.trigger.end,
    trigger_text: event.trigger.text,
    date: event.date ?? doc.date,
    date_start: event.dateSpan?.start ?? null,
    date_end: event.dateSpan?.end ?? null,
    place_id: place?.place ?? null,
    place_name: place?.name ?? null,
    place_country: placeInfo?.country ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    place_start: place?.start ?? null,
    place_end: place?.end ?? null,
    killed: event.killed,
    injured: event.injured,
    arrested: event.arrested,
    negated: event.negated ? 1 : 0,
    hypothetical: event.hypothetical ? 1 : 0,
    quote: event.quote,
    rule: event.rule,
  };
}

function actorColumns<S extends Side>(doc: CodedDocument, side: S, ref: ActorRef | null): Pick<EventRow, `${S}_${ActorField}`> {
  const actor = ref ? doc.actors.find((a) => a.id === ref.actor) : undefined;
  return {
    [`${side}_actor`]: ref?.actor ?? null,
    [`${side}_name`]: ref?.name ?? null,
    [`${side}_code`]: ref?.code ?? null,
    [`${side}_country`]: actor?.country ?? ref?.code.slice(0, 3) ?? null,
    [`${side}_sector`]: actor?.sector ?? (ref && ref.code.length >= 6 ? ref.code.slice(3, 6) : null),
    [`${side}_start`]: ref?.start ?? null,
    [`${side}_end`]: ref?.end ?? null,
  } as Pick<EventRow, `${S}_${ActorField}`>;
}

/** "country+sector" of one side, the clustering key ('' when the side is unknown). */
export function countrySector(row: EventRow, side: Side): string {
  return `${row[`${side}_country`] ?? ''}${row[`${side}_sector`] ?? ''}`;
}
