// The link worker's linker needs only the names the data knows (known.ts), not the analysis's word
// and name lists (gazetteer.ts); its answers are those of the full analysis's link (the property
// tests in incremental.test.ts check that). Its own process, so require.cache shows what it loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';

test('the linker loads known.ts and not gazetteer.ts, and still looks names up', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { CorpusLinker } = require('../../server/src/analysis/incremental') as typeof import('../../server/src/analysis/incremental');
  const { NO_ALIAS_RULES } = require('../../server/src/analysis/link') as typeof import('../../server/src/analysis/link');
  const { NO_CORRECTIONS } = require('../../server/src/analysis/corrections') as typeof import('../../server/src/analysis/corrections');
  const linker = new CorpusLinker(NO_ALIAS_RULES, NO_CORRECTIONS);
  const delta = linker.update([
    ['file:///a', [{ type: 'PLACE', key: 'USA', text: 'USA' }, { type: 'PERSON', key: 'Bill Smith', text: 'Bill Smith' }] as never],
    ['file:///b', [{ type: 'PLACE', key: 'United States', text: 'United States' }, { type: 'PERSON', key: 'William Smith', text: 'William Smith' }] as never],
  ]);
  const mods = new Set(Object.keys(require.cache).map(p => basename(p)));
  assert.ok(mods.has('known.js'), 'known.js loaded');
  assert.ok(!mods.has('gazetteer.js'), 'gazetteer.js loaded');
  // the gazetteer's answers are used: "USA" and "United States" are one place, "Bill" and "William" one given name
  const ids = new Map(delta.changed);
  assert.equal(ids.get('file:///a')![0], ids.get('file:///b')![0]);
  assert.equal(ids.get('file:///a')![1], ids.get('file:///b')![1]);
});
