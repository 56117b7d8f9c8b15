// The built server keeps closed articles' texts on disk (server/src/articleText.ts) and reads them
// back when an answer quotes them: a hover's lines for the other articles. Over a real LSP
// connection: the context comes from the file; a file changed on disk before the watcher says so
// gives no context rather than a wrong one; the watcher's news brings the new text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest, MarkupContent, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { LspSession } from '../helpers/lspClient';
import { SEEDS, readSeed, nth, repoRoot } from '../helpers/paths';
import { lineIndex } from '../../server/src/analysis';
import { contextLine } from '../../server/src/features/shared';

const [S000, , S002] = SEEDS;
let ws: string;
let session: LspSession;
const pathOf = (seed: string) => join(ws, 'seeds', seed);
const ZELENSKY = /(?:Volodymyr )?Zelenski?y\b/;

before(async () => {
  ws = mkdtempSync(join(tmpdir(), 'news-lens-closed-'));
  cpSync(join(repoRoot, 'seeds'), join(ws, 'seeds'), { recursive: true });
  session = await LspSession.start(ws);
  await session.open(pathOf(S002)); // the other two seeds stay closed
});
after(async () => {
  if (session) await session.stop();
  rmSync(ws, { recursive: true, force: true });
});

/** The hover on "Zelenskiy" in seed 002: its line for seed 000. */
async function lineFor000(): Promise<string> {
  const at = nth(readSeed(S002), 'Biden invited Zelenskiy') + 'Biden invited '.length + 2;
  const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: pathToFileURL(pathOf(S002)).href }, position: lineIndex(readSeed(S002)).positionAt(at) });
  const line = (hover!.contents as MarkupContent).value.split('\n').find(l => l.includes(S000.replace('.txt', '')));
  assert.ok(line, 'the hover lists seed 000');
  return line!;
}

/** The context line a hover gives for the first mention of Zelensky in a text. */
function expectedContext(text: string): string {
  const m = ZELENSKY.exec(text)!;
  return contextLine(text, { start: m.index, end: m.index + m[0].length });
}

test('a closed article\'s context line is read back from its file', async () => {
  const line = await lineFor000();
  assert.ok(line.endsWith(` — ${expectedContext(readFileSync(pathOf(S000), 'utf8'))}`), line);
  assert.match(line, /\*\*(?:Volodymyr )?Zelenski?y\*\*/);
});

test('a file changed on disk before the watcher says so gives no context; the watcher\'s news gives the new one', async () => {
  const changed = 'Breaking: Volodymyr Zelensky arrives in Vilnius for the NATO summit.\n\n' + readFileSync(pathOf(S000), 'utf8');
  writeFileSync(pathOf(S000), changed);
  const stale = await lineFor000();
  assert.doesNotMatch(stale, / — /, 'no context from a text the analysed offsets do not fit');
  assert.match(stale, /\(file:[^)]*#L1,\d+\)$/, 'the link to the mention as analysed is still there');
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(pathOf(S000)).href, type: FileChangeType.Changed }] });
  const want = ` — ${expectedContext(changed)}`;
  let line = '';
  for (let i = 0; i < 100 && !line.endsWith(want); i++) { await new Promise(r => setTimeout(r, 50)); line = await lineFor000(); }
  assert.ok(line.endsWith(want), line);
  assert.match(line, /Breaking: Volodymyr \*\*Zelensky\*\*|\*\*Volodymyr Zelensky\*\* arrives/);
});
