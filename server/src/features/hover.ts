import { CancellationToken, Hover, MarkupKind, Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Mention } from '../analysis';
import { ArticleCache } from '../documents';

const TYPE_LABEL: Record<string, string> = {
  DATE: 'Date', TIME: 'Time', DURATION: 'Duration', MONEY: 'Money', PERCENT: 'Percentage',
  CARDINAL: 'Number', ORDINAL: 'Ordinal', PERSON: 'Person', ORG: 'Organization', PLACE: 'Place',
};

export class HoverProvider {
  readonly #articles: ArticleCache;
  constructor(articles: ArticleCache) { this.#articles = articles; }

  provideHover(document: TextDocument, position: Position, token?: CancellationToken): Hover | null {
    const offset = document.offsetAt(position);
    const mention = this.#articles.get(document).mentions.find(m => m.start <= offset && offset < m.end);
    if (!mention || token?.isCancellationRequested) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: describe(mention) },
      range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
    };
  }
}

function describe(mention: Mention): string {
  const lines = [`**${TYPE_LABEL[mention.type] ?? mention.type}** \`${mention.type}\` — “${mention.text}”`];
  if (mention.value) lines.push('', `Normalized: \`${mention.value}\``);
  return lines.join('\n');
}
