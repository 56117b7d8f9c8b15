// Ctrl+T over a real LSP connection when a query matches more entities than one answer holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceSymbolRequest, SymbolInformation } from 'vscode-languageserver-protocol/node';
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
