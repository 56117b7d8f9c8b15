import { SymbolInformation } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { SYMBOL_KIND, TYPE_LABEL, toLocation } from './shared';


/** Ctrl+T: the corpus's entities, found by any of their spellings. */
export class WorkspaceSymbolProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideWorkspaceSymbols(query: string): SymbolInformation[] {
    const linked = this.#corpus.linked;
    const q = query.toLowerCase();
    const matches = (s: string) => { let i = 0; for (const c of s.toLowerCase()) if (c === q[i]) i++; return i === q.length; };
    const out: SymbolInformation[] = [];
    for (const e of linked.annotation.entities) {
      if (q && !matches(e.name) && !e.aliases.some(a => matches(a.text))) continue;
      const first = linked.mentionsOf.get(e.id)?.[0];
      if (!first) continue;
      out.push({ name: e.name, kind: SYMBOL_KIND[e.type], containerName: `${TYPE_LABEL[e.type]} · ${e.mentions} mentions in ${e.articles} articles`,
        location: toLocation(first.uri, linked.articles.get(first.uri)!.lines, first.item) });
    }
    return out;
  }
}
