import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { Registry, INITIAL, IGrammar, parseRawGrammar, StateStack } from 'vscode-textmate';
import { repoRoot, readSeed } from '../helpers/paths';

let grammarPromise: Promise<IGrammar> | undefined;
function loadGrammar(): Promise<IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'text.news') return null;
        const path = join(repoRoot, 'syntaxes/news.tmLanguage.json');
        return parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
    const grammar = await registry.loadGrammar('text.news');
    if (!grammar) throw new Error('grammar text.news did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** Every token of the text as [text, innermost scope, line] with the whole scope list kept. */
async function scopes(text: string) {
  const grammar = await loadGrammar();
  let state: StateStack = INITIAL;
  const out: { text: string; scopes: string[]; line: number }[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes, line: n });
    state = r.ruleStack;
  });
  return out;
}
const has = (tokens: Awaited<ReturnType<typeof scopes>>, text: string, scope: string) =>
  tokens.some(t => t.text === text && t.scopes.includes(scope));

test('grammar: byline, dateline and source lines of seed 001', async () => {
  const tokens = await scopes(readSeed('001_dd51f5e195fdcee6.txt'));
  assert.ok(has(tokens, 'By', 'keyword.other.byline.news'));
  assert.ok(has(tokens, 'Betsy Klein, Kevin Liptak, Kaitlan Collins and Kate Sullivan, CNN', 'entity.name.tag.author.news'));
  assert.ok(has(tokens, 'Updated', 'keyword.other.dateline.news'));
  assert.ok(has(tokens, 'Tue, 15 Mar 2022 21:18:51 GMT', 'constant.numeric.date.news'));
  assert.ok(has(tokens, 'Source', 'keyword.other.dateline.news'));
});

test('grammar: curly, straight and mixed double quotes, and single quotes', async () => {
  const seed000 = await scopes(readSeed('000_79485a8c7ba75c49.txt'));
  assert.ok(has(seed000, 'for fun', 'string.quoted.double.news'), 'curly “for fun”');
  assert.ok(has(seed000, 'timely, broad and much-needed', 'string.quoted.single.news'), 'curly single quote');
  const seed001 = await scopes(readSeed('001_dd51f5e195fdcee6.txt'));
  assert.ok(has(seed001, 'deliverables', 'string.quoted.double.news'), 'straight "deliverables"');
  const seed002 = await scopes(readSeed('002_c5c97a9daaac34f1.txt'));
  // Opens with a straight mark and closes with a curly one.
  const mixed = seed002.filter(t => t.line === 1 && t.scopes.includes('string.quoted.double.news')).map(t => t.text).join('');
  assert.equal(mixed, '"to underscore the United States\' unshakeable commitment to supporting the people of Ukraine as they defend themselves against Russia\'s brutal invasion,”');
  // An apostrophe is not a quotation mark.
  assert.ok(!seed002.some(t => t.text.startsWith("s unshakeable") && t.scopes.includes('string.quoted.single.news')));
  const own = await scopes("They said 'no deal' today, and it's Ukraine's call.");
  assert.ok(has(own, 'no deal', 'string.quoted.single.news'));
  assert.ok(!own.some(t => t.scopes.includes('string.quoted.single.news') && /Ukraine/.test(t.text)));
});

test('grammar: an unclosed quote stops at the end of its line', async () => {
  const tokens = await scopes('He said "this never closes\nNext line on Monday.');
  assert.ok(tokens.filter(t => t.line === 1).every(t => !t.scopes.includes('string.quoted.double.news')));
  assert.ok(has(tokens, 'Monday', 'constant.numeric.date.weekday.news'));
});

test('grammar: absolute dates, weekdays and times', async () => {
  const seed002 = await scopes(readSeed('002_c5c97a9daaac34f1.txt'));
  assert.ok(has(seed002, 'December 11', 'constant.numeric.date.news'));
  assert.ok(has(seed002, '9 a.m.', 'constant.numeric.time.news'));
  const seed000 = await scopes(readSeed('000_79485a8c7ba75c49.txt'));
  assert.ok(has(seed000, 'Wednesday', 'constant.numeric.date.weekday.news'));
  const own = await scopes('Talks on 24 March, on March 3rd, 2021, in June 2020 and on 2022-03-15 at 21:18 GMT.');
  for (const d of ['24 March', 'March 3rd, 2021', 'June 2020', '2022-03-15']) assert.ok(has(own, d, 'constant.numeric.date.news'), d);
  assert.ok(has(own, '21:18 GMT', 'constant.numeric.time.news'));
});
