import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SemanticTokensRequest, HoverRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { LspSession, decodeSemanticTokens } from '../helpers/lspClient';
import { seedPath, readSeed, nth } from '../helpers/paths';
import { lineIndex } from '../../server/src/analysis';

const SEED = '001_dd51f5e195fdcee6.txt';
let session: LspSession;
let uri: string;

before(async () => {
  session = await LspSession.start();
  uri = await session.open(seedPath(SEED));
});
after(async () => {
  if (session) assert.equal(await session.stop(), 0, 'server exits with 0 after shutdown + exit');
});

test('initialize advertises incremental sync, hover and semantic tokens with the News Lens legend', () => {
  const caps = session.initializeResult!.capabilities;
  assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
  assert.equal(caps.hoverProvider, true);
  assert.ok(caps.semanticTokensProvider);
  assert.deepEqual(caps.semanticTokensProvider.legend.tokenTypes.slice(0, 2), ['newsDate', 'newsQuantity']);
});

test('semanticTokens/full places date tokens at exact positions in seed 001', async () => {
  const text = readSeed(SEED);
  const result = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  const legend = session.initializeResult!.capabilities.semanticTokensProvider!.legend.tokenTypes;
  const tokens = decodeSemanticTokens(result!.data, legend);
  const lines = lineIndex(text);
  const at = (offset: number) => lines.positionAt(offset);
  const said = at(nth(text, 'said Tuesday') + 5);
  assert.deepEqual(tokens.find(t => t.line === said.line && t.character === said.character), { ...said, length: 7, type: 'newsDate', modifiers: 0 });
  assert.deepEqual(said, { line: 4, character: 164 });
  const march = at(nth(text, 'March 24'));
  assert.ok(tokens.some(t => t.line === march.line && t.character === march.character && t.length === 8 && t.type === 'newsDate'));
  for (const t of tokens) {
    const start = lines.offsetAt(t.line, t.character);
    assert.ok(!text.slice(start, start + t.length).includes('\n'), 'no token crosses a line');
  }
});

test('hover on a date names its type and covers the whole mention', async () => {
  const text = readSeed(SEED);
  const position = lineIndex(text).positionAt(nth(text, 'March 24') + 3);
  const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  assert.ok(hover, 'a hover');
  assert.match((hover.contents as MarkupContent).value, /`DATE`.*March 24/);
  assert.deepEqual(hover.range, { start: { line: position.line, character: position.character - 3 }, end: { line: position.line, character: position.character + 5 } });
  const none = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.equal(none, null, 'no hover on "By"');
});

test('didChange (incremental) moves the tokens with the edit', async () => {
  const text = readSeed(SEED);
  const legend = session.initializeResult!.capabilities.semanticTokensProvider!.legend.tokenTypes;
  const line4 = lineIndex(text).positionAt(nth(text, 'said Tuesday'));
  // Insert an emoji (two UTF-16 code units) and a word before "said Tuesday" on the same line.
  await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: line4, end: line4 }, text: '🗞️ ' }],
  });
  const result = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  const tokens = decodeSemanticTokens(result!.data, legend);
  const shift = '🗞️ '.length;
  assert.equal(shift, 4);
  assert.ok(tokens.some(t => t.line === 4 && t.character === 164 + shift && t.length === 7 && t.type === 'newsDate'));
  assert.ok(!tokens.some(t => t.line === 4 && t.character === 164));
  await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
});

test('bad input never crashes the server: binary-looking text and a request for an unknown document', async () => {
  const junk = await session.open('/tmp/news-lens-junk.news', '\u0000\uFFFD\uD800 “unclosed ' + '💥'.repeat(50));
  const r = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: junk } });
  assert.ok(Array.isArray(r!.data));
  const h = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.news' }, position: { line: 0, character: 0 } });
  assert.equal(h, null);
});
