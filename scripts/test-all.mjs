// npm test: every layer, in order, each a real run. In CI (CI=true) nothing may skip.
//   1. unit      the analysis core and the TextMate grammar (node:test)
//   2. protocol  the built server over stdio, with a real JSON-RPC client (node:test)
//   3. vscode    the mocha suite inside a real VS Code extension host (code-server)
//   4. ui        playwright-core driving code-server in Debian's Chromium
//   5. neovim    the server through headless Neovim's own LSP client (Debian's neovim)
//   6. vsix      `npm run package`, then that .vsix installed into code-server and smoke-tested
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureVSCode } from './lib/codeServer.mjs';

const only = process.argv.slice(2);
const files = (dir, re) => readdirSync(join(ROOT, dir)).filter(f => re.test(f)).sort().map(f => join(dir, f));
const nodeTest = (dir, re) => [process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files(dir, re)]];
const layers = [
  { name: 'typecheck', cmd: [process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']] },
  { name: 'unit', cmd: nodeTest('out/test/unit', /\.test\.js$/) },
  { name: 'protocol', cmd: nodeTest('out/test/protocol', /\.test\.js$/) },
  { name: 'vscode', cmd: [process.execPath, ['scripts/run-vscode-tests.mjs']], needsVSCode: true },
  { name: 'ui', cmd: nodeTest('test/ui', /\.ui\.test\.mjs$/), needsVSCode: true },
  { name: 'neovim', cmd: nodeTest('test/neovim', /\.test\.mjs$/) },
  // Last: it rebuilds dist/ for production, as `npm run package` does.
  { name: 'vsix', cmd: nodeTest('test/vsix', /\.test\.mjs$/), needsVSCode: true },
].filter(l => only.length === 0 || only.includes(l.name));

if (layers.some(l => l.needsVSCode)) ensureVSCode(); // downloads nothing but npm/apt packages; fails loudly in CI

const results = [];
for (const layer of layers) {
  const t0 = Date.now();
  console.log(`\n=== ${layer.name} ===`);
  const r = spawnSync(layer.cmd[0], layer.cmd[1], { cwd: ROOT, stdio: 'inherit', env: process.env });
  results.push({ name: layer.name, ok: r.status === 0, seconds: (Date.now() - t0) / 1000 });
}
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(10)} ${r.seconds.toFixed(1)}s`);
const failed = results.filter(r => !r.ok).length;
console.log(`layers: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
