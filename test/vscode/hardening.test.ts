import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { seedUri, waitFor, hoverText, openSeed, SEED_002 } from './helpers';

// Nothing lost: every seed in the workspace, opened, edited, undone and closed with the extension
// running, is byte for byte and mtime for mtime what it was; and faults: a killed server comes back.

interface Fingerprint { sha256: string; size: number; mtime: number }
async function fingerprint(uri: vscode.Uri): Promise<Fingerprint> {
  const [bytes, st] = await Promise.all([vscode.workspace.fs.readFile(uri), vscode.workspace.fs.stat(uri)]);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: st.size, mtime: st.mtime };
}

async function allSeeds(): Promise<vscode.Uri[]> {
  const dir = vscode.Uri.joinPath(seedUri(SEED_002), '..');
  const entries = await vscode.workspace.fs.readDirectory(dir);
  return entries.filter(([n, t]) => t === vscode.FileType.File && n.endsWith('.txt')).map(([n]) => vscode.Uri.joinPath(dir, n)).sort((a, b) => a.path.localeCompare(b.path));
}

const client = () => {
  const ext = vscode.extensions.getExtension<{ client: { sendRequest<R>(method: string, params?: unknown): Promise<R> } }>('news-lens.news-lens');
  if (!ext?.isActive) throw new Error('the extension is not active');
  return ext.exports.client;
};

/** Position inside "Zelenskiy" in "Biden invited Zelenskiy" (seed 002). */
function zelenskiyIn(doc: vscode.TextDocument): vscode.Position {
  const at = doc.getText().indexOf('Biden invited Zelenskiy');
  assert.ok(at >= 0);
  return doc.positionAt(at + 'Biden invited '.length + 3);
}
const goodHover = async (doc: vscode.TextDocument, at: vscode.Position) => {
  const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
  return h.includes('in 3 articles') ? h : undefined;
};

suite('Nothing lost: open, edit, undo and close every seed; the disk never changes', () => {
  test('every seed keeps its SHA-256, size and mtime through edits, undo and close', async () => {
    const seeds = await allSeeds();
    assert.ok(seeds.length >= 3, `seeds: ${seeds.map(s => s.path).join(', ')}`);
    const before = await Promise.all(seeds.map(fingerprint));
    for (const uri of seeds) {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const original = doc.getText();
      const middle = doc.positionAt(Math.floor(original.length / 2));
      // Edits the server must analyse: an emoji, right-to-left text, CRLF, a quote left open.
      for (const [pos, text] of [[new vscode.Position(0, 0), '🗞️ “Breaking '], [middle, ' שלום\r\n'], [doc.positionAt(original.length), '\n“unclosed']] as const) {
        assert.ok(await editor.edit(b => b.insert(pos, text)), `edit of ${uri.path}`);
      }
      assert.equal(doc.isDirty, true);
      // The server has the edited text: its symbols come back for the dirty document.
      await waitFor(`symbols for the edited ${uri.path}`, async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        return s?.length ? s : undefined;
      });
      for (let i = 0; i < 10 && doc.isDirty; i++) await vscode.commands.executeCommand('undo');
      assert.equal(doc.isDirty, false, `${uri.path} is clean after undo`);
      assert.equal(doc.getText(), original, `${uri.path} reads as before after undo`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    const after = await Promise.all(seeds.map(fingerprint));
    assert.deepEqual(after, before, 'hashes, sizes and mtimes are unchanged');
  });
});

suite('Faults: the server is killed mid-session', () => {
  test('the client restarts it, the corpus is indexed again and hovers work; time to the first good hover', async () => {
    const { doc } = await openSeed(SEED_002);
    const at = zelenskiyIn(doc);
    await waitFor('a hover that knows the 3 articles', () => goodHover(doc, at), 60000);
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      const { pid } = await client().sendRequest<{ pid: number }>('newsLens/status');
      process.kill(pid, 'SIGKILL');
      const t0 = Date.now();
      await waitFor(`the server process ${pid} to die`, () => { try { process.kill(pid, 0); return undefined; } catch { return true; } }, 10000);
      const h = await waitFor('a good hover after the kill', () => goodHover(doc, at), 60000);
      times.push(Date.now() - t0);
      assert.match(h, /\*\*Volodymyr Zelensky\*\*/);
      const after = await client().sendRequest<{ pid: number; articles: number }>('newsLens/status');
      assert.notEqual(after.pid, pid, 'a new server process');
      assert.equal(after.articles, 3);
    }
    const median = [...times].sort((a, b) => a - b)[1];
    console.log(`fault: time from SIGKILL to the first good hover: ${times.join(', ')} ms (median ${median} ms)`);
  });
});
