import type { ActorLayer } from '../actors/types.js';
import type { TokenRange } from './speaker.js';

/**
 * The actor mention for a speaker: the mention covering the speaker's last token (the head of
 * `PA presidential spokesman Nabil Abu Rudaineh`), else any mention inside the speaker phrase.
 * Returns null when the actors layer is absent or has no mention there.
 */
export function resolveSpeakerMention(actors: ActorLayer | undefined, speaker: TokenRange | null): number | null {
  if (!actors || !speaker) return null;
  const [start, end] = speaker;
  for (let k = end - 1; k >= start; k--) {
    const mention = actors.tokenMention[k] ?? -1;
    if (mention >= 0) return mention;
  }
  return null;
}
