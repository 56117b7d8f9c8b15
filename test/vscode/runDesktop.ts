// npm run test:desktop: the same extension-host suite under @vscode/test-electron, for machines
// that can download VS Code. (Offline machines use npm run test:vscode, which runs code-server.)
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { runTests } from '@vscode/test-electron';

async function main() {
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-desktop-'));
  fs.cpSync(path.join(root, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/vscode/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
main().catch(err => { console.error(err); process.exit(1); });
