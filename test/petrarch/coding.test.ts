import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/doc.js';
import { eventTriples, lazyDyadWithDictionaryTexts, type DictionaryFiles } from '../helpers/petrarch-dyad.js';

// Our own dictionary set (fictional states), built in memory.
const FILES: DictionaryFiles = {
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\nMARA_KESS\n\t[VALGOV 20050115-20091231]\nTIDE_LEAGUE [KAR/LUN]\nALDO_VENN [VAL]\nQUELL [QUE]\nSORNA [SOR]\nARNOR_VALE [ARN]\n'],
  'own.agents.txt': ['agents', 'SKY_RANGER [~MIL]\nPRIME_MINISTER [~GOV]\nRELIEF_CORPS {} [NGO~]\nGOVERNOR [~GOV]\n'],
  'own.discards.txt': ['discards', 'GRAND REGATTA\n+SKYBALL LEAGUE\n'],
  'own.verbs.txt': ['verbs', '--- RESTORE [064] ---\nRESTORE\n- * TIES [065]\n- NOT * TIES [112]\n--- BLAME [112] ---\nBLAME\n- * FOR_CHAOS [345]\n--- VISIT [042:043] ---\nVISIT\n--- CONFER [040] ---\nCONFER\n- % HAVE * [046]\n--- CLASH [190] ---\nCLASH\n- NOT * OVER BORDERS [904]\n- SURELY NOT * OVER BORDERS [906]\n--- ASSIST [070] ---\nASSIST\n- HASTILY * [073]\n- QUIETLY AGAIN * [074]\n'],
};

const dyad = lazyDyadWithDictionaryTexts(FILES);

function events(text: string, date = '2007-06-01'): string[] {
  return eventTriples(dyad(), text, date);
}

test('imported verb patterns and actor codes code the event; the pattern wins over the block code', () => {
  assert.deepEqual(events('Valdoria restored ties with Ostravia.'), ['VAL OST 065']);
  assert.deepEqual(events('Mara Kess restored trade with Ostravia.'), ['VALGOV OST 064']);
});

test("outside every dated code of an actor without a default, PETRARCH's null code ---, not the nearest dated code", () => {
  assert.deepEqual(events('Mara Kess restored trade with Ostravia.', '2012-06-01'), ['--- OST 064']);
  assert.deepEqual(events('Mara Kess restored trade with Ostravia.', '2001-06-01'), ['--- OST 064']);
});

test('a negated pattern gives its code when the verb is negated', () => {
  assert.deepEqual(events('Valdoria did not restore ties with Ostravia.'), ['VAL OST 112']);
});

test('codes outside the CAMEO table are kept as the dictionary writes them', () => {
  assert.deepEqual(events('Valdoria blamed Ostravia for chaos.'), ['VAL OST 345']);
});

test('discards: a sentence phrase drops its sentence, a story phrase the whole document', () => {
  assert.deepEqual(events('Valdoria restored ties with Ostravia at the grand regatta. Ostravia blamed Valdoria.'), ['OST VAL 112']);
  assert.deepEqual(events('Valdoria restored ties with Ostravia. The skyball league opened.'), []);
});

test('PETRARCH needs a dyad: an event without a coded target is not written', () => {
  assert.deepEqual(events('Valdoria restored ties.'), []);
});

test('a compound actor code gives one event per code, each on the phrase that named them', () => {
  assert.deepEqual(events('The Tide League restored ties with Ostravia.'), ['KAR OST 065', 'LUN OST 065']);
  assert.deepEqual(events('Ostravia restored ties with the Tide League.'), ['OST KAR 065', 'OST LUN 065']);
  const coded = dyad().code(makeDoc({ id: 't', text: 'The Tide League restored ties with Ostravia.', date: '2007-06-01' }));
  assert.deepEqual(coded.events.map((e) => e.source?.text), ['Tide League', 'Tide League']);
  assert.equal(new Set(coded.events.map((e) => e.id)).size, 2);
});

test('words before the verb in a pattern must come before the trigger, in order', () => {
  assert.deepEqual(events('Valdoria hastily assisted Ostravia.'), ['VAL OST 073']);
  assert.deepEqual(events('Valdoria quietly and again assisted Ostravia.'), ['VAL OST 074']);
  // After the verb, or in the wrong order, they do not count: the block code applies.
  assert.deepEqual(events('Valdoria assisted Ostravia hastily.'), ['VAL OST 070']);
  assert.deepEqual(events('Valdoria again quietly assisted Ostravia.'), ['VAL OST 070']);
});

test('a title in front of a name codes the phrase (PETRARCH: first actor with its agent)', () => {
  assert.deepEqual(events('Valdoria Prime Minister Aldo Venn restored ties with Ostravia.'), ['VALGOV OST 065']);
  assert.deepEqual(events('Ostravia Prime Minister Aldo Venn restored ties with the Tide League.'), ['OSTGOV KAR 065', 'OSTGOV LUN 065']);
  // A bare country in front of the name is no title: the name codes itself.
  assert.deepEqual(events('Quell ally Aldo Venn restored ties with Ostravia.'), ['VAL OST 065']);
});

test('PETRARCH semantics: "is about to" is an act, not a purpose, and "will" does not recode to an intent', () => {
  assert.deepEqual(events('Valdoria is about to restore ties with Ostravia.'), ['VAL OST 065']);
  assert.deepEqual(events('Valdoria will restore trade with Ostravia.'), ['VAL OST 064']);
  // A purpose infinitive after an object still is an aim, not an event.
  assert.deepEqual(events('Valdoria sent envoys to Ostravia to restore trade.'), []);
});

test('a negated pattern with more words before the verb needs them all, and wins over the plain negation', () => {
  assert.deepEqual(events('Valdoria surely will not clash over borders with Ostravia.'), ['VAL OST 906']);
  assert.deepEqual(events("Valdoria won't clash over borders with Ostravia."), ['VAL OST 904']);
});

test('a comma list of targets closed by "and" gives one event per target; an apposition adds none', () => {
  assert.deepEqual(events('Valdoria restored ties with Ostravia, Quell and Sorna.'), ['VAL OST 065', 'VAL QUE 065', 'VAL SOR 065']);
  assert.deepEqual(events('Valdoria restored ties with Ostravia, the old foe of Quell.'), ['VAL OST 065']);
});

test('an agent that names its country in the phrase ("rangers from X") is coded; one guessed from context is not', () => {
  assert.deepEqual(events('Sky rangers from Ostravia restored ties with Valdoria.'), ['OSTMIL VAL 065']);
  assert.deepEqual(events('Valdoria restored ties with Ostravia. Sky rangers restored ties with Quell.'), ['VAL OST 065']);
});

test('a pronoun subject takes the actor before it as source; a non-actor subject does not', () => {
  assert.deepEqual(events('Valdoria indicated it restored ties with Ostravia.'), ['VAL OST 065']);
  assert.deepEqual(events('Valdoria indicated that merchants restored ties with Ostravia.'), []);
  // PETRARCH's own rule does not reach across a semicolon, but Dyad's coreference links "it" to the country before it.
  assert.deepEqual(events('Valdoria lost; it restored ties with Ostravia.'), ['VAL OST 065']);
  assert.deepEqual(events('Merchants lost; it restored ties with Ostravia.'), []);
});

test('a paired code [042:043] also codes the reversed event with the second code', () => {
  assert.deepEqual(events('Valdoria visited Ostravia.'), ['VAL OST 042', 'OST VAL 043']);
  // An unpaired code gives one event.
  assert.deepEqual(events('Valdoria blamed Ostravia.'), ['VAL OST 112']);
});

test('a % pattern before the verb codes the event between the conjuncts of the subject', () => {
  assert.deepEqual(events('Valdoria and Ostravia have conferred.'), ['VAL OST 046', 'OST VAL 046']);
  // One subject alone has no one to confer with: no dyad, no event.
  assert.deepEqual(events('Valdoria has conferred.'), []);
});

test('a bare agent right before a composed agent adds its code too (PETRARCH applies every agent of the phrase)', () => {
  assert.deepEqual(events('A Relief Corps Valdoria sky ranger restored ties with Ostravia.'), ['NGOVALMIL OST 065']);
  // Code blocks are three characters: ARNGOV holds no NGO block, so the prefix still applies.
  assert.deepEqual(events('Relief Corps Arnor Vale governors restored ties with Valdoria.'), ['NGOARNGOV VAL 065']);
  assert.deepEqual(events('Relief Corps left and Valdoria sky rangers restored ties with Ostravia.'), ['VALMIL OST 065']);
});

test('coordinated adjectives between an owner and its agent are one modifier ("X\'s bold and able governor")', () => {
  assert.deepEqual(events("Ostravia's bold and able governor Aldo Venn restored ties with Quell."), ['OSTGOV QUE 065']);
  // Two actors joined by "and" stay a list.
  assert.deepEqual(events('Ostravia and Sorna governors restored ties with Quell.'), ['OST QUE 065', 'SORGOV QUE 065']);
});

test('an agent of a list of owners is every owner\'s agent ("the governors of X, Y and Z")', () => {
  assert.deepEqual(events('The governors of Ostravia, Quell and Sorna restored ties with Valdoria.'), ['OSTGOV VAL 065', 'QUEGOV VAL 065', 'SORGOV VAL 065']);
  // One owner: the agent composed with it as before; a list without an agent: the bare codes.
  assert.deepEqual(events('The governor of Ostravia restored ties with Valdoria.'), ['OSTGOV VAL 065']);
  assert.deepEqual(events('Ostravia, Quell and Sorna restored ties with Valdoria.'), ['OST VAL 065', 'QUE VAL 065', 'SOR VAL 065']);
});
