import { applyTemplate, type Draft, type Work } from './draft.js';

/** Sectors of the state: a bare "the army" belongs to the state the text was just talking about. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
/** Agents that take a country from context: the state's, plus "the opposition" of that state. */
const CONTEXT_SECTORS = new Set([...STATE_SECTORS, 'OPP']);
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
  const resolvedByPhrase = new Map<string, Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i] as Draft;
    if (!draft.agent) continue;
    if (!draft.bareAgent) {
      composedByAgent.set(draft.agent.id, draft);
      continue;
    }
    const phrase = draft.name.toLowerCase();
    const earlier = resolvedByPhrase.get(phrase) ?? composedByAgent.get(draft.agent.id);
    if (earlier) {
      drafts[i] = { ...draft, key: earlier.key, code: earlier.code, kind: draft.kind === 'person' ? 'person' : earlier.kind, rule: 'actors/agent-repeat', bareAgent: false };
      continue;
    }
    // An unknown person's country is not guessed from the neighbourhood ("President Clinton" in a story about Cuba).
    if (draft.kind === 'person') continue;
    const sector = draft.agent.template.replace('~', '');
    if (!draft.agent.template.includes('~') || !CONTEXT_SECTORS.has(sector)) continue;
    const country = nearestStateCountry(work, i) ?? nextStateCountry(work, i);
    if (country === null) continue;
    const code = applyTemplate(draft.agent.template, country);
    drafts[i] = { ...draft, key: code, code, rule: 'actors/agent-context', bareAgent: false };
    // The first reading of "the government" sticks: later ones mean the same government.
    resolvedByPhrase.set(phrase, drafts[i] as Draft);
  }
}

/** A headline often names the country after the agent: "Police fire tear gas ... in Kenya". Same sentence only. */
function nextStateCountry(work: Work, after: number): string | null {
  const own = work.drafts[after] as Draft;
  for (let i = after + 1; i < work.drafts.length; i++) {
    const draft = work.drafts[i] as Draft;
    if (work.tokens.sentence[draft.tokenStart] !== work.tokens.sentence[own.tokenStart]) return null;
    if (stateCountry(draft) !== null) return stateCountry(draft);
  }
  return null;
}

function stateCountry(draft: Draft): string | null {
  if (draft.bareAgent || draft.coref) return null;
  const country = draft.code.slice(0, 3);
  if (NON_STATE.has(country) || !/^[A-Z]{3}$/.test(country)) return null;
  const stateKind = draft.kind === 'country' || draft.kind === 'government' || draft.kind === 'military' || draft.kind === 'police';
  return stateKind || (draft.kind === 'person' && STATE_SECTORS.has(draft.code.slice(3, 6))) ? country : null;
}

function nearestStateCountry(work: Work, before: number): string | null {
  const own = work.drafts[before] as Draft;
  const sentence = work.tokens.sentence[own.tokenStart] as number;
  for (let i = before - 1; i >= 0; i--) {
    const draft = work.drafts[i] as Draft;
    if (sentence - (work.tokens.sentence[draft.tokenStart] as number) > WINDOW) return null;
    const country = stateCountry(draft);
    if (country !== null) return country;
  }
  return null;
}
