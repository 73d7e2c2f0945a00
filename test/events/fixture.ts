import { makeDoc } from '../../src/core/doc.js';
import type { Layers } from '../../src/core/layers.js';
import type { Segmentation } from '../../src/core/tokens.js';
import { loadEventResources } from '../../src/lexicon/verbs/load.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import type { Actor, ActorLayer, ActorMention } from '../../src/stages/actors/types.js';
import { codeEvents } from '../../src/stages/events/index.js';
import type { CodedEvent } from '../../src/stages/events/types.js';
import { segment } from '../../src/stages/segment/index.js';

const tagger = createWinkTagger();
export const resources = loadEventResources();

/**
 * TEST DATA: a hand-built actor layer standing in for the actors stage. Each [surface, code] marks
 * every occurrence of `surface` (whole tokens) as a mention of actor `code`.
 */
export function buildActorLayer(text: string, segmentation: Segmentation, specs: ReadonlyArray<readonly [string, string]>): ActorLayer {
  const { tokens } = segmentation;
  const found: Array<Omit<ActorMention, 'coref'> & { coref: boolean }> = [];
  // Longest names first, so "Israeli Defence Minister" wins over "Israeli".
  for (const [surface, code] of [...specs].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      let first = -1;
      let last = -1;
      for (let i = 0; i < tokens.count; i++) {
        if ((tokens.start[i] ?? 0) === at) first = i;
        if ((tokens.end[i] ?? 0) === at + surface.length) last = i;
      }
      if (first < 0 || last < first) continue;
      if (found.some((m) => m.tokenStart <= last && first < m.tokenEnd)) continue;
      found.push({ start: at, end: at + surface.length, actor: code, code, tokenStart: first, tokenEnd: last + 1, coref: false, rule: 'test/fixture' });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const tokenMention = new Int32Array(tokens.count).fill(-1);
  found.forEach((m, index) => tokenMention.fill(index, m.tokenStart, m.tokenEnd));
  const actors: Actor[] = [...new Set(found.map((m) => m.code))].map((code) => ({
    id: code, name: code, code, country: code.slice(0, 3), sector: code.slice(3) || null, ploverSector: null, ploverCountry: null, kind: 'other', role: null,
  }));
  return { actors, mentions: found, tokenMention };
}

export interface Coded {
  readonly text: string;
  readonly events: readonly CodedEvent[];
  readonly layers: Partial<Layers>;
}

/** Runs segmentation and the events stage over `text` with fixture actors (and any extra layers). */
export function codeText(
  text: string, actors: ReadonlyArray<readonly [string, string]> = [], date: string | null = '2022-09-28',
  extra: (segmentation: Segmentation) => Partial<Layers> = () => ({}),
): Coded {
  const doc = makeDoc({ id: 't', text, date });
  const segmentation = segment(doc, { tagger });
  const layers: Partial<Layers> = { segmentation, actors: buildActorLayer(text, segmentation, actors), ...extra(segmentation) };
  return { text, events: codeEvents(doc, resources, layers).events, layers };
}

/** One line per event: `cameo SOURCE>TARGET "trigger" rule`, the form the tests compare. */
export function describe(coded: Coded): string[] {
  const mentions = coded.layers.actors?.mentions ?? [];
  const code = (index: number | null): string => (index === null ? '-' : mentions[index]?.code ?? '?');
  return coded.events.map((event) =>
    `${event.cameo} ${code(event.sourceMention)}>${code(event.targetMention)} "${coded.text.slice(event.trigger.start, event.trigger.end)}" ${event.rule}`);
}
