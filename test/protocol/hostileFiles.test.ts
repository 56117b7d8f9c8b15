// Hostile files in the corpus, and hostile configuration, over a real LSP connection. The server
// runs as an unprivileged user when the tests run as root, so that unreadable files and read-only
// folders are really unreadable and read-only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DocumentSymbolRequest, SemanticTokensRequest, CodeLensRequest, ExecuteCommandRequest, DidChangeWatchedFilesNotification, FileChangeType, DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from '../helpers/lspClient';
import { repoRoot, SEEDS } from '../helpers/paths';
import { lspLines, rangeProblem } from '../helpers/hostileText';

const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const LATIN1 = Buffer.from('Joe Biden met Volodymyr Zelensky in Kyiv on Tuesday, the caf\xe9 owner Jos\xe9 Garc\xeda said.\n', 'latin1');
const HALF_WRITTEN = '{\n  "version": 1,\n  "corrections": [\n    { "action": "notEntity", "file": "seeds/000_79485a8c7ba75c49.txt", "st';
const MALFORMED_ALIASES = '{ "merge": [ ["Zelensky", ';
const CORRECTION = { action: 'notEntity', file: `seeds/${SEEDS[0]}`, start: 0, end: 2, text: 'By' };

let ws: string;
let session: LspSession;
const uriOf = (rel: string) => pathToFileURL(join(ws, rel)).href;
const fingerprint = (p: string) => { const st = statSync(p); return `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${st.size} ${st.mtimeMs}`; };

before(async () => {
  ws = mkdtempSync(join(tmpdir(), 'news-lens-hostile-'));
  chmodSync(ws, 0o755);
  cpSync(join(repoRoot, 'seeds'), join(ws, 'seeds'), { recursive: true });
  const seeds = join(ws, 'seeds');
  writeFileSync(join(seeds, 'binary.txt'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), Buffer.alloc(64, 7)]));
  writeFileSync(join(seeds, 'latin1.txt'), LATIN1);
  writeFileSync(join(seeds, 'empty.txt'), '');
  writeFileSync(join(seeds, 'blank.txt'), ' \r\n\t\n');
  symlinkSync('loop-b.txt', join(seeds, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(seeds, 'loop-b.txt'));
  symlinkSync('..', join(seeds, 'parent-loop'));                 // a directory loop: never followed
  symlinkSync('gone-before-reading.txt', join(seeds, 'vanished.txt')); // listed, then nothing there
  writeFileSync(join(seeds, 'unreadable.txt'), 'secret');
  chmodSync(join(seeds, 'unreadable.txt'), 0o000);
  mkdirSync(join(ws, '.newslens'));
  chmodSync(join(ws, '.newslens'), 0o777);
  writeFileSync(join(ws, '.newslens/aliases.json'), MALFORMED_ALIASES);
  writeFileSync(join(ws, '.newslens/corrections.json'), HALF_WRITTEN);
  writeFileSync(join(ws, '.newslens/corrections.json.4242.1700000000000.tmp'), '{"version":1,"corr');
  session = await LspSession.start(ws, { ...asUser, initializationOptions: { settings: { corpus: { include: '**/seeds/*.txt' }, inlayHints: { enabled: 'yes' } } } });
  await session.waitForLog(/News Lens: \d+ articles/);
});
after(async () => {
  if (session) await session.stop();
  rmSync(ws, { recursive: true, force: true });
});

const lines = (re: RegExp) => session.logs.filter(l => re.test(l));

test('a binary file with a matching name is skipped with one clear log line, and is not in the corpus', async () => {
  assert.deepEqual(lines(/binary\.txt/), ['News Lens: skipped seeds/binary.txt: binary file (a NUL byte in its first 8000 bytes)']);
  assert.deepEqual(await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('seeds/binary.txt') } }), []);
  assert.deepEqual(await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf('seeds/binary.txt') } }), []);
});

test('a latin-1 file is read with U+FFFD for its bad bytes, flagged once, and analysed', async () => {
  assert.deepEqual(lines(/latin1\.txt/), ['News Lens: seeds/latin1.txt is not valid UTF-8: 3 bad byte sequences read as U+FFFD']);
  const uri = uriOf('seeds/latin1.txt');
  const text = new TextDecoder('utf-8').decode(LATIN1);
  assert.equal((text.match(/\uFFFD/g) ?? []).length, 3);
  const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const people = symbols.find(s => s.name.startsWith('People'));
  assert.ok(people?.children?.some(c => c.name.includes('Biden')), JSON.stringify(symbols.map(s => s.name)));
  const tokens = (await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!.data;
  assert.ok(tokens.length > 0);
  const ls = lspLines(text);
  let line = 0, ch = 0;
  for (let i = 0; i < tokens.length; i += 5) {
    line += tokens[i]; ch = tokens[i] === 0 ? ch + tokens[i + 1] : tokens[i + 1];
    assert.equal(rangeProblem(text, ls, { start: { line, character: ch }, end: { line, character: ch + tokens[i + 2] } }, 'token'), null);
  }
});

test('symlink loops and dangling links are never listed; an unreadable file is skipped with its reason', () => {
  // The corpus listing does not follow symbolic links, so loops and links to nothing never reach a reader.
  assert.deepEqual(lines(/loop-a|loop-b|parent-loop|vanished/), []);
  assert.deepEqual(lines(/unreadable\.txt/), ['News Lens: skipped seeds/unreadable.txt: permission denied (unreadable)']);
  // the three seeds, empty.txt, blank.txt and latin1.txt
  assert.match(lines(/News Lens: \d+ articles/)[0], /^News Lens: 6 articles/);
});

test('files reported by the file watcher that loop, or vanish before reading, are skipped with their reason; the server goes on', async () => {
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [
    { uri: uriOf('seeds/loop-a.txt'), type: FileChangeType.Created },
    { uri: uriOf('seeds/vanished.txt'), type: FileChangeType.Changed },
    { uri: uriOf('seeds/created-then-deleted.txt'), type: FileChangeType.Created },
  ] });
  await session.waitForLog(/created-then-deleted\.txt: it vanished/);
  assert.deepEqual(lines(/loop-a|vanished\.txt|created-then-deleted/), [
    'News Lens: skipped seeds/loop-a.txt: a symbolic link loop',
    'News Lens: skipped seeds/vanished.txt: it vanished between listing and reading',
    'News Lens: skipped seeds/created-then-deleted.txt: it vanished between listing and reading',
  ]);
  assert.ok((await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(`seeds/${SEEDS[2]}`) } }))!.length > 0);
});

test('bad settings values are named in the output channel, and their defaults are used', () => {
  assert.deepEqual(lines(/newsLens\.(corpus|inlayHints)/), [
    'News Lens: newsLens.corpus.include must be a list of strings, not "**/seeds/*.txt"; using the default ["**/seeds/**/*.txt","**/*.news.txt","**/*.news"]',
    'News Lens: newsLens.inlayHints.enabled must be a boolean, not "yes"; using the default true',
  ]);
  assert.equal(session.messages.filter(m => /newsLens\.(corpus|inlayHints)/.test(m.message)).length, 2, 'and shown to the user');
});

test('a malformed aliases file and a half-written corrections file are reported, defaults used, files untouched', async () => {
  assert.equal(lines(/aliases\.json: not valid JSON .*no aliases are used until it is fixed/).length, 1, session.logs.join('\n'));
  assert.equal(lines(/corrections\.json: not valid JSON .*it stops mid-way, a half-written file; no corrections are applied/).length, 1, session.logs.join('\n'));
  assert.equal(lines(/an interrupted save left corrections\.json\.4242\.1700000000000\.tmp/).length, 1);
  const before = [fingerprint(join(ws, '.newslens/aliases.json')), fingerprint(join(ws, '.newslens/corrections.json'))];
  // A correction now would overwrite the user's broken file: refused, with the reason.
  await assert.rejects(session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newsLens.correct', arguments: [CORRECTION] }), /half-written file; fix or remove it first: News Lens does not overwrite it/);
  assert.deepEqual([fingerprint(join(ws, '.newslens/aliases.json')), fingerprint(join(ws, '.newslens/corrections.json'))], before, 'neither file was rewritten');
  assert.equal(readFileSync(join(ws, '.newslens/corrections.json'), 'utf8'), HALF_WRITTEN);
});

test('once the user fixes the file, a correction is saved atomically: whole JSON, no temporary file left', async () => {
  writeFileSync(join(ws, '.newslens/corrections.json'), '{ "version": 1, "corrections": [] }\n');
  rmSync(join(ws, '.newslens/corrections.json.4242.1700000000000.tmp'));
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('.newslens/corrections.json'), type: FileChangeType.Changed }] });
  const r = await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newsLens.correct', arguments: [CORRECTION] });
  assert.deepEqual(r, { corrections: 1 });
  assert.deepEqual(JSON.parse(readFileSync(join(ws, '.newslens/corrections.json'), 'utf8')), { version: 1, corrections: [CORRECTION] });
  assert.deepEqual(readdirSync(join(ws, '.newslens')).sort(), ['aliases.json', 'corrections.json']);
});

test('a corrections file that exists but cannot be read is not replaced either', async () => {
  const file = join(ws, '.newslens/corrections.json');
  const before = fingerprint(file);
  chmodSync(file, 0o000);
  try {
    await assert.rejects(session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newsLens.correct', arguments: [CORRECTION] }),
      /\.newslens\/corrections\.json cannot be read \((EACCES|EPERM)\), so it is not replaced\. The correction was not applied\./);
  } finally { chmodSync(file, 0o644); }
  assert.equal(fingerprint(file), before);
});

test('on a read-only folder a correction says clearly that it cannot be saved, and nothing is written', async () => {
  const ro = mkdtempSync(join(tmpdir(), 'news-lens-readonly-'));
  cpSync(join(repoRoot, 'seeds'), join(ro, 'seeds'), { recursive: true });
  for (const d of [join(ro, 'seeds'), ro]) chmodSync(d, 0o555);
  const s = await LspSession.start(ro, asUser);
  try {
    await s.waitForLog(/News Lens: 3 articles/);
    await assert.rejects(s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newsLens.correct', arguments: [CORRECTION] }),
      new RegExp(`corrections cannot be saved: ${ro}/\\.newslens is read-only \\((EACCES|EPERM|EROFS)\\)\\. The correction was not applied\\.`));
    assert.ok(s.messages.some(m => m.type === 1 && /cannot be saved/.test(m.message)), 'shown to the user as an error');
    assert.ok(!existsSync(join(ro, '.newslens')));
  } finally {
    await s.stop();
    chmodSync(ro, 0o755); chmodSync(join(ro, 'seeds'), 0o755);
    rmSync(ro, { recursive: true, force: true });
  }
});
