import type { Segmentation } from '../../core/tokens.js';
import type { ActorLayer, ActorMention } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';
import type { PlaceLayer } from '../../stages/places/types.js';
import { countryOf, meetingPlace } from './meeting-places.js';

export interface DomesticAgentsResult {
  readonly actors: ActorLayer;
  readonly events: CodedEvent[];
}

const CONTEXT_RULE = 'actors/agent-context';
const CLAUSE_ENDS = new Set([',', ';']);

/**
 * A target agent the text gives no country ("three monks", `---REL`) or only a country guessed from
 * context ("opposition leader") is read as a national of the country where the event happens when
 * the source is an actor of that same country, named with it: a state acting at home acts on its
 * own people. "Chinese police detained three monks in Lhasa" is CHNCOP → CHNREL, "Zimbabwean police
 * arrested opposition leader X in Harare" keeps ZWEOPP as a coded actor (an opposition guessed as
 * the source's own needs no place). The place is the event's own, after the trigger in its clause.
 * Abroad ("evacuating its citizens from Lebanon"), with no place, or with a source that has no
 * country itself ("gunmen ... killing 80 people") nothing changes; nor for a source agent ("the
 * prosecutor accused the Sudanese president"): who acts is not guessed from whom they act on. The
 * agent gets a new mention (same span, appended so existing indexes stay valid) for that event only.
 */
export function withDomesticAgents(events: readonly CodedEvent[], actors: ActorLayer, places: PlaceLayer | undefined, seg: Segmentation): DomesticAgentsResult {
  const mentions: ActorMention[] = [...actors.mentions];
  const out = events.map((event) => {
    if (event.sourceMention === null || event.targetMention === null) return event;
    const source = event.sourceMention;
    const agent = actors.mentions[event.targetMention]!;
    if (!isBareAgent(agent) || isBareAgent(actors.mentions[source]!)) return event;
    const place = isOpposition(agent) ? countryOf(actors, source) : eventPlaceCountry(event, actors, places, seg);
    if (place === null || countryOf(actors, source) !== place || (agent.rule === CONTEXT_RULE && !agent.code.startsWith(place))) return event;
    mentions.push({ ...agent, code: `${place}${agent.code.slice(3)}`, rule: 'petrarch/domestic-agent' });
    return { ...event, targetMention: mentions.length - 1 };
  });
  return mentions.length === actors.mentions.length ? { actors, events: out } : { actors: { ...actors, mentions }, events: out };
}

/**
 * "Pakistani police arrested opposition activists": an opposition exists only against a state, so
 * one whose country was guessed as the source's own needs no place to be read as that state's.
 */
function isOpposition(mention: ActorMention): boolean {
  return mention.rule === CONTEXT_RULE && mention.code.slice(3, 6) === 'OPP';
}

/** `---REL`: an agent without a country; or an agent whose country was only guessed from context. */
export function isBareAgent(mention: ActorMention): boolean {
  return (mention.code.startsWith('---') && mention.code.length > 3) || mention.rule === CONTEXT_RULE;
}

/**
 * Country of the event's place when that place follows the trigger in its clause: a gazetteer place
 * ("detained ... in Lhasa") or a city the actor dictionaries code as its country ("in Harare").
 */
function eventPlaceCountry(event: CodedEvent, actors: ActorLayer, places: PlaceLayer | undefined, seg: Segmentation): string | null {
  const mention = event.placeMention === null ? undefined : places?.mentions[event.placeMention];
  if (mention && mention.start >= event.trigger.end && sameClause(seg, event.trigger.end, mention.tokenStart)) {
    const country = places?.places.find((p) => p.id === mention.place)?.country3;
    if (country) return country;
  }
  const city = meetingPlace(event, actors, seg);
  return city === null ? null : actors.mentions[city]!.code;
}

/** No comma or semicolon between character offset `from` and token `until`. */
function sameClause(seg: Segmentation, from: number, until: number): boolean {
  const { lower, start } = seg.tokens;
  for (let k = until - 1; k >= 0 && start[k]! >= from; k--) if (CLAUSE_ENDS.has(lower[k]!)) return false;
  return true;
}
