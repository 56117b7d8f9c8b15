// Starts code-server (a real VS Code 1.139 served to a browser) and Debian's Chromium,
// following shared/vscode-in-ci: isolated HOME/XDG dirs, settings that keep the window
// quiet and never auto-save, its own process group so nothing outlives the run.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, rmSync, cpSync, openSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VT = join(ROOT, '.vscode-test');
const CS = join(VT, 'cs/node_modules/.bin/code-server');
const NODE24_BIN = join(VT, 'node24/node_modules/node/bin');

export const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 100,
  'files.autoSave': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.secondarySideBar.showLabels': false,
};

export function findChromium() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  return null;
}

/** Makes sure code-server and Chromium are there, running scripts/setup-vscode.sh when they are not. */
export function ensureVSCode() {
  if (existsSync(CS) && findChromium()) return;
  execFileSync('bash', [join(ROOT, 'scripts/setup-vscode.sh')], { stdio: 'inherit' });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** A fresh workspace holding copies of the seeds, so nothing a test does can touch the originals. */
export function makeWorkspace(prefix = 'news-lens-ws-') {
  const ws = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'seeds'), join(ws, 'seeds'), { recursive: true });
  return ws;
}

/** The environment code-server runs in: Node 24 first on the PATH, XDG dirs inside `dir`. */
function codeServerEnv(dir) {
  return {
    ...process.env,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    XDG_CONFIG_HOME: join(dir, 'xdg/config'), XDG_DATA_HOME: join(dir, 'xdg/data'), XDG_CACHE_HOME: join(dir, 'xdg/cache'),
  };
}

/**
 * Installs a .vsix the way a user does (`code-server --install-extension`), into `extensionsDir`;
 * returns code-server's output. Throws when the install fails.
 */
export function installVsix(vsix, extensionsDir) {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-install-'));
  try {
    return execFileSync(CS, ['--extensions-dir', extensionsDir, '--user-data-dir', join(dir, 'user-data'), '--install-extension', vsix, '--force'],
      { env: codeServerEnv(dir), encoding: 'utf8', timeout: 120000, stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** workspaceTrust: true leaves Workspace Trust on, so a new folder opens in Restricted Mode (the untrusted-workspace test). */
export async function startCodeServer({ smokeTestDriver = false, extensionsDir, settings = {}, run, workspaceTrust = false } = {}) {
  const port = await freePort();
  const dir = run ?? mkdtempSync(join(tmpdir(), 'news-lens-cs-'));
  mkdirSync(join(dir, 'user-data/User'), { recursive: true });
  const extDir = extensionsDir ?? join(dir, 'extensions');
  mkdirSync(extDir, { recursive: true });
  writeFileSync(join(dir, 'user-data/User/settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
  writeFileSync(join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\n`);
  const log = openSync(join(dir, 'cs.log'), 'w');
  const env = codeServerEnv(dir);
  const args = ['--config', join(dir, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extDir,
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--reconnection-grace-time', '5'];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  // detached = setsid: code-server and its watchers get their own process group, killed as one.
  const child = spawn(CS, args, { env, detached: true, stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(url + '/healthz')).ok) break; } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`code-server exited early (${child.exitCode}); see ${join(dir, 'cs.log')}`);
    await new Promise(r => setTimeout(r, 100));
  }
  return {
    port, url, dir, extensionsDir: extDir,
    remote: (absPath) => `vscode-remote://127.0.0.1:${port}${absPath}`,
    stop() { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } },
  };
}

export async function launchChromium(viewport = { width: 1400, height: 900 }) {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  const udd = mkdtempSync(join(tmpdir(), 'news-lens-chrome-'));
  const context = await chromium.launchPersistentContext(udd, {
    executablePath, headless: true, viewport,
    env: { ...process.env, HOME: udd, XDG_CONFIG_HOME: join(udd, 'xdg-config'), XDG_CACHE_HOME: join(udd, 'xdg-cache') },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page, async close() { await context.close(); rmSync(udd, { recursive: true, force: true }); } };
}

export function workbenchUrl(cs, folder, payload) {
  return `${cs.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
