import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from wherever the compiled test runs (out/test/... or test/...). */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'seeds'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root from ' + __dirname);
    dir = up;
  }
  return dir;
})();

export const SEEDS = ['000_79485a8c7ba75c49.txt', '001_dd51f5e195fdcee6.txt', '002_c5c97a9daaac34f1.txt'] as const;
export const seedPath = (name: string) => join(repoRoot, 'seeds', name);
export const readSeed = (name: string) => readFileSync(seedPath(name), 'utf8');

/** The offset of the n-th (0-based) occurrence of needle, failing loudly when there is none. */
export function nth(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`occurrence ${n} of ${JSON.stringify(needle)} not found`);
  }
  return at;
}
