import type { ActorLayer } from '../stages/actors/types.js';
import type { DateLayer } from '../stages/dates/types.js';
import type { EventLayer } from '../stages/events/types.js';
import type { PlaceLayer } from '../stages/places/types.js';
import type { QuoteLayer } from '../stages/quotes/types.js';
import type { Segmentation } from './tokens.js';

/**
 * Every layer a stage can provide, by name. A pipeline checks, when it is built, that each
 * requirement is provided by an earlier stage. (Type-only imports: the core depends on no stage code.)
 */
export interface Layers {
  segmentation: Segmentation;
  actors: ActorLayer;
  places: PlaceLayer;
  dates: DateLayer;
  quotes: QuoteLayer;
  events: EventLayer;
}

export type LayerName = keyof Layers;
