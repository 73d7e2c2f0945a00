import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../src/core/errors.js';
import { readVerbRows } from '../../src/lexicon/verbs/rows.js';
import { codeText, describe } from './fixture.js';

// CAMEO's third and fourth digits that the object decides.
const CASES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>, string]> = [
  // a curfew is a restriction too, but the curfew row is the specific one
  ['The government lifted the night curfew in the capital.', [['The government', 'SRBGOV']], '0813 SRBGOV>- "lifted" events/active'],
  ['Port officials released the impounded tanker.', [['Port officials', 'FRAGOV']], '0842 FRAGOV>- "released" events/active'],
  ['The navy tightened its blockade of the port.', [['The navy', 'ISRMIL']], '191 ISRMIL>- "tightened" events/active'],
  ['The two countries agreed to share intelligence on militants.', [['The two countries', 'IGO']], '0314 IGO>- "agreed" events/frame-intent'],
  ['France pledged 2,000 troops to the UN force.', [['France', 'FRA'], ['UN', 'IGOUNO']], '074 FRA>IGOUNO "pledged" events/active'],
  ['Business leaders called for free trade with Pakistan.', [['Business leaders', 'INDBUS'], ['Pakistan', 'PAK']], '0211 INDBUS>PAK "called" events/frame-appeal'],
  ['The rebels offered concessions.', [['The rebels', 'SDNREB']], '035 SDNREB>- "offered" events/frame-intent'],
  ['Soldiers forced the villagers from their homes.', [['Soldiers', 'ISRMIL'], ['villagers', 'PSECVL']], '201 ISRMIL>PSECVL "forced" events/active'],
  ['Police prevented the demonstration staged by students.', [['Police', 'TURCOP']], '170 TURCOP>- "prevented" events/active'],
  // the kind of aid, when a modifier names it
  ['Japan provided economic aid to Bosnia.', [['Japan', 'JPN'], ['Bosnia', 'BIH']], '071 JPN>BIH "provided" events/active'],
  ['The US sent military aid to Ukraine.', [['The US', 'USA'], ['Ukraine', 'UKR']], '072 USA>UKR "sent" events/active'],
  ['The US sent aid to Ukraine.', [['The US', 'USA'], ['Ukraine', 'UKR']], '070 USA>UKR "sent" events/active'],
  ['The US suspended military aid to Egypt.', [['The US', 'USA'], ['Egypt', 'EGY']], '1622 USA>EGY "suspended" events/active'],
  ['Japan halted financial assistance to Serbia.', [['Japan', 'JPN'], ['Serbia', 'SRB']], '1621 JPN>SRB "halted" events/active'],
  // "part" tagged as an adverb still heads the object: "part of a military aid program"
  ['The United States suspended part of a military aid program.', [['The United States', 'USA']], '1622 USA>- "suspended" events/active'],
  // evacuating the wounded is humanitarian aid; evacuating one's troops a withdrawal
  ['UN helicopters evacuated the wounded from the town.', [['UN', 'IGOUNO']], '073 IGOUNO>- "evacuated" events/active'],
  ['Israel evacuated its troops from the area.', [['Israel', 'ISR']], '087 ISR>- "evacuated" events/active'],
  ['The deployment of peacekeeping troops began on Monday.', [], '074 ->- "deployment" events/noun'],
  // "the return of", "the entry of": the object is what returns or enters
  ['Iraq allowed the return of UN weapons inspectors.', [['Iraq', 'IRQ'], ['UN', 'IGOUNO']], '0862 IRQ>IGOUNO "allowed" events/active'],
  // ties forged or deepened are diplomatic cooperation, also inside quotation marks
  ['Turkey deepened ties with Egypt.', [['Turkey', 'TUR'], ['Egypt', 'EGY']], '050 TUR>EGY "deepened" events/active'],
  ['North Korea called on the United States to forge “ties of confidence” with Pyongyang.', [['North Korea', 'PRK'], ['the United States', 'USA']], '022 PRK>USA "called" events/frame-appeal'],
  // a rejected request, demand or offer is coded by what it asked or offered
  ["Egypt rejected Washington's request for military aid.", [['Egypt', 'EGY'], ['Washington', 'USAGOV']], '1222 EGY>USAGOV "rejected" events/frame-refuse'],
  ["Russia rejected the UN's demand to withdraw its troops.", [['Russia', 'RUS'], ['UN', 'IGOUNO']], '1246 RUS>IGOUNO "rejected" events/frame-refuse'],
  ['Syria rejected the offer of aid.', [['Syria', 'SYR']], '122 SYR>- "rejected" events/frame-refuse'],
  ['Israel rejected the demand.', [['Israel', 'ISR']], '120 ISR>- "rejected" events/frame-refuse'],
  // the tagger's verb "calls" right after "rejected" is its object, not an appeal of its own
  ['The president rejected calls for his resignation.', [['The president', 'ZWEGOV']], '120 ZWEGOV>- "rejected" events/frame-refuse'],
  // what is allowed decides: a rally is a right acceded to (0833), aid delivery humanitarian access (0863)
  ['The government allowed the opposition to hold a rally.', [['The government', 'PAKGOV'], ['the opposition', 'PAKOPP']], '0833 PAKGOV>PAKOPP "allowed" events/frame-allow'],
  ['The junta permitted students to demonstrate in the capital.', [['The junta', 'MMRMIL'], ['students', 'MMREDU']], '0833 MMRMIL>MMREDU "permitted" events/frame-allow'],
];

test('an embassy or a mission expanded is no tie forged', () => {
  assert.deepEqual(describe(codeText('Britain expanded its embassy in Kabul.', [['Britain', 'GBR']])), []);
  assert.deepEqual(describe(codeText('The UN expanded its mission in Mali.', [['The UN', 'IGOUNO']])), []);
});

test('allowing anything else is no concession of its own', () => {
  assert.deepEqual(describe(codeText('The mayor allowed the shops to stay open.', [['The mayor', 'USAGOV']])), []);
  assert.deepEqual(describe(codeText('The king allowed the envoy to meet the rebels.', [['The king', 'JORGOV'], ['the envoy', 'USAGOV'], ['the rebels', 'SYRREB']])), []);
});

for (const [text, actors, expected] of CASES) {
  test(`subcode: ${text}`, () => {
    assert.deepEqual(describe(codeText(text, actors)), [expected]);
  });
}

test('the object decides, not the verb: released prisoners are persons (0841), an imposed curfew is no concession', () => {
  const prisoners = codeText('Israel released 20 prisoners.', [['Israel', 'ISR']]);
  assert.deepEqual(describe(prisoners), ['0841 ISR>- "released" events/active']);
  const curfew = codeText('The army imposed a curfew on the town.', [['The army', 'ISRMIL']]);
  assert.equal(describe(curfew)[0]?.slice(0, 2), '17');
});

test('driving fighters back from a village is a battle, not a mass expulsion', () => {
  const coded = describe(codeText('The army drove back the militants from a key village.', [['The army', 'SYRMIL'], ['the militants', 'SYRREB']]));
  assert.ok(coded.every((event) => !event.startsWith('201')), coded.join('; '));
});

test('verbs.tsv: an object with modifier words is one pattern row per modifier set and needs the written flag', () => {
  const rows = readVerbRows('lemmas\tparticle\tobject\tprep\tpobj\tcode\tflags\nsend\t-\tmilitary aid|economic aid|arms\t-\t-\t072\twritten\n');
  assert.deepEqual(rows.map((row) => [row.object, row.objectPhrase]), [[['aid'], ['military']], [['aid'], ['economic']], [['arms'], []]]);
  assert.throws(() => readVerbRows('lemmas\tparticle\tobject\tprep\tpobj\tcode\tflags\nsend\t-\tmilitary aid\t-\t-\t072\t-\n'), (error: unknown) => error instanceof DyadError && /needs the written flag/.test(error.message));
});
