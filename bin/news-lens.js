#!/usr/bin/env node
// The CLI is bundled by `npm run build` into dist/cli.js.
const path = require('path');
let cli;
try { cli = require(path.join(__dirname, '..', 'dist', 'cli.js')); } catch (e) {
  console.error('news-lens: dist/cli.js is missing; run `npm run build` first.');
  process.exit(2);
}
process.exitCode = cli.main(process.argv.slice(2));
