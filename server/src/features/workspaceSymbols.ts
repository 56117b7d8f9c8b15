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
  /** The entities' indices by rank: the most mentioned first, the earlier in the list on a tie. */
  #order = new Int32Array(0);
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
      // the entities by rank, the most mentioned first (the earlier in the list on a tie)
      const order = new Int32Array(entities.length);
      for (let k = 0; k < order.length; k++) order[k] = k;
      this.#order = order.sort((a, b) => entities[b].mentions - entities[a].mentions || a - b);
    }
    const q = query.toLowerCase();
    const qm = charMask(q);
    // the query's letters in order (native searches, not a walk over every character)
    const matches = (s: string) => { let i = -1; for (let j = 0; j < q.length; j++) if ((i = s.indexOf(q[j], i + 1)) < 0) return false; return true; };
    const wordStart = ' ' + q;
    // The matches, best first: a spelling with a word that starts with the query, then the most
    // mentioned. At most MAX_SYMBOLS are answered (editors filter and rank again as the user
    // types): a three-letter query matches thousands of entities in a big archive. The entities
    // are visited by rank, so the first MAX_SYMBOLS matches of each kind are the best of it: once
    // as many word-start matches are found the walk ends, and once as many others are found the
    // rest are only tested for a word start (the cheap test; a word start holds the letters in order).
    const prefix: number[] = [], other: number[] = [];
    for (const k of this.#order) {
      const x = this.#search[k];
      let starts = !q, found = starts;
      for (let j = 0; j < x.names.length && !starts; j++) {
        if ((x.masks[j] & qm) !== qm) continue;
        const n = x.names[j];
        if (n.startsWith(q) || n.includes(wordStart)) starts = found = true;
        else if (!found && other.length < MAX_SYMBOLS && matches(n)) found = true;
      }
      if (starts) { if (prefix.push(k) >= MAX_SYMBOLS) break; }
      else if (found) other.push(k);
    }
    const hits = prefix.length >= MAX_SYMBOLS ? prefix : prefix.concat(other.slice(0, MAX_SYMBOLS - prefix.length));
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
