import type { Stage } from '../../core/pipeline.js';
import type { Segmentation } from '../../core/tokens.js';
import type { PlaceLayer } from '../places/types.js';
import { prepositionBefore } from './preposition.js';
import type { Actor, ActorLayer, ActorMention } from './types.js';

/**
 * Sectors that do not take a country from where they are: armies and spies act abroad ("troops in
 * Jenin" are not Palestinian), refugees are usually from elsewhere ("refugees in Lebanon"), and
 * leaders and officials travel ("the two leaders met in Geneva"); bare state agents take their
 * country from the state mentions around them instead (actors/agent-context).
 */
const FOREIGN_SECTORS = new Set(['MIL', 'SPY', 'REF', 'GOV', 'ELI']);
/** The rule id on a mention whose country came from the places named with it. */
export const PLACE_COUNTRY_RULE = 'actors/agent-place';

/**
 * Bare agents take the country of the places named with them: "Police in Winnipeg charged a man"
 * is CANCOP, "Thousands of people protested in Tbilisi" GEOCVL — what ACLED does for "Protesters
 * (Georgia)". A mention takes a country only when every place named in its sentence lies in that
 * one country. An actor whose mentions all find the same country keeps its id (its pronouns follow);
 * otherwise each country's mentions become an actor of their own and the rest stay bare. Runs after
 * places, before quotes and events; every other actor is left as it was.
 */
export function placeBareAgents(layer: ActorLayer, places: PlaceLayer, seg: Segmentation): ActorLayer {
  const eligible = new Set(layer.actors.filter(isBareAgent).map((actor) => actor.id));
  if (eligible.size === 0 || places.mentions.length === 0) return layer;
  const countries = sentenceCountries(places, layer, seg);
  // Mention index → country, for the bare agents' own (non-pronoun) mentions in sentences with one country.
  const found = new Map<number, string>();
  layer.mentions.forEach((mention, i) => {
    if (!eligible.has(mention.actor) || mention.coref || insideUnknownName(layer, seg, mention)) return;
    const country = countries.get(seg.tokens.sentence[mention.tokenStart] as number);
    if (country) found.set(i, country);
  });
  if (found.size === 0) return layer;
  const whole = wholeActorCountries(layer, found);
  const actors = [...layer.actors];
  const byId = new Map(actors.map((actor, i) => [actor.id, i]));
  const groupIds = new Map<string, string>();
  const mentions = layer.mentions.map((mention, i): ActorMention => {
    const country = found.get(i) ?? (mention.coref ? whole.get(mention.actor) ?? undefined : undefined);
    if (!country) return mention;
    const key = `${mention.actor}|${country}`;
    let id = groupIds.get(key);
    if (id === undefined) {
      const original = actors[byId.get(mention.actor) as number] as Actor;
      const keepsId = whole.get(mention.actor) === country;
      id = keepsId ? original.id : `A${actors.length + 1}`;
      const recoded = withCountry(original, country, id);
      if (keepsId) actors[byId.get(mention.actor) as number] = recoded;
      else actors.push(recoded);
      groupIds.set(key, id);
    }
    return { ...mention, actor: id, code: country + mention.code.slice(3), rule: mention.coref ? mention.rule : PLACE_COUNTRY_RULE };
  });
  const used = new Set(mentions.map((mention) => mention.actor));
  return { actors: actors.filter((actor) => used.has(actor.id)), mentions, tokenMention: layer.tokenMention };
}

/** Imported PETRARCH agents carry no sector of their own: theirs is the code after `---` (`---PPL`). */
function isBareAgent(actor: Actor): boolean {
  const sector = actor.sector ?? actor.code.slice(3, 6);
  return actor.country === null && sector !== '' && !FOREIGN_SECTORS.has(sector) && actor.code.startsWith('---');
}

/** Per actor, the country every own mention found when they all found the same one, else null. */
function wholeActorCountries(layer: ActorLayer, found: ReadonlyMap<number, string>): Map<string, string | null> {
  const whole = new Map<string, string | null>();
  layer.mentions.forEach((mention, i) => {
    if (mention.coref) return;
    const own = found.get(i) ?? null;
    const seen = whole.get(mention.actor);
    whole.set(mention.actor, seen === undefined || seen === own ? own : null);
  });
  return whole;
}

/**
 * Per sentence, the one country its places lie in; null when they lie in several; absent when it names
 * none. A place inside an actor's name ("Russian" in "Russian forces") is the actor's, not a location;
 * a country the actors stage took for an actor is a location after "in" ("in central Mali").
 */
function sentenceCountries(places: PlaceLayer, actors: ActorLayer, seg: Segmentation): Map<number, string | null> {
  const byId = new Map(places.places.map((place) => [place.id, place.country3]));
  const kinds = new Map(actors.actors.map((actor) => [actor.id, actor.kind]));
  const countries = new Map<number, string | null>();
  for (const mention of places.mentions) {
    const actor = actors.mentions[actors.tokenMention[mention.tokenStart] ?? -1];
    if (actor && !(kinds.get(actor.actor) === 'country' && afterLocative(seg, actor.tokenStart))) continue;
    const sentence = seg.tokens.sentence[mention.tokenStart] as number;
    const country = byId.get(mention.place) ?? null;
    const seen = countries.get(sentence);
    countries.set(sentence, seen === undefined || seen === country ? country : null);
  }
  return countries;
}

/**
 * "International Criminal Court prosecutor" with a lexicon that lacks the court: an agent word next to
 * a capitalised word of no actor is part of a name we do not know, not a bare agent of the place.
 */
function insideUnknownName(layer: ActorLayer, seg: Segmentation, mention: ActorMention): boolean {
  const { tokens } = seg;
  const sentence = tokens.sentence[mention.tokenStart];
  return [mention.tokenStart - 1, mention.tokenEnd].some((k) =>
    k >= 0 && k < tokens.count && tokens.sentence[k] === sentence && tokens.pos[k] === 'PROPN'
    && (layer.tokenMention[k] ?? -1) < 0 && /^[A-Z]/.test(tokens.value[k] ?? ''));
}

/**
 * Narrower than base.ts's LOCATIVE (which keeps "from Kampala", "to Cairo" from reading a capital as
 * its government): here the country must be where things happen, not where people come from or go.
 */
const LOCATIVES = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'within']);

/** "in Kenya", "in central Mali", "across the country": a locative preposition, adjectives skipped. */
export function afterLocative(seg: Segmentation, tokenStart: number): boolean {
  return LOCATIVES.has(prepositionBefore(seg.tokens, tokenStart));
}

function withCountry(actor: Actor, country: string, id: string): Actor {
  return { ...actor, id, code: country + actor.code.slice(3), country, ploverCountry: country };
}

export const actorPlacesStage: Stage<object> = {
  name: 'actor-places',
  requires: ['segmentation', 'actors', 'places'],
  provides: ['actors'],
  run: (_doc, _ctx, layers) => ({ actors: placeBareAgents(layers.actors as ActorLayer, layers.places as PlaceLayer, layers.segmentation as Segmentation) }),
};
