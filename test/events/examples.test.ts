import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';
import { codeText, type Coded } from './fixture.js';

interface ExampleExpectation {
  readonly actors: ReadonlyArray<readonly [string, string]>;
  readonly events: readonly string[];
  readonly gaps: ReadonlyArray<{ readonly expected: string; readonly got: string | null; readonly why: string }>;
}

const expected = JSON.parse(readFileSync(`${PACKAGE_ROOT}test/events/examples.expected.json`, 'utf8')) as Record<string, ExampleExpectation | string>;

/** `s<sentence> <cameo> <SOURCE>TARGET> <trigger> [killed=n] [injured=n] [arrested=n]`, as in examples.expected.json. */
function lines(coded: Coded): string[] {
  const mentions = coded.layers.actors?.mentions ?? [];
  const code = (index: number | null): string => (index === null ? '-' : mentions[index]?.code ?? '?');
  return coded.events.map((event) => {
    let line = `s${event.sentence} ${event.cameo} ${code(event.sourceMention)}>${code(event.targetMention)} ${coded.text.slice(event.trigger.start, event.trigger.end)}`;
    if (event.killed !== null) line += ` killed=${event.killed}`;
    if (event.injured !== null) line += ` injured=${event.injured}`;
    if (event.arrested !== null) line += ` arrested=${event.arrested}`;
    return line;
  });
}

for (const [name, expectation] of Object.entries(expected)) {
  if (typeof expectation === 'string') continue;
  test(`examples/${name}.txt codes as a careful coder would (known gaps listed)`, () => {
    const raw = readFileSync(`${PACKAGE_ROOT}examples/${name}.txt`, 'utf8');
    const dateline = /^date (\d{4}-\d{2}-\d{2})\n/.exec(raw);
    const text = dateline ? raw.slice(dateline[0].length) : raw;
    const produced = lines(codeText(text, expectation.actors, dateline?.[1] ?? null));
    const tolerated = new Set(expectation.gaps.map((gap) => gap.got).filter((got): got is string => got !== null));
    assert.deepEqual(produced.filter((line) => !tolerated.has(line)), expectation.events);
  });
}
