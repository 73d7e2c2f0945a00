import type { ActorLayer, ActorMention } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';

export interface SplitResult {
  readonly actors: ActorLayer;
  readonly events: CodedEvent[];
}

/**
 * PETRARCH's compound actor codes (`[FRO/BIL/SAM]`: one phrase naming several actors) yield one
 * event per code. Each compound mention keeps its first code and gains one mention per further
 * code (same span and actor, appended after the existing mentions so earlier indexes stay valid);
 * every event with a compound source or target is written once per combination.
 */
export function splitCompoundCodes(actors: ActorLayer, events: readonly CodedEvent[]): SplitResult {
  if (!actors.mentions.some((m) => m.code.includes('/'))) return { actors, events: [...events] };
  const mentions: ActorMention[] = [...actors.mentions];
  const alternatives = new Map<number, number[]>();
  actors.mentions.forEach((mention, index) => {
    const codes = splitCode(mention.code);
    if (codes.length < 2) return;
    mentions[index] = { ...mention, code: codes[0]! };
    const indexes = [index];
    for (const code of codes.slice(1)) {
      indexes.push(mentions.length);
      mentions.push({ ...mention, code });
    }
    alternatives.set(index, indexes);
  });
  const out: CodedEvent[] = [];
  for (const event of events) {
    const sources = event.sourceMention === null ? [null] : (alternatives.get(event.sourceMention) ?? [event.sourceMention]);
    const targets = event.targetMention === null ? [null] : (alternatives.get(event.targetMention) ?? [event.targetMention]);
    let copy = 0;
    for (const sourceMention of sources) {
      for (const targetMention of targets) {
        const id = copy === 0 ? event.id : `${event.id}.${copy}`;
        copy++;
        out.push({ ...event, id, sourceMention, targetMention });
      }
    }
  }
  return { actors: { ...actors, mentions }, events: out };
}

/** `FRO/BIL/SAM` → three codes; a part left empty (`FRO//BIL`) is ignored. */
function splitCode(code: string): string[] {
  if (!code.includes('/')) return [code];
  return code.split('/').filter((part) => part.length > 0);
}
