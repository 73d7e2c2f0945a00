import { isoFromDateNumber } from '../dates.js';
import type { ActorCode, PetrarchActorEntry, PetrarchAgentEntry } from '../types.js';
import { kindFromCode, titleCase, type AdaptedKind } from './kinds.js';

/** Mirrors ActorEntry of the actors lexicon builder (src/lexicon/actors/entries.ts). */
export interface AdaptedActorEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: AdaptedKind;
  readonly names: readonly string[];
  readonly periods: readonly AdaptedPeriod[];
  readonly undated: AdaptedPeriod | null;
  readonly source: string;
}

interface AdaptedPeriod {
  readonly code: string;
  readonly from: string | null;
  readonly until: string | null;
  readonly role: string | null;
}

/** Mirrors AgentEntry of the actors lexicon builder. */
export interface AdaptedAgentEntry {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly template: string;
  readonly kind: AdaptedKind;
  readonly personRole: boolean;
  readonly source: string;
}

const NULL_CODE = '---';

/**
 * PETRARCH actors as entries for Dyad's actor lexicon builder. Phrases are passed lower-cased
 * (PETRARCH matches case-blind; an upper-case phrase would otherwise demand capitals). Undated
 * codes come first so that the builder's "latest covering period wins" keeps PETRARCH's rule:
 * a dated code beats the default. An article without a date takes the default (the first undated
 * code), since nothing says a dated one applies; an entry with dated codes only keeps Dyad's
 * latest-period rule. Entries without any code are left out (PETRARCH: null code).
 */
export function toActorEntries(entries: readonly PetrarchActorEntry[]): AdaptedActorEntry[] {
  const out: AdaptedActorEntry[] = [];
  for (const entry of entries) {
    if (entry.codes.length === 0) continue;
    const undated = entry.codes.filter((c) => c.from === null && c.to === null);
    const dated = entry.codes.filter((c) => c.from !== null || c.to !== null);
    // PETRARCH: when no dated code covers the day and there is no default, the null code `---`
    // (get_actor_code), not the nearest dated code: Tsvangirai [ZWEGOV >090301] is no minister in 2007.
    const fallback = undated.length === 0 ? [{ code: NULL_CODE, from: null, until: null, role: null }] : [];
    const periods = [...fallback, ...[...undated, ...dated].map(toPeriod)];
    const main = (undated[0] ?? dated[dated.length - 1])!.code;
    out.push({
      id: `petrarch/${entry.file}:${entry.line}`,
      name: titleCase(entry.phrases[0]!.words),
      kind: kindFromCode(main),
      names: entry.phrases.map((p) => actorPhrase(p.words)),
      periods,
      undated: undated[0] ? toPeriod(undated[0]) : null,
      source: entry.file,
    });
  }
  return out;
}

/**
 * An actor's one-word phrase must be written with a capital in the text: "Turkey" names the
 * country, "a turkey" is a bird, "china" is porcelain. Longer phrases and agents stay case-blind.
 */
function actorPhrase(words: readonly string[]): string {
  const phrase = words.join(' ').toLowerCase();
  return words.length === 1 ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}

function toPeriod(code: ActorCode): AdaptedPeriod {
  return { code: code.code, from: isoFromDateNumber(code.from), until: isoFromDateNumber(code.to), role: null };
}

/** PETRARCH agents as template agents: `[~MIL]` → `~MIL` (appended), `[NGO~]` → `NGO~` (prefixed). */
export function toAgentEntries(entries: readonly PetrarchAgentEntry[]): AdaptedAgentEntry[] {
  return entries.map((entry) => ({
    id: `petrarch/${entry.file}:${entry.line}`,
    name: entry.phrases[0]!.words.join(' ').toLowerCase(),
    names: entry.phrases.map((p) => p.words.join(' ').toLowerCase()),
    template: entry.placement === 'suffix' ? `~${entry.code}` : `${entry.code}~`,
    kind: agentKind(entry.code),
    personRole: false,
    source: entry.file,
  }));
}

function agentKind(code: string): AdaptedKind {
  const kind = kindFromCode(`XXX${code}`);
  return kind === 'organization' || kind === 'country' ? 'agent' : kind;
}
