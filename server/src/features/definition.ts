import { Location, Position } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { entityAt, toLocation, wordCount } from './shared';

/** F12: where the entity is introduced: its fullest-name mention in this article, else its first in the corpus. */
export class DefinitionProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideDefinition(uri: string, position: Position): Location | null {
    const id = entityAt(this.#corpus, uri, position);
    if (!id) return null;
    const all = this.#corpus.linked.mentionsOf.get(id) ?? [];
    const here = all.filter(m => m.uri === uri);
    const pick = here.length
      ? here.reduce((best, m) => (wordCount(m.item) > wordCount(best.item) ? m : best), here[0])
      : all[0];
    return pick ? toLocation(pick.uri, this.#corpus.linked.articles.get(pick.uri)!.lines, pick.item) : null;
  }
}
