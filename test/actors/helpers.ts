import { makeDoc } from '../../src/core/doc.js';
import type { Segmentation } from '../../src/core/tokens.js';
import { loadActorLexicon } from '../../src/lexicon/actors/load.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import { DATA_DIR } from '../../src/resources/paths.js';
import { findActors } from '../../src/stages/actors/index.js';
import type { CompiledActorLexicon } from '../../src/stages/actors/lexicon.js';
import type { Actor, ActorLayer, ActorMention } from '../../src/stages/actors/types.js';
import { segment } from '../../src/stages/segment/index.js';

const tagger = createWinkTagger();
let lexicon: CompiledActorLexicon | undefined;

export function builtInLexicon(): CompiledActorLexicon {
  lexicon ??= loadActorLexicon([`${DATA_DIR}/actors`]);
  return lexicon;
}

export interface Coded {
  readonly text: string;
  readonly seg: Segmentation;
  readonly layer: ActorLayer;
}

export function codeActors(text: string, date: string | null = '2023-06-01', with_: CompiledActorLexicon = builtInLexicon()): Coded {
  const doc = makeDoc({ id: 't', text, date });
  const seg = segment(doc, { tagger });
  return { text, seg, layer: findActors(doc, seg, with_) };
}

/** One readable row per mention: `text|code|rule` (coref mentions end in `|coref`). */
export function rows(coded: Coded): string[] {
  return coded.layer.mentions.map((m) => `${coded.text.slice(m.start, m.end)}|${m.code}|${m.rule}${m.coref ? '|coref' : ''}`);
}

/** The mention whose text is exactly `surface` (the first one, or the nth). */
export function mentionOf(coded: Coded, surface: string, nth = 0): ActorMention | undefined {
  return coded.layer.mentions.filter((m) => coded.text.slice(m.start, m.end) === surface)[nth];
}

export function actorOfMention(coded: Coded, mention: ActorMention | undefined): Actor | undefined {
  return coded.layer.actors.find((actor) => actor.id === mention?.actor);
}

/** Every mention's span must be its own text: text.slice(start, end) lies on token boundaries. */
export function spansAreTokens(coded: Coded): boolean {
  const { tokens } = coded.seg;
  return coded.layer.mentions.every((m) => tokens.start[m.tokenStart] === m.start && tokens.end[m.tokenEnd - 1] === m.end);
}
