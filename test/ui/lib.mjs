// Shared steps for the UI tests: a code-server with the built extension installed, and a
// Chromium page showing one seed, driven like a person would.
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureVSCode, makeWorkspace, startCodeServer, launchChromium, workbenchUrl } from '../../scripts/lib/codeServer.mjs';

export { ROOT };

/** Installs the extension the way a user's VS Code would find it: a folder in the extensions dir. */
function installExtension(extensionsDir) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const target = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  mkdirSync(target, { recursive: true });
  for (const f of ['package.json', 'language-configuration.json', 'LICENSE', 'README.md']) cpSync(join(ROOT, f), join(target, f));
  for (const d of ['dist', 'syntaxes']) cpSync(join(ROOT, d), join(target, d), { recursive: true });
}

export async function openSeedInBrowser(seed) {
  ensureVSCode();
  const ws = makeWorkspace('news-lens-ui-');
  const cs = await startCodeServer();
  installExtension(cs.extensionsDir);
  const browser = await launchChromium();
  const { page } = browser;
  await page.goto(workbenchUrl(cs, ws, [['openFile', cs.remote(join(ws, 'seeds', seed))]]));
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 60000 });
  return {
    page, ws, cs,
    async close() { await browser.close(); cs.stop(); },
  };
}

/** Hovers the first rendered editor span whose text contains `text` until the hover shows `expect`. */
export async function hoverUntil(page, text, expect, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  while (Date.now() < deadline) {
    const span = page.locator('.editor-instance .monaco-editor .view-line span span', { hasText: text }).first();
    const box = await span.boundingBox().catch(() => null);
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
      await page.waitForSelector('.monaco-hover-content', { timeout: 3000 }).catch(() => {});
      seen = await page.evaluate(() => Array.from(document.querySelectorAll('.monaco-hover-content')).map(e => e.innerText).join(' | '));
      if (expect.test(seen)) return seen;
    }
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
  }
  throw new Error(`hover over ${JSON.stringify(text)} never showed ${expect}; last seen: ${JSON.stringify(seen)}`);
}
