import type { Stage } from '../../core/pipeline.js';
import type { Segmentation, TokenTable } from '../../core/tokens.js';
import type { ActorLayer, ActorMention } from '../../stages/actors/types.js';
import { afterLocative, PLACE_COUNTRY_RULE } from '../../stages/actors/place-country.js';
import { DETERMINERS } from '../match/sentence-view.js';
import type { CodedEvent, EventLayer } from '../../stages/events/types.js';
import type { CameoOntology } from '../../lexicon/verbs/types.js';
import type { PlaceLayer } from '../../stages/places/types.js';
import { findDiscard, type CompiledDiscards } from '../compile/discards.js';
import type { CompiledVerbs } from '../compile/verbs.js';
import { trailingAttribution } from './attribution.js';
import { splitCompoundCodes } from './compound-codes.js';
import { isBareAgent, withDomesticAgents } from './domestic-agents.js';
import { withListAgents } from './list-agents.js';
import { withMeetingPlaces } from './meeting-places.js';
import { codeMissedVerbs } from './missed-verbs.js';
import { withNounPhraseHeads } from './noun-phrase-heads.js';
import { withPreviousSource } from './previous-source.js';
import { recodeByPatterns } from './recode-patterns.js';
import { withTitledNames } from './titled-names.js';

/** How PETRARCH's own settings shape what is kept (PETR_config.ini `require_dyad`, default true). */
export interface PetrarchCodingOptions {
  readonly requireDyad: boolean;
  /** Pattern id → paired code (`[032:033]`): PETRARCH also codes the reversed event with it. */
  readonly paired?: ReadonlyMap<string, string>;
  /** Pattern ids with `%` before the verb: "A and B agree" is coded A→B and B→A. */
  readonly compoundSubject?: ReadonlySet<string>;
  /** Looks up the paired code's QuadClass, Goldstein and PLOVER type. */
  readonly ontology?: CameoOntology;
  /** PETRARCH-1 verbs: their patterns are matched word by word around each coded verb (recode-patterns.ts). */
  readonly verbs?: CompiledVerbs | null;
}

/**
 * Wraps the events stage with PETRARCH's output rules: a story-level discard phrase drops every
 * event of the document, a sentence-level one the events of its sentence; with `requireDyad` an
 * event needs both a source and a target, and an agent whose country was only guessed from
 * context ("an official said") does not count as an actor — PETRARCH codes neither.
 */
export function withPetrarchRules<Ctx>(events: Stage<Ctx>, discards: CompiledDiscards, options: PetrarchCodingOptions): Stage<Ctx> {
  return {
    ...events,
    run(doc, ctx, layers) {
      const out = events.run(doc, ctx, layers);
      const layer = out.events as EventLayer | undefined;
      const seg = layers.segmentation as Segmentation | undefined;
      if (!layer || !seg) return out;
      const dropped = discardedSentences(seg, discards);
      if (dropped === 'story') return { ...out, events: { ...layer, events: [] } };
      const actors = layers.actors as ActorLayer | undefined;
      const recoded = options.verbs && actors && options.ontology ? codeByPatterns(layer.events, options.verbs, seg, actors, options.ontology) : layer.events;
      const completed = withinCompoundSubjects(recoded, options.compoundSubject)
        .map((e) => (actors && (e.targetMention === null || isOwnAgent(e.targetMention, actors, seg.tokens.lower)) ? withNextTarget(e, actors, seg) : e))
        .map((e, _, all) => (e.sourceMention === null && actors ? withPreviousSource(e, all, actors, seg) : e))
        .map((e) => (actors ? withNounPhraseHeads(e, actors, seg) : e))
        .map((e) => (actors ? withTitledNames(e, actors) : e));
      const lower = seg.tokens.lower;
      // The agents' own country first: require_dyad then sees "monks" detained in Lhasa as Chinese.
      const domestic = actors ? withDomesticAgents(completed, actors, layers.places as PlaceLayer | undefined, seg) : null;
      const coded = domestic?.actors ?? actors;
      const kept = (domestic?.events ?? completed).filter((e) => !dropped.has(e.sentence) && (!options.requireDyad || hasDyad(e, coded, lower)));
      const placed = coded && options.ontology ? withMeetingPlaces(kept, coded, seg, options.ontology) : kept;
      const deduped = dedupeEvents(options.paired && options.ontology ? withPairedEvents(placed, options.paired, options.ontology) : placed);
      if (!coded) return { ...out, events: { ...layer, events: deduped } };
      // Also replaces the actors layer (runPipeline merges every returned layer): split mentions are
      // appended to it. Compound codes are split last: the target search above walks mentions in text order.
      const listed = withListAgents(coded, deduped, lower);
      const split = splitCompoundCodes(listed.actors, listed.events);
      return { ...out, actors: split.actors, events: { ...layer, events: split.events } };
    },
  };
}

/** PETRARCH-1 patterns recode the events the clause analysis found, then code the dictionary verbs it missed. */
function codeByPatterns(events: readonly CodedEvent[], verbs: CompiledVerbs, seg: Segmentation, actors: ActorLayer, ontology: CameoOntology): readonly CodedEvent[] {
  const recoded = recodeByPatterns(events, verbs, seg, actors, ontology);
  return codeMissedVerbs(recoded.events, verbs, seg, actors, ontology, recoded.patternWords);
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

/**
 * "recalled its ambassador to Washington", "withdrew their troops from X": an agent with no country of
 * its own (none, or one guessed from context) owned by a possessive pronoun is the subject's own,
 * not whom the event is aimed at; the next actor is.
 */
function isOwnAgent(mention: number, actors: ActorLayer, lower: readonly string[]): boolean {
  const own = actors.mentions[mention];
  return own !== undefined && POSSESSIVE_PRONOUNS.has(lower[own.tokenStart - 1] ?? '') && isBareAgent(own);
}

/**
 * PETRARCH's target is the first actor after the verb in its clause. When the clause analysis found
 * none, take the first coded mention after the trigger in the same clause: before a semicolon, a
 * colon or "but", and before a trailing attribution (", the official news agency said"). A mention
 * after "as" is the subject's capacity ("pardoned a turkey as U.S. president"), not a target. A bare
 * statement ("said", "told") is aimed only at its addressee, right after the verb ("told Ostravia",
 * "said to Ostravia"): an actor further on belongs to what was said ("said the other lacks the
 * judgment to lead the armed forces"). When the clause analysis found only the subject's own agent,
 * that stays the target if no other actor follows.
 */
function withNextTarget(event: CodedEvent, actors: ActorLayer, seg: Segmentation): CodedEvent {
  const sentence = seg.sentences[event.sentence];
  if (!sentence) return event;
  const { lower } = seg.tokens;
  const first = tokenAfter(seg, event.trigger.end, sentence.tokenStart, sentence.tokenEnd);
  const attribution = trailingAttribution(seg, first, sentence.tokenEnd);
  const end = clauseEnd(lower, first, attribution >= 0 ? attribution : sentence.tokenEnd);
  const addressee = event.statement ? addresseeStart(seg.tokens, first) : -1;
  for (let m = 0; m < actors.mentions.length; m++) {
    const mention = actors.mentions[m]!;
    if (mention.start < event.trigger.end || m === event.sourceMention || m === event.targetMention) continue;
    if (mention.tokenStart >= end || (event.statement && mention.tokenStart > addressee)) break;
    if (mention.rule === 'actors/agent-context' || mention.code === actors.mentions[event.sourceMention ?? -1]?.code) continue;
    if (event.statement ? mention.tokenStart !== addressee : isCapacity(seg.tokens, mention.tokenStart)) continue;
    if (isSourceScene(seg, mention, actors.mentions[event.sourceMention ?? -1])) continue;
    return { ...event, targetMention: m };
  }
  return event;
}

/**
 * "Nine people have died in Vancouver", "people protested in Tbilisi": when the source took its
 * country from the places of its sentence, a place coded as that country after "in" is where the
 * source is, the scene of the event, not whom it acts on.
 */
function isSourceScene(seg: Segmentation, mention: ActorMention, source: ActorMention | undefined): boolean {
  return source?.rule === PLACE_COUNTRY_RULE && mention.code === source.code.slice(0, 3) && afterLocative(seg, mention.tokenStart);
}

/** "as U.S. president", "as a private citizen": the capacity in which the subject acts, not whom it acts on. */
function isCapacity(tokens: TokenTable, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 3 && tokens.pos[k] === 'ADJ') k--;
  if (DETERMINERS.has(tokens.lower[k] ?? '')) k--;
  return tokens.lower[k] === 'as';
}

/**
 * Where a statement's addressee starts: right after the verb, past "to" and an article; -1 when it
 * has none. "Said" names its addressee only with "to": in "said Vietnam is committed" the actor
 * after the verb is what was said.
 */
function addresseeStart(tokens: TokenTable, first: number): number {
  let k = first;
  if (tokens.lower[k] === 'to') k++;
  else if (tokens.lemma[first - 1] === 'say') return -1;
  if (DETERMINERS.has(tokens.lower[k] ?? '')) k++;
  return k;
}

const NEW_CLAUSE = new Set([';', ':', 'but']);

function clauseEnd(lower: readonly string[], first: number, end: number): number {
  for (let k = first; k < end; k++) if (NEW_CLAUSE.has(lower[k]!)) return k;
  return end;
}

/** Index of the first token of the sentence starting at or after character `offset`. */
function tokenAfter(seg: Segmentation, offset: number, sentenceStart: number, sentenceEnd: number): number {
  let k = sentenceStart;
  while (k < sentenceEnd && seg.tokens.start[k]! < offset) k++;
  return k;
}

/**
 * `% * [030]`: the event is between the conjuncts of a compound subject. The clause analysis gives
 * one event per conjunct, without a target; they become one event per ordered pair of conjuncts.
 */
function withinCompoundSubjects(events: readonly CodedEvent[], patterns: ReadonlySet<string> | undefined): readonly CodedEvent[] {
  if (!patterns || patterns.size === 0) return events;
  const groups = new Map<string, CodedEvent[]>();
  for (const event of events) {
    if (!patterns.has(event.pattern) || event.targetMention !== null || event.sourceMention === null) continue;
    const key = `${event.sentence}|${event.trigger.start}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  if (groups.size === 0) return events;
  const out: CodedEvent[] = [];
  for (const event of events) {
    const group = groups.get(`${event.sentence}|${event.trigger.start}`);
    if (!group || !group.includes(event) || group.length < 2) {
      out.push(event);
      continue;
    }
    let copy = 0;
    for (const other of group) {
      if (other.sourceMention === event.sourceMention) continue;
      out.push({ ...event, id: copy === 0 ? event.id : `${event.id}.p${copy}`, targetMention: other.sourceMention });
      copy++;
    }
  }
  return out;
}

/** `[032:033]`: "A left for B" is also B's event towards A, with the paired code. */
function withPairedEvents(events: readonly CodedEvent[], paired: ReadonlyMap<string, string>, ontology: CameoOntology): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const event of events) {
    out.push(event);
    const code = paired.get(event.pattern);
    const info = code ? ontology.lookup(code) : null;
    if (!code || !info || event.negated) continue;
    out.push({
      ...event, id: `${event.id}r`, cameo: code, sourceMention: event.targetMention, targetMention: event.sourceMention,
      ploverType: info.plover, ploverMode: info.ploverMode, quadClass: info.quadClass, goldstein: info.goldstein,
    });
  }
  return out;
}

function dedupeEvents(events: readonly CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.sentence}|${e.sourceMention}|${e.targetMention}|${e.cameo}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function hasDyad(event: CodedEvent, actors: ActorLayer | undefined, lower: readonly string[]): boolean {
  return isCodedActor(event.sourceMention, actors, lower) && isCodedActor(event.targetMention, actors, lower);
}

const ATTACHING = new Set(['from', 'in', 'of']);

/**
 * A coded actor, not an agent whose country was guessed from context; but "soldiers from Gondor",
 * "activists in Arnor" name their country in the phrase itself, which PETRARCH codes.
 */
function isCodedActor(mention: number | null, actors: ActorLayer | undefined, lower: readonly string[]): boolean {
  if (mention === null || !actors) return false;
  const own = actors.mentions[mention];
  if (!own) return false;
  if (own.rule !== 'actors/agent-context') return true;
  const next = actors.mentions[mention + 1];
  if (!next || !ATTACHING.has(lower[own.tokenEnd] ?? '')) return false;
  const gap = next.tokenStart - own.tokenEnd;
  const attached = gap === 1 || (gap === 2 && lower[own.tokenEnd + 1] === 'the');
  return attached && own.code.startsWith(next.code.slice(0, 3));
}

function discardedSentences(seg: Segmentation, discards: CompiledDiscards): 'story' | Set<number> {
  const dropped = new Set<number>();
  if (discards.entries.length === 0) return dropped;
  const lower = seg.tokens.lower;
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = seg.sentences[s]!;
    const hit = findDiscard(discards, lower.slice(sentence.tokenStart, sentence.tokenEnd));
    if (!hit) continue;
    if (hit.entry.scope === 'story') return 'story';
    dropped.add(s);
  }
  return dropped;
}
