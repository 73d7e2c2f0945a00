import type { Segmentation } from '../../core/tokens.js';
import type { CameoOntology } from '../../lexicon/verbs/types.js';
import type { ActorLayer } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';

const MEET = '040';
const VISIT = '042';
const HOST = '043';
const NEUTRAL_MEETING = '044';
const CLAUSE_ENDS = new Set([',', ';']);

/**
 * The CAMEO manual codes a meeting whose place the text gives by who travelled (040 notes): "A met B
 * in A's country" is A hosting B (043) and B visiting A (042); at a third country's place it is a
 * meeting at a neutral site both ways (044), and each party visits that country, which hosts it.
 * The dictionaries code the bare meeting (040) one way; the place is the first country-coded mention
 * after "in" in the trigger's clause ("met Putin in Beijing", "arrived in North Korea").
 */
export function withMeetingPlaces(events: readonly CodedEvent[], actors: ActorLayer, seg: Segmentation, ontology: CameoOntology): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const event of events) {
    const place = event.cameo === MEET && !event.negated ? meetingPlace(event, actors, seg) : null;
    const source = countryOf(actors, event.sourceMention);
    const target = countryOf(actors, event.targetMention);
    if (place === null || event.sourceMention === null || event.targetMention === null || source === target) {
      out.push(event);
      continue;
    }
    const country = actors.mentions[place]!.code;
    const s = event.sourceMention;
    const t = event.targetMention;
    const recode = (code: string, from: number, to: number, suffix: string): CodedEvent | null => {
      const info = ontology.lookup(code);
      if (!info) return null;
      return {
        ...event, id: `${event.id}${suffix}`, cameo: code, sourceMention: from, targetMention: to,
        ploverType: info.plover, ploverMode: info.ploverMode, quadClass: info.quadClass, goldstein: info.goldstein, rule: 'petrarch/meeting-place',
      };
    };
    const pairs: [string, number, number][] = country === source
      ? [[HOST, s, t], [VISIT, t, s]]
      : country === target
        ? [[VISIT, s, t], [HOST, t, s]]
        : [[NEUTRAL_MEETING, s, t], [NEUTRAL_MEETING, t, s], [VISIT, s, place], [HOST, place, s], [VISIT, t, place], [HOST, place, t]];
    const recoded = pairs.map(([code, from, to], k) => recode(code, from, to, k === 0 ? '' : `.m${k}`));
    if (recoded.some((e) => e === null)) out.push(event);
    else out.push(...(recoded as CodedEvent[]));
  }
  return out;
}

/** The first mention after the trigger, in its clause, that follows "in" and is a bare country code (a city the actor dictionaries list: "in Harare" is ZWE). */
export function meetingPlace(event: CodedEvent, actors: ActorLayer, seg: Segmentation): number | null {
  const sentence = seg.sentences[event.sentence];
  if (!sentence) return null;
  const { lower, start } = seg.tokens;
  let k = sentence.tokenStart;
  while (k < sentence.tokenEnd && start[k]! < event.trigger.end) k++;
  for (; k < sentence.tokenEnd && !CLAUSE_ENDS.has(lower[k]!); k++) {
    const m = actors.tokenMention[k]!;
    if (m === -1 || actors.mentions[m]!.tokenStart !== k) continue;
    if (lower[k - 1] === 'in' && isCountryCode(actors.mentions[m]!.code)) return m;
  }
  return null;
}

export function countryOf(actors: ActorLayer, mention: number | null): string | null {
  const code = mention === null ? '' : (actors.mentions[mention]?.code ?? '');
  return isCountryCode(code.slice(0, 3)) ? code.slice(0, 3) : null;
}

// Three-letter codes that name no country: international and non-state actors.
const NON_COUNTRIES = new Set(['IGO', 'NGO', 'IMG', 'MNC', '---', 'UAF', 'CVL', 'REB', 'OPP']);

function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && !NON_COUNTRIES.has(code);
}
