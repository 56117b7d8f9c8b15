// The timeline and the date inlay hints as a person meets them, in the dark theme: code-server
// + Chromium on seed 001 (published 2022-03-15), F1 > News Lens: Show Timeline, the filter by
// entity and a click on a date. Expectations come from the CLI's own annotation of the seeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openSeedInBrowser, runCommand, waitForText, screenshotDoc, shotOnFailure, hoverUntil, ROOT } from './lib.mjs';

const SEED = '001_dd51f5e195fdcee6.txt';
const DARK = { 'workbench.colorTheme': 'Default Dark Modern' };
const annotation = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bin/news-lens.js'), 'annotate', join(ROOT, 'seeds'), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const temporal = annotation.articles.flatMap(a => a.mentions.filter(m => ['DATE', 'TIME', 'DURATION'].includes(m.type)));
const plotted = temporal.filter(m => m.type !== 'DURATION' && /^\d{4}/.test(m.value ?? ''));
const unknownYear = temporal.filter(m => m.value?.startsWith('XXXX'));
let session;

before(async () => { session = await openSeedInBrowser(SEED, { settings: DARK }); }, { timeout: 120000 });
after(async () => { await session?.close(); });

const shotOk = (path) => assert.ok(statSync(path).size > 10000, `the screenshot ${path} was written`);

/** The webview's inner frame that holds the timeline page. */
async function timelineFrame(page, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const f of page.frames()) if (await f.$('#timeline h1').catch(() => null)) return f;
    await page.waitForTimeout(250);
  }
  throw new Error('no webview frame shows the timeline');
}

test('UI (dark theme): seed 001 shows "→ 2022-03-15" after "Tuesday", and the status bar counts 3 articles', { timeout: 90000 }, async () => {
  const { page } = session;
  await shotOnFailure(page, 'inlay-hints-dark', async () => {
    await waitForText(page, '.statusbar', /News Lens: 3 articles/, 60000);
    await waitForText(page, '.editor-instance .view-lines', /Tuesday\W{0,4}2022-03-15/, 60000);
    shotOk(await screenshotDoc(page, 'inlay-hints-dark.png'));
  });
});

test('UI (dark theme): hovering "Biden" in seed 001 names Joe Biden and counts him across the corpus', { timeout: 90000 }, async () => {
  const { page } = session;
  await shotOnFailure(page, 'hover-entity-dark', async () => {
    const mentions = annotation.articles.flatMap(a => a.mentions.filter(m => m.entity === 'person:joe-biden')).length;
    const text = await hoverUntil(page, 'Biden', new RegExp(`Joe Biden[\\s\\S]*${mentions} mentions in 3 articles`));
    assert.match(text, /Joe Biden\s*·\s*Person/);
    shotOk(await screenshotDoc(page, 'hover-entity-dark.png'));
    await page.mouse.move(5, 5);
  });
});

test('UI (dark theme): News Lens: Show Timeline plots the corpus by article and by entity; dates with no year are listed apart', { timeout: 90000 }, async () => {
  const { page } = session;
  await shotOnFailure(page, 'timeline', async () => {
    await runCommand(page, 'News Lens: Show Timeline');
    const frame = await timelineFrame(page);
    await frame.waitForSelector('#by-article svg .point', { timeout: 30000 });
    const summary = await frame.innerText('#summary');
    assert.match(summary, new RegExp(`^${plotted.length} dates plotted from 3 articles · ${temporal.length - plotted.length} listed apart`));
    assert.equal(await frame.locator('#by-article .point').count(), plotted.length);
    assert.ok(await frame.locator('#by-entity .point').count() > 0, 'the by-entity chart has points');
    const unknown = frame.locator('section[data-kind="Year unknown"] tr');
    assert.equal(await unknown.count(), unknownYear.length + 1, 'one row per date with no year, under a header');
    // Theme colours, not fixed ones: the page's text colour is the dark theme's foreground.
    const fg = await frame.evaluate(() => getComputedStyle(document.body).color);
    const [r, g, b] = fg.match(/\d+/g).map(Number);
    assert.ok(r + g + b > 400, `light text on the dark theme (${fg})`);
    shotOk(await screenshotDoc(page, 'timeline-dark.png'));
  });
});

test('UI: the entity filter keeps the dates named beside one entity; a click on a date opens its mention', { timeout: 90000 }, async () => {
  const { page } = session;
  await shotOnFailure(page, 'timeline-filter', async () => {
    const frame = await timelineFrame(page);
    const all = await frame.locator('#by-article .point').count();
    const options = await frame.locator('#entity-filter option').allInnerTexts();
    const biden = options.find(o => /^Joe Biden \(/.test(o));
    assert.ok(biden, `Joe Biden is in the filter: ${options.join(', ')}`);
    await frame.selectOption('#entity-filter', { label: biden });
    await frame.waitForFunction(() => /only sentences naming Joe Biden/.test(document.getElementById('summary')?.textContent ?? ''), null, { timeout: 10000 });
    const some = await frame.locator('#by-article .point').count();
    assert.ok(some > 0 && some < all, `${some} of ${all} dates are in sentences naming Joe Biden`);
    assert.equal(await frame.locator('#by-entity text', { hasText: 'Joe Biden' }).count(), 1, 'one row, Joe Biden');
    // A click on a date opens the article beside the timeline with the date selected.
    const point = frame.locator('#by-article .point').first();
    const value = await point.getAttribute('data-value');
    await point.click();
    await page.waitForFunction(() => document.querySelectorAll('.editor-group-container').length >= 2, null, { timeout: 10000 });
    const beside = page.locator('.editor-group-container').nth(1);
    assert.match(await beside.locator('.tabs-container').innerText(), /\d{3}_[0-9a-f]+\s*\.txt/);
    await beside.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 10000 });
    assert.ok(value, 'the clicked date has a value');
  });
});
