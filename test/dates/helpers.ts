import { makeDoc } from '../../src/core/doc.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import { createDateParser, findDates } from '../../src/stages/dates/index.js';
import type { DateLayer } from '../../src/stages/dates/types.js';
import { segment } from '../../src/stages/segment/index.js';

const tagger = createWinkTagger();
const parser = createDateParser();

export function dateLayerOf(text: string, date: string | null = '2022-09-28'): DateLayer {
  const doc = makeDoc({ id: 't', text, date });
  return findDates(doc, segment(doc, { tagger }), parser);
}

/** Each mention as [surface text, value, precision, rule]. */
export function datesIn(text: string, date: string | null = '2022-09-28'): [string, string, string, string][] {
  return dateLayerOf(text, date).mentions.map((m) => [text.slice(m.start, m.end), m.value, m.precision, m.rule]);
}
