import { Location, Range, SymbolKind } from 'vscode-languageserver/node';
import type { LineIndex, Mention } from '../analysis';

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toLocation(uri: string, lines: LineIndex, span: { start: number; end: number }): Location {
  return { uri, range: toRange(lines, span.start, span.end) };
}

export const TYPE_LABEL: Record<string, string> = {
  DATE: 'Date', TIME: 'Time', DURATION: 'Duration', MONEY: 'Money', PERCENT: 'Percentage',
  CARDINAL: 'Number', ORDINAL: 'Ordinal', PERSON: 'Person', ORG: 'Organization', PLACE: 'Place',
};

/** The symbol kind shown for each entity type in the Outline and in Ctrl+T. */
export const SYMBOL_KIND: Record<string, SymbolKind> = { PERSON: SymbolKind.Object, ORG: SymbolKind.Class, PLACE: SymbolKind.Namespace };

export const PLURAL: Record<string, [string, string]> = {
  PERSON: ['person', 'people'], ORG: ['organization', 'organizations'], PLACE: ['place', 'places'], QUOTE: ['quote', 'quotes'],
};

export const count = (n: number, type: string) => `${n} ${n === 1 ? PLURAL[type][0] : PLURAL[type][1]}`;

/** The base name of a URI, for labels. */
export const baseName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** A link VS Code opens at a position: file URI with an #Lline,column fragment (1-based). */
export function positionLink(uri: string, lines: LineIndex, offset: number): string {
  const p = lines.positionAt(offset);
  return `${uri}#L${p.line + 1},${p.character + 1}`;
}

/** One line of context around a span, trimmed to about `width` characters. */
export function contextLine(text: string, span: { start: number; end: number }, width = 90): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  let lineEnd = text.indexOf('\n', span.end);
  if (lineEnd < 0) lineEnd = text.length;
  const half = Math.max(0, Math.floor((width - (span.end - span.start)) / 2));
  const a = Math.max(lineStart, span.start - half), b = Math.min(lineEnd, span.end + half);
  const md = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, c => `\\${c}`);
  return `${a > lineStart ? '…' : ''}${md(text.slice(a, span.start))}**${md(text.slice(span.start, span.end))}**${md(text.slice(span.end, b))}${b < lineEnd ? '…' : ''}`.replace(/\s+/g, ' ');
}

/** Words in a mention: the fullest-name mention is the one with most words. */
export const wordCount = (m: Mention) => m.text.split(/\s+/).length;

/** The entity id of the mention under a position, if any. */
export function entityAt(corpus: import('../corpusIndex').CorpusIndex, uri: string, position: { line: number; character: number }): string | undefined {
  const a = corpus.linked.articles.get(uri);
  if (!a) return undefined;
  return corpus.mentionAt(uri, a.lines.offsetAt(position.line, position.character))?.entity ?? undefined;
}
