import { Location, Position } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { entityAt, toLocation } from './shared';

/** Shift+F12: every mention of the entity across the corpus, under any spelling. */
export class ReferencesProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideReferences(uri: string, position: Position): Location[] {
    const id = entityAt(this.#corpus, uri, position);
    return id ? this.mentionsOf(id) : [];
  }

  mentionsOf(id: string): Location[] {
    const linked = this.#corpus.linked;
    return (linked.mentionsOf.get(id) ?? []).map(m => toLocation(m.uri, linked.articles.get(m.uri)!.lines, m.item));
  }
}
