import type { ActorRef, CodedDocument, OutEvent } from '../contract/types.js';
import type { DocMeta } from '../core/doc.js';
import { pickEventDay, findEvidenceSentence } from './evidence.js';
import { findEventPlace } from './gdelt-geo.js';
import type { IsoFips } from './iso-fips.js';
import type { PloverQuads } from './plover-types.js';

/** A PLOVER entity (field names from ../shared/ontology/plover.json entityFields). */
export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  identifier_text: string;
}

/** A PLOVER event record (field names from plover.json recordFields; `size` holds sizeFields). */
export interface PloverRecord {
  id: string;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  quad_code: number | null;
  event_text: string[];
  event_loc: Record<string, string | number | null> | null;
  size: { dead: number | null; injured: number | null; arrested: number | null };
  text: string;
  text_info: { sequence: number; start: number; end: number };
  cite_info: Record<string, string>;
  coder: string;
}

export interface PloverOptions {
  readonly quads: PloverQuads;
  readonly fips: IsoFips;
  readonly meta?: DocMeta;
}

function recipientList(doc: CodedDocument, event: OutEvent): PloverEntity[] {
  const recipient = ploverRecipient(doc, event);
  return recipient ? [recipient] : [];
}

function toEntity(doc: CodedDocument, ref: ActorRef): PloverEntity {
  const actor = doc.actors.find((candidate) => candidate.id === ref.actor);
  return {
    code: actor?.country ?? (ref.code.length >= 3 ? ref.code.slice(0, 3) : null),
    sector: actor?.sector ?? (ref.code.length >= 6 ? ref.code.slice(3) : null),
    entity_text: ref.text,
    identifier_text: ref.name,
  };
}

/**
 * PLOVER's recipient: the event's target; an event aimed at no actor is received where it happens
 * ("demonstrated in Serbia", "arrived in Amman on a visit", "a curfew in Algiers"), as the PLOVER gold
 * records code it: the place's country, with the place's words as the entity text.
 */
export function ploverRecipient(doc: CodedDocument, event: OutEvent): PloverEntity | null {
  if (event.target) return toEntity(doc, event.target);
  const place = event.place ? findEventPlace(doc, event.place.place) : null;
  if (!event.place || !place?.country) return null;
  return { code: place.country, sector: null, entity_text: event.place.text, identifier_text: event.place.name };
}

function toLocation(doc: CodedDocument, event: OutEvent, fips: IsoFips): PloverRecord['event_loc'] {
  if (event.place === null) return null;
  const place = findEventPlace(doc, event.place.place);
  const country = fips.find(place?.country);
  return {
    extracted_place: event.place.text,
    resolved_place: event.place.name,
    geonameid: place?.geonameid ?? null,
    lat: event.place.lat,
    lon: event.place.lon,
    province: place?.admin1 ?? null,
    country: country?.name ?? null,
    country_code: country?.iso3 ?? null,
  };
}

/**
 * PLOVER records (JSONL interchange): one per actual event with a PLOVER type. Negated and
 * hypothetical events are dropped (PLOVER's auxiliary modes are not implemented by any coder).
 */
export function toPloverRecords(doc: CodedDocument, options: PloverOptions): PloverRecord[] {
  const records: PloverRecord[] = [];
  for (const event of doc.events) {
    const type = event.plover.type;
    if (type === null || event.negated || event.hypothetical) continue;
    const sentence = doc.sentences[event.sentence] ?? event.trigger;
    const cite: Record<string, string> = { coder: 'dyad', version: doc.meta.version, codebook: 'PLOVER' };
    if (options.meta?.url) cite.url = options.meta.url;
    if (options.meta?.title) cite.title = options.meta.title;
    if (options.meta?.source) cite.publication = options.meta.source;
    records.push({
      id: `${doc.id}-${event.id}`,
      date: pickEventDay(doc, event),
      actor: event.source ? [toEntity(doc, event.source)] : [],
      recipient: recipientList(doc, event),
      event: [type],
      mode: event.plover.mode ? [event.plover.mode] : [],
      quad_code: options.quads.get(type) ?? null,
      event_text: [event.trigger.text],
      event_loc: toLocation(doc, event, options.fips),
      size: { dead: event.killed, injured: event.injured, arrested: event.arrested },
      text: findEvidenceSentence(doc, event),
      text_info: { sequence: event.sentence, start: sentence.start, end: sentence.end },
      cite_info: cite,
      coder: `dyad ${doc.meta.version}`,
    });
  }
  return records;
}
