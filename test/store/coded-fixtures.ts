import type { ActorRef, CodedDocument, OutActor, OutEvent, OutPlace } from '../../src/contract/types.js';
import type { StoredInput } from '../../src/store/index.js';

/**
 * Hand-made coded documents with events (our own sentences), for store, API and UI tests while
 * the event coder is being built. Spans are found with indexOf, so every offset is real.
 */
export interface FixtureActor {
  readonly name: string;
  readonly code: string;
}
export interface FixturePlace {
  readonly name: string;
  readonly country: string;
  readonly lat: number | null;
  readonly lon: number | null;
}
export interface FixtureEvent {
  readonly trigger: string;
  readonly cameo: string;
  readonly quadClass: number;
  readonly plover: string;
  readonly source?: string;
  readonly target?: string;
  readonly place?: string;
  readonly date?: string;
  readonly killed?: number;
}
export interface FixtureDoc {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly text: string;
  readonly actors: readonly FixtureActor[];
  readonly places?: readonly FixturePlace[];
  readonly events: readonly FixtureEvent[];
  readonly quotes?: readonly { readonly quote: string; readonly speaker: string }[];
}

export const DATA_HASH = 'fixture-data-1';

export function buildCoded(fixture: FixtureDoc, dataHash = DATA_HASH): StoredInput {
  const { text } = fixture;
  const find = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture ${fixture.id}: "${needle}" not in text`);
    return { start, end: start + needle.length, text: needle };
  };
  const sentences = splitSentences(text);
  const actors: OutActor[] = fixture.actors.map((a, i) => ({
    id: `a${i + 1}`, name: a.name, code: a.code, country: a.code.slice(0, 3), sector: a.code.slice(3, 6) || null,
    kind: 'named', mentions: [find(a.name)],
  }));
  const places: OutPlace[] = (fixture.places ?? []).map((p, i) => ({
    id: `p${i + 1}`, name: p.name, country: p.country, admin1: null, lat: p.lat, lon: p.lon, geonameid: null, mentions: [find(p.name)],
  }));
  const ref = (name: string | undefined): ActorRef | null => {
    if (!name) return null;
    const actor = actors.find((a) => a.name === name);
    if (!actor) throw new Error(`fixture ${fixture.id}: no actor ${name}`);
    return { actor: actor.id, name: actor.name, code: actor.code, ...find(name) };
  };
  const events: OutEvent[] = fixture.events.map((e, i) => {
    const trigger = find(e.trigger);
    const place = e.place ? places.find((p) => p.name === e.place) : undefined;
    return {
      id: `e${i + 1}`,
      sentence: sentences.findIndex((s) => s.start <= trigger.start && trigger.end <= s.end),
      cameo: e.cameo, plover: { type: e.plover, mode: null }, quadClass: e.quadClass, goldstein: null,
      source: ref(e.source), target: ref(e.target), trigger,
      date: e.date ?? fixture.date, dateSpan: null,
      place: place ? { place: place.id, name: place.name, lat: place.lat, lon: place.lon, ...find(place.name) } : null,
      killed: e.killed ?? null, injured: null, arrested: null, negated: false, hypothetical: false, quote: null, rule: 'events/fixture',
    };
  });
  const quotes = (fixture.quotes ?? []).map((q, i) => ({ id: `q${i + 1}`, direct: true, speaker: ref(q.speaker), cue: null, ...find(q.quote) }));
  const coded: CodedDocument = {
    dyad: '1', id: fixture.id, date: fixture.date, text, sentences, actors, places, quotes, events,
    meta: { version: '0.1.0', dataHash, timingsMs: {} },
  };
  return { coded, meta: { title: fixture.title, source: 'fixture' } };
}

function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const pattern = /[^.!?]+[.!?]*/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

const NAIROBI = { name: 'Nairobi', country: 'KEN', lat: -1.2864, lon: 36.8172 };
const KASARANI = { name: 'Kasarani', country: 'KEN', lat: -1.2219, lon: 36.8963 };
const MOMBASA = { name: 'Mombasa', country: 'KEN', lat: -4.0435, lon: 39.6682 };
const POLICE = { name: 'Kenyan police', code: 'KENCOP' };
const PROTESTERS = { name: 'demonstrators', code: 'KENPTY' };

/** A small corpus: two articles about one clash in Nairobi (one event, two articles), another in Mombasa, and talks. */
export const CORPUS: readonly FixtureDoc[] = [
  {
    id: 'wire/ken-1', date: '2024-05-02', title: 'Police clash with demonstrators in Nairobi',
    text: 'Kenyan police fired tear gas at demonstrators in Nairobi on Thursday. "We will not be silenced," said Amina Wanjiru, a student leader.',
    actors: [POLICE, PROTESTERS, { name: 'Amina Wanjiru', code: 'KENOPP' }], places: [NAIROBI],
    events: [{ trigger: 'fired tear gas', cameo: '1712', quadClass: 4, plover: 'ASSAULT', source: 'Kenyan police', target: 'demonstrators', place: 'Nairobi' }],
    quotes: [{ quote: '"We will not be silenced,"', speaker: 'Amina Wanjiru' }],
  },
  {
    id: 'wire/ken-2', date: '2024-05-03', title: 'Tear gas in the capital',
    text: 'A day after the protest, witnesses said Kenyan police attacked demonstrators near Kasarani with tear gas and batons.',
    actors: [POLICE, PROTESTERS], places: [KASARANI],
    events: [{ trigger: 'attacked', cameo: '1711', quadClass: 4, plover: 'ASSAULT', source: 'Kenyan police', target: 'demonstrators', place: 'Kasarani', date: '2024-05-02' }],
  },
  {
    id: 'wire/ken-3', date: '2024-05-02', title: 'Unrest on the coast',
    text: 'In Mombasa, Kenyan police beat demonstrators outside the port.',
    actors: [POLICE, PROTESTERS], places: [MOMBASA],
    events: [{ trigger: 'beat', cameo: '1712', quadClass: 4, plover: 'ASSAULT', source: 'Kenyan police', target: 'demonstrators', place: 'Mombasa' }],
  },
  {
    id: 'wire/talks', date: '2024-05-06', title: 'Ministers meet in Addis Ababa',
    text: 'The Ethiopian government hosted Sudanese army envoys for talks on Monday. The envoys praised the mediation effort.',
    actors: [{ name: 'Ethiopian government', code: 'ETHGOV' }, { name: 'Sudanese army envoys', code: 'SDNMIL' }],
    events: [
      { trigger: 'hosted', cameo: '043', quadClass: 1, plover: 'CONSULT', source: 'Ethiopian government', target: 'Sudanese army envoys' },
      { trigger: 'praised', cameo: '051', quadClass: 1, plover: 'SUPPORT', source: 'Sudanese army envoys', target: 'Ethiopian government' },
    ],
  },
  {
    id: 'wire/accent', date: '2024-05-07', title: 'Protesta en Bogotá',
    text: 'Colombian police detained a protester in Bogotá after a march near the Plaza de Bolívar.',
    actors: [{ name: 'Colombian police', code: 'COLCOP' }, { name: 'a protester', code: 'COLPTY' }],
    places: [{ name: 'Bogotá', country: 'COL', lat: 4.711, lon: -74.0721 }],
    events: [{ trigger: 'detained', cameo: '173', quadClass: 4, plover: 'COERCE', source: 'Colombian police', target: 'a protester', place: 'Bogotá' }],
  },
];

export function corpusInputs(dataHash = DATA_HASH): StoredInput[] {
  return CORPUS.map((doc) => buildCoded(doc, dataHash));
}
