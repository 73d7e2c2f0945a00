import { textSpan } from '../core/span.js';
import type { ActorLayer } from '../stages/actors/types.js';
import type { EventLayer } from '../stages/events/types.js';
import type { PlaceLayer } from '../stages/places/types.js';
import type { ActorRef, OutEvent, OutEventPlace } from './types.js';

/** Events for the contract: mention indexes become actor refs and place refs with their text spans. */
export function buildEvents(text: string, events: EventLayer | undefined, actors: ActorLayer | undefined, places: PlaceLayer | undefined): OutEvent[] {
  if (!events) return [];
  const actorById = new Map((actors?.actors ?? []).map((actor) => [actor.id, actor]));
  const placeById = new Map((places?.places ?? []).map((place) => [place.id, place]));
  const refOf = (index: number | null): ActorRef | null => {
    const mention = index === null ? undefined : actors?.mentions[index];
    const actor = mention ? actorById.get(mention.actor) : undefined;
    return mention && actor ? { actor: actor.id, name: actor.name, code: mention.code, ...textSpan(text, mention.start, mention.end) } : null;
  };
  const placeOf = (index: number | null): OutEventPlace | null => {
    const mention = index === null ? undefined : places?.mentions[index];
    const place = mention ? placeById.get(mention.place) : undefined;
    return mention && place
      ? { place: place.id, name: place.name, lat: place.lat, lon: place.lon, ...textSpan(text, mention.start, mention.end) }
      : null;
  };
  return events.events.map((event) => ({
    id: event.id,
    sentence: event.sentence,
    cameo: event.cameo,
    plover: { type: event.ploverType, mode: event.ploverMode },
    quadClass: event.quadClass,
    goldstein: event.goldstein,
    source: refOf(event.sourceMention),
    target: refOf(event.targetMention),
    trigger: textSpan(text, event.trigger.start, event.trigger.end),
    date: event.date,
    dateSpan: event.dateSpan ? textSpan(text, event.dateSpan.start, event.dateSpan.end) : null,
    place: placeOf(event.placeMention),
    killed: event.killed,
    injured: event.injured,
    arrested: event.arrested,
    negated: event.negated,
    hypothetical: event.hypothetical,
    quote: event.quote,
    rule: event.rule,
  }));
}
