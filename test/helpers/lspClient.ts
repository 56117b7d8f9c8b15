import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, ProtocolConnection,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths';

/** A real JSON-RPC client talking to the built server (dist/server.js) over stdio. */
export class LspSession {
  readonly connection: ProtocolConnection;
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  #child: ChildProcess;
  initializeResult?: InitializeResult;

  private constructor(child: ChildProcess) {
    this.#child = child;
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', d => this.stderr.push(String(d)));
    this.connection.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.connection.listen();
  }

  static async start(workspaceFolder = repoRoot, serverArgs: string[] = []): Promise<LspSession> {
    const child = spawn(process.execPath, [join(repoRoot, 'dist/server.js'), '--stdio', ...serverArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
    const session = new LspSession(child);
    const folderUri = pathToFileURL(workspaceFolder).href;
    session.initializeResult = await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: folderUri, capabilities: {},
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

  get exitCode(): Promise<number | null> {
    return new Promise(resolve => {
      if (this.#child.exitCode !== null) resolve(this.#child.exitCode);
      else this.#child.once('exit', code => resolve(code));
    });
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await Promise.race([this.exitCode, new Promise<'timeout'>(r => setTimeout(() => r('timeout'), 5000).unref())]);
    this.connection.dispose();
    if (code === 'timeout') { this.#child.kill(); throw new Error('server did not exit after shutdown/exit'); }
    return code;
  }
}

export { decodeSemanticTokens } from './semanticTokens';
