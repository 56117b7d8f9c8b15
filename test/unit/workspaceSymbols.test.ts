// Ctrl+T's ranking, against the plain definition: every entity whose spelling holds the query's
// letters in order, those with a word starting with the query first, then the most mentioned, the
// earlier in the list on a tie, at most MAX_SYMBOLS. (The real LSP round trip is in
// test/protocol/workspaceSymbols.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WorkspaceSymbolProvider, MAX_SYMBOLS } from '../../server/src/features/workspaceSymbols';
import type { CorpusIndex } from '../../server/src/corpusIndex';

interface E { id: string; name: string; type: 'PERSON'; aliases: { text: string }[]; mentions: number; articles: number }

/** The entity list as the provider reads it from the index: only what Ctrl+T uses. */
function corpusOf(entities: E[]): CorpusIndex {
  const lines = { positionAt: () => ({ line: 0, character: 0 }) };
  return { linked: { annotation: { entities }, mentionsOf: { first: () => ({ uri: 'file:///a.txt', item: { start: 0, end: 1 } }) }, articles: { get: () => ({ lines }) } } } as unknown as CorpusIndex;
}

function reference(entities: E[], query: string): string[] {
  const q = query.toLowerCase();
  const inOrder = (s: string) => { let i = -1; for (const c of q) if ((i = s.indexOf(c, i + 1)) < 0) return false; return true; };
  const hits = entities.map((e, k) => ({ e, k, names: [e.name, ...e.aliases.map(a => a.text)].map(n => n.toLowerCase()) }))
    .filter(x => x.names.some(inOrder))
    .map(x => ({ ...x, starts: !q || x.names.some(n => n.startsWith(q) || n.includes(' ' + q)) }));
  hits.sort((a, b) => Number(b.starts) - Number(a.starts) || b.e.mentions - a.e.mentions || a.k - b.k);
  return hits.slice(0, MAX_SYMBOLS).map(x => x.e.id);
}

test('workspace symbols: the best MAX_SYMBOLS matches, word starts first, then the most mentioned', () => {
  const syllable = fc.constantFrom('ka', 'lo', 'mi', 'ra', 'ten', 'bor', 'an', 'el', 'sa', 'ov');
  const word = fc.array(syllable, { minLength: 1, maxLength: 3 }).map(s => s.join('')).map(w => w[0].toUpperCase() + w.slice(1));
  const entity = fc.record({ first: word, last: word, alias: fc.boolean(), mentions: fc.integer({ min: 1, max: 40 }) });
  fc.assert(fc.property(fc.array(entity, { minLength: 0, maxLength: 400 }), fc.array(fc.oneof(fc.constant(''), word.map(w => w.toLowerCase().slice(0, 3)), fc.constantFrom('k', 'an e', 'tenb', 'zz')), { minLength: 1, maxLength: 6 }), (specs, queries) => {
    const entities: E[] = specs.map((s, k) => ({ id: `e${k}`, name: `${s.first} ${s.last}`, type: 'PERSON', aliases: s.alias ? [{ text: s.last }] : [], mentions: s.mentions, articles: 1 }));
    const provider = new WorkspaceSymbolProvider(corpusOf(entities));
    const idOf = new Map(entities.map(e => [e.name, e.id]));
    for (const q of queries) {
      const got = provider.provideWorkspaceSymbols(q);
      // names may repeat: compare the ranks' names
      assert.deepEqual(got.map(s => s.name), reference(entities, q).map(id => entities[+id.slice(1)].name), `query ${JSON.stringify(q)}`);
      assert.ok(got.every(s => idOf.has(s.name)));
    }
  }), { numRuns: 200, seed: 15 });
});
