#!/usr/bin/env node
// The News Lens language server on its own, for any LSP client (Neovim, Helix, Emacs, Sublime…):
//   news-lens-server --stdio
// It is dist/server.js, bundled by `npm run build`; with no transport flag it speaks over stdio.
const { existsSync } = require('fs');
const path = require('path');
const server = path.join(__dirname, '..', 'dist', 'server.js');
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: news-lens-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]\nThe News Lens language server; with no flag it uses --stdio.');
  process.exit(0);
}
if (!existsSync(server)) {
  console.error('news-lens-server: dist/server.js is missing; run `npm run build` first.');
  process.exit(2);
}
if (!process.argv.slice(2).some(a => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
require(server);
