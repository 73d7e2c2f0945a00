import { applyTemplate, type Draft, type Work } from './draft.js';

/** Sectors of the state: a bare "the army" belongs to the state the text was just talking about. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
const NON_STATE = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'ISM', 'UNO', 'EUR', '---']);
/** How many sentences back a bare agent may look for its country. */
const WINDOW = 2;

/**
 * Gives bare agents an owner from context. State agents ("the army said", "troops") take the
 * country of the nearest preceding state-bearing mention within two sentences; any agent that
 * repeats an earlier composed one ("gunmen" after "Palestinian gunmen") takes its code. The rest
 * stay `---` + sector: an unnamed gunman is not guessed into a country.
 */
export function resolveBareAgents(work: Work): void {
  const drafts = work.drafts;
  const composedByAgent = new Map<string, Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i] as Draft;
    if (!draft.agent) continue;
    if (!draft.bareAgent) {
      composedByAgent.set(draft.agent.id, draft);
      continue;
    }
    const earlier = composedByAgent.get(draft.agent.id);
    if (earlier) {
      drafts[i] = { ...draft, key: earlier.key, code: earlier.code, kind: draft.kind === 'person' ? 'person' : earlier.kind, rule: 'actors/agent-repeat', bareAgent: false };
      continue;
    }
    const sector = draft.agent.template.replace('~', '');
    if (!draft.agent.template.includes('~') || !STATE_SECTORS.has(sector)) continue;
    const country = nearestStateCountry(work, i);
    if (country === null) continue;
    const code = applyTemplate(draft.agent.template, country);
    const key = draft.kind === 'person' ? draft.key : code;
    drafts[i] = { ...draft, key, code, rule: draft.kind === 'person' ? draft.rule : 'actors/agent-context', bareAgent: false };
  }
}

function nearestStateCountry(work: Work, before: number): string | null {
  const own = work.drafts[before] as Draft;
  const sentence = work.tokens.sentence[own.tokenStart] as number;
  for (let i = before - 1; i >= 0; i--) {
    const draft = work.drafts[i] as Draft;
    if (sentence - (work.tokens.sentence[draft.tokenStart] as number) > WINDOW) return null;
    if (draft.bareAgent || draft.coref) continue;
    const country = draft.code.slice(0, 3);
    if (NON_STATE.has(country) || !/^[A-Z]{3}$/.test(country)) continue;
    if (draft.kind === 'country' || draft.kind === 'government' || draft.kind === 'military' || draft.kind === 'police' || (draft.kind === 'person' && STATE_SECTORS.has(draft.code.slice(3, 6)))) return country;
  }
  return null;
}
