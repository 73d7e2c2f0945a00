import type { TokenTable } from '../../core/tokens.js';
import type { ActorLayer } from '../actors/types.js';
import type { TokenRange } from './speaker.js';

/**
 * The actor mention for a speaker. The head comes first: the part before an apposition's comma
 * (`Hamas, the group that rules the Gaza Strip` → Hamas), searched from its last token
 * (`PA presidential spokesman Nabil Abu Rudaineh` → the name); then the rest of the phrase.
 * Returns null when the actors layer is absent or has no mention there.
 */
export function resolveSpeakerMention(actors: ActorLayer | undefined, tokens: TokenTable, speaker: TokenRange | null): number | null {
  if (!actors || !speaker) return null;
  const [start, end] = speaker;
  let headEnd = start;
  while (headEnd < end && tokens.value[headEnd] !== ',') headEnd++;
  return findMention(actors, start, headEnd) ?? findMention(actors, headEnd, end);
}

function findMention(actors: ActorLayer, start: number, end: number): number | null {
  for (let k = end - 1; k >= start; k--) {
    const mention = actors.tokenMention[k] ?? -1;
    if (mention >= 0) return mention;
  }
  return null;
}
