// Property-based fuzzing of every request type over a real LSP connection to the built server
// (network guard preloaded): each case replaces a document with hostile text, applies random
// incremental edits (ranges may be out of bounds or split surrogate pairs, as a buggy client's
// might), then sends semantic tokens full/delta/range, hover, definition, references, document
// highlight, document and workspace symbols, inlay hints, code actions and code lens at random
// positions. Every answer must come (no request fails, nothing is logged as failed) and every
// position in it must lie inside its document without splitting a surrogate pair. A delta applied
// to the previous tokens must give exactly the full tokens. Seeded; FUZZ_RUNS scales it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  HoverRequest, DefinitionRequest, ReferencesRequest, DocumentHighlightRequest, DocumentSymbolRequest, WorkspaceSymbolRequest,
  InlayHintRequest, CodeLensRequest, CodeActionRequest, SemanticTokensRequest, SemanticTokensDeltaRequest, SemanticTokensRangeRequest,
  DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, PublishDiagnosticsNotification, Diagnostic, Location, LocationLink,
  DocumentSymbol, SymbolInformation, WorkspaceSymbol, SemanticTokens, SemanticTokensDelta, CodeAction, Command, Position,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from '../helpers/lspClient';
import { SEEDS, repoRoot } from '../helpers/paths';
import { hostileText, fragment, fuzzParams, lspLines, rangeProblem, positionProblem, Rng } from '../helpers/hostileText';

let ws: string;
let session: LspSession;
const texts = new Map<string, string>(); // every document the server may point into, by URI
const diagnostics = new Map<string, Diagnostic[]>();
const counts: Record<string, number> = {};
const count = (target: string) => { counts[target] = (counts[target] ?? 0) + 1; };

before(async () => {
  ws = mkdtempSync(join(tmpdir(), 'news-lens-fuzz-'));
  cpSync(join(repoRoot, 'seeds'), join(ws, 'seeds'), { recursive: true });
  for (const s of SEEDS) texts.set(pathToFileURL(join(ws, 'seeds', s)).href, readFileSync(join(ws, 'seeds', s), 'utf8'));
  session = await LspSession.start(ws);
  session.connection.onNotification(PublishDiagnosticsNotification.type, p => { diagnostics.set(p.uri, p.diagnostics); });
});
after(async () => {
  console.log(`fuzzed cases (protocol): ${JSON.stringify(counts)}, ${Object.values(counts).reduce((a, b) => a + b, 0)} requests in all`);
  if (session) assert.equal(await session.stop(), 0, 'the server exits cleanly after the fuzzing');
  rmSync(ws, { recursive: true, force: true });
});

/** Collects every problem of a result; the property fails listing them all. */
class Problems {
  readonly list: string[] = [];
  constructor(readonly text: string, readonly uri: string) {}
  lines = new Map<string, ReturnType<typeof lspLines>>();
  #lines(uri: string) { let l = this.lines.get(uri); if (!l) this.lines.set(uri, (l = lspLines(texts.get(uri)!))); return l; }
  range(r: Rng, what: string, uri = this.uri): void {
    if (!texts.has(uri)) { this.list.push(`${what}: points into an unknown document ${uri}`); return; }
    const p = rangeProblem(texts.get(uri)!, this.#lines(uri), r, what);
    if (p) this.list.push(p);
  }
  position(p: Position, what: string): void {
    const r = positionProblem(this.text, this.#lines(this.uri), p, what);
    if (typeof r === 'string') this.list.push(r);
  }
  location(l: Location | LocationLink, what: string): void {
    if ('targetUri' in l) { this.range(l.targetRange, what, l.targetUri); this.range(l.targetSelectionRange, what, l.targetUri); } else this.range(l.range, what, l.uri);
  }
  tokens(data: readonly number[], what: string): void {
    if (data.length % 5) this.list.push(`${what}: ${data.length} numbers is not whole tokens`);
    const lines = this.#lines(this.uri);
    let line = 0, character = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
      if (data[i] === 0 && i > 0 && data[i + 1] < 0) this.list.push(`${what}: token ${i / 5} goes backwards`);
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      if (data[i + 2] <= 0) this.list.push(`${what}: token ${i / 5} is empty`);
      this.range({ start: { line, character }, end: { line, character: character + data[i + 2] } }, `${what} token ${i / 5}`);
    }
  }
  symbol(s: DocumentSymbol, what: string): void {
    this.range(s.range, `${what} ${s.name}`);
    this.range(s.selectionRange, `${what} ${s.name} selection`);
    const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
    if (before(s.selectionRange.start, s.range.start) || before(s.range.end, s.selectionRange.end)) this.list.push(`${what} ${s.name}: selectionRange outside range`);
    for (const c of s.children ?? []) this.symbol(c, what);
  }
}

/** Applies LSP semantic token edits to the previous data, as a client does. */
function applyDelta(previous: number[], delta: SemanticTokensDelta): number[] {
  const out = [...previous];
  for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}

const uri = () => pathToFileURL(join(ws, 'fuzz', 'article.news')).href;
let version = 0;
let doc: TextDocument | undefined;
let previous: SemanticTokens | undefined;

const edit = fc.record({ a: fc.nat(), b: fc.nat(), text: fc.array(fragment, { maxLength: 6 }).map(fs => fs.join('')), wild: fc.nat(9) });
const fuzzCase = fc.record({
  text: hostileText,
  edits: fc.array(edit, { maxLength: 3 }),
  points: fc.array(fc.tuple(fc.nat(), fc.nat(9)), { minLength: 2, maxLength: 3 }),
  span: fc.tuple(fc.nat(), fc.nat()),
  query: fc.oneof(fc.constantFrom('', 'zel', 'biden', 'UN', 'a', 'ü', '“'), fc.string({ unit: 'binary', maxLength: 4 })),
  fakeDiagnostic: fc.boolean(),
});

test('every request type over LSP: hostile documents and edits never break an answer or its ranges', async () => {
  await fc.assert(fc.asyncProperty(fuzzCase, async c => {
    const c0 = session.connection;
    const u = uri();
    // A new text: open the document the first time, then replace it whole; then incremental edits.
    if (!doc) {
      doc = TextDocument.create(u, 'news', ++version, c.text);
      await c0.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId: 'news', version, text: c.text } });
    } else {
      doc = TextDocument.create(u, 'news', ++version, c.text);
      await c0.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: u, version }, contentChanges: [{ text: c.text }] });
    }
    for (const e of c.edits) {
      const len = doc.getText().length;
      // mostly real offsets, sometimes positions past the end of a line or of the document, or backwards
      const at = (n: number) => (e.wild === 0 ? { line: n % 7, character: n % 400 } : doc!.positionAt(n % (len + 1)));
      const change = { range: { start: at(e.a), end: at(e.b) }, text: e.text };
      // The client's copy, computed here independently of the server's code: a position past the
      // end of its line or of the document stands for that end (LSP), a backwards range is turned round.
      const lines = lspLines(doc.getText());
      const off = (p: Position) => (p.line >= lines.starts.length ? len : lines.starts[p.line] + Math.min(p.character, lines.lengths[p.line]));
      const [a, b] = [off(change.range.start), off(change.range.end)].sort((x, y) => x - y);
      doc = TextDocument.create(u, 'news', ++version, doc.getText().slice(0, a) + e.text + doc.getText().slice(b));
      await c0.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: u, version }, contentChanges: [change] });
    }
    const text = doc.getText();
    texts.set(u, text);
    const P = new Problems(text, u);
    const len = text.length;
    const pos = ([n, wild]: [number, number]) => (wild === 0 ? { line: n % 9, character: n % 1000 } : doc!.positionAt(n % (len + 1)));
    const [from, to] = c.span.map(n => n % (len + 1)).sort((x, y) => x - y);
    const range = { start: doc.positionAt(from), end: doc.positionAt(to) };
    const td = { textDocument: { uri: u } };

    // Semantic tokens: delta against the previous case's result, then full, which it must equal.
    let deltaData: number[] | undefined;
    if (previous?.resultId) {
      const d = await c0.sendRequest(SemanticTokensDeltaRequest.type, { ...td, previousResultId: previous.resultId });
      count('semanticTokens/full/delta');
      if (d && 'edits' in d) deltaData = applyDelta(previous.data, d); else if (d) deltaData = (d as SemanticTokens).data;
      if (deltaData) P.tokens(deltaData, 'delta');
    }
    const full = (await c0.sendRequest(SemanticTokensRequest.type, td))!;
    count('semanticTokens/full');
    P.tokens(full.data, 'full');
    if (deltaData) assert.deepEqual(deltaData, full.data, 'the delta applied to the previous tokens gives the full tokens');
    previous = full;
    const ranged = (await c0.sendRequest(SemanticTokensRangeRequest.type, { ...td, range }))!;
    count('semanticTokens/range');
    P.tokens(ranged.data, 'range');

    for (const point of c.points) {
      const position = pos(point);
      const hover = await c0.sendRequest(HoverRequest.type, { ...td, position });
      count('hover');
      if (hover?.range) P.range(hover.range, 'hover');
      const defs = await c0.sendRequest(DefinitionRequest.type, { ...td, position });
      count('definition');
      for (const d of defs ? (Array.isArray(defs) ? defs : [defs]) : []) P.location(d, 'definition');
      const refs = await c0.sendRequest(ReferencesRequest.type, { ...td, position, context: { includeDeclaration: true } });
      count('references');
      for (const r of refs ?? []) P.location(r, 'references');
      const hs = await c0.sendRequest(DocumentHighlightRequest.type, { ...td, position });
      count('documentHighlight');
      for (const h of hs ?? []) P.range(h.range, 'highlight');
    }
    const symbols = (await c0.sendRequest(DocumentSymbolRequest.type, td)) ?? [];
    count('documentSymbol');
    for (const s of symbols) if ('selectionRange' in s) P.symbol(s as DocumentSymbol, 'documentSymbol'); else P.location((s as SymbolInformation).location, 'documentSymbol');
    const found = (await c0.sendRequest(WorkspaceSymbolRequest.type, { query: c.query })) ?? [];
    count('workspaceSymbol');
    for (const s of found as (SymbolInformation | WorkspaceSymbol)[]) if ('range' in s.location) P.location(s.location as Location, `workspaceSymbol ${s.name}`);
    const hints = (await c0.sendRequest(InlayHintRequest.type, { ...td, range })) ?? [];
    count('inlayHint');
    for (const h of hints) P.position(h.position, 'inlay hint');
    const diags = [...(diagnostics.get(u) ?? [])];
    if (c.fakeDiagnostic) diags.push({ range, message: 'fuzz', code: 'spelling-variant', data: { replacement: 'x' } });
    const actions = (await c0.sendRequest(CodeActionRequest.type, { ...td, range, context: { diagnostics: diags } })) ?? [];
    count('codeAction');
    for (const a of actions as (CodeAction | Command)[]) {
      if ('edit' in a && a.edit?.changes) for (const [target, edits] of Object.entries(a.edit.changes)) for (const e of edits) if (target === u) P.range(e.range, 'code action edit');
      if ('title' in a && typeof a.title !== 'string') P.list.push('code action without a title');
    }
    const lenses = (await c0.sendRequest(CodeLensRequest.type, td)) ?? [];
    count('codeLens');
    for (const l of lenses) P.range(l.range, 'code lens');

    const failures = session.logs.filter(l => /failed|Error|News Lens: .*\bat\b/.test(l));
    assert.deepEqual([...P.list, ...failures], [], `text ${JSON.stringify(text.slice(0, 300))}`);
    assert.deepEqual(session.stderr.filter(s => s.trim()), [], 'nothing on stderr');
  }), fuzzParams(600, 11));
  // The last text's diagnostics, once they have been published, lie inside it too.
  await new Promise(r => setTimeout(r, 400));
  const P = new Problems(texts.get(uri())!, uri());
  for (const d of diagnostics.get(uri()) ?? []) P.range(d.range, 'diagnostic');
  assert.deepEqual(P.list, []);
});
