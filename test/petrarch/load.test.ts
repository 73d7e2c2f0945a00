import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPetrarchDictionaries } from '../../src/petrarch/load.js';
import { roleFromName, selectByName, selectFromConfig } from '../../src/petrarch/roles.js';
import { isDyadError } from '../../src/core/errors.js';
import { tempFiles } from '../helpers/files.js';

test('roles come from PETRARCH file names; README, configs and unknown names are left out', () => {
  assert.equal(roleFromName('Phoenix.Countries.actors.txt'), 'actors');
  assert.equal(roleFromName('Phoenix.agents.txt'), 'agents');
  assert.equal(roleFromName('Phoenix.discards.txt'), 'discards');
  assert.equal(roleFromName('Phoenix.IssueCoding.txt'), 'issues');
  assert.equal(roleFromName('CAMEO.2.0.txt'), 'verbs');
  assert.equal(roleFromName('PETR.Validate.verbs.txt'), 'verbs');
  assert.equal(roleFromName('README.md'), null);
  assert.equal(roleFromName('notes.txt'), null);
  const selection = selectByName(['b.verbs.txt', 'a.actors.txt', 'c.actors.txt', 'a.verbs.2.0.txt', 'notes.txt', 'README.md']);
  assert.deepEqual(selection.actors, ['a.actors.txt', 'c.actors.txt']);
  assert.deepEqual(selection.verbs, ['b.verbs.txt'], 'of several verb files the last by name is used');
  assert.equal(selection.notes.length, 2);
});

test('PETR_config.ini [Dictionaries] names the files, with continued actorfile_list lines', () => {
  const selection = selectFromConfig(
    ['[Dictionaries]', 'verbfile_name = v.txt', 'actorfile_list = a1.txt, a2.txt,', '    a3.txt', 'agentfile_name = g.txt', 'discardfile_name = d.txt', '[Options]', 'verbfile_name = other.txt'].join('\n'),
  );
  assert.deepEqual(selection.verbs, ['v.txt']);
  assert.deepEqual(selection.actors, ['a1.txt', 'a2.txt', 'a3.txt']);
  assert.deepEqual(selection.agents, ['g.txt']);
  assert.deepEqual(selection.discards, ['d.txt']);
  assert.deepEqual(selection.issues, []);
});

test('a folder with a config loads exactly the files it names and reports counts and warnings', () => {
  const dir = tempFiles({
    'PETR_config.ini': '[Dictionaries]\nverbfile_name = my.verbs\nactorfile_list = people.txt\nagentfile_name = roles.txt\ndiscardfile_name = skip.txt\n',
    'people.txt': 'VALDORIA [VAL]\n+VALDORIAN\nBAD [X\n',
    'roles.txt': 'SKY_RANGER [~MIL]\n',
    'skip.txt': '+SKYBALL\n',
    'my.verbs': '--- SEIZE [171] ---\r\nSEIZE\r\n- * PORT [172]\r\n',
    'ignored.actors.txt': 'NOT_LOADED [NOT]\n',
  });
  const loaded = loadPetrarchDictionaries(dir);
  assert.deepEqual(loaded.files.map((f) => [f.name, f.role, f.entries, f.phrases, f.warnings]), [
    ['people.txt', 'actors', 1, 2, 1],
    ['roles.txt', 'agents', 1, 2, 0],
    ['skip.txt', 'discards', 1, 1, 0],
    ['my.verbs', 'verbs', 1, 4, 0],
  ]);
  assert.deepEqual(loaded.warnings.map((w) => `${w.file}:${w.line}`), ['people.txt:3']);
  assert.equal(loaded.files[3]!.crlf, true);
  assert.equal(loaded.files[3]!.patterns, 1);
  assert.equal(loaded.actors.trie.size, 2);
  assert.equal(loaded.verbs!.byHead.get('seized')![0]!.code.code, '171');
});

test('a missing folder or a configured file that does not exist is an E_READ error', () => {
  assert.throws(() => loadPetrarchDictionaries('/nonexistent/dyad-dicts'), (e) => isDyadError(e) && e.code === 'E_READ');
  const dir = tempFiles({ 'PETR_config.ini': '[Dictionaries]\nverbfile_name = gone.txt\n' });
  assert.throws(() => loadPetrarchDictionaries(dir), (e) => isDyadError(e) && e.code === 'E_READ' && /gone\.txt/.test(e.message));
  const empty = tempFiles({ 'notes.txt': 'nothing' });
  assert.throws(() => loadPetrarchDictionaries(empty), (e) => isDyadError(e) && e.code === 'E_DATA');
});

test('the load report gives one line per file with its counts, then every warning as file:line', async () => {
  const { formatLoadReport } = await import('../../src/petrarch/report.js');
  const dir = tempFiles({
    'a.actors.txt': 'VALDORIA [VAL]\n\t[VALGOV 20010101-20051231]\nBAD [X\n',
    'b.verbs.txt': '--- SEIZE [171] ---\nSEIZE\n- * PORT [172]\n- NO STAR [1]\n',
  });
  const loaded = loadPetrarchDictionaries(dir);
  assert.deepEqual(formatLoadReport(loaded), [
    'a.actors.txt: actors, 1 actors, 1 phrases, 2 codes (1 dated), 1 warnings',
    'b.verbs.txt: verbs, PETRARCH-1/TABARI format, 1 blocks, 1 verbs (4 forms), 1 patterns (1 with synsets written out), 0 synsets, 0 transformations, 1 warnings',
    'a.actors.txt:3: warning: unclosed "[" in "BAD [X"; line skipped',
    'b.verbs.txt:4: warning: pattern has no * (verb position); pattern skipped',
  ]);
});
