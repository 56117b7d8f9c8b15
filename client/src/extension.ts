import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // vscode-languageclient 11 needs a LogOutputChannel; a plain OutputChannel breaks activation.
  const output = vscode.window.createOutputChannel('News Lens', { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'news' }],
    outputChannel: output,
    synchronize: { configurationSection: 'newsLens' },
  };
  client = new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.restartServer', async () => {
      output.info('Restarting the News Lens language server');
      await client?.restart();
    }),
    vscode.commands.registerCommand('newsLens.showOutput', () => output.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}
