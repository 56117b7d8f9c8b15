import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  HoverRequest, DefinitionRequest, ReferencesRequest, DocumentHighlightRequest, DocumentSymbolRequest, WorkspaceSymbolRequest,
  InlayHintRequest, CodeLensRequest, CodeActionRequest, SemanticTokensRequest, SemanticTokensDeltaRequest, SemanticTokensRangeRequest,
  PublishDiagnosticsNotification, PublishDiagnosticsParams, MarkupContent, Location, DocumentSymbol, SymbolInformation, CodeAction,
  ExecuteCommandRequest, DidChangeTextDocumentNotification, SemanticTokensDelta, SemanticTokens,
} from 'vscode-languageserver-protocol/node';
import { LspSession, decodeSemanticTokens } from '../helpers/lspClient';
import { SEEDS, readSeed, nth, repoRoot } from '../helpers/paths';
import { lineIndex } from '../../server/src/analysis';

const [S000, S001, S002] = SEEDS;
let ws: string;
let session: LspSession;
const diagnostics = new Map<string, PublishDiagnosticsParams>();
const uriOf = (seed: string) => pathToFileURL(join(ws, 'seeds', seed)).href;
const pos = (seed: string, offset: number) => lineIndex(readSeed(seed)).positionAt(offset);
const range = (seed: string, start: number, end: number) => ({ start: pos(seed, start), end: pos(seed, end) });
const zelenskiyIn002 = () => nth(readSeed(S002), 'Biden invited Zelenskiy') + 'Biden invited '.length;

async function startSession(): Promise<LspSession> {
  const s = await LspSession.start(ws);
  s.connection.onNotification(PublishDiagnosticsNotification.type, p => { diagnostics.set(p.uri, p); });
  return s;
}

before(async () => {
  // A temporary workspace with copies of the seeds: corrections are written there, never into the repo.
  ws = mkdtempSync(join(tmpdir(), 'news-lens-protocol-'));
  cpSync(join(repoRoot, 'seeds'), join(ws, 'seeds'), { recursive: true });
  session = await startSession();
  for (const s of SEEDS) await session.open(join(ws, 'seeds', s));
});
after(async () => {
  if (session) await session.stop();
  rmSync(ws, { recursive: true, force: true });
});

test('references on "Zelenskiy" in seed 002 return every mention in all three seeds, under both spellings', async () => {
  const refs = (await session.connection.sendRequest(ReferencesRequest.type, {
    textDocument: { uri: uriOf(S002) }, position: pos(S002, zelenskiyIn002()), context: { includeDeclaration: true },
  })) as Location[];
  const expected = SEEDS.flatMap(seed => [...readSeed(seed).matchAll(/(?:Volodymyr )?Zelenski?y\b/g)].map(m => ({ uri: uriOf(seed), range: range(seed, m.index!, m.index! + m[0].length) })));
  assert.equal(refs.length, expected.length);
  assert.deepEqual(new Set(refs.map(r => r.uri)), new Set(SEEDS.map(uriOf)));
  assert.deepEqual(refs.map(r => JSON.stringify(r)).sort(), expected.map(r => JSON.stringify(r)).sort());
});

test('hover on "Zelenskiy" names Volodymyr Zelensky, the spellings, the counts and the other articles', async () => {
  const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(S002) }, position: pos(S002, zelenskiyIn002() + 2) });
  const text = (hover!.contents as MarkupContent).value;
  const total = SEEDS.reduce((n, s) => n + [...readSeed(s).matchAll(/(?:Volodymyr )?Zelenski?y\b/g)].length, 0);
  assert.match(text, /^\*\*Volodymyr Zelensky\*\* · Person/);
  assert.match(text, /Zelenskiy ×\d+ · Zelensky ×\d+/);
  assert.match(text, new RegExp(`${total} mentions in 3 articles`));
  assert.match(text, /\[000_79485a8c7ba75c49\.txt:1\]\(file:.*#L1,56\)/);
  assert.deepEqual(hover!.range, range(S002, zelenskiyIn002(), zelenskiyIn002() + 'Zelenskiy'.length));
});

test('hover on a quote names its speaker; hover on a date relates it to the publication date', async () => {
  const s001 = readSeed(S001);
  const quote = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(S001) }, position: pos(S001, nth(s001, "We've been") + 3) });
  assert.match((quote!.contents as MarkupContent).value, /\*\*Quotation\*\* — speaker \[Jen Psaki\]\(file:/);
  const date = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(S001) }, position: pos(S001, nth(s001, 'said Tuesday') + 6) });
  assert.match((date!.contents as MarkupContent).value, /Tuesday → `2022-03-15`, the day of publication/);
});

test('definition goes to the fullest name in this article; highlights cover this article only', async () => {
  const s002 = readSeed(S002);
  const def = (await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(S002) }, position: pos(S002, zelenskiyIn002()) })) as Location;
  const full = nth(s002, 'Volodymyr Zelenskiy');
  assert.deepEqual(def, { uri: uriOf(S002), range: range(S002, full, full + 'Volodymyr Zelenskiy'.length) });
  const hl = await session.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: uriOf(S002) }, position: pos(S002, zelenskiyIn002()) });
  assert.equal(hl!.length, [...s002.matchAll(/(?:Volodymyr )?Zelenski?y\b/g)].length);
});

test('outline groups entities by type with counts and quotes by speaker; Ctrl+T finds entities by any spelling', async () => {
  const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(S001) } })) as DocumentSymbol[];
  assert.deepEqual(symbols.map(s => s.name.replace(/\(\d+\)/, '(n)')), ['People (n)', 'Organizations (n)', 'Places (n)', 'Quotes (n)']);
  const psaki = symbols[0].children!.find(c => c.name === 'Jen Psaki')!;
  assert.equal(psaki.detail, `${[...readSeed(S001).matchAll(/Psaki/g)].length} mentions`);
  assert.ok(symbols[3].children!.some(c => c.name === 'Jen Psaki' && c.children!.length >= 3));
  const found = (await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'zelenskiy' })) as SymbolInformation[];
  assert.equal(found[0].name, 'Volodymyr Zelensky');
  assert.match(found[0].containerName!, /Person · \d+ mentions in 3 articles/);
});

test('inlay hints follow relative dates only', async () => {
  const s001 = readSeed(S001);
  const hints = await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: uriOf(S001) }, range: range(S001, 0, s001.length) });
  const afterTuesday = pos(S001, nth(s001, 'said Tuesday') + 'said Tuesday'.length);
  assert.ok(hints!.some(h => h.label === '→ 2022-03-15' && h.position.line === afterTuesday.line && h.position.character === afterTuesday.character));
  assert.ok(hints!.some(h => h.label === '→ 2022-W12'), 'next week');
  assert.ok(!hints!.some(h => h.position.line === pos(S001, nth(s001, 'March 24') + 8).line && h.position.character === pos(S001, nth(s001, 'March 24') + 8).character), 'no hint after an absolute date');
});

test('diagnostics: spelling variants with a majority-spelling quick fix, and quotes with no speaker', async () => {
  for (let i = 0; i < 50 && !diagnostics.get(uriOf(S002))?.diagnostics.length; i++) await new Promise(r => setTimeout(r, 100));
  const d002 = diagnostics.get(uriOf(S002))!.diagnostics;
  const variant = d002.find(d => d.code === 'spelling-variant')!;
  assert.equal(variant.severity, 3);
  assert.match(variant.message as string, /“Zelenskiy” is spelled “Zelensky” in most articles/);
  const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(S002) }, range: variant.range, context: { diagnostics: [variant] } })) as CodeAction[];
  const fix = actions.find(a => a.title === "Use 'Zelensky' (majority spelling)")!;
  assert.deepEqual(fix.edit!.changes![uriOf(S002)], [{ range: variant.range, newText: 'Zelensky' }]);
  const d001 = diagnostics.get(uriOf(S001))!.diagnostics;
  assert.ok(d001.some(d => d.code === 'unattributed-quote' && d.message === 'Quotation with no attributable speaker.'));
});

test('code lens summarises the article on its first line', async () => {
  const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(S001) } });
  assert.equal(lenses!.length, 1);
  assert.deepEqual(lenses![0].range.start, { line: 0, character: 0 });
  assert.match(lenses![0].command!.title, /^\d+ people · \d+ organizations · \d+ places · 7 quotes$/);
  assert.equal(lenses![0].command!.command, 'newsLens.showExplorer');
});

test('semantic tokens: quotes around entities without overlap, delta after an edit, range', async () => {
  const legend = session.initializeResult!.capabilities.semanticTokensProvider!.legend;
  const full = (await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uriOf(S000) } })) as SemanticTokens;
  const tokens = decodeSemanticTokens(full.data, legend.tokenTypes);
  const s000 = readSeed(S000);
  const lines = lineIndex(s000);
  let last = -1;
  for (const t of tokens) {
    const start = lines.offsetAt(t.line, t.character);
    assert.ok(start >= last, 'tokens are sorted and never overlap');
    last = start + t.length;
  }
  const biden = pos(S000, nth(s000, 'Joe Biden'));
  const first = tokens.find(t => t.line === biden.line && t.character === biden.character)!;
  assert.equal(first.type, 'newsPerson');
  assert.equal(first.modifiers & (1 << legend.tokenModifiers.indexOf('firstMention')), 1 << legend.tokenModifiers.indexOf('firstMention'));
  assert.ok(tokens.some(t => t.type === 'newsQuote'));
  const zelSaid = pos(S000, nth(s000, 'Zelensky said in an interview'));
  const speaker = tokens.find(t => t.line === zelSaid.line && t.character === zelSaid.character)!;
  assert.ok(speaker.modifiers & (1 << legend.tokenModifiers.indexOf('speaker')), 'the quote speaker carries the speaker modifier');

  const rangeResult = await session.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: uriOf(S000) }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } });
  assert.ok(decodeSemanticTokens(rangeResult!.data, legend.tokenTypes).every(t => t.line === 0));

  await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: uriOf(S000), version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '🗞️ ' }],
  });
  const delta = (await session.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri: uriOf(S000) }, previousResultId: full.resultId! })) as SemanticTokensDelta;
  assert.ok(Array.isArray(delta.edits) && delta.edits.length > 0, 'an edit-based delta');
  await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: uriOf(S000), version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, text: '' }],
  });
});

test('corrections change every feature at once, survive a restart, and leave the articles byte-for-byte unchanged', async () => {
  const before = SEEDS.map(s => readFileSync(join(ws, 'seeds', s)));
  const s000 = readSeed(S000);
  const politico = nth(s000, 'Politico');
  const at = { textDocument: { uri: uriOf(S000) }, position: pos(S000, politico + 2) };
  const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(S000) }, range: range(S000, politico + 2, politico + 2), context: { diagnostics: [] } })) as CodeAction[];
  const titles = actions.map(a => a.title);
  assert.ok(titles.includes('News Lens: change “Politico” to PERSON') && titles.includes('News Lens: merge Politico with another entity…'), JSON.stringify(titles));
  const notEntity = actions.find(a => a.title === 'News Lens: “Politico” is not an entity')!;
  await session.connection.sendRequest(ExecuteCommandRequest.type, { command: notEntity.command!.command, arguments: notEntity.command!.arguments });
  assert.equal(await session.connection.sendRequest(HoverRequest.type, at), null, 'no hover on a mention marked not an entity');

  // Mark a span the recogniser missed, change a type, split one mention off, merge two entities.
  const s001 = readSeed(S001);
  const hq = nth(s001, 'HQ.');
  const mark = ((await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(S001) }, range: range(S001, hq, hq + 2), context: { diagnostics: [] } })) as CodeAction[])
    .find(a => a.title === 'News Lens: mark “HQ” as ORG');
  assert.ok(mark === undefined || mark.command, 'HQ is either part of a mention already or can be marked');
  const sunday = nth(s001, 'Mariupol');
  const setType = ((await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(S001) }, range: range(S001, sunday, sunday), context: { diagnostics: [] } })) as CodeAction[])
    .find(a => a.title === 'News Lens: change “Mariupol” to ORG')!;
  await session.connection.sendRequest(ExecuteCommandRequest.type, { command: setType.command!.command, arguments: setType.command!.arguments });
  await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newsLens.correct', arguments: [{ action: 'merge', entity: 'Jens Stoltenberg', into: 'NATO' }] });
  await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newsLens.correct', arguments: [{ action: 'add', file: 'seeds/' + S001, start: nth(s001, 'Western unity'), end: nth(s001, 'Western unity') + 'Western'.length, text: 'Western' }].map(c => ({ ...c, type: 'PLACE' })) });

  const check = async (s: LspSession) => {
    assert.equal(await s.connection.sendRequest(HoverRequest.type, at), null);
    const mariupol = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(S001) }, position: pos(S001, sunday + 1) }))!;
    assert.match((mariupol.contents as MarkupContent).value, /^\*\*Mariupol\*\* · Organization/);
    const stolt = (await s.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: uriOf(S001) }, position: pos(S001, nth(s001, 'Stoltenberg have')), context: { includeDeclaration: true } })) as Location[];
    assert.ok(stolt.length > [...s001.matchAll(/Stoltenberg/g)].length, 'Stoltenberg now shares NATO\'s mentions');
    const west = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(S001) }, position: pos(S001, nth(s001, 'Western unity') + 1) }))!;
    assert.match((west.contents as MarkupContent).value, /^\*\*Western\*\* · Place/);
    const symbols = (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'politico' })) as SymbolInformation[];
    assert.equal(symbols.length, 0);
  };
  await check(session);
  const file = join(ws, '.newslens/corrections.json');
  assert.ok(existsSync(file));
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(saved.corrections.length, 4);
  assert.deepEqual(saved.corrections[0], { action: 'notEntity', file: 'seeds/' + S000, start: politico, end: politico + 8, text: 'Politico' });

  // A new server on the same workspace reads the corrections back.
  await session.stop();
  session = await startSession();
  for (const s of SEEDS) await session.open(join(ws, 'seeds', s));
  await check(session);
  SEEDS.forEach((s, k) => assert.ok(readFileSync(join(ws, 'seeds', s)).equals(before[k]), `${s} is unchanged`));
  SEEDS.forEach(s => assert.ok(readFileSync(join(ws, 'seeds', s)).equals(readFileSync(join(repoRoot, 'seeds', s)))));
});
