import type { ActorRef, CodedDocument, OutEvent } from '../../src/contract/types.js';
import type { TextSpan } from '../../src/core/span.js';

/** A hand-made coded article (our own text) exercising every export field. */
export const FIXTURE_TEXT =
  'Government troops shelled the town of Kobani on Monday, killing 3 civilians, officials said. ' +
  'The Syrian foreign minister met his Turkish counterpart in Ankara, saying "we want calm, not war".';

/** The span of the n-th occurrence (0-based) of `fragment` in the fixture text. */
export function spanOf(fragment: string, nth = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = FIXTURE_TEXT.indexOf(fragment, start + 1);
  if (start < 0) throw new Error(`"${fragment}" is not in the fixture`);
  return { start, end: start + fragment.length, text: fragment };
}

function ref(fragment: string, actor: string, name: string, code: string): ActorRef {
  return { ...spanOf(fragment), actor, name, code };
}

const shelling: OutEvent = {
  id: 'e1',
  sentence: 0,
  cameo: '194',
  plover: { type: 'ASSAULT', mode: 'heavy-weapons' },
  quadClass: 4,
  goldstein: -10,
  source: ref('Government troops', 'a1', 'Syrian army', 'SYRMIL'),
  target: ref('civilians', 'a2', 'civilians', 'SYRCVL'),
  trigger: spanOf('shelled'),
  date: '2024-03-04',
  dateSpan: spanOf('Monday'),
  place: { ...spanOf('Kobani'), place: 'p1', name: 'Kobani', lat: 36.891, lon: 38.354 },
  killed: 3,
  injured: null,
  arrested: null,
  negated: false,
  hypothetical: false,
  quote: null,
  rule: 'events/verb-pattern',
};

const meeting: OutEvent = {
  id: 'e2',
  sentence: 1,
  cameo: '040',
  plover: { type: 'CONSULT', mode: 'visit' },
  quadClass: 1,
  goldstein: 1,
  source: ref('Syrian foreign minister', 'a3', 'Syrian foreign minister', 'SYRGOV'),
  target: ref('Turkish counterpart', 'a4', 'Turkish foreign minister', 'TURGOV'),
  trigger: spanOf('met'),
  date: '2024-03-05',
  dateSpan: null,
  place: { ...spanOf('Ankara'), place: 'p2', name: 'Ankara', lat: 39.92, lon: 32.854 },
  killed: null,
  injured: null,
  arrested: null,
  negated: false,
  hypothetical: false,
  quote: 'q1',
  rule: 'events/verb-pattern',
};

export const FIXTURE: CodedDocument = {
  dyad: '1',
  id: 'fixture-1',
  date: '2024-03-05',
  text: FIXTURE_TEXT,
  sentences: [
    { start: 0, end: spanOf('said.').end },
    { start: spanOf('The Syrian').start, end: FIXTURE_TEXT.length },
  ],
  actors: [
    { id: 'a1', name: 'Syrian army', code: 'SYRMIL', country: 'SYR', sector: 'MIL', kind: 'military', mentions: [spanOf('Government troops')] },
    { id: 'a2', name: 'civilians', code: 'SYRCVL', country: 'SYR', sector: 'CVL', kind: 'other', mentions: [spanOf('civilians')] },
    { id: 'a3', name: 'Syrian foreign minister', code: 'SYRGOV', country: 'SYR', sector: 'GOV', kind: 'person', mentions: [spanOf('Syrian foreign minister')] },
    { id: 'a4', name: 'Turkish foreign minister', code: 'TURGOV', country: 'TUR', sector: 'GOV', kind: 'person', mentions: [spanOf('Turkish counterpart')] },
  ],
  places: [
    { id: 'p1', name: 'Kobani', country: 'SYR', admin1: 'Aleppo', lat: 36.891, lon: 38.354, geonameid: null, mentions: [spanOf('Kobani')] },
    { id: 'p2', name: 'Ankara', country: 'TUR', admin1: 'Ankara', lat: 39.92, lon: 32.854, geonameid: 323786, mentions: [spanOf('Ankara')] },
  ],
  quotes: [
    {
      ...spanOf('we want calm, not war'),
      id: 'q1',
      direct: true,
      speaker: ref('Syrian foreign minister', 'a3', 'Syrian foreign minister', 'SYRGOV'),
      cue: spanOf('saying'),
    },
  ],
  events: [shelling, meeting],
  meta: { version: '0.1.0', dataHash: 'fixture', timingsMs: {} },
};
