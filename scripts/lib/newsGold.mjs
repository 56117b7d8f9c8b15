// news-gold's split, read from its README so that one file fixes it: the articles listed under
// "Test" are measured only; the others are the dev split. Used by eval, errors, train and
// extract-gum, which must all agree on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const NEWS_GOLD = 'test/fixtures/news-gold';

/** The file names of news-gold's test split. Throws when the README lists none. */
export function testSplit(root) {
  const readme = readFileSync(join(root, NEWS_GOLD, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**Test'), readme.indexOf('**Dev'));
  const names = [...section.matchAll(/`([^`]+\.txt)`/g)].map(m => m[1]);
  if (names.length === 0) throw new Error(`${NEWS_GOLD}/README.md: no test split found`);
  return new Set(names);
}
