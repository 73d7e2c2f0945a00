import type { Draft, Work } from './draft.js';
import type { Actor, ActorLayer, ActorMention } from './types.js';

const SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'OPP', 'REB', 'PTY', 'CVL', 'BUS', 'MED', 'REF', 'HLH', 'EDU', 'ELI', 'LAB', 'NGO', 'IGO', 'UAF', 'PRM', 'CRM', 'AGR', 'REL', 'SOC', 'JRN', 'UNK', 'INS', 'SEP', 'MNC', 'ENV', 'HRI', 'DEV', 'SET', 'MOD', 'RAD']);


/** Institutions and generic agents with one code are one actor ("Israeli forces", "the IDF", "the army"); named groups, bodies and people are not. */
const BY_CODE = new Set(['country', 'government', 'military', 'police', 'agent']);

/** Groups the final drafts into actors (first-mention order, ids A1, A2, ...) and mentions. */
export function assembleLayer(work: Work): ActorLayer {
  const actorIndex = new Map<string, number>();
  const actors: Actor[] = [];
  const mentions: ActorMention[] = [];
  const tokenMention = new Int32Array(work.tokens.count).fill(-1);
  for (const draft of work.drafts) {
    const groupKey = BY_CODE.has(draft.kind) && !draft.code.startsWith('---') ? draft.code : `${draft.key}|${draft.code}`;
    let index = actorIndex.get(groupKey);
    if (index === undefined) {
      index = actors.length;
      actorIndex.set(groupKey, index);
      actors.push(makeActor(work, draft, `A${index + 1}`));
    }
    const actor = actors[index] as Actor;
    tokenMention.fill(mentions.length, draft.tokenStart, draft.tokenEnd);
    mentions.push({
      actor: actor.id, code: draft.code, start: work.tokens.start[draft.tokenStart] as number, end: work.tokens.end[draft.tokenEnd - 1] as number,
      tokenStart: draft.tokenStart, tokenEnd: draft.tokenEnd, coref: draft.coref, rule: draft.rule,
    });
  }
  return { actors, mentions, tokenMention };
}

function makeActor(work: Work, draft: Draft, id: string): Actor {
  const country = /^[A-Z]{3}/.test(draft.code) ? draft.code.slice(0, 3) : null;
  const sector = sectorOf(draft.code);
  return {
    id, name: draft.name, code: draft.code, country, sector,
    ploverCountry: plovercountry(draft.code, country),
    ploverSector: sector === null ? null : (work.lexicon.ploverSectors.get(sector) ?? sector),
    kind: draft.kind, role: draft.role,
  };
}

function sectorOf(code: string): string | null {
  for (let at = 3; at + 3 <= code.length; at += 3) {
    const part = code.slice(at, at + 3);
    if (SECTORS.has(part)) return part;
  }
  return code.length === 3 && SECTORS.has(code) ? code : null;
}

/** PLOVER keeps the UN and the EU apart from other IGOs (UNO, EUR). */
function plovercountry(code: string, country: string | null): string | null {
  if (code.startsWith('IGOUNO')) return 'UNO';
  if (code.startsWith('IGOEUR')) return 'EUR';
  return country === '---' ? null : country;
}
