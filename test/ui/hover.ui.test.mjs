import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { statSync, mkdirSync } from 'node:fs';
import { openSeedInBrowser, hoverUntil, ROOT } from './lib.mjs';

test('UI: hovering a date in seed 001 shows its type, in a real code-server + Chromium', { timeout: 180000 }, async () => {
  const session = await openSeedInBrowser('001_dd51f5e195fdcee6.txt');
  try {
    const { page } = session;
    // The grammar colours the date at once; the server's hover follows.
    const text = await hoverUntil(page, 'March 24', /DATE/);
    assert.match(text, /Date\s*DATE\s*— “March 24”/);
    mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
    const shot = join(ROOT, 'docs/images/hover-date.png');
    await page.screenshot({ path: shot });
    assert.ok(statSync(shot).size > 10000, 'the screenshot was written');
  } finally {
    await session.close();
  }
});
