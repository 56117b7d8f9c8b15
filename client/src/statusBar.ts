import * as vscode from 'vscode';

/** The corpus size and indexing progress in the status bar; a click opens the entity explorer. */
export class CorpusStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsLens.corpus', vscode.StatusBarAlignment.Left, 10);
  #articles: number | undefined;
  #indexing: { done: number; total: number } | undefined;

  readonly #subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'News Lens Corpus';
    this.item.command = 'newsLens.showExplorer';
    this.#render();
    this.#visibility();
    this.#subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.#visibility()),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('newsLens.statusBar')) this.#visibility(); }),
    );
  }

  /** newsLens.statusBar.show: always, only while a News Article is active, or never. */
  #visibility(): void {
    const when = vscode.workspace.getConfiguration('newsLens').get<string>('statusBar.show', 'always');
    const show = when === 'always' || (when === 'newsFiles' && vscode.window.activeTextEditor?.document.languageId === 'news');
    if (show) this.item.show(); else this.item.hide();
  }

  get text(): string { return this.item.text; }

  indexing(p: { done: number; total: number }): void {
    this.#indexing = p.done < p.total ? p : undefined;
    this.#render();
  }

  corpus(p: { articles: number }): void {
    this.#articles = p.articles;
    this.#indexing = undefined;
    this.#render();
  }

  #render(): void {
    const n = (k: number) => k.toLocaleString('en-US');
    if (this.#indexing) {
      const { done, total } = this.#indexing;
      this.item.text = `$(sync~spin) News Lens: ${n(done)} / ${n(total)} articles`;
      this.item.tooltip = `News Lens is indexing the corpus: ${n(done)} of ${n(total)} articles read. Click to open the entity explorer.`;
    } else if (this.#articles === undefined) {
      this.item.text = '$(sync~spin) News Lens';
      this.item.tooltip = 'News Lens is starting';
    } else {
      this.item.text = `$(book) News Lens: ${n(this.#articles)} ${this.#articles === 1 ? 'article' : 'articles'}`;
      this.item.tooltip = 'The articles in the News Lens corpus (newsLens.corpus.include). Click to open the entity explorer.';
    }
  }

  dispose(): void { this.item.dispose(); for (const d of this.#subscriptions) d.dispose(); }
}
