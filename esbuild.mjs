// Bundles the client and the server (with the wink model inside) into dist/,
// and compiles the tests and the CLI to out/ as plain CommonJS.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, cpSync } from 'node:fs';
import { join } from 'node:path';

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
const common = { bundle: true, platform: 'node', target: 'es2022', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', ...importMetaShim };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // the server, and the analysis pool's worker threads (server/src/main.ts picks by thread)
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
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
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
}
// The transpiled (unbundled) library under out/ reads its data files at run time.
cpSync('server/src/analysis/data', 'out/server/src/analysis/data', { recursive: true });
