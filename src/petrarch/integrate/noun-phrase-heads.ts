import type { Segmentation } from '../../core/tokens.js';
import type { ActorLayer, ActorMention } from '../../stages/actors/types.js';
import { POSSESSIVE } from '../../stages/actors/compose.js';
import type { CodedEvent } from '../../stages/events/types.js';

/** Words that can sit between two mentions of one noun phrase ("Chinese Defence Minister Cao"). */
const INSIDE_PHRASE = new Set(['PROPN', 'NOUN', 'ADJ']);
/** At most this many such words between two mentions: a longer run is more likely two phrases. */
const MAX_GAP = 2;

/**
 * PETRARCH codes a noun phrase as a whole, while the actor stage may split one phrase into several
 * mentions: "Chinese | President Hu Jintao", "former prime minister | Thaksin Shinawatra",
 * "President | Mwai Kibaki". When an event's actor is one of them, the phrase's most specific coded
 * mention stands for it (CHNGOV, not the adjective's CHN; the name, not a title whose country was
 * only guessed from context). Only mentions of the same country (or with none) are merged, so two
 * countries side by side are never taken for one actor.
 */
export function withNounPhraseHeads(event: CodedEvent, actors: ActorLayer, seg: Segmentation): CodedEvent {
  const source = phraseHead(event.sourceMention, event, actors, seg);
  const target = phraseHead(event.targetMention, event, actors, seg);
  if (source === event.sourceMention && target === event.targetMention) return event;
  if (source !== null && source === target) return event;
  return { ...event, sourceMention: source, targetMention: target };
}

function phraseHead(index: number | null, event: CodedEvent, actors: ActorLayer, seg: Segmentation): number | null {
  if (index === null) return index;
  const own = actors.mentions[index];
  if (!own || own.coref) return index;
  let first = index;
  while (first > 0 && samePhrase(actors.mentions[first - 1]!, actors.mentions[first]!, event, seg)) first--;
  let last = index;
  while (last + 1 < actors.mentions.length && samePhrase(actors.mentions[last]!, actors.mentions[last + 1]!, event, seg)) last++;
  let best = index;
  for (let m = first; m <= last; m++) {
    if (m !== index && sameCountry(own, actors.mentions[m]!) && moreSpecific(actors.mentions[m]!, actors.mentions[best]!)) best = m;
  }
  return best;
}

/** Two consecutive mentions with only noun-phrase words (or a possessive) between them, in one sentence, not across the trigger. */
function samePhrase(left: ActorMention, right: ActorMention, event: CodedEvent, seg: Segmentation): boolean {
  if (left.coref || right.coref) return false;
  const gap = right.tokenStart - left.tokenEnd;
  if (gap < 0 || gap > MAX_GAP) return false;
  if (seg.tokens.sentence[left.tokenStart] !== seg.tokens.sentence[right.tokenStart]) return false;
  if (left.end <= event.trigger.start && right.start >= event.trigger.end) return false;
  // A possessive right after the first mention joins it to the next: "Russia's Vladimir Putin" is Putin.
  const first = POSSESSIVE.has(seg.tokens.lower[left.tokenEnd] ?? '') ? left.tokenEnd + 1 : left.tokenEnd;
  for (let k = first; k < right.tokenStart; k++) if (!INSIDE_PHRASE.has(seg.tokens.pos[k] ?? '')) return false;
  return true;
}

function sameCountry(a: ActorMention, b: ActorMention): boolean {
  return a.code.startsWith('---') || b.code.startsWith('---') || a.code.slice(0, 3) === b.code.slice(0, 3);
}

/**
 * Ranks a mention above another: a known country first, then the longer code; on a tie the one
 * whose country was not guessed from context, then the later one (English phrases end in their head).
 */
function moreSpecific(candidate: ActorMention, current: ActorMention): boolean {
  const known = (m: ActorMention) => (m.code.startsWith('---') ? 0 : 1);
  if (known(candidate) !== known(current)) return known(candidate) > known(current);
  if (candidate.code.length !== current.code.length) return candidate.code.length > current.code.length;
  const named = (m: ActorMention) => (m.rule === 'actors/agent-context' ? 0 : 1);
  if (named(candidate) !== named(current)) return named(candidate) > named(current);
  return candidate.start > current.start;
}
