import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';
import { buildPetrarchDictionaries, type DictionaryFileReport } from '../../src/petrarch/build.js';
import { loadPetrarchDictionaries } from '../../src/petrarch/load.js';
import { matchActor } from '../../src/petrarch/compile/actors.js';

// The PETRARCH dictionaries are evaluation data outside the repository (../shared/petrarch).
const SHARED = join(PACKAGE_ROOT, '..', 'shared', 'petrarch');
const skip = existsSync(SHARED) ? false : `shared PETRARCH dictionaries not found at ${SHARED}`;

/** The counts worth pinning: entries, phrases/forms, codes, verbs, patterns, synsets, warnings. */
function counts(f: DictionaryFileReport): Record<string, unknown> {
  const { name: _n, role: _r, lines: _l, latin1Lines: _a, crlf: _c, replacementLines: _u, ...rest } = f;
  return rest;
}

test('validate/: every file loads with the counts checked against the files by hand', { skip }, () => {
  const loaded = loadPetrarchDictionaries(join(SHARED, 'validate'));
  const byName = new Map(loaded.files.map((f) => [f.name, f]));
  assert.deepEqual(counts(byName.get('PETR.Validate.actors.txt')!), { entries: 128, phrases: 161, codes: 138, dated: 13, warnings: 0 });
  assert.deepEqual(counts(byName.get('PETR.Validate.agents.txt')!), { entries: 88, phrases: 165, warnings: 0 });
  assert.deepEqual(counts(byName.get('PETR.Validate.discards.txt')!), { entries: 9, phrases: 9, warnings: 0 });
  assert.deepEqual(counts(byName.get('PETR.Validate.verbs.txt')!), {
    entries: 261, phrases: 1071, verbs: 269, patterns: 473, expandedPatterns: 714, synsets: 17, transformations: 0, format: 'petrarch1', warnings: 1,
  });
  assert.ok(!byName.has('PETR.Validate.verbs.2.0.txt'), 'of the two verb files the PETRARCH-1 one is chosen by name');
  assert.match(loaded.notes[0]!, /using PETR\.Validate\.verbs\.txt/);
  assert.deepEqual(loaded.warnings.map((w) => `${w.file}:${w.line}`), ['PETR.Validate.verbs.txt:992']);
});

test('validate/: the PETRARCH-2 verbs file (CRLF) loads on its own', { skip }, () => {
  const bytes = readFileSync(join(SHARED, 'validate', 'PETR.Validate.verbs.2.0.txt'));
  const built = buildPetrarchDictionaries([{ name: 'PETR.Validate.verbs.2.0.txt', role: 'verbs', bytes }]);
  const file = built.files[0]!;
  assert.equal(file.crlf, true);
  assert.deepEqual(counts(file), {
    entries: 69, phrases: 500, verbs: 125, patterns: 450, expandedPatterns: 1414, synsets: 30, transformations: 0, format: 'petrarch2', warnings: 3,
  });
  assert.deepEqual(built.warnings.map((w) => w.line), [453, 757, 1108]);
});

test('phoenix/: the full set loads in under 2 s with the counts checked against the files', { skip }, () => {
  // CPU time rather than wall time: other test files run in parallel on the same cores.
  const started = process.cpuUsage();
  const loaded = loadPetrarchDictionaries(join(SHARED, 'phoenix'));
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < 2000, `loading phoenix/ took ${ms.toFixed(0)} ms of CPU`);
  const byName = new Map(loaded.files.map((f) => [f.name, f]));
  assert.deepEqual(counts(byName.get('Phoenix.Countries.actors.txt')!), { entries: 18390, phrases: 25917, codes: 28381, dated: 26102, warnings: 8 });
  assert.equal(byName.get('Phoenix.Countries.actors.txt')!.replacementLines, 3);
  assert.deepEqual(counts(byName.get('Phoenix.International.actors.txt')!), { entries: 7841, phrases: 7907, codes: 7895, dated: 451, warnings: 1 });
  assert.deepEqual(counts(byName.get('Phoenix.MilNonState.actors.txt')!), { entries: 1021, phrases: 1793, codes: 1021, dated: 1, warnings: 0 });
  assert.deepEqual(counts(byName.get('Phoenix.agents.txt')!), { entries: 2243, phrases: 5152, warnings: 2 });
  assert.deepEqual(counts(byName.get('Phoenix.discards.txt')!), { entries: 506, phrases: 506, warnings: 0 });
  assert.deepEqual(counts(byName.get('Phoenix.IssueCoding.txt')!), { entries: 3157, phrases: 4885, warnings: 13 });
  assert.deepEqual(counts(byName.get('CAMEO.2.0.txt')!), {
    entries: 397, phrases: 7275, verbs: 1817, patterns: 4662, expandedPatterns: 156940, synsets: 40, transformations: 8, format: 'petrarch2', warnings: 6,
  });
  assert.equal(loaded.actors.trie.size, 25917 + 7907 + 1793);
  assert.equal(loaded.verbs!.overriddenForms, 147);
});

test('phoenix/: a U+FFFD name and a dated head of government resolve through the compiled actors', { skip }, () => {
  const loaded = loadPetrarchDictionaries(join(SHARED, 'phoenix'));
  const civ = matchActor(loaded.actors, ['cote', 'd\uFFFDivoire'], 0, 20100101);
  assert.equal(civ?.code, 'CIV');
  const afghan = matchActor(loaded.actors, ['afghan', 'national', 'army'], 0, 20100101);
  assert.equal(afghan?.code, 'AFGMIL');
  assert.equal(afghan?.end, 3);
});
