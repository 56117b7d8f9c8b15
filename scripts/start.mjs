// npm start: opens the seeds with News Lens in a real VS Code.
//   default           code-server on a printed localhost URL (extension loaded from this folder)
//   --desktop         desktop VS Code (`code` on PATH) with --extensionDevelopmentPath
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureVSCode, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';

const seeds = join(ROOT, 'seeds');
if (process.argv.includes('--desktop')) {
  if (spawnSync('code', ['--version']).status !== 0) {
    console.error('`code` is not on PATH. Install VS Code, or run `npm start` for code-server in the browser.');
    process.exit(2);
  }
  spawn('code', ['--extensionDevelopmentPath', ROOT, seeds, join(seeds, '001_dd51f5e195fdcee6.txt')], { stdio: 'inherit' });
} else {
  ensureVSCode();
  // The user's own seeds, so a real editing session; auto-save stays off as in the tests.
  const cs = await startCodeServer({ smokeTestDriver: false });
  // extensionDevelopmentPath is honoured by code-server for the payload only with the smoke-test
  // driver, so install a link to this folder as an extension instead.
  const { symlinkSync, readFileSync } = await import('node:fs');
  const m = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  symlinkSync(ROOT, join(cs.extensionsDir, `${m.publisher}.${m.name}-${m.version}`));
  const url = workbenchUrl(cs, seeds, [['openFile', cs.remote(join(seeds, '001_dd51f5e195fdcee6.txt'))]]);
  console.log(`\nNews Lens is running in code-server. Open this in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const stop = () => { cs.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
