// Renders images/icon.svg to the 128×128 images/icon.png the manifest names, with Debian's
// Chromium through playwright-core (the same browser the UI tests use). Run after editing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchChromium } from './lib/codeServer.mjs';

const svg = readFileSync(join(ROOT, 'images/icon.svg'), 'utf8');
const browser = await launchChromium({ width: 128, height: 128 });
try {
  await browser.page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await browser.page.locator('svg').screenshot({ path: join(ROOT, 'images/icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('wrote images/icon.png');
