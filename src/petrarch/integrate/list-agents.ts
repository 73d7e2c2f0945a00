import type { ActorLayer, ActorMention } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';

export interface ListAgentsResult {
  readonly actors: ActorLayer;
  readonly events: CodedEvent[];
}

const OWNER_LINKS = new Set(['of', 'for']);
const LIST_JOINERS = new Set([',', 'and', 'or']);

/**
 * "The ambassadors of Arnor, Osgiliath and Gondor": PETRARCH gives the phrase's agent to every
 * actor of the list (ARNGOV, OSGGOV, GONGOV); the actors stage composes it with the first owner
 * only. An event whose actor is an owner in such a list takes a mention with the agent's code
 * (same span, appended after the existing mentions so their indexes stay valid).
 */
export function withListAgents(actors: ActorLayer, events: readonly CodedEvent[], lower: readonly string[]): ListAgentsResult {
  const mentions: ActorMention[] = [...actors.mentions];
  const startsAt = new Map<number, number>();
  actors.mentions.forEach((m, index) => {
    if (!startsAt.has(m.tokenStart)) startsAt.set(m.tokenStart, index);
  });
  const replaced = new Map<number, number>();
  actors.mentions.forEach((agent) => {
    if (agent.rule !== 'actors/agent-of') return;
    let k = agent.tokenEnd;
    if (!OWNER_LINKS.has(lower[k] ?? '')) return;
    k += lower[k + 1] === 'the' ? 2 : 1;
    const owner = startsAt.get(k);
    const sector = owner === undefined ? '' : sectorOver(agent.code, actors.mentions[owner]!.code);
    if (owner === undefined || sector === '') return;
    const list = listFrom(owner, actors.mentions, startsAt, lower);
    if (list.length < 2) return;
    for (const m of list) {
      replaced.set(m, mentions.length);
      mentions.push({ ...actors.mentions[m]!, code: `${actors.mentions[m]!.code.slice(0, 3)}${sector}` });
    }
  });
  if (replaced.size === 0) return { actors, events: [...events] };
  const swap = (m: number | null) => (m === null ? null : (replaced.get(m) ?? m));
  return { actors: { ...actors, mentions }, events: events.map((e) => ({ ...e, sourceMention: swap(e.sourceMention), targetMention: swap(e.targetMention) })) };
}

/** The agent's part of its code when it was composed onto a bare three-letter owner (ARNGOV over ARN → GOV). */
function sectorOver(agentCode: string, ownerCode: string): string {
  return ownerCode.length === 3 && agentCode.startsWith(ownerCode) ? agentCode.slice(3) : '';
}

/** The owner and the bare country mentions joined to it by commas and "and"/"or". */
function listFrom(first: number, all: readonly ActorMention[], startsAt: ReadonlyMap<number, number>, lower: readonly string[]): number[] {
  const list = [first];
  for (let current = first; ;) {
    let k = all[current]!.tokenEnd;
    const from = k;
    while (LIST_JOINERS.has(lower[k] ?? '')) k++;
    if (lower[k] === 'the') k++;
    const next = startsAt.get(k);
    if (k === from || next === undefined || all[next]!.code.length !== 3) return list;
    list.push(next);
    current = next;
  }
}
