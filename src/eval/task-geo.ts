import type { CodedDocument } from '../contract/types.js';
import { readArray, readBase, readOptionalString } from './gold-fields.js';
import { passesGeoCase, scoreGeoCases } from './score-geo.js';
import type { PlaceItem } from './score-places.js';
import { predictPlaceItems, readPlaceItem, showPlaces, toPlaceItem } from './task-places.js';
import type { GoldBase, TaskDefinition } from './types.js';

export interface GeoGold extends GoldBase {
  /** toponym_resolution | event_location | gazetteer_lookup */
  readonly kind: string;
  readonly places: readonly PlaceItem[];
}

function readGeoGold(record: Record<string, unknown>): GeoGold {
  return {
    ...readBase(record),
    kind: readOptionalString(record, 'task') ?? 'toponym_resolution',
    places: readArray(record, 'places').map(readPlaceItem),
  };
}

/** Mapping contract for `event_location`: the places attached to events (events[].place), resolved via places[]. */
export function predictEventPlaces(doc: CodedDocument): PlaceItem[] {
  const items: PlaceItem[] = [];
  for (const event of doc.events) {
    if (event.place === null) continue;
    const ref = event.place;
    const place = doc.places.find((candidate) => candidate.id === ref.place);
    // An event place missing from places[] still counts by its span and coordinates.
    const fallback = { id: ref.place, name: ref.name, country: null, admin1: null, lat: ref.lat, lon: ref.lon, geonameid: null, mentions: [] };
    items.push(toPlaceItem(place ?? fallback, ref));
  }
  return items;
}

/** The geo_tests fields a case may constrain, keeping only the ones it carries. */
function constraints(place: PlaceItem): Partial<PlaceItem> & { start: number; end: number } {
  const kept: Record<string, unknown> = { start: place.start, end: place.end };
  for (const [key, value] of Object.entries(place)) if (value !== null && key !== 'text') kept[key] = value;
  return kept as Partial<PlaceItem> & { start: number; end: number };
}

export const geoTask: TaskDefinition<GeoGold, PlaceItem[]> = {
  task: 'geo',
  columns: ['passed', 'failed', 'passRate'],
  readGold: readGeoGold,
  predict(doc, gold, ctx) {
    const places = gold.kind === 'event_location' ? predictEventPlaces(doc) : predictPlaceItems(doc);
    // geo_tests constrain `country` as ISO-3.
    return places.map((place) => ({ ...place, country: ctx.countries.find(place.country)?.iso3 ?? place.country }));
  },
  empty: () => [],
  score: (items) => scoreGeoCases(items.map(({ gold, pred }) => ({ expected: gold.places.map(constraints), pred }))),
  loss: ({ gold, pred }) => (passesGeoCase({ expected: gold.places.map(constraints), pred }) ? 0 : 1),
  view: ({ gold, pred }) => ({ gold: [`(${gold.kind})`, ...showPlaces(gold.places)], pred: showPlaces(pred) }),
};
