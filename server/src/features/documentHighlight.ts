import { DocumentHighlight, DocumentHighlightKind, Position } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { entityAt, toRange } from './shared';

/** The same entity's mentions in the current article. */
export class DocumentHighlightProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideDocumentHighlights(uri: string, position: Position): DocumentHighlight[] {
    const id = entityAt(this.#corpus, uri, position);
    const article = this.#corpus.linked.articles.get(uri);
    if (!id || !article) return [];
    return article.mentions.filter(m => m.entity === id).map(m => ({ range: toRange(article.lines, m.start, m.end), kind: DocumentHighlightKind.Text }));
  }
}
