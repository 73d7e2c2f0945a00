import { applyTemplate, type Draft, type Work } from './draft.js';
import { prepositionBefore } from './preposition.js';
import { pickAntecedent, type CandidateList } from './salience.js';

/** Sectors of the state: a bare "the army" belongs to the state the text was just talking about. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
/** Agents that take a country from context: the state's, plus "the opposition" of that state. */
const CONTEXT_SECTORS = new Set([...STATE_SECTORS, 'OPP']);
const NON_STATE = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'ISM', 'UNO', 'EUR', '---']);
/** How many sentences back a bare agent may look for its country. */
const WINDOW = 2;

/**
 * Gives bare agents an owner from context. State agents ("the army said", "troops") take the
 * country of the most salient preceding state mention within two sentences (see nearestStateCountry); any agent whose
 * head word repeats an earlier composed one ("gunmen" after "Palestinian gunmen") takes its code. The rest
 * stay `---` + sector: an unnamed gunman is not guessed into a country.
 */
export function resolveBareAgents(work: Work): void {
  const drafts = work.drafts;
  // Keyed by the head word ("gunmen"): "rebels" after "M23 rebels" is M23, "fighters" is not.
  const composedByHead = new Map<string, Draft>();
  const resolvedByPhrase = new Map<string, Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i] as Draft;
    if (!draft.agent) continue;
    const head = work.tokens.lower[draft.tokenEnd - 1] as string;
    if (!draft.bareAgent) {
      composedByHead.set(head, draft);
      continue;
    }
    const phrase = draft.name.toLowerCase();
    const earlier = resolvedByPhrase.get(phrase) ?? composedByHead.get(head);
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

/**
 * A headline often names the country after the agent: "Police fire tear gas ... in Kenya", "soldiers
 * from Gondor". Same sentence only, and only a country named as such after a preposition of place or
 * origin: a later state agent is usually the other party ("A policeman shot the Russian ambassador"
 * is not Russian police), and so is a country the act is aimed at ("called on Obama to retaliate
 * against Russia" is no Russian congressman).
 */
function nextStateCountry(work: Work, after: number): string | null {
  const own = work.drafts[after] as Draft;
  for (let i = after + 1; i < work.drafts.length; i++) {
    const draft = work.drafts[i] as Draft;
    if (work.tokens.sentence[draft.tokenStart] !== work.tokens.sentence[own.tokenStart]) return null;
    if (draft.kind === 'country' && stateCountry(draft) !== null && PLACE_PREPOSITIONS.has(prepositionBefore(work.tokens, draft.tokenStart))) return stateCountry(draft);
  }
  return null;
}

/** Where things happen or come from: "in Kenya", "soldiers from Gondor", "the army of Mali". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'within', 'from', 'of']);

function stateCountry(draft: Draft): string | null {
  if (draft.bareAgent || draft.coref) return null;
  const country = draft.code.slice(0, 3);
  if (NON_STATE.has(country) || !/^[A-Z]{3}$/.test(country)) return null;
  const stateKind = draft.kind === 'country' || draft.kind === 'government' || draft.kind === 'military' || draft.kind === 'police';
  return stateKind || (draft.kind === 'person' && STATE_SECTORS.has(draft.code.slice(3, 6))) ? country : null;
}

/**
 * The state the text was just talking about, by the salience rule of coreference: the nearest
 * state mention earlier in the same sentence, else the first one of the nearest earlier sentence
 * ("Mali's military government, which works with Russian contractors, ... The army said" → Mali).
 */
function nearestStateCountry(work: Work, before: number): string | null {
  const drafts = work.drafts;
  const own = drafts[before] as Draft;
  const candidates: CandidateList = {
    length: before,
    tokenStart: (i) => (drafts[i] as Draft).tokenStart,
    sentence: (i) => work.tokens.sentence[(drafts[i] as Draft).tokenStart] as number,
    eligible: (i) => stateCountry(drafts[i] as Draft) !== null,
  };
  const sentence = work.tokens.sentence[own.tokenStart] as number;
  const index = pickAntecedent(candidates, own.tokenStart, sentence, WINDOW);
  if (index < 0) return null;
  const chosen = drafts[index] as Draft;
  const chosenSentence = work.tokens.sentence[chosen.tokenStart] as number;
  return chosenSentence === sentence ? stateCountry(chosen) : (speakerCountry(work, before, chosenSentence) ?? stateCountry(chosen));
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'announced', 'reported', 'stated']);

/** In an earlier sentence, a state mention that speaks ("..., Ukrainian officials said.") outranks its subject. */
function speakerCountry(work: Work, before: number, sentence: number): string | null {
  for (let i = before - 1; i >= 0; i--) {
    const draft = work.drafts[i] as Draft;
    const at = work.tokens.sentence[draft.tokenStart] as number;
    if (at < sentence) return null;
    if (at === sentence && SPEECH.has(work.tokens.lower[draft.tokenEnd] ?? '') && stateCountry(draft) !== null) return stateCountry(draft);
  }
  return null;
}
