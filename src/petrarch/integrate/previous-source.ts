import type { Segmentation } from '../../core/tokens.js';
import type { ActorLayer } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
// Words that open another clause between an actor and the verb: that actor is not the verb's subject.
const CLAUSE_BREAKS = new Set([',', ';', 'and', 'but', 'that', 'which', 'who', 'whom', 'whose', 'after', 'before', 'when', 'while', 'because', 'since', 'although', 'if', 'as']);
const ATTACHING = new Set(['from', 'in', 'of']);

/**
 * PETRARCH's source is the actor before the verb. When the clause analysis found none — a pronoun
 * subject ("Valdoria said it would ..."), or a verb it did not link to its subject ("X will not
 * wire tap", "X won't try to clash") — take the nearest coded mention before the verb in the same
 * sentence: across a pronoun, or with no clause opening in between; not for a passive (its subject
 * is the target), and not the event's target. "Soldiers from Gondor": the phrase's head is the source.
 * A mention that is already the subject of a coded verb in between is that verb's, not this one's:
 * "police fired tear gas", "the Council approved a resolution calling for an end to fighting" —
 * the later word is a noun or an object the tagger read as a verb.
 */
export function withPreviousSource(event: CodedEvent, events: readonly CodedEvent[], actors: ActorLayer, seg: Segmentation): CodedEvent {
  const sentence = seg.sentences[event.sentence];
  if (!sentence) return event;
  const lower = seg.tokens.lower;
  for (let m = actors.mentions.length - 1; m >= 0; m--) {
    const mention = actors.mentions[m]!;
    if (mention.end > event.trigger.start || m === event.targetMention) continue;
    if (mention.tokenStart < sentence.tokenStart) break;
    let pronoun = false;
    let opened = false;
    for (let k = mention.tokenEnd; k < lower.length && seg.tokens.start[k]! < event.trigger.start; k++) {
      if (lower[k] === ';') return event;
      if (SUBJECT_PRONOUNS.has(lower[k]!)) pronoun = true;
      if (CLAUSE_BREAKS.has(lower[k]!)) opened = true;
    }
    if (!pronoun && (opened || event.rule === 'events/passive')) return event;
    const source = pronoun ? m : phraseHead(m, actors, lower);
    if (!pronoun && isSubjectOfVerbBetween(source, mention.end, event, events)) return event;
    if (mention.rule === 'actors/agent-context' || mention.code === actors.mentions[event.targetMention ?? -1]?.code) continue;
    return { ...event, sourceMention: source };
  }
  return event;
}

/** Another event of the sentence, triggered between the mention and this event's verb, has the source as its own. */
function isSubjectOfVerbBetween(source: number, from: number, event: CodedEvent, events: readonly CodedEvent[]): boolean {
  return events.some((other) =>
    other !== event && other.sentence === event.sentence && other.sourceMention === source && other.trigger.start >= from && other.trigger.end <= event.trigger.start);
}

/** "Soldiers from Gondor": the mention a from/in/of phrase attaches to, else the mention itself. */
function phraseHead(m: number, actors: ActorLayer, lower: readonly string[]): number {
  const mention = actors.mentions[m]!;
  const previous = actors.mentions[m - 1];
  return previous && previous.tokenEnd === mention.tokenStart - 1 && ATTACHING.has(lower[previous.tokenEnd]!) ? m - 1 : m;
}
