import type { Segmentation } from '../../core/tokens.js';
import type { CameoOntology } from '../../lexicon/verbs/types.js';
import type { ActorLayer } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';
import type { CompiledVerbs } from '../compile/verbs.js';
import { sentenceView } from '../match/sentence-view.js';
import { readVerbAt } from '../match/verb-reading.js';

export interface RecodedEvents {
  readonly events: CodedEvent[];
  /** Tokens that matched patterns used as words: no verb there is an event of its own. */
  readonly patternWords: ReadonlySet<number>;
}

/**
 * PETRARCH-1 pattern matching on top of the clause analysis: for each event whose trigger is a
 * verb of the dictionary, the patterns of its block are matched on the sentence's words around
 * it, phrase by phrase (`GOLDEN_GOBLIN_GALLEONS` needs all three words, in a row), and the most
 * specific match gives the code (else the verb's own code; `---` drops the event). Actors a
 * pattern binds (`$`, `+`) replace the clause analysis' roles. Verbs a matched pattern uses as
 * words ("INDICATED WOULD * NOW") are part of it, not events of their own.
 * The verb dictionary must be in PETRARCH-1 format; other events pass unchanged.
 */
export function recodeByPatterns(
  events: readonly CodedEvent[], verbs: CompiledVerbs, seg: Segmentation, actors: ActorLayer, ontology: CameoOntology,
): RecodedEvents {
  if (verbs.dictionary.format !== 'petrarch1') return { events: [...events], patternWords: new Set() };
  const lower = seg.tokens.lower;
  const out: CodedEvent[] = [];
  const patternWords = new Set<number>();
  const owners = new Map<number, number>();
  for (const event of events) {
    const sentence = seg.sentences[event.sentence];
    const trigger = sentence ? tokenAt(seg, event.trigger.start, sentence.tokenStart, sentence.tokenEnd) : -1;
    const reading = sentence && trigger >= 0 ? readVerbAt(verbs, lower, trigger, sentenceView(lower, sentence.tokenStart, sentence.tokenEnd, actors.mentions)) : null;
    if (!reading) {
      out.push(event);
      continue;
    }
    if (reading.code.code === '---') continue;
    const info = ontology.lookup(reading.code.code);
    if (!info) {
      out.push(event);
      continue;
    }
    const match = reading.chosen?.match;
    // PETRARCH-1 reads a passive only by its "by X" agent: without one (and unless a pattern binds the
    // roles, `+ WAS * FROM $`) the subject is the source, and the target is found after the verb.
    const bound = match && (match.source !== null || match.target !== null);
    const agentless = event.rule === 'events/passive' && event.sourceMention === null && !bound;
    const roles = agentless ? { sourceMention: event.targetMention, targetMention: null } : event;
    out.push({
      ...event,
      cameo: reading.code.code, ploverType: info.plover, ploverMode: info.ploverMode, quadClass: info.quadClass, goldstein: info.goldstein,
      pattern: `${verbs.dictionary.file}:${reading.line}`,
      sourceMention: match?.source ?? roles.sourceMention,
      targetMention: match?.target ?? roles.targetMention,
      negated: reading.negationInPattern ? false : event.negated,
    });
    for (const token of match?.wordTokens ?? []) {
      patternWords.add(token);
      owners.set(token, out.length - 1);
    }
  }
  // Drops events whose trigger token another event's pattern matched as one of its words.
  const kept = out.filter((event, index) => {
    const owner = owners.get(tokenAt(seg, event.trigger.start, 0, seg.tokens.count));
    return owner === undefined || owner === index;
  });
  return { events: kept, patternWords };
}

export function tokenAt(seg: Segmentation, offset: number, lo: number, hi: number): number {
  for (let t = lo; t < hi; t++) if (seg.tokens.start[t] === offset) return t;
  return -1;
}
