import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCodedDocument } from '../../src/contract/validate.js';
import { predictEventTriples } from '../../src/eval/task-events.js';
import { geoTask, predictEventPlaces } from '../../src/eval/task-geo.js';
import { loadAcledMapping, loadIsoFips } from '../../src/export/load-tables.js';
import { predictPlaceItems } from '../../src/eval/task-places.js';
import { predictPloverItems } from '../../src/eval/task-plover.js';
import { predictQuoteItems } from '../../src/eval/task-quotes.js';
import { FIXTURE, FIXTURE_TEXT, spanOf } from '../export/fixture.js';

test('the hand-made fixture is a valid coded document', () => {
  assert.deepEqual(validateCodedDocument(FIXTURE), []);
});

test('events map to (source.code, target.code, cameo); a missing actor stays null', () => {
  assert.deepEqual(predictEventTriples(FIXTURE), [
    { source: 'SYRMIL', target: 'SYRCVL', cameo: '194' },
    { source: 'SYRGOV', target: 'TURGOV', cameo: '040' },
  ]);
  const noTarget = { ...FIXTURE, events: [{ ...FIXTURE.events[0]!, target: null }] };
  assert.deepEqual(predictEventTriples(noTarget), [{ source: 'SYRMIL', target: null, cameo: '194' }]);
});

test('a negated event ("did not attack") predicts no event for events or PLOVER scoring', () => {
  const negated = { ...FIXTURE, events: [{ ...FIXTURE.events[0]!, negated: true }, FIXTURE.events[1]!] };
  assert.deepEqual(predictEventTriples(negated), [{ source: 'SYRGOV', target: 'TURGOV', cameo: '040' }]);
  assert.deepEqual(
    predictPloverItems(negated).map((item) => item.type),
    ['CONSULT'],
  );
});

test('PLOVER predictions keep event order and read countries from the actor table', () => {
  assert.deepEqual(predictPloverItems(FIXTURE), [
    { type: 'ASSAULT', mode: 'heavy-weapons', actorCountry: 'SYR', recipientCountry: 'SYR' },
    { type: 'CONSULT', mode: 'visit', actorCountry: 'SYR', recipientCountry: 'TUR' },
  ]);
});

test('quotes map to their span, direct flag and speaker span', () => {
  const [quote] = predictQuoteItems(FIXTURE);
  assert.equal(FIXTURE_TEXT.slice(quote!.span.start, quote!.span.end), 'we want calm, not war');
  assert.equal(quote!.direct, true);
  assert.equal(quote!.speaker?.text, 'Syrian foreign minister');
});

test('places map every mention with its place resolution, in text order; event places too', () => {
  const places = predictPlaceItems(FIXTURE);
  assert.deepEqual(places.map((place) => [place.text, place.geonameid, place.lat]), [['Kobani', null, 36.891], ['Ankara', 323786, 39.92]]);
  assert.deepEqual(predictEventPlaces(FIXTURE).map((place) => [place.text, place.admin1]), [['Kobani', 'Aleppo'], ['Ankara', 'Ankara']]);
});

test('geo cases compare place countries as ISO-3 whatever code the contract carries', () => {
  const doc = { ...FIXTURE, places: FIXTURE.places.map((place) => ({ ...place, country: place.id === 'p2' ? 'TR' : 'Syria' })) };
  const gold = { id: 'g', set: 's', text: FIXTURE_TEXT, kind: 'toponym_resolution', places: [] };
  const places = geoTask.predict(doc, gold, { acled: loadAcledMapping(), countries: loadIsoFips() });
  assert.deepEqual(places.map((place) => place.country), ['SYR', 'TUR']);
});

test('quotes use the contract parts and the speaker as written when present', () => {
  const content = spanOf('we want calm, not war');
  const written = spanOf('Syrian foreign minister');
  const doc = { ...FIXTURE, quotes: [{ ...FIXTURE.quotes[0]!, speaker: null, speakerText: written, parts: [content] }] };
  const [quote] = predictQuoteItems(doc);
  assert.deepEqual(quote!.parts, [{ start: content.start, end: content.end }]);
  assert.equal(quote!.speaker?.text, 'Syrian foreign minister');
});
