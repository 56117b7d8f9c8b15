// The extension manifest keeps VS Code's conventions (issue 12): every command in the News Lens
// category, news-only commands hidden elsewhere, every setting described with a default, enums
// with enumDescriptions, keybindings and walkthrough media that exist, an icon of 128×128.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { repoRoot } from '../helpers/paths';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const c = manifest.contributes;
const commands: { command: string; title: string; category?: string }[] = c.commands;
const ids = new Set(commands.map(x => x.command));
/** Commands that act on the News Article in the editor. */
const NEWS_ONLY = ['newsLens.nextMention', 'newsLens.previousMention'];

test('manifest: icon, banner, categories beyond "Other", keywords, a CHANGELOG', () => {
  const png = readFileSync(join(repoRoot, manifest.icon));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'the icon is 128×128');
  assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
  assert.ok(manifest.categories.some((k: string) => k !== 'Other'));
  assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  assert.match(readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8'), new RegExp(`## \\[${manifest.version.replace(/\./g, '\\.')}\\]`));
});

test('manifest: every command has the News Lens category; news-only ones show in the palette only in news files', () => {
  for (const x of commands) assert.equal(x.category, 'News Lens', x.command);
  const palette = new Map<string, string>(c.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
  for (const id of NEWS_ONLY) assert.match(palette.get(id) ?? '', /editorLangId == news/, id);
  for (const menu of Object.values(c.menus) as { command: string }[][]) for (const m of menu) assert.ok(ids.has(m.command), `menus name ${m.command}, a contributed command`);
  const explorer = c.menus['explorer/context'].find((m: { command: string }) => m.command === 'newsLens.useFolderAsCorpus');
  assert.match(explorer.when, /explorerResourceIsFolder/);
});

test('manifest: keybindings for next / previous mention, only in news editors', () => {
  const keys = new Map(c.keybindings.map((k: { command: string; key: string; when: string }) => [k.command, k]));
  for (const id of NEWS_ONLY) {
    const k = keys.get(id) as { key: string; when: string } | undefined;
    assert.ok(k, `${id} has a key`);
    assert.match(k.when, /editorLangId == news/);
  }
  for (const k of c.keybindings) assert.ok(ids.has(k.command));
});

test('manifest: every setting has a description and a default; enums have one enumDescription per value', () => {
  const props: Record<string, { default?: unknown; description?: string; markdownDescription?: string; enum?: unknown[]; enumDescriptions?: string[]; type: string }> = c.configuration.properties;
  assert.ok(Object.keys(props).length >= 6);
  for (const [key, p] of Object.entries(props)) {
    assert.ok('default' in p, `${key} has a default`);
    assert.ok((p.description ?? p.markdownDescription ?? '').length > 20, `${key} has a description`);
    if (p.enum) assert.equal(p.enumDescriptions?.length, p.enum.length, `${key}: one enumDescription per value`);
  }
  assert.equal(props['newsLens.highlight.numbers'].default, false, 'numbers are not coloured by default');
});

test('manifest: the walkthrough media exist and ship in the .vsix with the icon and the timeline page', () => {
  const shipped = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split('\n').filter(l => l.startsWith('!')).map(l => l.slice(1));
  const inVsix = picomatch(shipped);
  const steps = c.walkthroughs.flatMap((w: { steps: { media: { markdown?: string; image?: string } }[] }) => w.steps);
  assert.ok(steps.length >= 4);
  for (const s of steps) {
    const media = s.media.markdown ?? s.media.image!;
    assert.ok(existsSync(join(repoRoot, media)), media);
    assert.ok(inVsix(media), `${media} is in the .vsix`);
    for (const [, img] of readFileSync(join(repoRoot, media), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      const path = join(media, '..', img).replace(/\\/g, '/');
      assert.ok(existsSync(join(repoRoot, path)) && inVsix(path), `${media} shows ${path}, which ships`);
    }
  }
  for (const f of [manifest.icon, 'media/timeline.js', 'media/timeline.css', 'CHANGELOG.md', 'dist/server.js', 'dist/data/eng-core-web-model.json', 'dist/data/gazetteer.json']) assert.ok(inVsix(f), `${f} is in the .vsix`);
  assert.ok(existsSync(join(repoRoot, manifest.bin['news-lens-server'])), 'the news-lens-server bin exists');
});
