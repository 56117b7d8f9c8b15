import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';

const ABSOLUTE = /\b\d{4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;

/** After a relative date ("Tuesday", "last week"), the date it resolves to. */
export class InlayHintsProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideInlayHints(uri: string, range: Range): InlayHint[] {
    const article = this.#corpus.linked.articles.get(uri);
    if (!article) return [];
    const from = article.lines.offsetAt(range.start.line, range.start.character);
    const to = article.lines.offsetAt(range.end.line, range.end.character);
    return article.mentions
      .filter(m => (m.type === 'DATE' || m.type === 'TIME') && m.value && !m.value.startsWith('P') && !m.value.startsWith('XXXX') && !ABSOLUTE.test(m.text) && m.end > from && m.start < to)
      .map(m => ({ position: article.lines.positionAt(m.end), label: `→ ${m.value}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: `News Lens resolved “${m.text}” against the publication date ${article.publicationDate ?? '(none)'}` }));
  }
}
