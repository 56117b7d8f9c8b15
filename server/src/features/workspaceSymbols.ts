import { SymbolInformation } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { SYMBOL_KIND, TYPE_LABEL, toLocation } from './shared';


/** A set of the characters of a string, folded into 32 bits: a string can only hold the query's letters in order if it holds them at all. */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}

/**
 * The most symbols one query answers: the best-ranked ones. 128, as rust-analyzer's default
 * (workspace.symbol.search.limit): the editor filters and ranks again as the user types, and at
 * 10,000 articles building and sending 256 symbols was most of Ctrl+T's slow tail.
 */
export const MAX_SYMBOLS = 128;

/** Per entity list (it changes only on a relink): each entity's spellings lowercased, and their character masks. */
interface Searchable { names: string[]; masks: number[] }

/** Ctrl+T: the corpus's entities, found by any of their spellings. */
export class WorkspaceSymbolProvider {
  readonly #corpus: CorpusIndex;
  #list: readonly unknown[] | undefined;
  #search: Searchable[] = [];
  /**
   * Each entity record's spellings, kept while the record lives: a relink makes a new list but
   * keeps the records it did not change, so a new list costs a lookup per entity, not a lowercase
   * and a mask of every spelling (at 10,000 articles that was the slow tail of Ctrl+T after a relink).
   */
  #byRecord = new WeakMap<object, Searchable>();
  /**
   * Each entity record's answer, kept while the record, its first mention and that article's line
   * index are the same objects (an edit that moves the mention makes new ones): a query builds only
   * the symbols it has not built before.
   */
  #symbols = new WeakMap<object, { item: object; lines: object; symbol: SymbolInformation }>();
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideWorkspaceSymbols(query: string): SymbolInformation[] {
    const linked = this.#corpus.linked;
    const entities = linked.annotation.entities;
    if (this.#list !== entities) {
      this.#list = entities;
      this.#search = entities.map(e => {
        let x = this.#byRecord.get(e);
        if (!x) {
          const names = [e.name, ...e.aliases.map(a => a.text)].map(n => n.toLowerCase());
          this.#byRecord.set(e, (x = { names, masks: names.map(charMask) }));
        }
        return x;
      });
    }
    const q = query.toLowerCase();
    const qm = charMask(q);
    // the query's letters in order (native searches, not a walk over every character)
    const matches = (s: string) => { let i = -1; for (let j = 0; j < q.length; j++) if ((i = s.indexOf(q[j], i + 1)) < 0) return false; return true; };
    const wordStart = ' ' + q;
    // The matches, best first: a spelling with a word that starts with the query, then the most
    // mentioned. At most MAX_SYMBOLS are answered (editors filter and rank again as the user
    // types): a three-letter query matches thousands of entities in a big archive, and building
    // and sending them all cost more than finding them.
    const hits: number[] = [], rank: number[] = [];
    for (let k = 0; k < entities.length; k++) {
      const x = this.#search[k];
      if (q && !x.names.some((n, j) => (x.masks[j] & qm) === qm && matches(n))) continue;
      hits.push(k);
      rank[k] = (q && x.names.some(n => n.startsWith(q) || n.includes(wordStart)) ? 1e12 : 0) + entities[k].mentions;
    }
    if (hits.length > MAX_SYMBOLS) hits.sort((a, b) => rank[b] - rank[a] || a - b).length = MAX_SYMBOLS;
    const out: SymbolInformation[] = [];
    for (const k of hits) {
      const e = entities[k];
      const first = linked.mentionsOf.first(e.id);
      if (!first) continue;
      const lines = linked.articles.get(first.uri)!.lines;
      let kept = this.#symbols.get(e);
      if (!kept || kept.item !== first.item || kept.lines !== lines) {
        kept = { item: first.item, lines, symbol: { name: e.name, kind: SYMBOL_KIND[e.type], containerName: `${TYPE_LABEL[e.type]} · ${e.mentions} mentions in ${e.articles} articles`,
          location: toLocation(first.uri, lines, first.item) } };
        this.#symbols.set(e, kept);
      }
      out.push(kept.symbol);
    }
    return out;
  }
}
