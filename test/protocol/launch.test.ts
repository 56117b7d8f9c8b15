// The server's memory flags and environment (server/src/launch.ts) reach the server's real process
// however it is started: forked as the VS Code client forks it, with the client's own
// `ServerOptions`, and through bin/news-lens-server.js as another editor starts it. Read from
// /proc/<pid>/cmdline and /proc/<pid>/environ of the running server, after it answered over LSP;
// and the launcher's own environment is left as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, ProtocolConnection,
  ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../helpers/paths';
import { assertAnswersOnSeeds } from '../helpers/lspClient';
import { SERVER_ENV, SERVER_EXEC_ARGV, forkServer, serverOptions } from '../../server/src/launch';

const onLinux = process.platform === 'linux';
const SERVER = join(repoRoot, 'dist/server.js');
let ws: string;
const envBefore = { ...process.env };

before(() => {
  ws = mkdtempSync(join(tmpdir(), 'news-lens-launch-'));
  cpSync(join(repoRoot, 'seeds'), join(ws, 'seeds'), { recursive: true });
});
after(() => rmSync(ws, { recursive: true, force: true }));

/** The process's command line and environment, as the kernel has them. */
function proc(pid: number): { argv: string[]; env: Map<string, string> } {
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const env = new Map(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean).map(kv => { const i = kv.indexOf('='); return [kv.slice(0, i), kv.slice(i + 1)] as [string, string]; }));
  return { argv, env };
}

async function stop(conn: ProtocolConnection, child: ChildProcess): Promise<void> {
  const exited = new Promise(r => child.once('exit', r));
  await conn.sendRequest(ShutdownRequest.type).catch(() => undefined);
  await conn.sendNotification(ExitNotification.type).catch(() => undefined);
  await Promise.race([exited, new Promise(r => setTimeout(r, 5000))]);
  conn.dispose();
  if (child.exitCode === null && child.signalCode === null) child.kill();
}

function assertSettings(pid: number, what: string): void {
  const { argv, env } = proc(pid);
  for (const flag of SERVER_EXEC_ARGV) assert.ok(argv.includes(flag), `${what}: ${flag} on the server's command line: ${JSON.stringify(argv)}`);
  // the flags are node's, before the script: after it they would be the server's own arguments
  const script = argv.findIndex(a => a.endsWith('server.js'));
  assert.ok(script > 0 && SERVER_EXEC_ARGV.every(f => argv.indexOf(f) < script), `${what}: the flags come before the script: ${JSON.stringify(argv)}`);
  for (const [k, v] of Object.entries(SERVER_ENV)) assert.equal(env.get(k), v, `${what}: ${k} in the server's environment`);
}

test('the shipped definition: a smaller young generation, two malloc arenas, big blocks mapped on their own', () => {
  assert.ok(SERVER_EXEC_ARGV.includes('--max-semi-space-size=4'), JSON.stringify(SERVER_EXEC_ARGV));
  assert.equal(SERVER_ENV.MALLOC_ARENA_MAX, '2');
  assert.equal(SERVER_ENV.MALLOC_MMAP_THRESHOLD_, '1048576');
  // the client's bundle carries them (it imports serverOptions from server/src/launch.ts)
  const client = readFileSync(join(repoRoot, 'dist/client.js'), 'utf8');
  assert.ok(client.includes('--max-semi-space-size=4') && client.includes('MALLOC_ARENA_MAX') && client.includes('MALLOC_MMAP_THRESHOLD_'), 'dist/client.js holds the server\'s flags and environment');
});

test('forked as the VS Code client forks it, with the client\'s ServerOptions, the server runs with the flags', { skip: !onLinux && 'reads /proc' }, async () => {
  const options = serverOptions(SERVER, 1 /* TransportKind.ipc */);
  assert.deepEqual(options.run.options.execArgv, [...SERVER_EXEC_ARGV]);
  assert.ok(options.debug.options.execArgv.includes('--max-semi-space-size=4') && options.debug.options.execArgv.includes('--nolazy'));
  const child = forkServer(options.run.module, [], options.run.options);
  child.stdout!.resume(); child.stderr!.resume();
  const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  conn.listen();
  try {
    await assertAnswersOnSeeds(conn, ws);
    assertSettings(child.pid!, 'forked');
    assert.ok(proc(child.pid!).argv.includes('--node-ipc'), 'over IPC, as the client starts it');
  } finally {
    await stop(conn, child);
  }
  assert.deepEqual({ ...process.env }, envBefore, 'the launcher\'s own environment is unchanged');
});

test('bin/news-lens-server.js, started as other editors start it, runs the server with the flags', { skip: !onLinux && 'reads /proc' }, async () => {
  const bin = spawn(process.execPath, [join(repoRoot, 'bin/news-lens-server.js')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(bin.stdout!), new StreamMessageWriter(bin.stdin!));
  conn.listen();
  try {
    await assertAnswersOnSeeds(conn, ws);
    // the bin starts node again with the flags, over its own stdio: the server is its one child
    const children = readFileSync(`/proc/${bin.pid}/task/${bin.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    assert.equal(children.length, 1, `one child: ${children}`);
    assertSettings(children[0], 'bin');
    assert.equal(proc(bin.pid!).env.get('MALLOC_ARENA_MAX'), process.env.MALLOC_ARENA_MAX, 'the bin\'s own environment is its launcher\'s');
  } finally {
    await stop(conn, bin);
  }
});
