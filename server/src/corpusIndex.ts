import {
  analyzeArticle, linkArticles, lineIndex, LineIndex, ArticleAnalysis, CorpusAnnotation, AnnotatedArticle, EntityRecord,
  Mention, Quote, AliasRules, NO_ALIAS_RULES, CorrectionSet, NO_CORRECTIONS,
} from './analysis';

export interface Article {
  readonly uri: string;
  /** Path relative to its workspace folder, used by corrections. */
  readonly file: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly analysis: ArticleAnalysis;
}

export interface Located<T> { uri: string; item: T }

/** The corpus after linking, with the lookups the features need. */
export interface LinkedCorpus {
  readonly annotation: CorpusAnnotation;
  readonly articles: ReadonlyMap<string, AnnotatedArticle & { uri: string; lines: LineIndex; text: string }>;
  readonly entities: ReadonlyMap<string, EntityRecord>;
  /** Every mention of an entity, in corpus order (file, then offset). */
  readonly mentionsOf: ReadonlyMap<string, Located<Mention>[]>;
  readonly quotesBy: ReadonlyMap<string, Located<Quote>[]>;
}

/**
 * The one place where state lives: the text and per-article analysis of every corpus file,
 * and the cross-article linking, recomputed lazily after a change. Analyses are kept per
 * article so that an edit re-analyses one article and relinks (cheap), never the corpus.
 */
export class CorpusIndex {
  #articles = new Map<string, Article>();
  #linked: LinkedCorpus | undefined;
  #rules: AliasRules = NO_ALIAS_RULES;
  #corrections: CorrectionSet = NO_CORRECTIONS;

  #changed(): void {
    this.#linked = undefined;
  }

  set(uri: string, file: string, text: string): void {
    const old = this.#articles.get(uri);
    if (old && old.text === text) return;
    this.#articles.set(uri, { uri, file, text, lines: lineIndex(text), analysis: analyzeArticle(text) });
    this.#changed();
  }

  delete(uri: string): void {
    if (this.#articles.delete(uri)) this.#changed();
  }

  has(uri: string): boolean { return this.#articles.has(uri); }
  get uris(): string[] { return [...this.#articles.keys()].sort(); }
  article(uri: string): Article | undefined { return this.#articles.get(uri); }

  setRules(rules: AliasRules, corrections: CorrectionSet): void {
    this.#rules = rules;
    this.#corrections = corrections;
    this.#changed();
  }
  get corrections(): CorrectionSet { return this.#corrections; }

  get linked(): LinkedCorpus {
    if (this.#linked) return this.#linked;
    const uris = this.uris;
    const arts = uris.map(u => this.#articles.get(u)!);
    const annotation = linkArticles(arts.map(a => a.file), arts.map(a => a.analysis), this.#rules, this.#corrections);
    const articles = new Map(annotation.articles.map((a, k) => [uris[k], { ...a, uri: uris[k], lines: arts[k].lines, text: arts[k].text }]));
    const entities = new Map(annotation.entities.map(e => [e.id, e]));
    const mentionsOf = new Map<string, Located<Mention>[]>();
    const quotesBy = new Map<string, Located<Quote>[]>();
    annotation.articles.forEach((a, k) => {
      for (const m of a.mentions) if (m.entity) {
        if (!mentionsOf.has(m.entity)) mentionsOf.set(m.entity, []);
        mentionsOf.get(m.entity)!.push({ uri: uris[k], item: m });
      }
      for (const q of a.quotes) if (q.speaker) {
        if (!quotesBy.has(q.speaker)) quotesBy.set(q.speaker, []);
        quotesBy.get(q.speaker)!.push({ uri: uris[k], item: q });
      }
    });
    this.#linked = { annotation, articles, entities, mentionsOf, quotesBy };
    return this.#linked;
  }

  /** The mention (of any type) under an offset, preferring named entities. */
  mentionAt(uri: string, offset: number): Mention | undefined {
    const a = this.linked.articles.get(uri);
    if (!a) return undefined;
    const hits = a.mentions.filter(m => m.start <= offset && offset < m.end);
    return hits.find(m => m.entity) ?? hits[0];
  }

  quoteAt(uri: string, offset: number): Quote | undefined {
    return this.linked.articles.get(uri)?.quotes.find(q => q.start <= offset && offset < q.end);
  }
}
