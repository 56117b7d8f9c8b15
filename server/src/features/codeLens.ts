import { CodeLens } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { count } from './shared';

/** On the first line: "12 people · 9 organizations · 14 places · 8 quotes"; clicking opens the explorer. */
export class CodeLensProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideCodeLenses(uri: string): CodeLens[] {
    const article = this.#corpus.linked.articles.get(uri);
    if (!article) return [];
    const distinct = (type: string) => new Set(article.mentions.filter(m => m.type === type && m.entity).map(m => m.entity)).size;
    const title = [count(distinct('PERSON'), 'PERSON'), count(distinct('ORG'), 'ORG'), count(distinct('PLACE'), 'PLACE'), count(article.quotes.length, 'QUOTE')].join(' · ');
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title, command: 'newsLens.showExplorer', arguments: [] } }];
  }
}
