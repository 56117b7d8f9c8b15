import { spawn, ChildProcess } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chmodSync, copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, ProtocolConnection,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, InitializeResult, WorkspaceSymbolRequest, SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import assert from 'node:assert/strict';
import { repoRoot } from './paths';
import { NETWORK_GUARD_MARK } from './netGuardMark';

/** The compiled network guard, preloaded into every server the tests start. */
export const NET_GUARD = join(repoRoot, 'out/test/helpers/netGuard.js');

/**
 * Initialises a server, however it was started, on a folder holding the seeds and asks it for a
 * symbol, so that the answer comes from a loaded corpus: "Zelenskiy" finds Volodymyr Zelensky.
 */
export async function assertAnswersOnSeeds(conn: ProtocolConnection, folderPath: string): Promise<void> {
  const folder = pathToFileURL(folderPath).href;
  const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: folder, capabilities: {}, workspaceFolders: [{ uri: folder, name: 'ws' }] });
  assert.equal(init.serverInfo?.name, 'news-lens');
  await conn.sendNotification(InitializedNotification.type, {});
  const symbols = await conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'Zelenskiy' }) as SymbolInformation[];
  assert.ok(symbols.some(s => s.name === 'Volodymyr Zelensky'), JSON.stringify(symbols.map(s => s.name)));
}

/** A real JSON-RPC client talking to the built server (dist/server.js) over stdio. */
export class LspSession {
  readonly connection: ProtocolConnection;
  get pid(): number { return this.#child.pid!; }
  /** Kills the server without a shutdown (the fault tests). */
  kill(signal: NodeJS.Signals = 'SIGKILL'): void { this.#child.kill(signal); }
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  /** window/showMessage notifications (errors and warnings shown to the user). */
  readonly messages: { type: number; message: string }[] = [];
  #child: ChildProcess;
  initializeResult?: InitializeResult;

  private constructor(child: ChildProcess) {
    this.#child = child;
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', d => this.stderr.push(String(d)));
    this.connection.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => { this.messages.push(p); });
    // showErrorMessage and friends are requests: the user dismisses them (no action chosen).
    this.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => { this.messages.push(p); return null; });
    this.connection.listen();
  }

  /**
   * Starts the server with the network guard preloaded (every protocol test proves the server opens
   * no connection), optionally as another user (to make chmod bite when the tests run as root) and
   * with more server arguments (`--cache-dir DIR`); an array alone is taken as those arguments.
   */
  static async start(workspaceFolder = repoRoot, opts: { uid?: number; gid?: number; initializationOptions?: unknown; nodeArgs?: string[]; serverArgs?: string[] } | string[] = {}): Promise<LspSession> {
    const options = Array.isArray(opts) ? { serverArgs: opts } : opts;
    const { initializationOptions, nodeArgs = [], serverArgs = [], ...spawnOptions } = options;
    let server = join(repoRoot, 'dist/server.js'), guard = NET_GUARD, cwd = repoRoot;
    if (spawnOptions.uid !== undefined) {
      // Another user may not be able to read the clone (a fresh CI clone under a root-only temp
      // folder): the server bundle and the guard run from a copy that everyone can read.
      cwd = mkdtempSync(join(tmpdir(), 'news-lens-server-'));
      chmodSync(cwd, 0o755);
      for (const f of [server, guard, join(dirname(guard), 'netGuardMark.js')]) { copyFileSync(f, join(cwd, basename(f))); chmodSync(join(cwd, basename(f)), 0o644); }
      // and the data files the bundle reads beside it (dist/data: wink's model, the gazetteer, see esbuild.mjs)
      cpSync(join(repoRoot, 'dist/data'), join(cwd, 'data'), { recursive: true });
      chmodSync(join(cwd, 'data'), 0o755);
      for (const f of readdirSync(join(cwd, 'data'))) chmodSync(join(cwd, 'data', f), 0o644);
      server = join(cwd, 'server.js'); guard = join(cwd, 'netGuard.js');
    }
    const child = spawn(process.execPath, [...nodeArgs, '--require', guard, server, '--stdio', ...serverArgs], { stdio: ['pipe', 'pipe', 'pipe'], cwd, ...spawnOptions });
    const session = new LspSession(child);
    const folderUri = pathToFileURL(workspaceFolder).href;
    session.initializeResult = await session.connection.sendRequest(InitializeRequest.type, {
      // The server exits when kill(processId, 0) fails, which it does (EPERM) across users.
      processId: spawnOptions.uid === undefined ? process.pid : null, rootUri: folderUri, capabilities: {}, initializationOptions,
      workspaceFolders: [{ uri: folderUri, name: 'workspace' }],
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  async open(path: string, text = readFileSync(path, 'utf8'), languageId = 'news'): Promise<string> {
    const uri = pathToFileURL(path).href;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Waits until a log line matches (the server logs "News Lens: N articles, …" once indexed). */
  async waitForLog(re: RegExp, timeoutMs = 30000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.logs.find(l => re.test(l));
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no log line matching ${re} in ${timeoutMs} ms; logs:\n${this.logs.join('\n')}`);
      await new Promise(r => setTimeout(r, 50));
    }
  }

  get exitCode(): Promise<number | null> {
    return new Promise(resolve => {
      if (this.#child.exitCode !== null) resolve(this.#child.exitCode);
      else this.#child.once('exit', code => resolve(code));
    });
  }

  /** Connections the server tried to open (each one also failed inside the server). */
  get networkAttempts(): string[] {
    return this.stderr.join('').split('\n').filter(l => l.startsWith(NETWORK_GUARD_MARK));
  }

  /** Shuts the server down; fails when it tried to open a network connection at any time. */
  async stop(): Promise<number | null> {
    if (this.networkAttempts.length) throw new Error(`the server tried to use the network:\n${this.networkAttempts.join('\n')}`);
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await Promise.race([this.exitCode, new Promise<'timeout'>(r => setTimeout(() => r('timeout'), 5000).unref())]);
    this.connection.dispose();
    if (code === 'timeout') { this.#child.kill(); throw new Error('server did not exit after shutdown/exit'); }
    if (this.networkAttempts.length) throw new Error(`the server tried to use the network:\n${this.networkAttempts.join('\n')}`);
    return code;
  }
}

export { decodeSemanticTokens } from './semanticTokens';
