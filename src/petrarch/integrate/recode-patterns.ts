import type { Segmentation } from '../../core/tokens.js';
import type { CameoOntology } from '../../lexicon/verbs/types.js';
import type { ActorLayer } from '../../stages/actors/types.js';
import type { CodedEvent } from '../../stages/events/types.js';
import { matchVerb, type CompiledVerbs } from '../compile/verbs.js';
import { bestPattern } from '../match/best-pattern.js';
import type { MatchView } from '../match/units.js';
import type { EventCode, PatternNode } from '../types.js';

const DETERMINERS = new Set(['the', 'a', 'an']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const CONJUNCTIONS = new Set(['and', 'or', ',']);

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
): CodedEvent[] {
  if (verbs.dictionary.format !== 'petrarch1') return [...events];
  const lower = seg.tokens.lower;
  const mentionStarts = new Map<number, number>();
  actors.mentions.forEach((m, index) => {
    if (!mentionStarts.has(m.tokenStart)) mentionStarts.set(m.tokenStart, index);
  });
  const out: CodedEvent[] = [];
  const usedWords = new Map<number, Set<number>>();
  for (const event of events) {
    const sentence = seg.sentences[event.sentence];
    const trigger = sentence ? tokenAt(seg, event.trigger.start, sentence.tokenStart, sentence.tokenEnd) : -1;
    const form = trigger >= 0 ? matchVerb(verbs, lower, trigger)[0] : undefined;
    if (!sentence || !form) {
      out.push(event);
      continue;
    }
    const view = sentenceView(lower, sentence.tokenStart, sentence.tokenEnd, mentionStarts, actors);
    const verbStart = trigger - form.head;
    const verbEnd = verbStart + form.words.length;
    const block = verbs.blocks[form.block]!;
    const chosen = bestPattern(verbs.patternsByBlockName.get(block.name) ?? block.patterns, view, verbStart, verbEnd);
    const code: EventCode = chosen ? chosen.pattern.code : form.code;
    if (code.code === '---') continue;
    const info = ontology.lookup(code.code);
    if (!info) {
      out.push(event);
      continue;
    }
    const file = verbs.dictionary.file;
    const recoded: CodedEvent = {
      ...event,
      cameo: code.code, ploverType: info.plover, ploverMode: info.ploverMode, quadClass: info.quadClass, goldstein: info.goldstein,
      pattern: `${file}:${chosen ? chosen.pattern.line : form.line}`,
      sourceMention: chosen?.match.source ?? event.sourceMention,
      targetMention: chosen?.match.target ?? event.targetMention,
      negated: chosen && hasNegation(chosen.pattern.elements.slice(0, chosen.pattern.verbIndex)) ? false : event.negated,
    };
    out.push(recoded);
    if (chosen) usedWords.set(out.length - 1, new Set(chosen.match.wordTokens));
  }
  return withoutVerbsUsedAsWords(out, usedWords, seg);
}

function sentenceView(words: readonly string[], lo: number, hi: number, starts: ReadonlyMap<number, number>, actors: ActorLayer): MatchView {
  const startsAt = (token: number) => starts.get(token) ?? (DETERMINERS.has(words[token]!) ? starts.get(token + 1) : undefined);
  const endsAt = (token: number) => actors.mentions.some((m) => m.tokenEnd === token);
  return {
    words, lo, hi,
    mentionAt(token) {
      const at = startsAt(token);
      if (at === undefined) return null;
      const { tokenStart, tokenEnd: end } = actors.mentions[at]!;
      if (end > hi) return null;
      const before = DETERMINERS.has(words[tokenStart - 1]!) ? tokenStart - 2 : tokenStart - 1;
      const compound = (CONJUNCTIONS.has(words[before]!) && endsAt(before)) || (CONJUNCTIONS.has(words[end]!) && startsAt(end + 1) !== undefined);
      return { mention: at, end, compound };
    },
  };
}

function tokenAt(seg: Segmentation, offset: number, lo: number, hi: number): number {
  for (let t = lo; t < hi; t++) if (seg.tokens.start[t] === offset) return t;
  return -1;
}

function hasNegation(nodes: readonly PatternNode[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'word') return NEGATIONS.has(node.word.toLowerCase()) || node.word.toLowerCase().endsWith("n't");
    if (node.type === 'synset') return node.options.some(hasNegation);
    return false;
  });
}

/** Drops events whose trigger token another event's pattern matched as one of its words. */
function withoutVerbsUsedAsWords(events: readonly CodedEvent[], used: ReadonlyMap<number, ReadonlySet<number>>, seg: Segmentation): CodedEvent[] {
  if (used.size === 0) return [...events];
  return events.filter((event, index) => {
    for (const [owner, tokens] of used) {
      if (owner === index || events[owner]!.sentence !== event.sentence) continue;
      const sentence = seg.sentences[event.sentence]!;
      if (tokens.has(tokenAt(seg, event.trigger.start, sentence.tokenStart, sentence.tokenEnd))) return false;
    }
    return true;
  });
}
