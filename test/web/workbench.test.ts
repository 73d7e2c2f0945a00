import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';
import { buildCoded, CORPUS } from '../store/coded-fixtures.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { ARTIFACTS, launchBrowser, skipReason, type Browser } from './browser.js';

const skip = skipReason();
if (skip) console.log(`# skipping browser tests: ${skip}`);

describe('workbench in a real browser', { skip }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  before(async () => {
    server = await startTestServer({ listen: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    // Everything must come from the workbench itself: any other host is a failure.
    await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  it('codes an example article and highlights what the API returned', async () => {
    const example = readFileSync(join(PACKAGE_ROOT, 'examples/kenya-nairobi-protests.txt'), 'utf8');
    const [, date = '', body = ''] = /^date (\S+)\n([\s\S]*)$/.exec(example) ?? [];
    const expected = (await (await fetch(`${server.url}/api/code`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: body, date }),
    })).json()) as { text: string; sentences: unknown[]; actors: unknown[]; places: unknown[]; quotes: unknown[]; events: { id: string; trigger: { text: string } }[] };

    await page.goto(server.url);
    await page.getByTestId('coder').filter({ hasText: "Coded with Dyad's built-in lexicons" }).waitFor();
    await page.fill('#code-text', body);
    await page.fill('#code-date', date);
    await page.getByRole('button', { name: 'Code', exact: true }).click();
    const text = page.getByTestId('doc-text');
    await text.waitFor();
    assert.equal(await page.locator('.sentence-no').count(), expected.sentences.length);
    assert.ok(expected.sentences.length >= 8);
    // The text as shown, without the sentence numbers (the test compiles without DOM types, hence a string function).
    const shown = await page.evaluate("[...document.querySelector('[data-testid=doc-text]').childNodes].filter((n) => !(n.classList && n.classList.contains('sentence-no'))).map((n) => n.textContent).join('')");
    assert.equal(shown, expected.text);
    assert.match(await page.getByRole('status').first().textContent() ?? '', new RegExp(`${expected.sentences.length} sentences, ${expected.actors.length} actors?`));
    assert.equal(await page.locator('.doc-text .mark.actor').count() > 0, expected.actors.length > 0);
    assert.equal(await page.locator('.doc-text .mark.place').count() > 0, expected.places.length > 0);
    assert.equal(await page.locator('.doc-text .mark.quote').count() > 0, expected.quotes.length > 0);
    // Every event the API coded has a trigger button; the first opens its record and evidence.
    for (const event of expected.events) {
      assert.ok(await page.locator(`.doc-text button.mark.trigger[data-ref~="${event.id}"]`).count() > 0, event.id);
    }
    if (expected.events.length > 0) {
      const first = expected.events[0]!;
      await page.locator(`.doc-text button.mark.trigger[data-ref~="${first.id}"]`).first().click();
      const record = page.locator(`[data-testid=event-record][aria-label="event ${first.id}"]`);
      assert.equal(await record.locator('mark.ev-trigger').textContent(), first.trigger.text);
    }
    await shot('code-example');
  });

  it('says when the server codes with imported PETRARCH dictionaries', async () => {
    const info = { version: '0.1.0', dataHash: 'x', lexiconDirs: [], lexicons: 'petrarch', keepBuiltinLexicons: true, dictionaries: { dir: '/dicts/phoenix', notes: [], files: [{ name: 'a' }, { name: 'b' }], warnings: 3 } };
    await page.route('**/api/coder', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(info) }));
    await page.goto(server.url);
    const line = page.getByTestId('coder').filter({ hasText: 'PETRARCH' });
    await line.waitFor();
    assert.equal(await line.textContent(), 'Coded with the PETRARCH dictionaries in /dicts/phoenix (2 files, 3 lines skipped with a warning, on top of the built-in lexicons) (Dyad 0.1.0).');
    await page.unroute('**/api/coder');
  });

  it('shows event records, evidence spans and quote speakers for a coded article', async () => {
    const fixture = buildCoded(CORPUS[0]!).coded;
    await page.route('**/api/code', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(fixture) }));
    await page.goto(server.url);
    await page.fill('#code-text', fixture.text);
    await page.getByRole('button', { name: 'Code', exact: true }).click();
    await page.getByTestId('doc-text').waitFor();
    assert.deepEqual(await page.locator('.doc-text .mark.actor').allTextContents(), ['Kenyan police', 'demonstrators', 'Amina Wanjiru']);
    assert.deepEqual(await page.locator('.doc-text .mark.place').allTextContents(), ['Nairobi']);
    assert.equal((await page.locator('.doc-text .mark.quote').allTextContents()).join(''), '"We will not be silenced,"');
    const trigger = page.locator('.doc-text button.mark.trigger');
    assert.deepEqual(await trigger.allTextContents(), ['fired tear gas']);
    await trigger.focus();
    await page.keyboard.press('Enter');
    const record = page.getByTestId('event-record');
    assert.match(await record.textContent() ?? '', /CAMEO 1712/);
    assert.match(await record.textContent() ?? '', /Kenyan police \(KENCOP\)/);
    assert.deepEqual(
      await record.locator('blockquote mark').evaluateAll((marks) => marks.map((m) => [m.getAttribute('data-role'), m.textContent])),
      [['source', 'Kenyan police'], ['trigger', 'fired tear gas'], ['target', 'demonstrators'], ['place', 'Nairobi']],
    );
    await page.locator('.doc-text .mark.quote').first().hover();
    assert.equal(await page.getByTestId('speaker-tip').textContent(), 'Speaker: Amina Wanjiru (KENOPP)');
    await shot('code-fixture');
    await page.unroute('**/api/code');
  });

  it('filters the corpus and opens an event\'s evidence', async () => {
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Corpus' }).click();
    const rows = page.locator('[data-testid=event-table] tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 5);
    await page.fill('#f-actor', 'COL');
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitForRows(page, 1);
    await page.fill('#f-actor', '');
    await page.fill('#f-q', 'batons');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('corpus-status').filter({ hasText: '1 event;' }).waitFor();
    await rows.first().getByRole('button').click();
    const detail = page.getByTestId('event-detail');
    await detail.waitFor();
    const mentions = detail.getByTestId('evidence');
    assert.equal(await mentions.count(), 2);
    assert.deepEqual(await detail.locator('mark.ev-trigger').allTextContents(), ['fired tear gas', 'attacked']);
    assert.match(await mentions.nth(1).textContent() ?? '', /witnesses said Kenyan police attacked demonstrators near Kasarani/);
    await shot('corpus-evidence');
  });

  it('links the timeline, network and map to the events and their evidence', async () => {
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Corpus' }).click();
    await page.locator('[data-testid=event-table] tbody tr').first().waitFor();
    assert.equal(await page.locator('[data-testid=timeline] .bar').count(), 3);
    assert.ok(await page.locator('[data-testid=map] path.land').count() > 100, 'the bundled basemap is drawn');
    assert.equal(await page.locator('[data-testid=map] .dot').count(), 3);
    await page.locator('[data-testid=map] .dot').first().click();
    await page.getByTestId('event-detail').waitFor();
    await page.locator('[data-testid=network] .edge[data-source=ETHGOV]').dispatchEvent('click');
    await waitForRows(page, 2);
    assert.equal(await page.inputValue('#f-actor'), 'ETHGOV');
    await page.waitForFunction("document.querySelectorAll('[data-testid=timeline] .bar').length === 1");
    await page.locator('[data-testid=timeline] .bar').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction("document.querySelector('#f-from').value === '2024-05-06'");
    assert.equal(await page.inputValue('#f-to'), '2024-05-06');
    await page.getByTestId('corpus-status').filter({ hasText: /^2 events/ }).waitFor();
    assert.deepEqual(await page.locator('[data-testid=event-table] tbody td[data-label=Date]').allTextContents(), ['2024-05-06', '2024-05-06']);
    await shot('corpus-views');
  });

  it('takes an uploaded dateline file', async () => {
    await page.goto(server.url);
    await page.setInputFiles('#code-file', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('date 2024-08-09\nTalks opened in Doha. Both delegations attended.\n') });
    await page.waitForFunction("document.querySelector('#code-date').value === '2024-08-09'");
    assert.equal(await page.inputValue('#code-text'), 'Talks opened in Doha. Both delegations attended.\n');
    await page.getByRole('button', { name: 'Code', exact: true }).click();
    await page.getByTestId('doc-text').waitFor();
    assert.equal(await page.locator('.sentence-no').count(), 2);
  });

  it('is usable from the keyboard and at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Code an article' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByRole('tab', { name: 'Corpus' }).getAttribute('aria-selected'), 'true');
    await page.locator('[data-testid=event-table] tbody tr').first().waitFor();
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    assert.ok(width <= 390, `no horizontal scrolling at phone width (page is ${width}px wide)`);
    await page.locator('[data-testid=event-table] tbody tr button.link').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('event-detail').waitFor();
    await shot('phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

function waitForRows(page: Page, count: number) {
  return page.waitForFunction(`document.querySelectorAll('[data-testid=event-table] tbody tr').length === ${count}`);
}
