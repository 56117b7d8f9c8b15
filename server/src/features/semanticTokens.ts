import { CancellationToken, SemanticTokens, SemanticTokensBuilder } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleCache } from '../documents';
import { tokenTypeOf } from '../legend';

/** Semantic tokens for every mention; a mention that spans lines becomes one token per line. */
export class SemanticTokensProvider {
  readonly #articles: ArticleCache;
  constructor(articles: ArticleCache) { this.#articles = articles; }

  provideFull(document: TextDocument, token?: CancellationToken): SemanticTokens {
    const builder = new SemanticTokensBuilder();
    const analysis = this.#articles.get(document);
    for (const mention of analysis.mentions) {
      if (token?.isCancellationRequested) break;
      const type = tokenTypeOf(mention.type);
      for (const [line, character, length] of lineSegments(document, mention.start, mention.end)) {
        builder.push(line, character, length, type, 0);
      }
    }
    return builder.build();
  }
}

export function* lineSegments(document: TextDocument, start: number, end: number): Generator<[number, number, number]> {
  const from = document.positionAt(start);
  const to = document.positionAt(end);
  for (let line = from.line; line <= to.line; line++) {
    const lineStart = document.offsetAt({ line, character: 0 });
    const a = line === from.line ? start : lineStart;
    const lineEnd = line === to.line ? end : document.offsetAt({ line: line + 1, character: 0 });
    // Leave the line break itself out of the token.
    let b = lineEnd;
    const text = document.getText();
    while (b > a && (text[b - 1] === '\n' || text[b - 1] === '\r')) b--;
    if (b > a) yield [line, a - lineStart, b - a];
  }
}
