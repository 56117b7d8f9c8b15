import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { seedUri, SEED_001, waitFor, decode, hoverText } from './helpers';

suite('News Lens in a real VS Code: dates on seed 001', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument(seedUri(SEED_001));
    await vscode.window.showTextDocument(doc);
  });

  test('a file under seeds/ opens as a news article with no setup', () => {
    assert.equal(doc.languageId, 'news');
    const ext = vscode.extensions.all.find(e => e.packageJSON?.name === 'news-lens');
    assert.ok(ext, 'the extension is loaded');
  });

  test('semantic tokens put dates at their exact offsets', async () => {
    const legend = await waitFor('the semantic tokens legend', async () =>
      (await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri)) ?? undefined);
    assert.ok(legend.tokenTypes.includes('newsDate'), JSON.stringify(legend.tokenTypes));
    const tokens = await waitFor('semantic tokens', async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
      return t && t.data.length > 0 ? decode(t, legend) : undefined;
    });
    const text = doc.getText();
    const expectDate = (needle: string, offsetInNeedle: number, length: number) => {
      const pos = doc.positionAt(text.indexOf(needle) + offsetInNeedle);
      const token = tokens.find(t => t.line === pos.line && t.character === pos.character);
      assert.deepEqual(token, { line: pos.line, character: pos.character, length, type: 'newsDate' }, needle);
    };
    expectDate('said Tuesday', 5, 'Tuesday'.length);
    expectDate('on March 24', 3, 'March 24'.length);
    expectDate('next week', 0, 'next week'.length);
    // The same position, written down once by hand: line 5 (0-based 4), character 164.
    assert.ok(tokens.some(t => t.line === 4 && t.character === 164 && t.length === 7 && t.type === 'newsDate'));
  });

  test('hover on a date says it is a date', async () => {
    const offset = doc.getText().indexOf('on March 24') + 5;
    const text = await waitFor('a News Lens hover', async () => {
      const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset)));
      return h.includes('DATE') ? h : undefined;
    });
    assert.match(text, /\*\*Date\*\* `DATE` — “March 24”/);
  });
});
