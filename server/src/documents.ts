import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle, ArticleAnalysis } from './analysis';

/**
 * Per-document analysis, computed lazily and dropped when the document changes
 * (keyed by version), so a burst of edits costs one analysis, on the next request.
 */
export class ArticleCache {
  #entries = new Map<string, { version: number; analysis: ArticleAnalysis }>();

  get(document: TextDocument): ArticleAnalysis {
    const hit = this.#entries.get(document.uri);
    if (hit && hit.version === document.version) return hit.analysis;
    const analysis = analyzeArticle(document.getText());
    this.#entries.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.#entries.delete(uri);
  }
}
