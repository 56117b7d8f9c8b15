// Mocha entry point inside the extension host: the extensionTestsPath contract shared by
// @vscode/test-electron (npm run test:desktop) and code-server (npm run test:vscode).
import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
      console.log(`vscode: ${passes} passed, ${failed} failed, ${pending} skipped`);
      if (failures) reject(new Error(`${failures} tests failed.`)); else resolve();
    });
  });
}
