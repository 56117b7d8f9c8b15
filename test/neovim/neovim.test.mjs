// News Lens in Neovim: headless Neovim (Debian's package) opens a seed and, through its own
// LSP client, asks bin/news-lens-server.js for hover, references, definition and workspace
// symbols; the answers are checked against the seed texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, makeWorkspace } from '../../scripts/lib/codeServer.mjs';

const SEEDS = ['000_79485a8c7ba75c49.txt', '001_dd51f5e195fdcee6.txt', '002_c5c97a9daaac34f1.txt'];
const ZELENSKY = /(?:Volodymyr )?Zelenski?y\b/g;
const INSTALL = 'apt-get install -y neovim';

/** Neovim's version, installing Debian's package first when running as root; null when absent. */
function neovim() {
  const version = () => spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  let v = version();
  if (v.error && process.getuid?.() === 0) {
    console.log(`neovim: not installed; running ${INSTALL}`);
    spawnSync('apt-get', ['install', '-y', '-qq', 'neovim'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    v = version();
  }
  return v.error ? null : /NVIM v(\d+\.\d+\.\d+)/.exec(v.stdout)?.[1] ?? 'unknown';
}

const version = neovim();
const missing = `Neovim is not installed. As root: ${INSTALL} (Debian's neovim, 0.7 or newer), then run this layer again.`;
if (!version && process.env.CI) throw new Error(missing);

test('Neovim: hover, references, definition and workspace symbols through vim.lsp', { skip: version ? false : missing, timeout: 120000 }, () => {
  const ws = makeWorkspace('news-lens-nvim-');
  const out = join(mkdtempSync(join(tmpdir(), 'news-lens-nvim-out-')), 'answers.json');
  try {
    const seed = join(ws, 'seeds', SEEDS[2]);
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(ROOT, 'test/neovim/lsp.lua')}`], {
      cwd: ws, encoding: 'utf8', timeout: 110000,
      env: {
        ...process.env, NEWS_LENS_NODE: process.execPath, NEWS_LENS_SERVER: join(ROOT, 'bin/news-lens-server.js'), NEWS_LENS_WS: ws,
        NEWS_LENS_SEED: seed, NEWS_LENS_NEEDLE: 'Zelenskiy', NEWS_LENS_OUT: out,
      },
    });
    assert.ok(existsSync(out), `nvim wrote no answers (status ${r.status}, signal ${r.signal}); stderr: ${r.stderr}`);
    const a = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(a.error, undefined, a.error);
    console.log(`neovim ${a.nvim} via ${a.api}`);

    const texts = SEEDS.map(s => readFileSync(join(ws, 'seeds', s), 'utf8'));
    const uris = SEEDS.map(s => pathToFileURL(join(ws, 'seeds', s)).href);
    const total = texts.reduce((n, t) => n + [...t.matchAll(ZELENSKY)].length, 0);
    const here = [...texts[2].matchAll(ZELENSKY)].length;

    // Hover: the canonical entity, counted here and across the three seeds.
    const hover = typeof a.hover.contents === 'string' ? a.hover.contents : a.hover.contents.value;
    assert.match(hover, /\*\*Volodymyr Zelensky\*\*/);
    assert.ok(hover.includes(`${here} mentions in this article`), hover);
    assert.ok(hover.includes(`${total} mentions in 3 articles`), hover);

    // References: every mention under every spelling, in every seed.
    assert.equal(a.references.length, total);
    assert.deepEqual([...new Set(a.references.map(l => l.uri))].sort(), [...uris].sort());
    for (const l of a.references) {
      const text = texts[uris.indexOf(l.uri)];
      const line = text.split('\n')[l.range.start.line];
      assert.match(line.slice(l.range.start.character, l.range.end.character), /^(Volodymyr )?Zelenski?y$/);
    }

    // Definition: the fullest-name mention in this article, "Volodymyr Zelenskiy" on its first line.
    const def = Array.isArray(a.definition) ? a.definition[0] : a.definition;
    const defUri = def.uri ?? def.targetUri;
    const defRange = def.range ?? def.targetSelectionRange;
    assert.equal(defUri, uris[2]);
    const first = texts[2].split('\n')[0];
    assert.deepEqual(defRange, { start: { line: 0, character: first.indexOf('Volodymyr Zelenskiy') }, end: { line: 0, character: first.indexOf('Volodymyr Zelenskiy') + 'Volodymyr Zelenskiy'.length } });

    // Workspace symbols: the entity under any spelling.
    assert.ok(a.symbols.some(s => s.name === 'Volodymyr Zelensky'), JSON.stringify(a.symbols.map(s => s.name)));
  } finally {
    rmSync(ws, { recursive: true, force: true });
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
});
