#!/usr/bin/env node
// The News Lens language server on its own, for any LSP client (Neovim, Helix, Emacs, Sublime…):
//   news-lens-server --stdio
// It is dist/server.js, bundled by `npm run build`; with no transport flag it speaks over stdio.
// The server runs with the memory flags and environment the VS Code client gives it
// (dist/launch.js, from server/src/launch.ts): started without them, as a `#!/usr/bin/env node`
// script is, this starts node again with them over the same stdio and waits for it. Forked with an
// IPC channel (--node-ipc), it runs the server in this process, without them.
const { existsSync } = require('fs');
const { spawn } = require('child_process');
const path = require('path');
const server = path.join(__dirname, '..', 'dist', 'server.js');
const launch = path.join(__dirname, '..', 'dist', 'launch.js');
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: news-lens-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]\nThe News Lens language server; with no flag it uses --stdio.');
  process.exit(0);
}
if (!existsSync(server) || !existsSync(launch)) {
  console.error('news-lens-server: dist/server.js is missing; run `npm run build` first.');
  process.exit(2);
}
const args = process.argv.slice(2);
if (!args.some(a => /^--(stdio|node-ipc|socket|pipe)/.test(a))) args.push('--stdio');
const { SERVER_EXEC_ARGV, SERVER_ENV, hasServerSettings } = require(launch);
if (hasServerSettings() || args.includes('--node-ipc') || process.send) {
  process.argv = [...process.argv.slice(0, 2), ...args];
  require(server);
} else {
  const child = spawn(process.execPath, [...process.execArgv, ...SERVER_EXEC_ARGV, server, ...args], { stdio: 'inherit', env: { ...process.env, ...SERVER_ENV } });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', e => { console.error(`news-lens-server: ${e.message}`); process.exit(1); });
  child.on('exit', (code, signal) => {
    if (signal) { process.removeAllListeners(signal); process.kill(process.pid, signal); }
    process.exit(code ?? 1);
  });
}
