import { readCount, casualtyKind } from './casualties.js';
import { findHits, matchAt, type Hit } from './candidates.js';
import type { Draft } from './draft.js';
import { lookupFrame, resolveFrame } from './frames.js';
import { mergeCasualties } from './merge.js';
import { announcesAct, isPassive, readModality, type Modality } from './modality.js';
import { addressedMention, isBackground } from './clause.js';
import { FROM_OR_BY, findAgent, findModifierActor, findObjects, findSubjects } from './roles.js';
import { findLightVerb } from './light.js';
import { withoutDisasterDeaths } from './disasters.js';
import { refineInstruments } from './instruments.js';
import { refineProtestTopics } from './topics.js';
import { hasCue, lowerAt, mentionAt, posAt, tokenHasCue, type SentenceView } from './view.js';

const INTENT_ROOTS = new Set(['04', '05', '06', '07', '08']);
const THREAT_ROOTS = new Set(['14', '16', '17', '18', '19', '20']);
const NOUN_TARGET_PREPS = new Set(['on', 'against', 'with', 'into', 'to', 'upon', 'toward', 'towards', 'of']);

/** Every event of one sentence, in trigger order (after the prefilter said it holds a trigger). */
export function codeSentence(view: SentenceView): Draft[] {
  const hits = findHits(view);
  const consumed = new Set<number>();
  const drafts: Draft[] = [];
  for (const hit of hits) {
    if (hit.pos !== 'V' || consumed.has(hit.index) || (hit.pattern.none && !hit.pattern.frame)) continue;
    // A gerund inside another trigger's prepositional phrase ("reneged on ... for holding elections") is its argument.
    if (lowerAt(view, hit.index).endsWith('ing') && drafts.some((draft) => draft.trigger < hit.index && hit.index < draft.windowEnd)) continue;
    const draft = codeVerb(view, hit, consumed);
    if (draft) drafts.push(draft);
  }
  const context: Draft[] = [];
  for (const hit of hits) {
    if (hit.pos !== 'N' || consumed.has(hit.index) || hit.pattern.none) continue;
    const draft = codeNoun(view, hit, drafts, consumed);
    if (!draft) continue;
    if (draft.rule === 'events/noun' && !standsAlone(view, drafts, draft)) context.push(draft);
    else drafts.push(draft);
  }
  const kept = dropBareStatements(drafts.filter((draft) => !draft.background));
  mergeCasualties(kept, context);
  refineProtestTopics(view, kept);
  refineInstruments(view, kept);
  return withoutDisasterDeaths(view, kept).sort((a, b) => a.trigger - b.trigger);
}

/**
 * An event noun outside a light verb is its own event only in a sentence without a verb event
 * (headlines, captions, "Clashes in Jenin") or as the subject of the clause ("The raid killed four");
 * elsewhere ("after talks", "during the raid") it names an event the sentence is not reporting.
 */
function standsAlone(view: SentenceView, drafts: readonly Draft[], noun: Draft): boolean {
  if (drafts.some((draft) => !draft.isNoun && draft.trigger < noun.trigger && noun.trigger < draft.windowEnd)) return false;
  const verbs = drafts.filter((draft) => (!draft.isNoun || draft.rule.startsWith('events/light-verb')) && !draft.say && !draft.background);
  if (verbs.length === 0) return true;
  const firstVerb = Math.min(...verbs.map((draft) => draft.trigger));
  if (noun.trigger > firstVerb) return false;
  let k = noun.windowEnd;
  while (k < view.end && (posAt(view, k) === 'AUX' || posAt(view, k) === 'ADV')) k++;
  // "Demonstrations demanding justice are being held": a participle modifying the noun follows it as the subject's head.
  return k === firstVerb || (k < view.end && posAt(view, k) === 'VERB' && isBackground(view, k));
}

interface ModalCoding {
  readonly code: string;
  /** The pattern's negation code replaced the code ("did not comment" → 011): no longer a bare statement. */
  readonly recoded?: boolean;
  readonly rule: string | null;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly obligation: boolean;
}

/**
 * What modality does to the code: "did not comment" → 011; "will not allow" → a refusal (12x);
 * "will reopen", "would meet" → an intent (03x); "would blockade", "will withdraw peacekeepers"
 * → a threat (13x); "must return" → a demand (10x) by whoever reports it. Frames code their own.
 */
function applyModality(view: SentenceView, code: string, hit: Hit, modality: Modality): ModalCoding {
  const { frames } = view.res.lexicon;
  const plain = { code, rule: null, negated: modality.negated, hypothetical: modality.modal || modality.purpose || modality.planned, obligation: false };
  if (modality.negated && hit.pattern.negCode) return { ...plain, code: hit.pattern.negCode, negated: false, recoded: true };
  if (hit.pattern.say || modality.purpose || modality.planned) return plain;
  if (view.res.literalModality) return { ...plain, hypothetical: false };
  if (hit.pattern.frame) {
    const demanded = modality.obligation && !modality.negated && hit.pattern.frame !== 'appeal' && hit.pattern.frame !== 'demand';
    return demanded ? { ...plain, code: lookupFrame(frames, 'demand', code), rule: 'events/obligation', obligation: true } : plain;
  }
  const root = code.slice(0, 2);
  // "will", "would", and speculative "could"/"may" about one's own act: an announced intent or a threat.
  const foreseen = modality.future || modality.modal;
  if (modality.negated && foreseen) {
    return { ...plain, code: lookupFrame(frames, 'refuse', code), rule: 'events/refusal', negated: false, hypothetical: false };
  }
  if (modality.negated) return plain;
  if (modality.obligation) {
    return { ...plain, code: lookupFrame(frames, 'demand', code), rule: 'events/obligation', hypothetical: false, obligation: true };
  }
  if (foreseen && INTENT_ROOTS.has(root)) {
    return { ...plain, code: lookupFrame(frames, 'intent', code), rule: 'events/intent', hypothetical: false };
  }
  if (foreseen && THREAT_ROOTS.has(root)) {
    return { ...plain, code: lookupFrame(frames, 'threaten', code), rule: 'events/threat', hypothetical: false };
  }
  return plain;
}

const TO = new Set(['to']);

function codeVerb(view: SentenceView, hit: Hit, consumed: Set<number>): Draft | null {
  let code = hit.pattern.code ?? '010';
  let rule = 'events/active';
  let complement: Hit | null = null;
  if (hit.pattern.frame) {
    const frame = resolveFrame(view, hit);
    code = frame.code;
    complement = frame.complement;
    // A frame that codes nothing for this complement ("allowed troops to fire") leaves it its own event.
    if (code === 'none') return null;
    if (complement) consumed.add(complement.index);
    if (complement || hit.pattern.code === null) rule = `events/frame-${hit.pattern.frame}`;
  }
  const modality = readModality(view, hit.index, 'V');
  const moded = applyModality(view, code, hit, modality);
  code = moded.code;
  if (moded.rule) rule = moded.rule;
  const { negated, hypothetical } = moded;
  // "warned that X would …" announces an act: a threat, not a pessimistic comment.
  if (code === '012' && tokenHasCue(view, 'warning', hit.index) && announcesAct(view, hit.index)) {
    code = '130';
    rule = 'events/threat';
  }
  const passive = isPassive(view, hit.index);
  const subjects = findSubjects(view, hit.index);
  const inverse = passive || hit.pattern.inverse;
  let sources = inverse ? findAgent(view, hit.args, passive ? undefined : FROM_OR_BY) : subjects;
  let targets = inverse ? subjects : findObjects(view, hit.args);
  // "... to President Bush urging him": the pronoun is the actor just named.
  const addressed = inverse ? -1 : addressedMention(view, hit.index);
  if (addressed >= 0) targets = [addressed];
  if (hit.pattern.say) {
    // "…," said Nabil Abu Rudaineh: the speaker follows the verb; a statement has no target.
    if (sources.length === 0 && hit.index + 1 < view.end && mentionAt(view, hit.index + 1) >= 0) sources = [mentionAt(view, hit.index + 1)];
    targets = [];
  }
  if (inverse && rule === 'events/active') rule = passive ? 'events/passive' : 'events/inverse';
  if (hit.pattern.frame === 'purpose') {
    // "sent a delegation to Gaza to mediate between Hamas and Fatah": the people sent are the sender's
    // own; the act is aimed at the complement's target, else at the destination.
    targets = complement ? complementTargets(view, complement) : [];
    if (targets.length === 0) targets = findAgent(view, hit.args, TO);
  }
  // "demanded that Hamas renounce its struggle against Israel": the demand is made of Hamas.
  if (hit.pattern.frame && targets.length === 0) targets = thatClauseSubject(view, hit);
  if (complement && targets.length === 0) targets = complementTargets(view, complement);
  const kind = casualtyKind(view, hit.index);
  const count = kind ? readCount(view, hit, passive) : null;
  return {
    trigger: hit.index, code, pattern: hit.pattern.id, rule, sources, targets, negated, hypothetical,
    say: hit.pattern.say && !moded.recoded, windowEnd: Math.max(hit.args.windowEnd, complement ? complement.args.windowEnd : 0),
    // A purpose or noun-complement infinitive ("entered the camp to arrest", "an offer to host") is an aim, not a reported event.
    casualty: kind, isNoun: false, background: modality.purpose || isBackground(view, hit.index), obligation: moded.obligation,
    killed: kind === 'killed' ? count : null,
    injured: kind === 'injured' ? count : null,
    arrested: kind === 'arrested' ? count : null,
    reportedBy: null, placeToken: placeTokenIn(view, hit),
  };
}

/** "threatened that Israel would pay": the subject of the that-clause is who the frame is aimed at. */
function thatClauseSubject(view: SentenceView, hit: Hit): number[] {
  for (let k = hit.index + 1; k < view.end && k - hit.index <= 3; k++) {
    if (lowerAt(view, k) !== 'that') continue;
    for (let j = k + 1; j < view.end && j - k <= 4; j++) {
      const m = mentionAt(view, j);
      if (m >= 0) return [m];
    }
  }
  return [];
}

function complementTargets(view: SentenceView, complement: Hit): number[] {
  return complement.pos === 'V' ? findObjects(view, complement.args) : nounTargets(view, complement);
}

function codeNoun(view: SentenceView, hit: Hit, drafts: Draft[], consumed: Set<number>): Draft | null {
  const light = findLightVerb(view, hit.index);
  let sources = findModifierActor(view, hit.args);
  if (sources.length === 0) sources = findAgent(view, hit.args);
  let targets = nounTargets(view, hit);
  let rule = 'events/noun';
  let negated = readModality(view, hit.index, 'N').negated;
  let hypothetical = false;
  let lightPurpose = false;
  if (light) {
    const own = drafts.findIndex((draft) => draft.trigger === light.verb);
    if (own >= 0) {
      const verbHit = matchAt(view, light.verb);
      if (verbHit && verbHit.pattern.specificity > 0 && !verbHit.pattern.say) return null;
      drafts.splice(own, 1);
    }
    const modality = readModality(view, light.verb, 'V');
    negated = negated || modality.negated;
    hypothetical = modality.modal || modality.planned;
    lightPurpose = modality.purpose;
    if (sources.length === 0) sources = light.passive ? [] : findSubjects(view, light.verb);
    if (targets.length === 0 && !light.passive) {
      const verbArgs = matchAt(view, light.verb)?.args;
      if (verbArgs) targets = findObjects(view, verbArgs).filter((m) => !sources.includes(m));
    }
    rule = light.passive ? 'events/light-verb-passive' : 'events/light-verb';
    consumed.add(hit.index);
  } else if (hit.pattern.ctx) {
    return null;
  } else if (sources.length === 0 && !drafts.some((draft) => draft.trigger < hit.index && hit.index < draft.windowEnd)) {
    // "Mourners carry the body … during his funeral": the clause's subject takes part in the event.
    const verb = previousVerbIndex(view, hit.index);
    if (verb >= 0) sources = findSubjects(view, verb).filter((m) => !targets.includes(m));
  }
  const code = hit.pattern.code ?? '010';
  const kind = casualtyKind(view, hit.index);
  return {
    trigger: hit.index, code, pattern: hit.pattern.id, rule, sources, targets, negated, hypothetical,
    say: false, windowEnd: hit.args.windowEnd, casualty: kind, isNoun: true,
    background: light ? lightPurpose || isBackground(view, light.verb) : false, obligation: false,
    killed: null, injured: null, arrested: null, reportedBy: null, placeToken: placeTokenIn(view, hit),
  };
}

function previousVerbIndex(view: SentenceView, from: number): number {
  for (let k = from - 1; k >= view.first; k--) if (posAt(view, k) === 'VERB') return k;
  return -1;
}

function nounTargets(view: SentenceView, hit: Hit): number[] {
  const preps = hit.args.preps.filter((pp) => NOUN_TARGET_PREPS.has(pp.prep));
  return findObjects(view, { ...hit.args, object: null, preps });
}

/** "said" is an event only when nothing else happens in the sentence; otherwise it names the reporter. */
function dropBareStatements(drafts: Draft[]): Draft[] {
  const statements = drafts.filter((draft) => draft.say);
  const others = drafts.filter((draft) => !draft.say);
  if (others.length === 0) return drafts;
  const reporter = statements.find((draft) => draft.sources.length > 0)?.sources[0] ?? null;
  if (reporter === null) return others;
  for (const draft of others) {
    if (draft.obligation) {
      draft.targets = draft.sources;
      draft.sources = [reporter];
    } else if (!draft.sources.includes(reporter)) {
      draft.reportedBy = reporter;
    }
  }
  return others;
}

/** First token of a place phrase among the trigger's arguments ("in Jenin", "near Kharkiv"). */
function placeTokenIn(view: SentenceView, hit: Hit): number {
  for (const pp of hit.args.preps) {
    // "raid on Jenin": for an event noun "on"/"into" name where it happened.
    const nounPlace = hit.pos === 'N' && (pp.prep === 'on' || pp.prep === 'into');
    if ((hasCue(view, 'locative', pp.prep) && pp.prep !== 'on' && pp.prep !== 'from') || nounPlace) return pp.start;
  }
  return -1;
}
