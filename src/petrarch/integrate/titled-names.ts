import type { ActorLayer } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';

/**
 * PETRARCH codes a noun phrase by its first actor with its agents: "Valdoria Prime Minister Aldo" is
 * VALGOV, though the clause analysis takes the name (VAL) as the head. When an event's actor is a
 * mention right after a title mention (an actor with an agent: a longer code than the name's), the
 * title's mention stands for the phrase, whatever country the name alone would give.
 */
export function withTitledNames(event: CodedEvent, actors: ActorLayer): CodedEvent {
  const source = titledMention(event.sourceMention, actors);
  const target = titledMention(event.targetMention, actors);
  return source === event.sourceMention && target === event.targetMention ? event : { ...event, sourceMention: source, targetMention: target };
}

function titledMention(index: number | null, actors: ActorLayer): number | null {
  if (index === null || index === 0) return index;
  const mention = actors.mentions[index];
  const title = actors.mentions[index - 1];
  if (!mention || !title || mention.coref || title.coref || title.tokenEnd !== mention.tokenStart) return index;
  if (title.rule === 'actors/agent-context') return index;
  return title.code.length > mention.code.length ? index - 1 : index;
}
