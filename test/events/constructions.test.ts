import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, describe } from './fixture.js';

// Actor layers here are hand-built test fixtures (see fixture.ts), not the actors stage.

test('active voice: subject is the source, object the target', () => {
  const coded = codeText('Police arrested 12 protesters in Nairobi.', [['Police', 'KENCOP'], ['protesters', 'KENCVL']]);
  assert.deepEqual(describe(coded), ['173 KENCOP>KENCVL "arrested" events/active']);
  assert.equal(coded.events[0]?.arrested, 12);
  assert.equal(coded.events[0]?.pattern.startsWith('verbs.tsv:'), true);
});

test('passive with "by": the by-phrase is the source, the subject the target', () => {
  const coded = codeText('Dozens of protesters were detained by police.', [['protesters', 'KENCVL'], ['police', 'KENCOP']]);
  assert.deepEqual(describe(coded), ['173 KENCOP>KENCVL "detained" events/passive']);
  assert.equal(coded.events[0]?.arrested, 12);
});

test('passive without "by": no source', () => {
  const coded = codeText('Twelve protesters were arrested in Nairobi.', [['protesters', 'KENCVL']]);
  assert.deepEqual(describe(coded), ['173 ->KENCVL "arrested" events/passive']);
});

test('apposition between subject and verb is skipped', () => {
  const coded = codeText('Hamas, the Islamist group that rules the Gaza Strip, threatened Israel.', [['Hamas', 'PSEREB'], ['Israel', 'ISR'], ['Gaza Strip', 'PSE']]);
  assert.deepEqual(describe(coded), ['130 PSEREB>ISR "threatened" events/frame-threaten']);
});

test('relative clause: its event is background, the main clause is coded', () => {
  const coded = codeText('Kenya freed the activist, who was arrested last year.', [['Kenya', 'KEN'], ['the activist', 'KENACT']]);
  assert.deepEqual(describe(coded), ['0841 KEN>KENACT "freed" events/active']);
});

test('verb-phrase coordination shares the subject', () => {
  const coded = codeText('Israeli troops raided Jenin and arrested two men.', [['Israeli troops', 'ISRMIL'], ['two men', 'PSECVL']]);
  assert.deepEqual(describe(coded), ['190 ISRMIL>- "raided" events/active', '173 ISRMIL>PSECVL "arrested" events/active']);
});

test('prepositional targets: "accused X of", "called on X to"', () => {
  const accused = codeText('Shtayyeh accused Israel of escalating violence.', [['Shtayyeh', 'PSEGOV'], ['Israel', 'ISR']]);
  assert.deepEqual(describe(accused), ['1123 PSEGOV>ISR "accused" events/active']);
  const called = codeText('He called on the United Nations to protect civilians.', [['He', 'PSEGOV'], ['United Nations', 'IGOUNO']]);
  assert.deepEqual(describe(called), ['0234 PSEGOV>IGOUNO "called" events/frame-appeal']);
});

test('reciprocal meeting of a compound subject gives one event per direction', () => {
  const coded = codeText('Saudi Arabia and Iran met in Beijing.', [['Saudi Arabia', 'SAU'], ['Iran', 'IRN']]);
  assert.deepEqual(describe(coded), ['040 SAU>IRN "met" events/active', '040 IRN>SAU "met" events/active']);
});

test('reported speech: the event is coded, the reporter recorded', () => {
  const coded = codeText('The army said militants attacked a checkpoint.', [['The army', 'ISRMIL'], ['militants', 'PSEREB']]);
  assert.deepEqual(describe(coded), ['190 PSEREB>- "attacked" events/active']);
  assert.equal(coded.layers.actors?.mentions[coded.events[0]?.reportedBy ?? -1]?.code, 'ISRMIL');
});

test('light verb: the event noun carries the event ("imposed sanctions", "held talks")', () => {
  const sanctions = codeText('The United States imposed sanctions on Iran.', [['The United States', 'USA'], ['Iran', 'IRN']]);
  assert.deepEqual(describe(sanctions), ['163 USA>IRN "imposed" events/active']);
  const talks = codeText('Iran held talks with Saudi Arabia.', [['Iran', 'IRN'], ['Saudi Arabia', 'SAU']]);
  assert.deepEqual(describe(talks), ['046 IRN>SAU "talks" events/light-verb']);
});

test('in the passive, the subject satisfies the object constraint ("troops were deployed")', () => {
  const coded = codeText('Hundreds of troops were deployed to the border.', [['troops', 'MLIMIL']]);
  assert.deepEqual(describe(coded), ['154 ->MLIMIL "deployed" events/passive']);
});

test('an object after a time phrase ("captured on Monday the port")', () => {
  const coded = codeText('Government forces captured on Monday the port of Mokha.', [['Government forces', 'YEMMIL']]);
  assert.deepEqual(describe(coded), ['192 YEMMIL>- "captured" events/active']);
});

test('a time phrase then the verb\'s own clause is still active ("threatened on Tuesday to attack")', () => {
  const coded = codeText('North Korea threatened on Tuesday to attack South Korea.', [['North Korea', 'PRK'], ['South Korea', 'KOR']]);
  assert.deepEqual(describe(coded).map((line) => line.split(' ').slice(0, 2).join(' ')), ['1384 PRK>KOR']);
});

test('a hyphenated participle is part of the object ("a power-sharing agreement"), not the next verb', () => {
  const coded = codeText('Fatah signed a power-sharing agreement with Hamas.', [['Fatah', 'PSE'], ['Hamas', 'PSEREB']]);
  assert.deepEqual(describe(coded).map((line) => line.split(' ').slice(0, 2).join(' ')), ['057 PSE>PSEREB']);
});

test('two mentions of one actor as coordinated sources make one event', () => {
  const coded = codeText('The army and its soldiers raided the village.', [['The army', 'ISRMIL'], ['its soldiers', 'ISRMIL']]);
  assert.deepEqual(describe(coded), ['190 ISRMIL>- "raided" events/active']);
});

test('a participle in the subject is background: "protesters demanding reforms clashed with police" codes the clash only', () => {
  const coded = codeText('Protesters demanding reforms clashed with police in Nairobi.', [['Protesters', 'KENCVL'], ['police', 'KENCOP']]);
  assert.deepEqual(triggers(coded), [['190', 'clashed']]);
  // An event noun heading such a subject still stands alone: the protest is reported.
  const noun = codeText('Demonstrations demanding justice are being held across the country.', []);
  assert.deepEqual(triggers(noun), [['141', 'Demonstrations']]);
  // With no other verb (a headline) the participle is the report itself.
  const headline = codeText('Protesters demanding reforms in Nairobi', [['Protesters', 'KENCVL']]);
  assert.deepEqual(triggers(headline), [['100', 'demanding']]);
});

function triggers(coded: ReturnType<typeof codeText>): string[][] {
  return coded.events.map((e) => [e.cameo, coded.text.slice(e.trigger.start, e.trigger.end)]);
}

test('an irregular past the tagger calls a noun is still the verb ("Rebels shot/NOUN three soldiers")', () => {
  const coded = codeText('Rebels shot three soldiers.', [['Rebels', 'COGREB'], ['three soldiers', 'COGMIL']]);
  assert.deepEqual(describe(coded), ['193 COGREB>COGMIL "shot" events/active']);
  const dead = codeText('Gunmen shot dead the governor of Kandahar.', [['Gunmen', 'AFGUAF'], ['the governor of Kandahar', 'AFGGOV']]);
  assert.deepEqual(describe(dead), ['186 AFGUAF>AFGGOV "shot" events/active']);
});

test('killing one office-holder is an assassination (186); killing several, or rank and file, is not', () => {
  const one = codeText('Hezbollah guerrillas killed the deputy chief of the militia on Sunday.', [['Hezbollah guerrillas', 'LBNREB'], ['deputy chief of the militia', 'LBNMIL']]);
  assert.deepEqual(describe(one), ['186 LBNREB>LBNMIL "killed" events/active']);
  const passive = codeText('The mayor was shot dead by Taliban gunmen.', [['mayor', 'AFGGOV'], ['Taliban gunmen', 'AFGREB']]);
  assert.deepEqual(describe(passive), ['186 AFGREB>AFGGOV "shot" events/passive']);
  const several = codeText('Israeli troops killed four Hamas leaders in Gaza.', [['Israeli troops', 'ISRMIL'], ['Hamas leaders', 'PSEREB']]);
  assert.deepEqual(describe(several), ['190 ISRMIL>PSEREB "killed" events/active']);
  const ranks = codeText('Rebels killed a soldier near the border.', [['Rebels', 'COGREB'], ['soldier', 'COGMIL']]);
  assert.deepEqual(describe(ranks), ['190 COGREB>COGMIL "killed" events/active']);
});

test('a strike named by its length or scope is a labour strike (143), not an armed one', () => {
  for (const text of ['The dockers began an open-ended strike.', 'The dockers began a 24-hour strike.', 'The dockers began an indefinite strike.']) {
    assert.deepEqual(describe(codeText(text, [['The dockers', 'KENLAB']])).map((line) => line.slice(0, 3)), ['143'], text);
  }
  assert.deepEqual(describe(codeText('Israel carried out an air strike on Gaza.', [['Israel', 'ISR'], ['Gaza', 'PSE']])).map((line) => line.slice(0, 3)), ['195']);
});

test('accepting a plan or mediation, opening a crossing: intent to settle (037), accept mediation (038), allow access (0863)', () => {
  const plan = codeText('Denmark accepted a formula for ending its fisheries dispute.', [['Denmark', 'DNK']]);
  assert.deepEqual(describe(plan), ['037 DNK>- "accepted" events/active']);
  const mediation = codeText('Barak has agreed to US mediation in the talks with the Palestinians.', [['Barak', 'ISRGOV'], ['US', 'USA'], ['Palestinians', 'PSE']]);
  assert.deepEqual(describe(mediation), ['038 ISRGOV>USA "agreed" events/active']);
  const crossing = codeText('Israel reopened the Kerem Shalom crossing on Sunday.', [['Israel', 'ISR']]);
  assert.deepEqual(describe(crossing), ['0863 ISR>- "reopened" events/active']);
});

test('joint military exercises are military cooperation: agreeing to hold them is 0312, not a show of force', () => {
  const coded = codeText('Jordan and Britain have agreed to undertake joint military exercises this month.', [['Jordan', 'JOR'], ['Britain', 'GBR']]);
  assert.deepEqual(describe(coded), ['0312 JOR>- "agreed" events/frame-intent', '0312 GBR>- "agreed" events/frame-intent']);
});

test('a mission sent to do something is that act, aimed at its target or destination (purpose frame)', () => {
  const mediate = codeText('Egypt sent a delegation to Gaza to mediate between Hamas and Fatah.', [['Egypt', 'EGY'], ['delegation', 'EGYGOV'], ['Hamas', 'PSEREB'], ['Fatah', 'PSEPTY']]);
  assert.deepEqual(describe(mediate), ['045 EGY>PSEREB "sent" events/frame-purpose', '045 EGY>PSEPTY "sent" events/frame-purpose']);
  const destination = codeText('The UN sent investigators to Bosnia to investigate the killings.', [['The UN', 'IGOUNO'], ['Bosnia', 'BIH']]);
  assert.deepEqual(describe(destination), ['091 IGOUNO>BIH "sent" events/frame-purpose']);
});

test('blowing up lines, pipelines or bridges is sabotage (1712); blowing up a bus is a bombing (183)', () => {
  const lines = codeText('Afghan guerillas blew up three main electric power lines last month.', [['Afghan guerillas', 'AFGREB']]);
  assert.deepEqual(describe(lines), ['1712 AFGREB>- "blew" events/active']);
  const bus = codeText('Militants blew up a bus in Jerusalem.', [['Militants', 'PSEREB']]);
  assert.deepEqual(describe(bus), ['183 PSEREB>- "blew" events/active']);
});

test('cancelling a visit reduces relations (161); cancelling talks rejects a meeting (125)', () => {
  const visit = codeText('A French minister has cancelled a planned visit to Haiti.', [['French minister', 'FRAGOV'], ['Haiti', 'HTI']]);
  assert.deepEqual(describe(visit), ['161 FRAGOV>HTI "cancelled" events/active']);
  const talks = codeText('Iran cancelled talks with the EU.', [['Iran', 'IRN'], ['EU', 'IGOEUR']]);
  assert.deepEqual(describe(talks), ['125 IRN>IGOEUR "cancelled" events/active']);
});

test('political reform as a complement: demanded 104, urged 024, promised 034; other changes stay generic', () => {
  const demand = codeText('Activists demanded political reforms.', [['Activists', 'EGYCVL']]);
  assert.deepEqual(describe(demand), ['104 EGYCVL>- "demanded" events/frame-demand']);
  // Constitutional reform changes institutions: the fourth digit 4.
  const promise = codeText('The president promised constitutional reforms.', [['president', 'EGYGOV']]);
  assert.deepEqual(describe(promise), ['0344 EGYGOV>- "promised" events/frame-intent']);
  const generic = codeText('The protesters demanded changes.', [['protesters', 'EGYCVL']]);
  assert.deepEqual(describe(generic), ['100 EGYCVL>- "demanded" events/frame-demand']);
});

test('reform by kind: policy (2), rights (3), institutions (4) under appeal, demand and intent frames', () => {
  const rights = codeText('The UN urged the Maoist rebels to honor human rights.', [['The UN', 'IGOUNO'], ['Maoist rebels', 'NPLREB']]);
  assert.deepEqual(describe(rights), ['0243 IGOUNO>NPLREB "urged" events/frame-appeal']);
  const policy = codeText('Opposition groups demanded that President Mugabe abandon his policy of land confiscations.', [['Opposition groups', 'ZWEOPP'], ['President Mugabe', 'ZWEGOV']]);
  assert.deepEqual(describe(policy), ['1042 ZWEOPP>ZWEGOV "demanded" events/frame-demand']);
  const regime = codeText('President Kostunica promised to democratize Serbia.', [['President Kostunica', 'SRBGOV'], ['Serbia', 'SRB']]);
  assert.deepEqual(describe(regime), ['0344 SRBGOV>SRB "promised" events/frame-intent']);
});

test('giving up armed struggle is de-escalation, giving up a weapons programme a yield; the that-clause subject is asked', () => {
  const struggle = codeText('Washington demanded that Hamas renounce its armed struggle against Israel.', [['Washington', 'USAGOV'], ['Hamas', 'PSEREB'], ['Israel', 'ISR']]);
  assert.deepEqual(describe(struggle), ['1056 USAGOV>PSEREB "demanded" events/frame-demand']);
  const programme = codeText('The United States demanded that North Korea forsake its nuclear program.', [['The United States', 'USA'], ['North Korea', 'PRK']]);
  assert.deepEqual(describe(programme), ['105 USA>PRK "demanded" events/frame-demand']);
  // Dismantling militias, no programme named, stays demobilization: an intent to de-escalate (0356).
  const militia = codeText('The rebels agreed to dismantle their militias.', [['The rebels', 'SDNREB']]);
  assert.deepEqual(describe(militia), ['0356 SDNREB>- "agreed" events/frame-intent']);
});

test('"said he was confident/skeptical" is an optimistic (013) or pessimistic (012) comment; "not optimistic" is pessimistic', () => {
  const confident = codeText('President Ozal said he was confident that the United States would remove irritants.', [['President Ozal', 'TURGOV'], ['he', 'TURGOV'], ['the United States', 'USA']]);
  assert.deepEqual(describe(confident), ['013 TURGOV>- "confident" events/active']);
  const skeptical = codeText('Brandt said today he was skeptical over Moscow\'s will to agree.', [['Brandt', 'DEUELI'], ['he', 'DEUELI'], ['Moscow', 'RUSGOV']]);
  assert.deepEqual(describe(skeptical), ['012 DEUELI>RUSGOV "skeptical" events/active']);
  const not = codeText('The minister said he was not optimistic about the talks.', [['The minister', 'ISRGOV'], ['he', 'ISRGOV']]);
  assert.deepEqual(describe(not), ['012 ISRGOV>- "optimistic" events/active']);
});
