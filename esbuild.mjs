// Bundles the client and the server into dist/ (the wink model and the other data beside them, in
// dist/data), and compiles the tests and the CLI to out/ as plain CommonJS.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, cpSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, basename } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

function walk(dir, filter) {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, filter) : filter(p) ? [p] : [];
  });
}

// target es2022, not nodeNN: esbuild lowers unicode property escapes (/\p{Lu}/u) into a
// new RegExp() per evaluation for node targets, which cost a third of the analysis time.
// Some dependencies (fdir, under tinyglobby) are ESM that reads import.meta.url; a CJS bundle has none.
const importMetaShim = {
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
// Each thread of the server (the LSP thread and every worker) keeps its own copy of the bundle's
// source as a string, for V8 to compile functions lazily from. One character past U+00FF anywhere
// (esbuild leaves them in regular expressions and comments, charset or not) makes V8 store the whole
// 7 MB source two bytes a character: 14 MB a thread. Escaped, it is stored one byte a character.
// A run of backslashes before the character is kept as it was, less the one that escaped the
// character itself (`/[\–]/` becomes `/[\u2013]/`: the same in a regular expression, a string or a comment).
function asciiOnly(src) {
  const hex = c => '\\u' + c.toString(16).padStart(4, '0');
  return src.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, ch) =>
    (slashes.length % 2 ? slashes.slice(1) : slashes) + [...Array(ch.length).keys()].map(i => hex(ch.charCodeAt(i))).join(''));
}
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(result => {
      if (result.errors.length) return;
      const out = build.initialOptions.outfile;
      const src = readFileSync(out, 'utf8');
      const ascii = asciiOnly(src);
      if (ascii !== src) writeFileSync(out, ascii);
    });
  },
};
// The same copy of the source, per thread, held the data too: wink's model (3 MB of JSON), the
// gazetteer, the name and word lists, 5.7 MB of the 7.5 MB server bundle, in the LSP thread and the
// link worker, which never read most of it. A JSON file over DATA_MIN_BYTES is copied to dist/data/
// instead, and its module reads and parses it when first required (as the bundle's other modules,
// lazily: only in the threads that use it). The analyser's version hashes those files too (server.ts).
const DATA_MIN_BYTES = 32 * 1024;
const dataFiles = new Map(); // name in dist/data -> source path
const jsonData = {
  name: 'json-data',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, args => {
      if (statSync(args.path).size < DATA_MIN_BYTES) return undefined; // small: inlined as esbuild does
      const name = basename(args.path);
      const had = dataFiles.get(name);
      if (had && had !== args.path) throw new Error(`two data files named ${name}: ${had} and ${args.path}`);
      dataFiles.set(name, args.path);
      mkdirSync('dist/data', { recursive: true });
      copyFileSync(args.path, join('dist/data', name));
      return { loader: 'js', contents: `module.exports = JSON.parse(require('fs').readFileSync(require('path').join(__dirname, 'data', ${JSON.stringify(name)}), 'utf8'));` };
    });
  },
};
const common = { bundle: true, platform: 'node', target: 'es2022', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', ...importMetaShim, plugins: [asciiOutput, jsonData] };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // the server, and the analysis pool's worker threads (server/src/main.ts picks by thread)
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // how the server is started (flags, environment): for bin/news-lens-server.js and the bench
  { ...common, entryPoints: ['server/src/launch.ts'], outfile: 'dist/launch.js', sourcemap: false },
  // The analysis core on its own, bundled the way the server and the CLI ship it: `npm run bench`
  // times this, and pipelines can require() it without the LSP.
  { ...common, entryPoints: ['server/src/analysis/index.ts'], outfile: 'dist/analysis.js' },
  // Tests are transpiled file by file, keeping out/test/** paths; they import the core from source.
  {
    entryPoints: [...walk('test', p => p.endsWith('.ts')), ...walk('server/src', p => p.endsWith('.ts'))],
    outdir: 'out', outbase: '.', platform: 'node', target: 'es2022', format: 'cjs', sourcemap: true, logLevel: 'warning',
  },
];

rmSync('out', { recursive: true, force: true });
rmSync('dist/data', { recursive: true, force: true }); // (a data file no bundle uses any more must not ship)
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
}
// The transpiled (unbundled) library under out/ reads its data files at run time.
cpSync('server/src/analysis/data', 'out/server/src/analysis/data', { recursive: true });
