// Shared steps for the UI tests: a code-server with the built extension installed, and a
// Chromium page showing one seed, driven like a person would.
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, ensureVSCode, makeWorkspace, startCodeServer, launchChromium, workbenchUrl } from '../../scripts/lib/codeServer.mjs';

export { ROOT };

/** Installs the extension the way a user's VS Code would find it: a folder in the extensions dir. */
function installExtension(extensionsDir) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const target = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  mkdirSync(target, { recursive: true });
  for (const f of ['package.json', 'language-configuration.json', 'LICENSE', 'README.md', 'CHANGELOG.md']) cpSync(join(ROOT, f), join(target, f));
  for (const d of ['dist', 'syntaxes', 'media', 'images', 'walkthrough']) cpSync(join(ROOT, d), join(target, d), { recursive: true });
}

/**
 * code-server on a fresh copy of the seeds, showing `seed` in Chromium. `settings` are the user's
 * (a colour theme, say); `extensionsDir` is one that already holds the extension (the .vsix test),
 * else the built extension is copied into a fresh one; `codeServer`: more options for
 * startCodeServer (the untrusted-workspace test turns Workspace Trust on).
 */
export async function openSeedInBrowser(seed, { settings = {}, extensionsDir, codeServer = {} } = {}) {
  ensureVSCode();
  const ws = makeWorkspace('news-lens-ui-');
  const cs = await startCodeServer({ ...codeServer, settings: { ...settings, ...(codeServer.settings ?? {}) }, extensionsDir });
  if (!extensionsDir) installExtension(cs.extensionsDir);
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

/** The first rendered editor span whose text is exactly `text` (falls back to one containing it). */
async function editorSpan(page, text, timeoutMs = 30000) {
  const exact = page.locator('.editor-instance .monaco-editor .view-line span span').filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).first();
  const loose = page.locator('.editor-instance .monaco-editor .view-line span span', { hasText: text }).first();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const span of [exact, loose]) if (await span.count()) { const box = await span.boundingBox().catch(() => null); if (box) return box; }
    await page.waitForTimeout(250);
  }
  throw new Error(`no editor span showing ${JSON.stringify(text)}`);
}

/** Clicks inside the first editor span showing `text`, so the cursor sits on that word. */
export async function clickWord(page, text, timeoutMs = 30000) {
  const box = await editorSpan(page, text, timeoutMs);
  await page.mouse.click(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  await page.mouse.move(5, 5); // no hover left over the text
  await page.keyboard.press('Escape');
}

/** F1, types `label`, waits for its row in the command palette, presses Enter. */
export async function runCommand(page, label, timeoutMs = 20000) {
  // Type only into the palette's own input: F1 can be lost while the workbench moves focus (after
  // a command that opens a view), and the letters would then go to that view's type-to-find.
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: timeoutMs }).catch(() => {});
  const paletteFocused = () => page.waitForFunction(() => {
    const w = document.activeElement?.closest('.quick-input-widget');
    return !!w && getComputedStyle(w).display !== 'none';
  }, null, { timeout: 3000 }).then(() => true, () => false);
  // Enter only once the list has filtered down and the command's row is the focused one, or Enter
  // may run whatever was on top a moment before (a recently used command).
  const row = `.quick-input-list .monaco-list-row.focused[aria-label*=${JSON.stringify(label)}]`;
  // The palette can also close or lose its text while the workbench is still settling (a view
  // refreshing after the previous step): then it is closed and opened again, up to three times.
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    let open = false;
    for (let i = 0; i < 5 && !open; i++) {
      await page.keyboard.press('F1');
      open = await paletteFocused();
    }
    if (!open) throw new Error(`the command palette did not open for ${JSON.stringify(label)}`);
    await page.keyboard.type(label);
    const last = attempt === 3 || Date.now() > deadline - 2000;
    const found = await page.waitForSelector(row, { timeout: last ? Math.max(2000, deadline - Date.now()) : Math.min(8000, timeoutMs) }).then(() => true, e => { if (last) throw e; return false; });
    if (found) break;
    await page.keyboard.press('Escape');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 3000 }).catch(() => {});
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: timeoutMs }).catch(() => {});
}

/** Waits until the innerText of the first element matching `selector` satisfies `expect`; returns it. */
export async function waitForText(page, selector, expect, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await page.evaluate(sel => Array.from(document.querySelectorAll(sel)).map(e => e.innerText).join('\n'), selector);
    if (expect.test(seen)) return seen;
    await page.waitForTimeout(250);
  }
  throw new Error(`${selector} never showed ${expect}; last seen: ${JSON.stringify(seen.slice(0, 2000))}`);
}

/** Writes a screenshot under docs/images/ and returns its path. */
export async function screenshotDoc(page, name) {
  mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
  const path = join(ROOT, 'docs/images', name);
  await page.screenshot({ path });
  return path;
}

/** Runs `fn`; when it throws, saves a screenshot to the temp folder and names it in the error. */
export async function shotOnFailure(page, name, fn) {
  try { return await fn(); } catch (e) {
    const path = join(tmpdir(), `news-lens-ui-failure-${name}-${Date.now()}.png`);
    await page.screenshot({ path }).catch(() => {});
    if (e instanceof Error) e.message += `\n(screenshot of the failure: ${path})`;
    throw e;
  }
}
