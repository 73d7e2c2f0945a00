import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDyadError } from '../../src/core/errors.js';
import { makeDoc } from '../../src/core/doc.js';
import { createDyad } from '../../src/dyad.js';
import { compileActorLexicon } from '../../src/lexicon/actors/compile.js';
import { loadActorLexicon, mergeActorLexicons, readActorLexicon } from '../../src/lexicon/actors/load.js';
import { parseTsv } from '../../src/lexicon/actors/tsv.js';
import { DATA_DIR } from '../../src/resources/paths.js';
import { builtInLexicon, codeActors, rows } from './helpers.js';

test('the built-in lists load, with hundreds of groups, parties and office holders', () => {
  const { sizes } = builtInLexicon();
  assert.ok((sizes['armed-groups'] ?? 0) >= 200, `armed groups: ${sizes['armed-groups']}`);
  assert.ok((sizes['parties'] ?? 0) >= 200, `parties: ${sizes['parties']}`);
  assert.ok((sizes['people'] ?? 0) >= 200, `people: ${sizes['people']}`);
  assert.ok((sizes['countries'] ?? 0) >= 195, `countries: ${sizes['countries']}`);
});

test('the builder API takes plain entries (what a PETRARCH importer produces): dated codes, ~ suffix and prefix agents', () => {
  const lexicon = compileActorLexicon({
    actors: [
      { id: 'ARN', name: 'Arnor', kind: 'country', names: ['Arnor'], demonyms: ['Arnorian'], periods: [{ code: 'ARN', from: null, until: null, role: null }], source: 'import' },
      {
        id: 'ELROND', name: 'Elrond', kind: 'person', names: ['Elrond'], source: 'import',
        periods: [{ code: 'ARNGOV', from: '1990-01-01', until: '1999-12-31', role: null }, { code: 'ARNOPP', from: '2000-01-01', until: null, role: null }],
      },
    ],
    agents: [
      { id: 'POLICE', name: 'police', names: ['police'], template: '~COP', kind: 'police', personRole: false, source: 'import' },
      { id: 'REBELS', name: 'rebels', names: ['rebels'], template: 'REB~', kind: 'armed-group', personRole: false, source: 'import' },
    ],
  });
  assert.deepEqual(rows(codeActors('Elrond said Arnorian police chased Arnorian rebels.', '1995-05-05', lexicon)), [
    'Elrond|ARNGOV|actors/lexicon',
    'Arnorian police|ARNCOP|actors/agent-compose',
    'Arnorian rebels|REBARN|actors/agent-compose',
  ]);
  assert.deepEqual(rows(codeActors('Elrond said so.', '2005-05-05', lexicon)), ['Elrond|ARNOPP|actors/lexicon']);
});

test('a bad list fails with E_DATA and says where', () => {
  assert.throws(() => compileActorLexicon({ actors: [{ id: 'x', name: 'x', kind: 'country', names: [], periods: [], source: 'x' }], agents: [] }), (error) => isDyadError(error) && error.code === 'E_DATA');
  assert.throws(() => parseTsv('# only a comment\n', 'empty.tsv'), (error) => isDyadError(error) && error.code === 'E_DATA' && error.location.file === 'empty.tsv');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-lexicon-'));
  writeFileSync(join(dir, 'bad.tsv'), 'id\tkind\tcode\tfrom\tuntil\trole\tnames\nfoo\tperson\tXX\t\t\t\tFoo Bar\n');
  assert.throws(() => loadActorLexicon([dir]), (error) => isDyadError(error) && error.code === 'E_DATA' && error.location.line === 2 && /bad code/.test(error.message));
  writeFileSync(join(dir, 'bad.tsv'), 'id\tkind\tcode\tfrom\tuntil\trole\tnames\nfoo\tperson\tKENGOV\t2022-02-30\t\t\tFoo Bar\n');
  assert.throws(() => loadActorLexicon([dir]), (error) => isDyadError(error) && /bad date/.test(error.message));
});

test('a user folder (--lexicon DIR) adds actors and overrides built-in ids', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-lexicon-'));
  writeFileSync(join(dir, 'mine.tsv'), [
    '# my own list',
    'id\tkind\tcode\tfrom\tuntil\trole\tnames',
    'person:wanjiru-kamau\tperson\tKENLEG\t2022-09-01\t\tSenator\tWanjiru Kamau|Kamau',
    'hamas\tarmed-group\tPSEGOV\t\t\t\tHamas',
  ].join('\n'));
  const lexicon = loadActorLexicon([`${DATA_DIR}/actors`, dir]);
  assert.deepEqual(rows(codeActors('Wanjiru Kamau met Hamas.', '2023-01-01', lexicon)), ['Wanjiru Kamau|KENLEG|actors/lexicon', 'Hamas|PSEGOV|actors/lexicon']);
  const dyad = createDyad({ lexiconDirs: [dir] });
  const coded = dyad.code(makeDoc({ id: 'u', text: 'Wanjiru Kamau met Hamas.', date: '2023-01-01' }));
  assert.deepEqual(coded.actors.map((actor) => [actor.code, actor.mentions[0]?.text]), [['KENLEG', 'Wanjiru Kamau'], ['PSEGOV', 'Hamas']]);
  assert.notEqual(coded.meta.dataHash, createDyad().dataHash, 'a user lexicon changes the data hash');
});

test('an import merges with the built-in lists and can be handed to createDyad', () => {
  const imported = {
    actors: [{ id: 'GON', name: 'Gondor', kind: 'country' as const, names: ['Gondor'], demonyms: ['Gondorian'], periods: [{ code: 'GON', from: null, until: null, role: null }], source: 'petrarch' }],
    agents: [],
  };
  const lexicon = compileActorLexicon(mergeActorLexicons(readActorLexicon([`${DATA_DIR}/actors`]), imported));
  const dyad = createDyad({ actorLexicon: lexicon });
  const coded = dyad.code(makeDoc({ id: 'g', text: 'Gondorian troops met Hamas.', date: '2001-01-01' }));
  assert.deepEqual(coded.actors.map((actor) => [actor.code, actor.mentions[0]?.text]), [['GONMIL', 'Gondorian troops'], ['PSEREB', 'Hamas']]);
});

test('things an agent word can modify are a list too: a user folder adds one, a bad held value is an E_DATA error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-things-'));
  writeFileSync(join(dir, 'things.tsv'), 'word\theld\nconvoy\tno\n');
  const sentence = 'Kenyan police escorted the convoy and a police convoy left.';
  assert.deepEqual(rows(codeActors(sentence, '2023-01-01', builtInLexicon())), ['Kenyan police|KENCOP|actors/lexicon', 'police|KENCOP|actors/agent-context']);
  // With "convoy" a thing, "a police convoy" names a vehicle, not the police.
  assert.deepEqual(rows(codeActors(sentence, '2023-01-01', loadActorLexicon([`${DATA_DIR}/actors`, dir]))), ['Kenyan police|KENCOP|actors/lexicon']);
  writeFileSync(join(dir, 'things.tsv'), 'word\theld\nconvoy\tmaybe\n');
  assert.throws(() => loadActorLexicon([dir]), (error) => isDyadError(error) && error.code === 'E_DATA' && /held must be yes or no/.test(error.message));
});
