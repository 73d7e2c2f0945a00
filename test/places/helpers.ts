import { makeDoc } from '../../src/core/doc.js';
import { loadGazetteer } from '../../src/lexicon/places/index.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import { DATA_DIR } from '../../src/resources/paths.js';
import type { ActorLayer } from '../../src/stages/actors/types.js';
import type { Gazetteer } from '../../src/stages/places/gazetteer.js';
import { findPlaces } from '../../src/stages/places/index.js';
import { segment } from '../../src/stages/segment/index.js';

let gazetteer: Gazetteer | undefined;
const tagger = createWinkTagger();

/** The real gazetteer, loaded once per test process. */
export function testGazetteer(): Gazetteer {
  gazetteer ??= loadGazetteer({ dir: `${DATA_DIR}/places` });
  return gazetteer;
}

export interface FoundPlace {
  text: string;
  name: string;
  country2: string | null;
  country3: string | null;
  admin1: string | null;
  featureCode: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  rule: string;
}

/** Every place mention of a text, as its surface text plus the place it resolved to. */
export function placesIn(text: string, actors?: (segmentation: ReturnType<typeof segment>) => ActorLayer): FoundPlace[] {
  const doc = makeDoc({ id: 't', text, date: '2022-09-28' });
  const segmentation = segment(doc, { tagger });
  const layer = findPlaces(doc, testGazetteer(), segmentation, actors?.(segmentation));
  return layer.mentions.map((mention) => {
    const place = layer.places.find((p) => p.id === mention.place);
    if (!place) throw new Error(`mention of unknown place ${mention.place}`);
    const { name, country2, country3, admin1, featureCode, geonameid, lat, lon } = place;
    return { text: text.slice(mention.start, mention.end), name, country2, country3, admin1, featureCode, geonameid, lat, lon, rule: mention.rule };
  });
}

export function surfaces(text: string): string[] {
  return placesIn(text).map((p) => p.text);
}
