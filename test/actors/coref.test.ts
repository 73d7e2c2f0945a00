import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveAntecedent } from '../../src/stages/actors/query.js';
import { codeActors, mentionOf, rows } from './helpers.js';

test('"he" after a speaker\'s sentence is that speaker, not the last person named', () => {
  const coded = codeActors('Nabil Abu Rudeineh, a spokesman for Palestinian President Mahmoud Abbas, condemned the raid. He called for calm.', '2022-09-28');
  const he = mentionOf(coded, 'He');
  assert.equal(he?.rule, 'actors/coref-pronoun');
  assert.equal(he?.coref, true);
  assert.equal(he?.actor, mentionOf(coded, 'Nabil Abu Rudeineh')?.actor);
});

test('"he" inside the same sentence is the nearest person before it', () => {
  const coded = codeActors('Israeli Defence Minister Benny Gantz warned that he would act.', '2022-09-28');
  assert.deepEqual(rows(coded), ['Israeli Defence Minister Benny Gantz|ISRGOV|actors/titled-person', 'he|ISRGOV|actors/coref-pronoun|coref']);
});

test('"it" + verb refers to an organisation or government; expletive "it" does not', () => {
  const coded = codeActors('The government of Mali issued a statement. It blamed the Katiba Macina. It is unclear why.', '2022-06-21');
  const it = mentionOf(coded, 'It');
  assert.deepEqual([it?.code, it?.rule, it?.coref], ['MLIGOV', 'actors/coref-pronoun', true]);
  assert.equal(mentionOf(coded, 'It', 1), undefined);
});

test('"they" + verb refers to a plural agent or group, not to a name ending in -s, and not across a nearer plural noun', () => {
  const police = codeActors('Police said they arrested five suspects.');
  assert.deepEqual([mentionOf(police, 'they')?.code, mentionOf(police, 'they')?.rule], ['---COP', 'actors/coref-pronoun']);
  const officials = codeActors('Officials said they would meet the rebels on Monday.');
  assert.equal(mentionOf(officials, 'they')?.code, '---GOV');
  assert.equal(mentionOf(codeActors('Hamas said they fired rockets.'), 'they'), undefined);
  const gorillas = codeActors('Malaysian authorities returned the gorillas to Nigeria amid speculation they were captured illegally.');
  assert.equal(mentionOf(gorillas, 'they'), undefined);
});

test('"it is prepared to", "it was ready to": a stance is the body\'s own; "it is unclear" stays expletive', () => {
  const prepared = codeActors("Iraq's interim government announced that it is prepared to impose martial law.");
  assert.deepEqual([mentionOf(prepared, 'it')?.code, mentionOf(prepared, 'it')?.rule], ['IRQGOV', 'actors/coref-pronoun']);
  assert.equal(mentionOf(codeActors('Iraq issued a statement. It is unclear why.'), 'It'), undefined);
});

test('"it" refers to a country too: "Iraq said it would allow"', () => {
  const coded = codeActors('Iraq said it would allow the inspectors to return.');
  assert.deepEqual([mentionOf(coded, 'it')?.code, mentionOf(coded, 'it')?.rule], ['IRQ', 'actors/coref-pronoun']);
});

test('"it" refers to an agent of no known country too: "The army said it killed" is the army', () => {
  const coded = codeActors('The army said it killed four militants.');
  const it = mentionOf(coded, 'it');
  assert.deepEqual([it?.code, it?.rule], ['---MIL', 'actors/coref-pronoun']);
});

test('"…, it added" reports the previous sentence\'s speaker, not the subject of its own clause', () => {
  const coded = codeActors('The Ukrainian military said its troops held. Russian forces shelled a town, it added.');
  const it = mentionOf(coded, 'it');
  assert.equal(it?.code, 'UKRMIL');
});

test('definite descriptions: "the group", "the Gaza-based group", "the mission", "the bloc"', () => {
  const coded = codeActors('Hamas fired rockets. The Gaza-based group said more would follow. MINUSMA sent a patrol, and the mission reported calm. ECOWAS met; the bloc imposed sanctions.');
  assert.deepEqual(rows(coded).filter((row) => row.includes('coref')), [
    'The Gaza-based group|PSEREB|actors/coref-description|coref',
    'the mission|IGOUNO|actors/coref-description|coref',
    'the bloc|IGOWAF|actors/coref-description|coref',
  ]);
  assert.equal(mentionOf(coded, 'The Gaza-based group')?.actor, mentionOf(coded, 'Hamas')?.actor);
});

test('no antecedent, no link: a pronoun with nobody before it stays unlinked', () => {
  const coded = codeActors('He said the talks failed.');
  assert.deepEqual(rows(coded), []);
});

test('resolveAntecedent: the same rule for stages that find their own pronouns', () => {
  const coded = codeActors('Hezbollah fired rockets at Israeli troops. They said the strike was revenge.');
  const they = coded.seg.tokens.lower.indexOf('they');
  const index = resolveAntecedent(coded.layer, coded.seg, they, { kinds: ['armed-group'] });
  assert.equal(coded.text.slice(coded.layer.mentions[index]?.start, coded.layer.mentions[index]?.end), 'Hezbollah');
  assert.equal(resolveAntecedent(coded.layer, coded.seg, they, { kinds: ['igo'] }), -1);
});
