// Ctrl+T over a real LSP connection when a query matches more entities than one answer holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceSymbolRequest, SymbolInformation, DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LspSession } from '../helpers/lspClient';
import { MAX_SYMBOLS } from '../../server/src/features/workspaceSymbols';

test('workspace symbols: a query matching more entities than the cap gets the best of them, prefix matches and the most mentioned first', async () => {
  // 20 × 20 made-up surnames, each a person introduced by "Mr", so the typer is sure of them
  const a = ['Bal', 'Cor', 'Dun', 'Fel', 'Gar', 'Hol', 'Jas', 'Kel', 'Lom', 'Mar', 'Nor', 'Pel', 'Ros', 'Sal', 'Tam', 'Vel', 'Wen', 'Yar', 'Zol', 'Quin'];
  const b = ['ford', 'wick', 'ston', 'ley', 'ham', 'by', 'ton', 'well', 'more', 'field', 'worth', 'dale', 'wood', 'ridge', 'holm', 'mere', 'gate', 'combe', 'thorpe', 'land'];
  const names = a.flatMap(x => b.map(y => x + y));
  const dir = mkdtempSync(join(tmpdir(), 'nl-symbols-'));
  mkdirSync(join(dir, 'news'));
  const paragraphs = names.map(n => `Mr ${n} said the plan would work.`);
  paragraphs.push('Mr Balford said so again. Mr Balford said it twice.'); // the most mentioned
  writeFileSync(join(dir, 'news', 'many.news.txt'), `Many people speak\n\nMonday, March 2, 2020\n\n${paragraphs.join('\n\n')}\n`);
  const s = await LspSession.start(dir);
  try {
    const all = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' }) as SymbolInformation[];
    assert.equal(all.length, MAX_SYMBOLS, `${names.length} people and more: the answer is capped`);
    assert.equal(all[0].name, 'Balford', 'the most mentioned first');
    const few = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'balfo' }) as SymbolInformation[];
    assert.deepEqual(few.map(x => x.name), ['Balford'], 'under the cap, every match');
    const bal = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'bal' }) as SymbolInformation[];
    assert.equal(bal[0].name, 'Balford', 'the most mentioned of the prefix matches first');
    assert.ok(bal.slice(0, 20).every(x => x.name.startsWith('Bal')), 'names that start with the query come before the rest');
  } finally {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('workspace symbols: an answer kept from one query to the next moves when an edit moves the mention', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nl-symbols-'));
  mkdirSync(join(dir, 'news'));
  const path = join(dir, 'news', 'one.news.txt');
  const text = 'Council vote\n\nMonday, March 2, 2020\n\nMr Quillfeather said the vote was fair.\n';
  writeFileSync(path, text);
  const s = await LspSession.start(dir);
  try {
    const uri = await s.open(path, text);
    const find = async () => (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'quill' }) as SymbolInformation[]).find(x => x.name === 'Quillfeather');
    const before = await find();
    assert.deepEqual(before?.location.range.start, { line: 4, character: 3 });
    assert.deepEqual(await find(), before, 'asked again, the same answer');
    // two lines inserted above the mention: the kept answer must not point at the old place
    await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'A new paragraph.\n\n' }],
    });
    let after: SymbolInformation | undefined;
    for (let i = 0; i < 100; i++) {
      after = await find();
      if (after?.location.range.start.line === 6) break;
      await new Promise(r => setTimeout(r, 50));
    }
    assert.deepEqual(after?.location.range.start, { line: 6, character: 3 });
  } finally {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
