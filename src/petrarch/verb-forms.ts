/**
 * Regular forms of an English verb written in upper case: base, -S, -ED, -ING. Irregular verbs
 * list their forms in `{...}` in the dictionary, so no consonant doubling is attempted here.
 */
export function inflectVerb(base: string): string[] {
  const forms = [base, thirdPerson(base), pastTense(base), presentParticiple(base)];
  return [...new Set(forms)];
}

function thirdPerson(base: string): string {
  if (/[^AEIOU]Y$/.test(base)) return `${base.slice(0, -1)}IES`;
  if (/(S|X|Z|CH|SH|O)$/.test(base)) return `${base}ES`;
  return `${base}S`;
}

function pastTense(base: string): string {
  if (base.endsWith('E')) return `${base}D`;
  if (/[^AEIOU]Y$/.test(base)) return `${base.slice(0, -1)}IED`;
  return `${base}ED`;
}

function presentParticiple(base: string): string {
  if (/[^AEIOUY]E$/.test(base) && base.length > 2) return `${base.slice(0, -1)}ING`;
  if (base.endsWith('IE')) return `${base.slice(0, -2)}YING`;
  return `${base}ING`;
}
