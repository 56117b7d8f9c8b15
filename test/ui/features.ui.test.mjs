// The entity features as a person meets them in code-server + Chromium: one shared session on
// seed 002 (RFE/RL's "Zelenskiy"), linked to CNN's "Zelensky" in seeds 000 and 001.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSeedInBrowser, hoverUntil, clickWord, runCommand, waitForText, screenshotDoc, shotOnFailure, ROOT } from './lib.mjs';

const SEEDS = ['000_79485a8c7ba75c49.txt', '001_dd51f5e195fdcee6.txt', '002_c5c97a9daaac34f1.txt'];
const CANONICAL = 'Volodymyr Zelensky';
// One mention per "Zelensky"/"Zelenskiy" (with "Volodymyr" when written), counted in the seed texts.
const mentionsInCorpus = SEEDS.reduce((n, s) => n + [...readFileSync(join(ROOT, 'seeds', s), 'utf8').matchAll(/(?:Volodymyr )?Zelenski?y\b/g)].length, 0);
let session;

before(async () => { session = await openSeedInBrowser(SEEDS[2]); }, { timeout: 120000 });
after(async () => { await session?.close(); });

const shotOk = (path) => assert.ok(statSync(path).size > 10000, `the screenshot ${path} was written`);

test('UI: hovering "Zelenskiy" in seed 002 shows the canonical entity and its cross-article count', { timeout: 90000 }, async () => {
  const { page } = session;
  await shotOnFailure(page, 'hover-entity', async () => {
    // The first hover may come before indexing ends; hoverUntil retries until it is cross-article.
    const text = await hoverUntil(page, 'Zelenskiy', /Volodymyr Zelensky[\s\S]*mentions in 3 articles/);
    assert.match(text, new RegExp(`${CANONICAL}\\s*·\\s*Person`));
    assert.match(text, new RegExp(`\\d+ mentions in this article · ${mentionsInCorpus} mentions in 3 articles`));
    assert.match(text, /In other articles/);
    shotOk(await screenshotDoc(page, 'hover-entity.png'));
    await page.mouse.move(5, 5);
  });
});

test('UI: F1 "News Lens: Find All Mentions" on "Zelenskiy" lists mentions from all three seeds', { timeout: 60000 }, async () => {
  const { page } = session;
  await shotOnFailure(page, 'find-all-mentions', async () => {
    await clickWord(page, 'Zelenskiy');
    await runCommand(page, 'News Lens: Find All Mentions');
    // The References view in the side bar (or, without it, the peek widget in the editor). Never the
    // whole side bar: the file explorer lists the three seeds too.
    const where = '[id="workbench.view.extension.references-view"], .zone-widget.peekview-widget';
    const allThree = new RegExp(SEEDS.map(s => `(?=[\\s\\S]*${s.replace('.', '\\.')})`).join(''));
    const seen = await waitForText(page, where, allThree, 30000);
    for (const s of SEEDS) assert.ok(seen.includes(s), `${s} in the results`);
    assert.doesNotMatch(seen, /No results/);
    // The References view's own summary, when it is the one showing.
    if (/results? in/.test(seen)) assert.match(seen, new RegExp(`\\b${mentionsInCorpus} results in 3 files`));
    shotOk(await screenshotDoc(page, 'find-all-mentions.png'));
  });
});

test('UI: "News Lens: Show Entity Explorer" shows People with Volodymyr Zelensky', { timeout: 90000 }, async () => {
  const { page } = session;
  await shotOnFailure(page, 'entity-explorer', async () => {
    await page.keyboard.press('Escape');
    // Focus back in the editor (the References view holds it after the previous test), as a person would click.
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 600, y: 8 } });
    await runCommand(page, 'News Lens: Show Entity Explorer');
    const entities = new RegExp(`News Entities\\s*People \\(\\d+\\)[\\s\\S]*${CANONICAL}\\s*\\d+ mentions · 3 articles`);
    // (once in a CI run the command's Enter was lost while the References view still held the
    // sidebar, and the sidebar never changed: the command is given a second time, as a person would)
    const shown = await waitForText(page, '.part.sidebar', entities, 15000).then(() => true, () => false);
    if (!shown) {
      await runCommand(page, 'News Lens: Show Entity Explorer');
      await waitForText(page, '.part.sidebar', entities, 30000);
    }
    // Give the News Entities view the room: fold the folder tree above it (a person would too).
    const folders = page.locator('.part.sidebar .pane-header[aria-label^="Explorer Section"][aria-expanded="true"]');
    if (await folders.count()) {
      await folders.first().click();
      await page.waitForSelector('.part.sidebar .pane-header[aria-label^="Explorer Section"][aria-expanded="false"]', { timeout: 5000 }).catch(() => {});
    }
    assert.match(await waitForText(page, '.part.sidebar', entities), entities);
    shotOk(await screenshotDoc(page, 'entity-explorer.png'));
  });
});
