import { Range, SemanticTokens, SemanticTokensBuilder, SemanticTokensDelta } from 'vscode-languageserver/node';
import type { LineIndex } from '../analysis';
import { CorpusIndex } from '../corpusIndex';
import { tokenTypeOf, TOKEN_MODIFIERS } from '../legend';

interface Span { start: number; end: number; type: number; modifiers: number }
const SPEAKER = 1 << TOKEN_MODIFIERS.indexOf('speaker');
const FIRST = 1 << TOKEN_MODIFIERS.indexOf('firstMention');

/**
 * Semantic tokens for every mention and quote. Tokens may not overlap, so a quote is cut
 * around the mentions inside it; a span over several lines becomes one token per line.
 */
export class SemanticTokensProvider {
  readonly #corpus: CorpusIndex;
  readonly #builders = new Map<string, SemanticTokensBuilder>();
  /** Cardinal and ordinal numbers are noise next to the entities: left uncoloured unless asked for. */
  numbers = false;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  spans(uri: string): Span[] {
    const article = this.#corpus.linked.articles.get(uri);
    if (!article) return [];
    const speakers = new Set<string>();
    const analysis = this.#corpus.article(uri)?.analysis;
    // The speaker modifier marks the mention the quote was attributed to.
    if (analysis) for (const k of analysis.quoteSpeakers) if (k !== null) { const n = analysis.named[k]; if (n) speakers.add(`${n.start}:${n.end}`); }
    const seen = new Set<string>();
    const spans: Span[] = [];
    const mentions = this.numbers ? article.mentions : article.mentions.filter(m => m.type !== 'CARDINAL' && m.type !== 'ORDINAL');
    for (const m of mentions) {
      let modifiers = 0;
      if (m.entity && !seen.has(m.entity)) { seen.add(m.entity); modifiers |= FIRST; }
      if (speakers.has(`${m.start}:${m.end}`)) modifiers |= SPEAKER;
      spans.push({ start: m.start, end: m.end, type: tokenTypeOf(m.type), modifiers });
    }
    const quoteType = tokenTypeOf('QUOTE');
    for (const q of article.quotes) {
      let at = q.start;
      for (const m of mentions) {
        if (m.end <= at || m.start >= q.end) continue;
        if (m.start > at) spans.push({ start: at, end: m.start, type: quoteType, modifiers: 0 });
        at = Math.max(at, m.end);
      }
      if (at < q.end) spans.push({ start: at, end: q.end, type: quoteType, modifiers: 0 });
    }
    return spans.sort((a, b) => a.start - b.start);
  }

  #build(uri: string, builder: SemanticTokensBuilder, range?: Range): void {
    const article = this.#corpus.linked.articles.get(uri);
    if (!article) return;
    const text = article.text; // (read once: a closed article's is read back from disk)
    const from = range ? article.lines.offsetAt(range.start.line, range.start.character) : 0;
    const to = range ? article.lines.offsetAt(range.end.line, range.end.character) : text.length;
    for (const s of this.spans(uri)) {
      if (s.end <= from || s.start >= to) continue;
      for (const [line, character, length] of lineSegments(text, article.lines, s.start, s.end)) builder.push(line, character, length, s.type, s.modifiers);
    }
  }

  provideFull(uri: string): SemanticTokens {
    const builder = new SemanticTokensBuilder();
    this.#builders.set(uri, builder);
    this.#build(uri, builder);
    return builder.build();
  }

  provideDelta(uri: string, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const builder = this.#builders.get(uri) ?? new SemanticTokensBuilder();
    this.#builders.set(uri, builder);
    builder.previousResult(previousResultId);
    this.#build(uri, builder);
    return builder.canBuildEdits() ? builder.buildEdits() : builder.build();
  }

  provideRange(uri: string, range: Range): SemanticTokens {
    const builder = new SemanticTokensBuilder();
    this.#build(uri, builder, range);
    return builder.build();
  }

  forget(uri: string): void { this.#builders.delete(uri); }
}

export function* lineSegments(text: string, lines: LineIndex, start: number, end: number): Generator<[number, number, number]> {
  const from = lines.positionAt(start);
  const to = lines.positionAt(end);
  for (let line = from.line; line <= to.line; line++) {
    const lineStart = lines.lineStarts[line];
    const a = line === from.line ? start : lineStart;
    let b = line === to.line ? end : (lines.lineStarts[line + 1] ?? text.length);
    while (b > a && (text[b - 1] === '\n' || text[b - 1] === '\r')) b--;
    if (b > a) yield [line, a - lineStart, b - a];
  }
}
