import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { PLURAL, SYMBOL_KIND, toRange } from './shared';


/** The Outline: the article's entities grouped by type with counts, and its quotes by speaker. */
export class DocumentSymbolProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideDocumentSymbols(uri: string): DocumentSymbol[] {
    const linked = this.#corpus.linked;
    const article = linked.articles.get(uri);
    if (!article) return [];
    const range = (s: { start: number; end: number }) => toRange(article.lines, s.start, s.end);
    const out: DocumentSymbol[] = [];
    for (const type of ['PERSON', 'ORG', 'PLACE'] as const) {
      const byEntity = new Map<string, typeof article.mentions[number][]>();
      for (const m of article.mentions) if (m.type === type && m.entity) {
        if (!byEntity.has(m.entity)) byEntity.set(m.entity, []);
        byEntity.get(m.entity)!.push(m);
      }
      if (!byEntity.size) continue;
      const children: DocumentSymbol[] = [...byEntity].map(([id, ms]) => ({
        name: linked.entities.get(id)!.name, detail: `${ms.length} mention${ms.length === 1 ? '' : 's'}`, kind: SYMBOL_KIND[type],
        range: { start: range(ms[0]).start, end: range(ms[ms.length - 1]).end }, selectionRange: range(ms[0]),
      }));
      const title = PLURAL[type][1];
      out.push({ name: `${title[0].toUpperCase()}${title.slice(1)} (${children.length})`, kind: SymbolKind.Namespace, range: span(children), selectionRange: children[0].selectionRange, children,
        detail: '' });
    }
    if (article.quotes.length) {
      const bySpeaker = new Map<string, typeof article.quotes[number][]>();
      for (const q of article.quotes) {
        const name = q.speaker ? linked.entities.get(q.speaker)!.name : 'No speaker found';
        if (!bySpeaker.has(name)) bySpeaker.set(name, []);
        bySpeaker.get(name)!.push(q);
      }
      const children: DocumentSymbol[] = [...bySpeaker].map(([name, qs]) => ({
        name, detail: `${qs.length} quote${qs.length === 1 ? '' : 's'}`, kind: SymbolKind.Event,
        range: { start: range(qs[0]).start, end: range(qs[qs.length - 1]).end }, selectionRange: range(qs[0]),
        children: qs.map(q => ({ name: `“${q.text.length > 60 ? q.text.slice(0, 57) + '…' : q.text}”`, kind: SymbolKind.String, range: range(q), selectionRange: range(q) })),
      }));
      out.push({ name: `Quotes (${article.quotes.length})`, kind: SymbolKind.Namespace, range: span(children), selectionRange: children[0].selectionRange, children, detail: '' });
    }
    return out;
  }
}

/** A group's range covers all its children, from the earliest start to the latest end. */
function span(children: DocumentSymbol[]): DocumentSymbol['range'] {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character < b.character);
  let start = children[0].range.start, end = children[0].range.end;
  for (const c of children) { if (before(c.range.start, start)) start = c.range.start; if (before(end, c.range.end)) end = c.range.end; }
  return { start, end };
}
