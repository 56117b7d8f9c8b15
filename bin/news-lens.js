#!/usr/bin/env node
// The CLI is bundled by `npm run build` into dist/cli.js.
const path = require('path');
let cli;
try { cli = require(path.join(__dirname, '..', 'dist', 'cli.js')); } catch (e) {
  console.error('news-lens: dist/cli.js is missing; run `npm run build` first.');
  process.exit(2);
}
// A closed pipe (news-lens … | head) is a normal end, not a crash.
process.stdout.on('error', e => { if (e.code === 'EPIPE') process.exit(0); throw e; });
process.exitCode = cli.main(process.argv.slice(2));
