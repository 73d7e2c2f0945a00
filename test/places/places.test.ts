import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/core/doc.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import { findPlaces } from '../../src/stages/places/index.js';
import { findSentencePlaces } from '../../src/stages/places/lookup.js';
import { segment } from '../../src/stages/segment/index.js';
import { placesIn, testGazetteer } from './helpers.js';

test('places/gazetteer: a city found through accent folding ("Qalqilyah" → Qalqīlyah, Palestine)', () => {
  const [place] = placesIn('Soldiers closed the roads into Qalqilyah after the raid.');
  assert.equal(place?.text, 'Qalqilyah');
  assert.equal(place?.name, 'Qalqīlyah');
  assert.equal(place?.country2, 'PS');
  assert.equal(place?.country3, 'PSE');
  assert.equal(place?.rule, 'places/gazetteer');
});

test('a name the tagger splits into several tokens still matches as one span ("Janīn")', () => {
  const found = placesIn('Clashes broke out in Janīn overnight.');
  assert.deepEqual(found.map((p) => [p.text, p.name, p.country2, p.admin1]), [['Janīn', 'Janīn', 'PS', 'West Bank']]);
});

test('context: "Jenin" in a West Bank story is the Palestinian city, not the Polish village', () => {
  const found = placesIn('Israeli troops raided Jenin in the occupied West Bank, Palestinian officials said.');
  const jenin = found.find((p) => p.text === 'Jenin');
  assert.equal(jenin?.name, 'Janīn');
  assert.equal(jenin?.country2, 'PS');
  assert.equal(jenin?.rule, 'places/alias');
  assert.deepEqual(found.find((p) => p.text === 'West Bank')?.featureCode, 'ADM1');
});

test('places/country and places/demonym: a country by name and by adjective', () => {
  const found = placesIn('Turkish police detained two men in Ankara, and Syria protested.');
  assert.deepEqual(found.map((p) => [p.text, p.country3, p.featureCode, p.rule]), [
    ['Turkish', 'TUR', 'PCLI', 'places/demonym'],
    ['Ankara', 'TUR', 'PPLC', 'places/gazetteer'],
    ['Syria', 'SYR', 'PCLI', 'places/country'],
  ]);
  assert.equal(found[2]?.geonameid, 163843);
});

test('places/region: regions that are not cities (Darfur, Sahel, Donbas, Crimea)', () => {
  const found = placesIn('Fighting spread from Darfur to the Sahel while shelling hit Donbas and Crimea.');
  assert.deepEqual(found.map((p) => [p.text, p.rule]), [
    ['Darfur', 'places/region'],
    ['Sahel', 'places/region'],
    ['Donbas', 'places/region'],
    ['Crimea', 'places/region'],
  ]);
  assert.equal(found[0]?.country2, 'SD');
});

test('places/alias: English exonyms (Kiev → Kyiv, Bombay → Mumbai, Hasaka → Al-Hasakah)', () => {
  const found = placesIn('Missiles struck Kiev. Floods hit Bombay. Kurdish forces held Hasaka.');
  assert.deepEqual(found.map((p) => [p.text, p.name, p.country2, p.rule]), [
    ['Kiev', 'Kyiv', 'UA', 'places/alias'],
    ['Bombay', 'Mumbai', 'IN', 'places/alias'],
    ['Hasaka', 'Al Ḩasakah', 'SY', 'places/alias'],
  ]);
});

test('places/variant: a transliteration with the Arabic article ("Al-Ramadi" → Ramadi)', () => {
  const place = placesIn('Iraqi forces entered Al-Ramadi on Monday.').find((p) => p.rule === 'places/variant');
  assert.equal(place?.text, 'Al-Ramadi');
  assert.match(place?.name ?? '', /^(?:Ar )?Ram[aā]d[iī]$/);
  assert.equal(place?.country2, 'IQ');
  assert.equal(place?.rule, 'places/variant');
});

test('a qualifier picks the small namesake: "Prague, Oklahoma" and "Geneva, Illinois"', () => {
  const prague = placesIn('A tornado damaged a school in Prague, Oklahoma.');
  assert.deepEqual(prague.map((p) => [p.text, p.country2, p.admin1]), [['Prague', 'US', 'Oklahoma'], ['Oklahoma', 'US', 'Oklahoma']]);
  const geneva = placesIn('A factory closed in Geneva, Illinois, last year.')[0];
  assert.equal(geneva?.country2, 'US');
  assert.equal(geneva?.admin1, 'Illinois');
});

test('without context the prominent namesake wins: Prague is the Czech capital', () => {
  const [prague] = placesIn('The minister gave a speech in Prague.');
  assert.equal(prague?.country3, 'CZE');
  assert.equal(prague?.featureCode, 'PPLC');
});

test('places/county: "<Name> County" is placed in the state the article names', () => {
  const found = placesIn('Kentucky State Police searched a farm in Metcalfe County on Tuesday.');
  const county = found.find((p) => p.rule === 'places/county');
  assert.equal(county?.text, 'Metcalfe County');
  assert.equal(county?.featureCode, 'ADM2');
  assert.equal(county?.admin1, 'Kentucky');
  assert.equal(county?.country3, 'USA');
});

test('nearby places pull an ambiguous name: London next to Ontario towns is London, Ontario', () => {
  const found = placesIn('Police in London, Ontario, said the suspect fled towards Woodstock and Ingersoll in Ontario.');
  assert.equal(found.find((p) => p.text === 'London')?.country2, 'CA');
});

test('every mention of one place shares its entry; spans slice the text exactly', () => {
  const text = 'Aleppo was shelled. Residents of Aleppo fled.';
  const found = placesIn(text);
  assert.deepEqual(found.map((p) => p.text), ['Aleppo', 'Aleppo']);
  assert.equal(found[0]?.geonameid, found[1]?.geonameid);
  assert.equal(found[0]?.geonameid, 170063);
});

test('an administrative word makes the name a region: "Idlib province", "Aleppo and Homs Governorates"', () => {
  const found = placesIn('Aid convoys reached Aleppo and Homs Governorates but not Idlib province.');
  assert.deepEqual(found.map((p) => [p.text, p.name, p.featureCode, p.rule]), [
    ['Aleppo', 'Aleppo Governorate', 'ADM1', 'places/region'],
    ['Homs Governorates', 'Homs Governorate', 'ADM1', 'places/region'],
    ['Idlib province', 'Idlib Governorate', 'ADM1', 'places/region'],
  ]);
  assert.equal(found[0]?.geonameid, 170062);
});

test('exonyms of cities whose GeoNames name is local: Geneva → Genève, Palmyra → Tadmur', () => {
  const found = placesIn('Diplomats met in Geneva while fighting neared Palmyra.');
  assert.deepEqual(found.map((p) => [p.text, p.name, p.country2, p.rule]), [
    ['Geneva', 'Genève', 'CH', 'places/alias'],
    ['Palmyra', 'Tadmur', 'SY', 'places/alias'],
  ]);
});

test('places/demonym: region adjectives and multi-word demonyms ("European", "South African")', () => {
  const found = placesIn('European and South African officials met.');
  assert.deepEqual(found.map((p) => [p.text, p.name, p.featureCode, p.rule]), [
    ['European', 'Europe', 'CONT', 'places/demonym'],
    ['South African', 'South Africa', 'PCLI', 'places/demonym'],
  ]);
});

test('a place name before an organisation word still names the place ("Venice International Film Festival")', () => {
  const [venice] = placesIn('It won an award at the Venice International Film Festival.');
  assert.equal(venice?.text, 'Venice');
  assert.equal(venice?.country2, 'IT');
});

test('findSentencePlaces: the places of one sentence, demonyms left out, nearest to a token first', () => {
  const text = 'Calm returned to Gaza. Turkish troops shelled Afrin in Syria after talks in Ankara.';
  const doc = makeDoc({ id: 't', text });
  const segmentation = segment(doc, { tagger: createWinkTagger() });
  const layer = findPlaces(doc, testGazetteer(), segmentation);
  const second = segmentation.sentences[1];
  assert.ok(second);
  assert.deepEqual(findSentencePlaces(layer, second).map((hit) => text.slice(hit.mention.start, hit.mention.end)), ['Afrin', 'Syria', 'Ankara']);
  const shelled = segmentation.tokens.value.indexOf('shelled');
  const nearest = findSentencePlaces(layer, second, shelled)[0];
  assert.equal(nearest?.place.country2, 'SY');
});

test('the article\'s region picks the namesake in it: Paris in a Texas story is Paris, Texas', () => {
  const texas = placesIn('Ranchers across Texas said the drought hit Paris hardest.').find((p) => p.text === 'Paris');
  assert.equal(texas?.country2, 'US');
  assert.equal(texas?.admin1, 'Texas');
  const france = placesIn('The minister flew from Paris to Berlin.').find((p) => p.text === 'Paris');
  assert.equal(france?.country3, 'FRA');
});

test('names that begin with "The" match without it ("the Bronx"); more first-level regions ("Eastern Cape")', () => {
  const found = placesIn('Shots were fired in the Bronx. Floods hit the Eastern Cape.');
  assert.deepEqual(found.map((p) => [p.text, p.name, p.country2]), [
    ['Bronx', 'The Bronx', 'US'],
    ['Eastern Cape', 'Eastern Cape', 'ZA'],
  ]);
});

test('"X in <country or region>" qualifies X like a comma does: "Afrin in Syria"', () => {
  const afrin = placesIn('Drones struck Afrin in Syria.').find((p) => p.text === 'Afrin');
  assert.equal(afrin?.country2, 'SY');
  assert.equal(afrin?.name, '‘Afrīn');
});

test('a demonym or country in front of a person\'s name stays a place ("Russian President Vladimir Putin")', () => {
  const text = 'Russian President Vladimir Putin and U.S. Secretary of State John Kerry met.';
  const found = placesIn(text, (segmentation) => {
    const { tokens } = segmentation;
    const span = (from: string, to: string) => {
      const first = tokens.value.indexOf(from);
      const last = tokens.value.indexOf(to);
      return { start: tokens.start[first] ?? 0, end: tokens.end[last] ?? 0, tokenStart: first, tokenEnd: last + 1 };
    };
    const person = (id: string, name: string) => ({ id, name, code: 'X', country: null, sector: null, ploverSector: null, ploverCountry: null, kind: 'person' as const, role: null });
    return {
      actors: [person('a1', 'Vladimir Putin'), person('a2', 'John Kerry')],
      mentions: [
        { actor: 'a1', code: 'X', ...span('Russian', 'Putin'), coref: false, rule: 'actors/lexicon' },
        { actor: 'a2', code: 'X', ...span('U.S.', 'Kerry'), coref: false, rule: 'actors/lexicon' },
      ],
      tokenMention: new Int32Array(tokens.count).fill(-1),
    };
  });
  assert.deepEqual(found.map((p) => [p.text, p.country3, p.rule]), [
    ['Russian', 'RUS', 'places/demonym'],
    ['U.S.', 'USA', 'places/country'],
  ]);
});
