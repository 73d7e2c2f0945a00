import type { CodedDocument, OutEvent } from '../contract/types.js';
import type { DocMeta } from '../core/doc.js';
import { findAcledRule, isActualEvent, type AcledMapping } from './acled-mapping.js';
import { formatInteraction, toAcledActor, INTER } from './acled-actors.js';
import { toCell } from './csv-format.js';
import { pickEventDay, findEvidenceSentence } from './evidence.js';
import { findEventPlace } from './gdelt-geo.js';
import type { IsoFips } from './iso-fips.js';

/** ACLED export/API column order (../shared/formats/acled.md), iso3 last. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp', 'iso3',
] as const;

export interface AcledOptions {
  readonly mapping: AcledMapping;
  readonly fips: IsoFips;
  readonly meta?: DocMeta;
}

const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

interface Draft {
  readonly key: string;
  readonly cells: Record<(typeof ACLED_COLUMNS)[number], string>;
  readonly killed: number[];
  readonly peaceful: boolean;
}

/**
 * ACLED rows for a document: one per actual (not negated, not hypothetical) event that the mapping
 * types. Events sharing day, location, actors and sub-event type are one ACLED event; its
 * fatalities follow ACLED's conservative rule: the lowest reported count, 0 when none is
 * reported, and always 0 for a peaceful protest. Injuries are not coded.
 */
export function toAcledRows(doc: CodedDocument, options: AcledOptions): string[][] {
  const drafts = new Map<string, Draft>();
  for (const event of doc.events) {
    if (!isActualEvent(event)) continue;
    const rule = findAcledRule(options.mapping, event);
    if (!rule) continue;
    const draft = draftRow(doc, event, rule, options);
    const seen = drafts.get(draft.key);
    if (seen) seen.killed.push(...draft.killed);
    else drafts.set(draft.key, draft);
  }
  return [...drafts.values()].map((draft) => {
    const fatalities = draft.peaceful || draft.killed.length === 0 ? 0 : Math.min(...draft.killed);
    return ACLED_COLUMNS.map((column) => (column === 'fatalities' ? String(fatalities) : draft.cells[column]));
  });
}

function draftRow(doc: CodedDocument, event: OutEvent, rule: { eventType: string; subEventType: string }, options: AcledOptions): Draft {
  const type = { eventType: rule.eventType, subEventType: rule.subEventType };
  const info = options.mapping.types.find((candidate) => candidate.subEventType === type.subEventType && candidate.eventType === type.eventType);
  const place = event.place ? findEventPlace(doc, event.place.place) : null;
  const actorCountry = (code: string | null): string | null => options.fips.find(code)?.name ?? null;
  const actor1 = toAcledActor(doc, event.source, 'actor1', type, actorCountry);
  const actor2 = toAcledActor(doc, event.target, 'actor2', type, actorCountry);
  const country = options.fips.find(place?.country ?? doc.actors.find((actor) => actor.id === event.source?.actor)?.country ?? null);
  const day = pickEventDay(doc, event) ?? '';
  const isCountry = place !== null && country !== null && place.name.toLowerCase() === country.name.toLowerCase();
  const cells: Draft['cells'] = {
    event_id_cnty: `${country?.iso3 ?? 'XXX'}-${doc.id}-${event.id}`,
    event_date: day,
    year: day.slice(0, 4),
    // 1: the text names the event's day; 2: the day is the dateline's, the event lies within days of it.
    time_precision: day === '' ? '' : event.dateSpan !== null ? '1' : '2',
    disorder_type: info?.disorderType ?? '',
    event_type: type.eventType,
    sub_event_type: type.subEventType,
    actor1: actor1.name,
    assoc_actor_1: '',
    inter1: String(actor1.inter),
    actor2: actor2.name,
    assoc_actor_2: '',
    inter2: String(actor2.inter),
    interaction: formatInteraction(actor1.inter, actor2.inter),
    civilian_targeting: actor2.inter === INTER.civilians && VIOLENT_TYPES.has(type.eventType) ? 'Civilian targeting' : '',
    iso: country ? String(Number(country.isoNumeric)) : '',
    region: '',
    country: country?.name ?? '',
    admin1: toCell(place?.admin1),
    admin2: '',
    admin3: '',
    location: isCountry ? '' : toCell(place?.name ?? event.place?.name),
    latitude: toCell(event.place?.lat),
    longitude: toCell(event.place?.lon),
    // 1: the named town itself; 3: only the country (or no place) is known.
    geo_precision: event.place === null ? '' : isCountry ? '3' : '1',
    source: toCell(options.meta?.source),
    source_scale: '',
    notes: findEvidenceSentence(doc, event),
    fatalities: '',
    tags: '',
    timestamp: '',
    iso3: country?.iso3 ?? '',
  };
  const key = [day, cells.location, cells.latitude, cells.longitude, actor1.name, actor2.name, type.subEventType].join('\u0000');
  return { key, cells, killed: event.killed === null ? [] : [event.killed], peaceful: type.subEventType === 'Peaceful protest' };
}
