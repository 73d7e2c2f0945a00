import type { Segmentation } from '../../core/tokens.js';
import type { CameoOntology } from '../../lexicon/verbs/types.js';
import type { ActorLayer } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';
import type { CompiledVerbs } from '../compile/verbs.js';
import { sentenceView } from '../match/sentence-view.js';
import { readVerbAt, type VerbReading } from '../match/verb-reading.js';
import { DETERMINERS } from '../match/sentence-view.js';

const NEGATIONS = new Set(['not', "n't", 'never']);
const CLAUSE_ENDS = new Set([',', ';']);

/**
 * PETRARCH codes every verb of its dictionary, whatever a parser makes of the clause; Dyad's
 * clause analysis finds events only for verbs its lexicon rows match by lemma and slots. A verb
 * form of a PETRARCH-1 dictionary the tagger reads as a verb, outside actor names, that is no
 * event yet and no word of a matched pattern, is coded here as PETRARCH-1 would: the best pattern
 * (or the verb's code; `---` codes nothing), with the actors the pattern binds. Actors it does not
 * bind: the target is the first actor after the verb in its clause (before a comma), or there is
 * no event; the source is filled in later, like any event's (the actor before the verb).
 * A negation right before the verb that no pattern names makes the event negated.
 */
export function codeMissedVerbs(
  events: readonly CodedEvent[], verbs: CompiledVerbs, seg: Segmentation, actors: ActorLayer, ontology: CameoOntology, patternWords: ReadonlySet<number>,
): CodedEvent[] {
  if (verbs.dictionary.format !== 'petrarch1') return [...events];
  const { lower, pos, start, end } = seg.tokens;
  const triggers = events.map((e) => e.trigger);
  const out = [...events];
  seg.sentences.forEach((sentence, s) => {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      if (pos[t] !== 'VERB' || actors.tokenMention[t] !== -1 || patternWords.has(t)) continue;
      if (triggers.some((trigger) => trigger.start < end[t]! && start[t]! < trigger.end)) continue;
      // "the reopening of": a gerund used as a noun is no verb.
      if (DETERMINERS.has(lower[t - 1] ?? '')) continue;
      const reading = readVerbAt(verbs, lower, t, sentenceView(lower, sentence.tokenStart, sentence.tokenEnd, actors.mentions));
      const info = reading && reading.code.code !== '---' ? ontology.lookup(reading.code.code) : null;
      if (!reading || !info) continue;
      // "to be allowed to leave": an infinitive is coded only when a pattern names words before it ("BEGUN *").
      if (isInfinitive(lower, reading.verbStart) && !namesWordsBefore(reading)) continue;
      const target = reading.chosen?.match.target ?? targetInClause(actors, lower, reading.verbEnd, sentence.tokenEnd);
      if (target === null) continue;
      const negated = !reading.negationInPattern && [1, 2, 3].some((d) => NEGATIONS.has(lower[reading.verbStart - d] ?? ''));
      out.push({
        id: `pv${t}`, sentence: s, cameo: reading.code.code, ploverType: info.plover, ploverMode: info.ploverMode,
        quadClass: info.quadClass, goldstein: info.goldstein,
        sourceMention: reading.chosen?.match.source ?? null, targetMention: target,
        trigger: { start: start[reading.verbStart]!, end: end[reading.verbEnd - 1]!, rule: 'petrarch/dictionary-verb' },
        date: null, dateSpan: null, placeMention: null, killed: null, injured: null, arrested: null,
        negated, hypothetical: false, quote: null, reportedBy: null,
        pattern: `${verbs.dictionary.file}:${reading.line}`, rule: 'petrarch/dictionary-verb',
      });
    }
  });
  return out;
}

function isInfinitive(lower: readonly string[], verb: number): boolean {
  return lower[verb - 1] === 'to' || (lower[verb - 1] === 'be' && lower[verb - 2] === 'to');
}

function namesWordsBefore(reading: VerbReading): boolean {
  const chosen = reading.chosen;
  return chosen !== null && chosen.match.wordTokens.some((token) => token < reading.verbStart);
}

/** The first coded mention after the verb, before the clause ends at a comma or semicolon. */
function targetInClause(actors: ActorLayer, lower: readonly string[], from: number, sentenceEnd: number): number | null {
  for (let k = from; k < sentenceEnd && !CLAUSE_ENDS.has(lower[k]!); k++) {
    const m = actors.tokenMention[k]!;
    if (m !== -1 && actors.mentions[m]!.rule !== 'actors/agent-context') return m;
  }
  return null;
}
