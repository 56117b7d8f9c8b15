import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { LanguageClient } from 'vscode-languageclient/node';

/**
 * "News Lens: Show Timeline": the corpus's normalized dates in a webview, by article and by
 * entity. The page is media/timeline.{js,css} (no CDN, nothing fetched); the data comes from
 * the server's newsLens/timeline request; a click on a date opens its mention.
 */
export class TimelinePanel {
  static current: TimelinePanel | undefined;
  readonly panel: vscode.WebviewPanel;
  readonly #client: LanguageClient;
  #pending: NodeJS.Timeout | undefined;
  /** The last data posted to the page, for tests and for a page that reloads. */
  last: unknown;

  static show(context: vscode.ExtensionContext, client: LanguageClient): TimelinePanel {
    if (TimelinePanel.current) { TimelinePanel.current.panel.reveal(); void TimelinePanel.current.update(); return TimelinePanel.current; }
    return (TimelinePanel.current = new TimelinePanel(context, client));
  }

  private constructor(context: vscode.ExtensionContext, client: LanguageClient) {
    this.#client = client;
    const media = vscode.Uri.joinPath(context.extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel('newsLens.timeline', 'News Lens Timeline', vscode.ViewColumn.Active, {
      enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: true,
    });
    this.panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
    const w = this.panel.webview;
    const nonce = randomBytes(16).toString('hex');
    w.html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${w.cspSource}; script-src 'nonce-${nonce}'; img-src ${w.cspSource} data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${w.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.css'))}">
<title>News Lens Timeline</title></head>
<body><main id="timeline" aria-busy="true"><p class="muted">Reading the corpus…</p></main>
<script nonce="${nonce}" src="${w.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.js'))}"></script></body></html>`;
    w.onDidReceiveMessage(async (msg: { type: string; uri?: string; range?: { start: { line: number; character: number }; end: { line: number; character: number } } }) => {
      if (msg.type === 'ready') await this.update();
      if (msg.type === 'open' && msg.uri && msg.range) {
        const r = new vscode.Range(msg.range.start.line, msg.range.start.character, msg.range.end.line, msg.range.end.character);
        await vscode.window.showTextDocument(vscode.Uri.parse(msg.uri), { selection: r, viewColumn: vscode.ViewColumn.Beside });
      }
    });
    this.panel.onDidDispose(() => { TimelinePanel.current = undefined; if (this.#pending) clearTimeout(this.#pending); });
  }

  async update(): Promise<void> {
    this.last = await this.#client.sendRequest('newsLens/timeline');
    await this.panel.webview.postMessage({ type: 'timeline', data: this.last });
  }

  /** The corpus changed: redraw soon, once. */
  changed(): void {
    if (this.#pending) clearTimeout(this.#pending);
    this.#pending = setTimeout(() => { this.#pending = undefined; void this.update(); }, 300);
  }
}
