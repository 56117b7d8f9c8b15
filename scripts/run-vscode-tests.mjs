// Runs the mocha suite in out/test/vscode inside a real VS Code extension host (code-server
// with the smoke-test driver), the same contract as @vscode/test-electron's extensionTestsPath.
import { format } from 'node:util';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { ROOT, ensureVSCode, makeWorkspace, startCodeServer, launchChromium, workbenchUrl } from './lib/codeServer.mjs';

const TIMEOUT_MS = Number(process.env.NEWS_LENS_VSCODE_TIMEOUT ?? 240000);
const t0 = Date.now();
const ts = (m) => console.log(`[vscode ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

ensureVSCode();
const ws = makeWorkspace();
const cs = await startCodeServer({ smokeTestDriver: true });
ts(`code-server up at ${cs.url}, workspace ${ws}`);
const browser = await launchChromium();
let code = 'timeout';
try {
  let done;
  const finished = new Promise(r => (done = r));
  await browser.page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(args ?? []));
    if (!/open-vsx|ENOTFOUND|github|^\s+at /i.test(text)) console.log(text);
  });
  await browser.page.exposeFunction('codeAutomationExit', (exitCode) => done(exitCode));
  const payload = [
    ['extensionDevelopmentPath', cs.remote(ROOT)],
    ['extensionTestsPath', cs.remote(join(ROOT, 'out/test/vscode/index.js'))],
  ];
  await browser.page.goto(workbenchUrl(cs, ws, payload));
  code = await Promise.race([finished, new Promise(r => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
} finally {
  ts(`extension tests finished: ${code === 0 ? 'passed' : `FAILED (${code})`}`);
  await browser.close();
  cs.stop();
  rmSync(ws, { recursive: true, force: true });
}
process.exit(code === 0 ? 0 : 1);
