// Each thread of the server loads only the analysis modules it uses: the LSP thread never builds the
// gazetteer's tables (gazetteer.ts and known.ts, some 18 MB of heap) and the link worker only the
// names the data knows (known.ts, about 6 MB), not the analysis's word lists and name lists. Each
// test file runs in its own process, so require.cache shows what the modules below pulled in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';

const loaded = () => new Set(Object.keys(require.cache).map(p => basename(p)));

test('the LSP thread\'s modules load neither the gazetteer nor the analyser until one is used', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { CorpusIndex, analyzeArticle } = require('../../server/src/corpusIndex') as typeof import('../../server/src/corpusIndex');
  const { parseAliasRules, slug } = require('../../server/src/analysis/link') as typeof import('../../server/src/analysis/link');
  require('../../server/src/analysis/corrections');
  require('../../server/src/analysisCache');
  require('../../server/src/linker');
  require('../../server/src/features/hover');
  require('../../server/src/features/references');
  require('../../server/src/features/workspaceSymbols');
  require('../../server/src/features/semanticTokens');
  // what the LSP thread does with them: fold names (aliases), make ids
  const rules = parseAliasRules(JSON.stringify({ entities: [{ name: 'Jane Doe', type: 'PERSON', aliases: ['J. Doe'] }] }));
  assert.equal(rules.entities.length, 1);
  assert.equal(slug('São Paulo'), slug('Sao Paulo'));
  assert.ok(new CorpusIndex({ analyse: () => { throw new Error('not analysed here'); } }));
  let mods = loaded();
  for (const m of ['gazetteer.js', 'known.js', 'article.js', 'entities.js', 'nlp.js', 'incremental.js']) assert.ok(!mods.has(m), `${m} was loaded`);
  // the analyser still comes when this thread has to analyse (no worker could start)
  const a = analyzeArticle('Jane Doe flew to Paris on Monday.');
  assert.ok(a.mentions.some(m => m.text === 'Paris'));
  mods = loaded();
  assert.ok(mods.has('gazetteer.js') && mods.has('article.js'));
});
