import type { Doc } from '../core/doc.js';
import { textSpan } from '../core/span.js';
import type { PlaceLayer } from '../stages/places/types.js';
import type { OutPlace } from './types.js';

/** Contract places: ISO alpha-3 country (the layer also keeps alpha-2), feature code, every mention as a text span. */
export function buildPlaces(doc: Doc, layer: PlaceLayer | undefined): OutPlace[] {
  if (!layer) return [];
  return layer.places.map((place) => ({
    id: place.id,
    name: place.name,
    country: place.country3,
    admin1: place.admin1,
    lat: place.lat,
    lon: place.lon,
    geonameid: place.geonameid,
    featureCode: place.featureCode,
    mentions: layer.mentions.filter((m) => m.place === place.id).map((m) => textSpan(doc.text, m.start, m.end)),
  }));
}
