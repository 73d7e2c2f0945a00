import type { CodedDocument, OutPlace } from '../contract/types.js';
import { readArray, readBase, readOptionalNumber, readOptionalString } from './gold-fields.js';
import { dropUnresolved, matchSpans, scorePlaceRecords, type PlaceItem } from './score-places.js';
import type { Span } from '../core/span.js';
import type { GoldBase, TaskDefinition } from './types.js';

export interface PlaceGold extends GoldBase {
  readonly places: readonly PlaceItem[];
  readonly unresolved: readonly Span[];
}

export function readPlaceItem(value: Record<string, unknown>): PlaceItem {
  const start = readOptionalNumber(value, 'start');
  const end = readOptionalNumber(value, 'end');
  if (start === null || end === null) throw new Error('a place needs numeric start and end');
  return {
    start,
    end,
    text: String(value.text ?? ''),
    geonameid: readOptionalNumber(value, 'geonameid'),
    lat: readOptionalNumber(value, 'lat'),
    lon: readOptionalNumber(value, 'lon'),
    name: readOptionalString(value, 'name'),
    country: readOptionalString(value, 'country'),
    admin1: readOptionalString(value, 'admin1'),
    featureCode: readOptionalString(value, 'featureCode'),
  };
}

function readPlaceGold(record: Record<string, unknown>): PlaceGold {
  return {
    ...readBase(record),
    places: readArray(record, 'places').map(readPlaceItem),
    unresolved: readArray(record, 'unresolved').map((span) => ({ start: Number(span.start), end: Number(span.end) })),
  };
}

/** A mention of a gazetteer place, with the place's resolution (featureCode when the contract carries one). */
export function toPlaceItem(place: OutPlace, mention: { start: number; end: number; text: string }): PlaceItem {
  const featureCode = (place as OutPlace & { featureCode?: string | null }).featureCode ?? null;
  return {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    geonameid: place.geonameid,
    lat: place.lat,
    lon: place.lon,
    name: place.name,
    country: place.country,
    admin1: place.admin1,
    featureCode,
  };
}

/** Mapping contract: every mention of every place in places[], with that place's lat/lon/geonameid. */
export function predictPlaceItems(doc: CodedDocument): PlaceItem[] {
  const items = doc.places.flatMap((place) => place.mentions.map((mention) => toPlaceItem(place, mention)));
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function showPlaces(places: readonly PlaceItem[]): string[] {
  if (places.length === 0) return ['(none)'];
  return places.map((place) => {
    const where = place.lat !== null && place.lon !== null ? ` ${place.lat.toFixed(2)},${place.lon.toFixed(2)}` : '';
    return `[${place.start},${place.end}) "${place.text}" id=${place.geonameid ?? '-'}${where}`;
  });
}

export const placesTask: TaskDefinition<PlaceGold, PlaceItem[]> = {
  task: 'places',
  columns: ['P', 'R', 'F1', 'acc161', 'geonameid', 'meanKm', 'medianKm', 'gold', 'predicted'],
  readGold: readPlaceGold,
  predict: (doc) => predictPlaceItems(doc),
  empty: () => [],
  score: (items) => scorePlaceRecords(items.map(({ gold, pred }) => ({ gold: gold.places, unresolved: gold.unresolved, pred }))),
  loss({ gold, pred }) {
    const kept = dropUnresolved(pred, gold.unresolved);
    return gold.places.length + kept.length - 2 * matchSpans(gold.places, kept).length;
  },
  view: ({ gold, pred }) => ({ gold: showPlaces(gold.places), pred: showPlaces(pred) }),
};
