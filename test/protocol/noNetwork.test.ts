// Nothing leaked: neither the language server nor the CLI opens a network connection. Both run
// with test/helpers/netGuard.ts preloaded, which makes every connect through net, tls, http, https,
// dgram and fetch throw and report itself on stderr. LspSession (every protocol test) fails a
// session whose server tripped it; here the guard is first shown to catch each kind of connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { HoverRequest, ReferencesRequest, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { LspSession, NET_GUARD } from '../helpers/lspClient';
import { NETWORK_GUARD_MARK } from '../helpers/netGuardMark';
import { repoRoot, SEEDS, seedPath, readSeed, nth } from '../helpers/paths';
import { lineIndex } from '../../server/src/analysis';

const ATTEMPTS: Record<string, string> = {
  'net.connect': "require('net').connect(9, '127.0.0.1')",
  'net.Socket#connect': "new (require('net').Socket)().connect(9, '127.0.0.1')",
  'tls.connect': "require('tls').connect(443, 'example.invalid')",
  'http.get': "require('http').get('http://127.0.0.1:9/')",
  'https.request': "require('https').request('https://example.invalid/').end()",
  'dgram.Socket#send': "require('dgram').createSocket('udp4').send('x', 9, '127.0.0.1')",
  'fetch': "fetch('http://127.0.0.1:9/').catch(() => {})",
};

for (const [what, code] of Object.entries(ATTEMPTS)) {
  test(`the guard stops ${what} and reports it`, () => {
    const r = spawnSync(process.execPath, ['--require', NET_GUARD, '-e', code], { encoding: 'utf8', timeout: 15000 });
    assert.match(r.stderr, new RegExp(`^${NETWORK_GUARD_MARK}: ${what.replace('.', '\\.')}`, 'm'));
    assert.notEqual(r.status, 0, 'the attempt throws');
  });
}

test('the CLI annotates the seeds under the guard without a network attempt', () => {
  const r = spawnSync(process.execPath, ['--require', NET_GUARD, join(repoRoot, 'bin/news-lens.js'), 'annotate', join(repoRoot, 'seeds'), '--format', 'json'],
    { encoding: 'utf8', cwd: repoRoot, maxBuffer: 64 << 20, timeout: 60000 });
  assert.equal(r.stderr.split('\n').filter(l => l.startsWith(NETWORK_GUARD_MARK)).join('\n'), '');
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { articles: unknown[]; entities: unknown[] };
  assert.equal(json.articles.length, SEEDS.length);
  assert.ok(json.entities.length > 10);
});

test('the server indexes, answers and shuts down under the guard without a network attempt', async () => {
  const session = await LspSession.start();
  const uri = await session.open(seedPath(SEEDS[2]));
  const text = readSeed(SEEDS[2]);
  const position = lineIndex(text).positionAt(nth(text, 'Zelenskiy') + 2);
  assert.ok(await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
  const refs = await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } });
  assert.ok(refs && refs.length > 10);
  assert.ok(((await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'biden' })) ?? []).length > 0);
  assert.deepEqual(session.networkAttempts, []);
  assert.equal(await session.stop(), 0);
});
