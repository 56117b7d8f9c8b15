import { LinkWorker, LinkForm, holdIds } from './linker';
import { ArticleText, type ClosedTexts } from './articleText';
import { detached } from './analysis/detached';
import { slug } from './analysis/link';
// Only what the LSP thread needs of the analysis at once, module by module: the analyser (with the
// gazetteer's tables, some 18 MB of heap) and the in-thread linker load when first used (lazyAnalysis).
import type { LinkDelta, CorpusLinker } from './analysis/incremental';
import { applyCorrections, NO_CORRECTIONS, type CorrectionSet } from './analysis/corrections';
import { lineIndex, type LineIndex } from './analysis/lines';
import { NO_ALIAS_RULES, type AliasRules, type EntityRecord } from './analysis/link';
import type { ArticleAnalysis, Mention, MentionType, Quote } from './analysis/types';
import type { CorpusAnnotation, AnnotatedArticle } from './analysis/corpus';
import type { NamedMention } from './analysis/entities';
import type * as ArticleModule from './analysis/article';
import type * as Incremental from './analysis/incremental';

/** The analyser, loaded at its first use in this thread (as a rule never: the analysis workers analyse). */
let articleModule: typeof ArticleModule | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const analyzeArticle: typeof ArticleModule.analyzeArticle = text => (articleModule ??= require('./analysis/article') as typeof ArticleModule).analyzeArticle(text);
/** The linker, loaded when this thread links (without a link worker: the tests). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const newCorpusLinker = (rules: AliasRules, corrections: CorrectionSet): CorpusLinker => new (require('./analysis/incremental') as typeof Incremental).CorpusLinker(rules, corrections);

/** The order of String.prototype.localeCompare, as linkCorrected sorts the entity list. */
const byText = new Intl.Collator().compare;

/** Whether two entity records say the same: id, type, name, counts and every alias with its count. */
function sameRecord(a: EntityRecord, b: EntityRecord): boolean {
  return a.id === b.id && a.type === b.type && a.name === b.name && a.mentions === b.mentions && a.articles === b.articles
    && a.aliases.length === b.aliases.length && a.aliases.every((x, k) => x.text === b.aliases[k].text && x.count === b.aliases[k].count);
}

/** After a kept link is adopted, how long the link worker's rebuild waits, so that the first answers go out first (ms). */
const REBUILD_DELAY_MS = 250;
/**
 * How many articles each message of that rebuild (and of a whole corpus's link) carries. Making a
 * part's message holds this thread, and a request that comes meanwhile waits for it: parts of
 * 1,000 took 14-40 ms each at 10,000 articles, and the bench's Ctrl+T queries, which fall in the
 * relearn after a warm start, had a p95 of 26-40 ms while answering took at most 9 ms. Parts of
 * 100 took at most about 4 ms (the same queries' p95 was 7.3-7.9 ms), and less since their
 * mentions go as columns of numbers (linker.ts, PackedForms).
 */
export const REBUILD_CHUNK = 100;

/** With a link worker, how many newly analysed articles start a link by themselves (while a corpus loads): linking then overlaps loading. */
const LINK_BATCH = 500;

export interface Article {
  readonly uri: string;
  /** Path relative to its workspace folder, used by corrections. */
  readonly file: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly analysis: ArticleAnalysis;
}

export interface Located<T> { uri: string; item: T }

export type LinkedArticle = AnnotatedArticle & { uri: string; lines: LineIndex; text: string };

/** What the features read of a per-entity list: the lists are built on demand, in corpus order. */
export interface Postings<T> {
  get(id: string): Located<T>[] | undefined;
  has(id: string): boolean;
  /** The first item in corpus order, without building the whole list. */
  first(id: string): Located<T> | undefined;
  /** How many articles hold the entity. */
  articleCount(id: string): number;
  /** How many items the entity has, without building its list. */
  count(id: string): number;
  /** The first `n` articles in corpus order (other than `skip`) and their items, without sorting every article that holds the entity. */
  firstArticles(id: string, n: number, skip?: string): [string, T[]][];
}

/** The corpus after linking, with the lookups the features need. */
export interface LinkedCorpus {
  readonly annotation: CorpusAnnotation;
  readonly articles: ReadonlyMap<string, LinkedArticle>;
  readonly entities: ReadonlyMap<string, EntityRecord>;
  /** Every mention of an entity, in corpus order (file, then offset). */
  readonly mentionsOf: Postings<Mention>;
  readonly quotesBy: Postings<Quote>;
}

/**
 * Per entity, the articles that name it and how many items each holds of it; the items themselves
 * are read off the article when asked (`itemsOf`: its mentions or quotes with that entity, in
 * order). The flat list in corpus order (sorted URI, then offset) is built when first asked and
 * kept until one of those articles changes. (Each article's items of each entity were kept as a
 * list: 150,000 small arrays at 10,000 articles, about 10 MB of the LSP thread's heap, to save a
 * scan of some 40 mentions when a list is asked for.)
 */
class PostingTable<T> implements Postings<T> {
  #byEntity = new Map<string, Map<string, number>>();
  #flat = new Map<string, Located<T>[]>();
  /** Each entity's first item, once asked: Ctrl+T asks it of every entity it lists. */
  #first = new Map<string, Located<T>>();

  constructor(readonly itemsOf: (uri: string, id: string) => T[]) {}

  add(id: string, uri: string, count: number): void {
    let m = this.#byEntity.get(id);
    if (!m) this.#byEntity.set(id, (m = new Map()));
    m.set(uri, count);
    this.#flat.delete(id);
    const f = this.#first.get(id);
    if (f && uri <= f.uri) this.#first.delete(id);
  }
  remove(id: string, uri: string): void {
    const m = this.#byEntity.get(id);
    if (!m?.delete(uri)) return;
    if (m.size === 0) this.#byEntity.delete(id);
    this.#flat.delete(id);
    if (this.#first.get(id)?.uri === uri) this.#first.delete(id);
  }
  has(id: string): boolean { return this.#byEntity.has(id); }
  articleCount(id: string): number { return this.#byEntity.get(id)?.size ?? 0; }
  count(id: string): number {
    const flat = this.#flat.get(id);
    if (flat) return flat.length;
    let n = 0;
    for (const k of this.#byEntity.get(id)?.values() ?? []) n += k;
    return n;
  }
  firstArticles(id: string, n: number, skip?: string): [string, T[]][] {
    const m = this.#byEntity.get(id);
    if (!m || n <= 0) return [];
    // one pass keeping the n smallest URIs in order (n is small: a hover's list of other articles)
    const best: string[] = [];
    for (const uri of m.keys()) {
      if (uri === skip || (best.length === n && uri >= best[n - 1])) continue;
      let k = best.length;
      while (k > 0 && best[k - 1] > uri) k--;
      best.splice(k, 0, uri);
      if (best.length > n) best.pop();
    }
    return best.map(uri => [uri, this.itemsOf(uri, id)]);
  }
  first(id: string): Located<T> | undefined {
    const flat = this.#flat.get(id);
    if (flat) return flat[0];
    const cached = this.#first.get(id);
    if (cached) return cached;
    const m = this.#byEntity.get(id);
    if (!m) return undefined;
    // the smallest URI: a scan of every article that names the entity (8,000 for a country at 10,000 articles), so kept
    let min: string | undefined;
    for (const uri of m.keys()) if (min === undefined || uri < min) min = uri;
    const first = { uri: min!, item: this.itemsOf(min!, id)[0] };
    this.#first.set(id, first);
    return first;
  }
  get(id: string): Located<T>[] | undefined {
    const cached = this.#flat.get(id);
    if (cached) return cached;
    const m = this.#byEntity.get(id);
    if (!m) return undefined;
    const flat: Located<T>[] = [];
    for (const uri of [...m.keys()].sort()) for (const item of this.itemsOf(uri, id)) flat.push({ uri, item });
    this.#flat.set(id, flat);
    return flat;
  }
}

/** How many distinct strings the index keeps one copy of before it starts a new table (a bound for long sessions). */
const INTERN_LIMIT = 500_000;

/**
 * The article's output, as annotateArticle gives it, but made of the analysis's own objects: each
 * mention's `entity` and each quote's `speaker` are filled in where they are instead of copied. At
 * 10,000 articles the copies were 400,000 mentions (some 30 MB) held twice. Safe because every
 * analysis in the index is its own (CorpusIndex.#own copies what it is given) and an article's
 * postings are dropped (reading the old ids) before it is filled in again.
 */
function annotateInPlace(file: string, a: ArticleAnalysis, ids: readonly string[]): AnnotatedArticle {
  // Both lists are sorted by start: walk them together, as annotateArticle does.
  let j = 0;
  for (const m of a.mentions as Mention[]) {
    while (j < a.named.length && a.named[j].start < m.start) j++;
    const n = a.named[j];
    m.entity = n && n.start === m.start && n.end === m.end && n.type === m.type ? ids[j] : null;
  }
  (a.quotes as Quote[]).forEach((q, i) => { const s = a.quoteSpeakers[i]; q.speaker = s === null ? null : ids[s]; });
  return { file, publicationDate: a.publicationDate, mentions: a.mentions as Mention[], quotes: a.quotes as Quote[] };
}

// The three below are made outside the methods that call them: a closure keeps every variable of
// its function that any closure there uses, and there one of them is the analysis as it arrived,
// with the whole text (cut from it, or held by it).
/** An analysis whose text is its source's, in memory or read back (see articleText.ts). */
function analysisOf(source: ArticleText, publicationDate: string | null, mentions: Mention[], named: NamedMention[], quotes: Quote[], quoteSpeakers: readonly (number | null)[]): ArticleAnalysis {
  return { get text() { return source.value; }, publicationDate, mentions, named, quotes, quoteSpeakers };
}
/** An article of the linked view, its text its source's. */
function linkedArticle(a: AnnotatedArticle, uri: string, lines: LineIndex, source: ArticleText): LinkedArticle {
  return { ...a, uri, lines, get text() { return source.value; } };
}
/** How an article's text is read back from disk. */
function rereader(closed: ClosedTexts, uri: string): () => string | null {
  return () => closed.read(uri);
}

/** How many enumerable properties an object has (no array made). */
function fieldCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/**
 * A mention copied as an object literal of its fields, when it has the fields an analysis gives
 * (type, text, start, end, entity, value; a named mention also key, role and certain); else
 * undefined. A copy made with a spread, or an object read from a worker's message, keeps four
 * fields in the object and the rest in a separate array with room for three more (80 bytes more a
 * mention: 23 MB of the LSP thread's heap at 10,000 articles); a literal keeps all of them in the object.
 */
function literalCopy(m: Mention, type: MentionType, text: string, value: string | null): (Mention & { key?: string }) | undefined {
  const n = m as Partial<NamedMention> & { certain?: boolean };
  const count = fieldCount(m);
  if (!('key' in n)) {
    if (count !== 6 || !('entity' in m)) return undefined;
    return { type, text, start: m.start, end: m.end, entity: m.entity, value };
  }
  const role = 'role' in n, certain = 'certain' in n;
  if (!('entity' in m) || count !== 7 + (role ? 1 : 0) + (certain ? 1 : 0)) return undefined;
  if (role && certain) return { type, text, start: m.start, end: m.end, entity: m.entity, value, key: n.key, role: n.role, certain: n.certain } as Mention;
  if (role) return { type, text, start: m.start, end: m.end, entity: m.entity, value, key: n.key, role: n.role } as Mention;
  if (certain) return { type, text, start: m.start, end: m.end, entity: m.entity, value, key: n.key, certain: n.certain } as Mention;
  return { type, text, start: m.start, end: m.end, entity: m.entity, value, key: n.key } as Mention;
}

/** What annotateArticle would have given: the view's mentions also carry the analysis's own fields (linking keys, roles). */
function annotated({ file, publicationDate, mentions, quotes }: AnnotatedArticle): AnnotatedArticle {
  return {
    file, publicationDate,
    mentions: mentions.map(m => ({ type: m.type, text: m.text, start: m.start, end: m.end, entity: m.entity, value: m.value })),
    quotes: quotes.map(q => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker, speakerText: q.speakerText })),
  };
}

/** Whether two analyses link alike: the same of all that linkEntities reads (type, key, text, isolation of each named mention, in order). */
function sameLinking(a: ArticleAnalysis, b: ArticleAnalysis): boolean {
  if (a.named.length !== b.named.length) return false;
  return a.named.every((m, k) => {
    const n = b.named[k];
    return m.type === n.type && m.key === n.key && m.text === n.text && !(m as { isolated?: boolean }).isolated === !(n as { isolated?: boolean }).isolated;
  });
}

class Entry implements Article {
  constructor(
    readonly uri: string,
    readonly file: string,
    /** Its text: in memory, or on disk for a closed article (see articleText.ts). */
    readonly source: ArticleText,
    readonly lines: LineIndex,
    readonly analysis: ArticleAnalysis,
    /** The analysis with the span corrections applied. */
    readonly corrected: ArticleAnalysis,
  ) {}
  get text(): string { return this.source.value; }
}

export interface CorpusIndexOptions {
  /** How long an edited article waits for the next keystroke before it is re-analysed (ms). */
  debounceMs?: number;
  /** Called after a background re-analysis changed what the index answers. */
  onUpdate?: () => void;
  /** Analyses one article (analyzeArticle, or a cache in front of it). */
  analyse?: (text: string) => ArticleAnalysis;
  /** Analyses one article elsewhere (a worker pool): edits and loads then never block the caller. */
  analyseAsync?: (text: string) => Promise<ArticleAnalysis>;
  /** Told when an off-thread analysis fails. */
  onError?: (uri: string, e: Error) => void;
  /** Links in a worker thread: the view keeps answering (with the last link) while the corpus is relinked. */
  linker?: LinkWorker;
  /**
   * Told when the link worker has relearned a corpus whose kept link was adopted, with how long it
   * took (ms): until then an edit that changes names is linked provisionally (a log line for the user and the bench).
   */
  onRelearned?: (ms: number) => void;
  /**
   * How to read a closed article's text back from disk: with it, the index keeps in memory only
   * the texts of open articles (see articleText.ts). Without it, every text stays in memory.
   */
  closedTexts?: ClosedTexts;
}

/**
 * The one place where state lives: the text and per-article analysis of every corpus file, and
 * the cross-article linking, kept up to date incrementally.
 *
 * An edit (`set`) only records the text: the article is re-analysed once typing pauses
 * (`debounceMs`; a newer text replaces the pending one, so stale work is never done) or when a
 * request needs it (`flush`). Until then answers come from the last analysis. Once analysed:
 * - when the article's named mentions link exactly as before (same types, keys and spellings,
 *   in the same order: most keystrokes), linkEntities would return the same ids and entities, so
 *   only that article's mentions are rebuilt (no relink at all);
 * - otherwise the article is relinked incrementally (CorpusLinker, in the link worker or in this
 *   thread): only the buckets of names its old and new mentions touch are re-decided, and only
 *   the articles whose entity ids changed, and the postings of the entities they name, are rebuilt.
 * The result equals a from-scratch linkArticles (test/unit/incremental.test.ts checks it on
 * random edit sequences).
 */
export class CorpusIndex {
  #entries = new Map<string, Entry>();
  #pending = new Map<string, { file: string; text: string; hash?: string }>();
  /** Analyses running off-thread, by article; a newer edit replaces the entry and the older result is dropped. */
  #running = new Map<string, Promise<void>>();
  #analyseAsync: ((text: string) => Promise<ArticleAnalysis>) | undefined;
  #onError: (uri: string, e: Error) => void;
  #linker: LinkWorker | undefined;
  /** The off-thread link running now, and the articles it was sent. */
  #inFlight: Promise<void> | undefined;
  #sending = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #rules: AliasRules = NO_ALIAS_RULES;
  #corrections: CorrectionSet = NO_CORRECTIONS;
  #debounceMs: number;
  #onUpdate: () => void;
  #onRelearned: (ms: number) => void;
  #analyseText: (text: string) => ArticleAnalysis;
  #closedTexts: ClosedTexts | undefined;

  // the linked view, patched in place
  #ids = new Map<string, string[]>();
  #articles = new Map<string, LinkedArticle>();
  #entities = new Map<string, EntityRecord>();
  /** Where the corpus first names each entity: it breaks ties in the entity list, as a full link orders them. */
  #order = new Map<string, [string, number]>();
  /** The entity list, sorted when first asked after a link changed it. */
  #entityList: EntityRecord[] | undefined;
  /** What link answers changed since #entityList was sorted (see #noteUnsorted). */
  #unsorted: { gone: Set<string>; added: Map<string, EntityRecord> } | undefined;
  /** Without a link worker: the incremental link, in this thread. */
  #inThread: CorpusLinker | undefined;
  #mentions = new PostingTable<Mention>((uri, id) => this.#articles.get(uri)!.mentions.filter(m => m.entity === id));
  #quotes = new PostingTable<Quote>((uri, id) => this.#articles.get(uri)!.quotes.filter(q => q.speaker === id));
  /** Articles whose analysis changed in a way that needs a relink; `all` after rules change. */
  #stale = new Set<string>();
  #relinkAll = false;
  /** Articles to rebuild with their current ids (analysis changed, linking did not). */
  #patch = new Set<string>();
  #view: LinkedCorpus;
  /** How many full relinks were run (for tests and the bench). */
  relinks = 0;
  /**
   * While true (with a link worker), a corpus being loaded is not linked, in batches or when the
   * view is read: it is linked once loaded, or its kept link adopted (adoptLink).
   */
  holdLinks = false;
  /** Since a kept link was adopted: articles analysed again or deleted, whose ids the worker's rebuild does not know. */
  #sinceAdopt: Set<string> | undefined;
  /** Counts the resets sent to the link worker: only the latest one's answer is applied. */
  #resets = 0;
  /** After adoptLink, until all of it is sent: sends the rest of the worker's rebuild at once. */
  #sendRebuild: (() => void) | undefined;
  /** After adoptLink, until the worker's rebuild is applied (or given up): resolves then. */
  #relearning: { done: Promise<void>; end: () => void } | undefined;
  /**
   * While the worker relearns the corpus: the articles linked in this thread meanwhile (see
   * #linkProvisionally), with the analysis they were linked from and the provisional entities they use.
   */
  #provisional = new Map<string, { entry: Entry | undefined; uses: string[] }>();
  /** The provisional entities: their records, and the articles that use them. */
  #provisionalEntities = new Map<string, { record: EntityRecord; users: Set<string> }>();
  /** While provisional links are made: per type, each spelling of an entity and the entity's id (the most mentioned one's). */
  #spellings: Map<string, Map<string, string>> | undefined;

  constructor(options: CorpusIndexOptions = {}) {
    this.#debounceMs = options.debounceMs ?? 0;
    this.#onUpdate = options.onUpdate ?? (() => undefined);
    this.#analyseText = options.analyse ?? analyzeArticle;
    this.#analyseAsync = options.analyseAsync;
    this.#onError = options.onError ?? (() => undefined);
    this.#onRelearned = options.onRelearned ?? (() => undefined);
    this.#linker = options.linker;
    this.#closedTexts = options.closedTexts;
    if (this.#linker) this.#relinkAll = true; // the worker starts empty
    const self = this;
    this.#view = {
      annotation: {
        get articles() { return self.uris.map(u => annotated(self.#articles.get(u)!)); },
        get entities() { return self.#sortedEntities(); },
      },
      articles: this.#articles, entities: this.#entities, mentionsOf: this.#mentions, quotesBy: this.#quotes,
    };
  }

  /** Records an article's text; with a debounce it is analysed later (see the class comment). */
  set(uri: string, file: string, text: string): void {
    const old = this.#entries.get(uri);
    if (old && this.#same(old, file, text) && !this.#running.has(uri)) { this.#pending.delete(uri); return; }
    this.#pending.set(uri, { file, text });
    if (this.#debounceMs <= 0) { this.#start(uri); return; }
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (!this.#pending.size) return;
      const sync = !this.#analyseAsync;
      void this.flushAll();
      if (sync) this.#onUpdate(); // async analyses call it as each lands
    }, this.#debounceMs);
    this.#timer.unref?.();
  }

  /**
   * Whether an article's file and text are those already analysed. Its text stays in memory from
   * then on if the article is open (it was just opened), and goes back to disk if it is not (it was just closed).
   */
  #same(old: Entry, file: string, text: string): boolean {
    if (old.file !== file || !old.source.is(text)) return false;
    if (!this.#closedTexts || this.#closedTexts.isOpen(old.uri)) old.source.hold(text); else old.source.release();
    return true;
  }

  /** Analyses an article now, in this thread (tests, and the CLI-like callers). */
  setNow(uri: string, file: string, text: string): void {
    this.#pending.delete(uri);
    this.#running.delete(uri);
    const old = this.#entries.get(uri);
    if (old && this.#same(old, file, text)) return;
    this.#analyse(uri, file, text, this.#analyseText(text));
  }

  /**
   * Starts analysing an article at once (no debounce); resolves when its analysis is in the index.
   * `hash`: the text's SHA-256 (hex), when the caller has it (the server's load, for the cache):
   * a closed article's text is then known by it and not fingerprinted again (see articleText.ts).
   */
  load(uri: string, file: string, text: string, hash?: string): Promise<void> {
    const old = this.#entries.get(uri);
    if (old && this.#same(old, file, text) && !this.#running.has(uri)) { this.#pending.delete(uri); return Promise.resolve(); }
    this.#pending.set(uri, { file, text, hash });
    return this.flush(uri);
  }

  delete(uri: string): void {
    this.#pending.delete(uri);
    this.#running.delete(uri);
    if (this.#entries.delete(uri)) this.#stale.add(uri);
    this.#sinceAdopt?.add(uri);
  }

  /** Starts the pending analysis of an article; resolves once the article's latest text is analysed. */
  flush(uri: string): Promise<void> {
    if (this.#pending.has(uri)) this.#start(uri);
    return this.#running.get(uri) ?? Promise.resolve();
  }

  /** flush() for every article with a pending edit. */
  flushAll(): Promise<void> {
    for (const uri of [...this.#pending.keys()]) this.#start(uri);
    return this.#running.size ? Promise.all([...this.#running.values()]).then(() => undefined) : Promise.resolve();
  }

  /** Edits not analysed yet: waiting for a pause, or being analysed. */
  get pending(): number { return this.#pending.size + this.#running.size; }

  #start(uri: string): void {
    const p = this.#pending.get(uri);
    if (!p) return;
    this.#pending.delete(uri);
    if (!this.#analyseAsync) { this.#analyse(uri, p.file, p.text, this.#analyseText(p.text), p.hash); return; }
    const job: Promise<void> = this.#analyseAsync(p.text).then(
      analysis => {
        // a newer edit (or a delete) since this one started: its result is stale, drop it
        if (this.#running.get(uri) !== job) return;
        this.#running.delete(uri);
        if (this.#pending.has(uri)) return;
        this.#analyse(uri, p.file, p.text, analysis, p.hash);
        this.#onUpdate();
      },
      (e: Error) => { if (this.#running.get(uri) === job) this.#running.delete(uri); this.#onError(uri, e); },
    );
    this.#running.set(uri, job);
  }

  /** One copy of each mention text, linking key, value and entity id: the analyses arrive from workers and the cache with a copy each. */
  #strings = new Map<string, string>();
  #intern(s: string): string {
    const had = this.#strings.get(s);
    if (had !== undefined) return had;
    if (this.#strings.size >= INTERN_LIMIT) this.#strings = new Map();
    // (a piece cut from an article's text would keep the whole text in memory: see detached)
    const own = detached(s);
    this.#strings.set(own, own);
    return own;
  }

  /**
   * The analysis as the index keeps it: its own mention and quote objects (the view fills in their
   * entity ids, see annotateInPlace), each named mention one object in both `mentions` and `named`
   * (an analysis read back from JSON has two), and its strings shared with the rest of the corpus.
   */
  #own(a: ArticleAnalysis, source: ArticleText): ArticleAnalysis {
    const copy = <M extends Mention>(m: M): M => {
      const text = this.#intern(m.text), type = this.#intern(m.type) as MentionType;
      const value = m.value === null ? null : this.#intern(m.value);
      const c = literalCopy(m, type, text, value) ?? ({ ...m, type, text, value } as M & { key?: string });
      if (typeof c.key === 'string') c.key = c.key === c.text ? c.text : this.#intern(c.key);
      return c as M;
    };
    const named: NamedMention[] = new Array(a.named.length);
    let j = 0;
    const mentions = a.mentions.map(m => {
      while (j < a.named.length && a.named[j].start < m.start) j++;
      const n = a.named[j];
      if (n && n.start === m.start && n.end === m.end && n.type === m.type && !named[j]) return (named[j] = copy(n));
      return copy(m);
    });
    for (let k = 0; k < named.length; k++) named[k] ??= copy(a.named[k]);
    const quotes = a.quotes.map(q => {
      const speakerText = q.speakerText === null ? null : this.#intern(q.speakerText);
      // a literal of the five fields keeps them all in the object (see literalCopy)
      const text = detached(q.text); // (cut from the article's text by the cache's reader)
      return fieldCount(q) === 5 && 'speaker' in q
        ? { text, start: q.start, end: q.end, speaker: q.speaker, speakerText }
        : { ...q, text, speakerText };
    });
    return analysisOf(source, a.publicationDate, mentions, named, quotes, a.quoteSpeakers);
  }

  #analyse(uri: string, file: string, text: string, raw: ArticleAnalysis, hash?: string): void {
    const closed = this.#closedTexts;
    const source = new ArticleText(text, closed ? rereader(closed, uri) : undefined, hash);
    if (closed && !closed.isOpen(uri)) source.release();
    const analysis = this.#own(raw, source);
    // (an article with corrections of its own keeps its text: applyCorrections reads it, and copies it)
    const corrected = applyCorrections(analysis, file, this.#corrections);
    const entry = new Entry(uri, file, source, lineIndex(text), analysis, corrected);
    const old = this.#entries.get(uri);
    this.#entries.set(uri, entry);
    this.#sinceAdopt?.add(uri);
    if (old && this.#ids.has(uri) && sameLinking(old.corrected, corrected) && !this.#stale.has(uri) && !this.#sending.has(uri)) this.#patch.add(uri);
    else this.#stale.add(uri);
    // a corpus being loaded is linked in batches as it is analysed, in the worker's thread meanwhile
    if (this.#linker && !this.#inFlight && !this.holdLinks && this.#stale.size >= LINK_BATCH) this.#startLink();
  }

  has(uri: string): boolean { return this.#entries.has(uri) || this.#pending.has(uri) || this.#running.has(uri); }
  get uris(): string[] { return [...this.#entries.keys()].sort(); }
  article(uri: string): Article | undefined { return this.#entries.get(uri); }

  setRules(rules: AliasRules, corrections: CorrectionSet): void {
    this.#rules = rules;
    this.#corrections = corrections;
    for (const [uri, e] of this.#entries) {
      const corrected = applyCorrections(e.analysis, e.file, corrections);
      this.#entries.set(uri, new Entry(uri, e.file, e.source, e.lines, e.analysis, corrected));
    }
    this.#relinkAll = true;
  }
  get corrections(): CorrectionSet { return this.#corrections; }

  /** The linked view of every analysed article (pending edits are not in it until flushed). */
  get linked(): LinkedCorpus {
    if ((this.#stale.size || this.#relinkAll) && !(this.#linker && this.holdLinks)) {
      if (this.#linker) {
        // while the worker relearns the corpus, what changed is linked here meanwhile; else answers come from the last link
        if (this.#relearning && !this.#relinkAll) for (const uri of this.#stale) this.#linkProvisionally(uri);
        this.#startLink();
      } else this.#relink();
    }
    for (const uri of this.#patch) this.#rebuild(uri, this.#ids.get(uri)!);
    this.#patch.clear();
    return this.#view;
  }

  /**
   * Links the articles analysed since the last link, in this thread: the incremental linker
   * re-decides only what they touch (everything after the rules change).
   */
  #relink(): void {
    this.relinks++;
    const reset = this.#relinkAll || !this.#inThread;
    if (reset) this.#inThread = newCorpusLinker(this.#rules, this.#corrections);
    const uris = reset ? [...this.#entries.keys()] : [...this.#stale];
    const delta = this.#inThread!.update(uris.map(uri => [uri, this.#entries.get(uri)?.corrected.named ?? null] as const));
    this.#stale.clear();
    this.#relinkAll = false;
    this.#apply(delta, reset, () => true);
  }

  /** Applies a link's answer to the view: the entity records it changed, and the articles whose ids changed (those `accept` lets through). */
  #apply(delta: LinkDelta, reset: boolean, accept: (uri: string) => boolean): void {
    for (const uri of [...this.#articles.keys()]) if (!this.#entries.has(uri)) this.#drop(uri);
    if (reset || delta.reset) { this.#entities.clear(); this.#order.clear(); }
    for (const id of delta.removed) { this.#entities.delete(id); this.#order.delete(id); }
    const order = new Map(delta.order.map(([id, u, i]) => [id, [u, i] as [string, number]]));
    for (const e of delta.upserts) { this.#entities.set(e.id, e); this.#order.set(e.id, order.get(e.id) ?? ['', 0]); }
    if (reset || delta.reset) { this.#entityList = undefined; this.#unsorted = undefined; }
    else if (delta.removed.length || delta.upserts.length) this.#noteUnsorted(delta);
    for (const [uri, ids] of delta.changed) {
      if (!this.#entries.has(uri) || !accept(uri)) continue;
      this.#rebuild(uri, ids);
      this.#patch.delete(uri);
    }
  }

  /** The entity records, most mentioned first, then by name, then in the order the corpus first names them (as linkCorrected sorts). */
  #sortedEntities(): EntityRecord[] {
    const list = this.#entityList, pending = this.#unsorted;
    if (list && pending) {
      // the records a link answer removed or replaced leave; the new ones are merged in where they sort
      const kept = list.filter(e => !pending.gone.has(e.id));
      const added = [...pending.added.values()].sort(this.#byRank);
      const merged: EntityRecord[] = new Array(kept.length + added.length);
      let i = 0, j = 0, k = 0;
      while (i < kept.length && j < added.length) merged[k++] = this.#byRank(kept[i], added[j]) <= 0 ? kept[i++] : added[j++];
      while (i < kept.length) merged[k++] = kept[i++];
      while (j < added.length) merged[k++] = added[j++];
      this.#unsorted = undefined;
      return (this.#entityList = merged);
    }
    if (list) return list;
    return (this.#entityList = [...this.#entities.values()].sort(this.#byRank));
  }
  readonly #byRank = (x: EntityRecord, y: EntityRecord): number => {
    if (x.mentions !== y.mentions) return y.mentions - x.mentions;
    const t = byText(x.name, y.name);
    if (t) return t;
    const a = this.#order.get(x.id)!, b = this.#order.get(y.id)!;
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
  };

  /**
   * Notes what a link answer changed in the sorted list, for the next request that reads it: then
   * the records it removed or replaced leave in one pass and the new ones are merged in (sorting
   * every entity again after each edit cost the next Ctrl+T or explorer request tens of
   * milliseconds at 10,000 articles). Nothing is done here: answers arrive far more often than
   * the list is read. Past 10,000 changed records the list is sorted anew when next read.
   */
  #noteUnsorted(delta: LinkDelta): void {
    if (!this.#entityList) return;
    const pending = (this.#unsorted ??= { gone: new Set(), added: new Map() });
    for (const id of delta.removed) { pending.gone.add(id); pending.added.delete(id); }
    for (const e of delta.upserts) { pending.gone.add(e.id); pending.added.set(e.id, e); }
    if (pending.gone.size > 10_000) { this.#entityList = undefined; this.#unsorted = undefined; }
  }

  /**
   * Resolves once every analysed article is linked (with a link worker; at once without). While
   * the worker relearns a corpus whose kept link was adopted, the articles changed meanwhile are
   * linked provisionally (#linkProvisionally) and that counts: requests do not wait for the relearn.
   */
  async linkSettled(): Promise<void> {
    while (this.#linker && (this.#inFlight || this.#stale.size || this.#relinkAll)) {
      if (this.#relearning && !this.#relinkAll) { void this.linked; return; }
      if (!this.#inFlight) this.#startLink();
      await this.#inFlight;
    }
  }

  /** Resolves once the worker's link is the view: the relearn of an adopted kept link is in, and every edit linked by it (not provisionally). */
  async linkDone(): Promise<void> {
    for (;;) {
      if (this.#relearning) { void this.linked; await this.#relearning.done; continue; }
      if (!this.#linker || !(this.#inFlight || this.#stale.size || this.#relinkAll)) return;
      await this.linkSettled();
    }
  }

  /** Whether the worker is still relearning the corpus behind an adopted kept link. */
  get relearning(): boolean { return this.#relearning !== undefined; }

  #endRelearn(): void {
    const r = this.#relearning;
    this.#relearning = undefined;
    this.#spellings = undefined;
    r?.end();
  }

  /**
   * Links one article in this thread, against the view, while the worker relearns the corpus (an
   * edit's link would wait behind the whole relearn): each named mention takes the id its spelling
   * had in the article's last link, else the id of the most mentioned entity with that spelling,
   * else (a bare surname) that of a full name in the article ending with it, else a new
   * provisional entity's. Entity records are not recounted. The worker's answer for the article,
   * a real link, replaces all of it (#unprovision).
   */
  #linkProvisionally(uri: string): void {
    const e = this.#entries.get(uri);
    const had = this.#provisional.get(uri);
    if (had && had.entry === e) return;
    this.#unprovision(uri);
    const uses: string[] = [];
    this.#provisional.set(uri, { entry: e, uses });
    if (!e) { this.#drop(uri); return; }
    const spellings = (this.#spellings ??= this.#spellingIndex());
    const before = new Map<string, string>();
    for (const m of this.#articles.get(uri)?.mentions ?? []) if (m.entity && this.#entities.has(m.entity)) before.set(`${m.type}\u0000${m.text}`, m.entity);
    const named = e.corrected.named;
    const ids: string[] = new Array(named.length);
    const made = new Map<string, { type: string; name: string; forms: Map<string, number>; first: number }>();
    const fresh = (k: number, name: string): string => {
      const m = named[k];
      const base = `${m.type.toLowerCase()}:${slug(name)}`;
      let id = base;
      for (let n = 2; this.#entities.has(id) || made.has(id); n++) id = `${base}-${n}`;
      made.set(id, { type: m.type, name, forms: new Map(), first: k });
      return id;
    };
    const local = new Map<string, string>();
    /** The article's full names so far: surname, id. */
    const surnames: [string, string][] = [];
    // full names and other types first, then bare surnames (which may join a full name named later)
    for (const pass of [0, 1]) {
      named.forEach((m, k) => {
        const bare = m.type === 'PERSON' && !/\s/.test(m.text.trim());
        if ((pass === 1) !== bare) return;
        const key = `${m.type}\u0000${m.text}`;
        if ((m as { isolated?: boolean }).isolated) { ids[k] = fresh(k, m.text); return; }
        const name = m.type === 'PERSON' ? m.text.replace(/[’']s$/, '') : m.text;
        let id = local.get(key) ?? before.get(key) ?? spellings.get(m.type)?.get(m.text);
        if (id === undefined && bare) id = surnames.find(([surname]) => surname === name)?.[1];
        id ??= fresh(k, name);
        local.set(key, id);
        ids[k] = id;
        if (m.type === 'PERSON' && !bare) surnames.push([name.trim().split(/\s+/).pop()!, id]);
      });
    }
    named.forEach((m, k) => { const p = made.get(ids[k]); if (p) p.forms.set(m.text, (p.forms.get(m.text) ?? 0) + 1); });
    const added: EntityRecord[] = [];
    for (const [id, p] of made) {
      const aliases = [...p.forms].map(([text, count]) => ({ text, count })).sort((x, y) => y.count - x.count || byText(x.text, y.text));
      const record = { id, type: p.type, name: p.name, aliases, mentions: aliases.reduce((n, a) => n + a.count, 0), articles: 1 } as EntityRecord;
      this.#entities.set(id, record);
      this.#order.set(id, [uri, p.first]);
      this.#provisionalEntities.set(id, { record, users: new Set() });
      for (const a of aliases) { let m = spellings.get(p.type); if (!m) spellings.set(p.type, (m = new Map())); if (!m.has(a.text)) m.set(a.text, id); }
      added.push(record);
    }
    if (added.length) this.#noteUnsorted({ changed: [], upserts: added, removed: [], order: [] });
    for (const id of new Set(ids)) { const p = this.#provisionalEntities.get(id); if (p && this.#entities.get(id) === p.record) { p.users.add(uri); uses.push(id); } }
    this.#rebuild(uri, ids);
    this.#patch.delete(uri);
  }

  /** Takes an article's provisional link back: the provisional entities no other article uses leave. */
  #unprovision(uri: string): void {
    const had = this.#provisional.get(uri);
    if (!had) return;
    this.#provisional.delete(uri);
    const removed: string[] = [];
    for (const id of had.uses) {
      const p = this.#provisionalEntities.get(id);
      if (!p) continue;
      p.users.delete(uri);
      if (p.users.size) continue;
      this.#provisionalEntities.delete(id);
      if (this.#entities.get(id) !== p.record) continue; // a real entity took the id
      this.#entities.delete(id);
      this.#order.delete(id);
      removed.push(id);
      for (const a of p.record.aliases) if (this.#spellings?.get(p.record.type)?.get(a.text) === id) this.#spellings.get(p.record.type)!.delete(a.text);
    }
    if (removed.length) this.#noteUnsorted({ changed: [], upserts: [], removed, order: [] });
  }

  /** Per type, every spelling of an entity and the id of the most mentioned entity spelled so. */
  #spellingIndex(): Map<string, Map<string, string>> {
    const index = new Map<string, Map<string, string>>();
    for (const e of this.#entities.values()) {
      let m = index.get(e.type);
      if (!m) index.set(e.type, (m = new Map()));
      for (const a of e.aliases) {
        const had = m.get(a.text);
        if (had === undefined || this.#entities.get(had)!.mentions < e.mentions) m.set(a.text, e.id);
      }
    }
    return index;
  }

  /** Sends the worker the articles whose named mentions changed (all of them after a reset), then applies its answer. */
  #startLink(): void {
    if (this.#inFlight || !this.#linker) return;
    this.#sendRebuild?.(); // the worker learns the adopted corpus first
    this.relinks++;
    const reset = this.#relinkAll;
    if (reset) { this.#resets++; this.#sinceAdopt = undefined; this.#endRelearn(); }
    const uris = reset ? [...this.#entries.keys()] : [...this.#stale];
    this.#sending = new Set(uris);
    this.#stale.clear();
    this.#relinkAll = false;
    const linker = this.#linker, rules = reset ? { rules: this.#rules, corrections: this.#corrections } : {};
    // A whole corpus goes REBUILD_CHUNK articles a message, the worker keeping each part and
    // linking them all with the last (LinkRequest.more), each part sent once the last is taken:
    // the forms of 10,000 articles at once were some 20 MB of this thread's heap, made at its largest.
    const sent = async () => {
      for (let i = 0; i + REBUILD_CHUNK < uris.length; i += REBUILD_CHUNK) {
        await linker.link({ updates: this.#updates(uris.slice(i, i + REBUILD_CHUNK)), reset: reset && i === 0, more: true, ...(i === 0 ? rules : {}) });
      }
      const from = uris.length > REBUILD_CHUNK ? Math.floor((uris.length - 1) / REBUILD_CHUNK) * REBUILD_CHUNK : 0;
      return linker.link({ updates: this.#updates(from ? uris.slice(from) : uris), reset: reset && from === 0, ...(from === 0 ? rules : {}) });
    };
    this.#inFlight = sent().then(
      // an article analysed again since it was sent waits for the next link; the others' provisional links give way
      reply => {
        if (reset) { this.#provisional.clear(); this.#provisionalEntities.clear(); }
        else for (const uri of uris) if (!this.#stale.has(uri)) this.#unprovision(uri);
        this.#apply(reply.delta!, reset, uri => !this.#stale.has(uri));
      },
      // the worker's state is unknown now: the next link starts it over
      (e: Error) => { this.#relinkAll = true; this.#onError('(linking)', e); },
    ).finally(() => {
      this.#inFlight = undefined;
      this.#sending = new Set();
      if (this.#stale.size >= LINK_BATCH && !this.holdLinks) this.#startLink();
      this.#onUpdate();
    });
  }

  /** What the link worker is sent of these articles (null: gone). */
  #updates(uris: string[]): [string, readonly LinkForm[] | null][] {
    // (the mentions themselves: the message takes only a LinkForm's fields of each, see packForms)
    return uris.map(uri => { const e = this.#entries.get(uri); return [uri, e ? e.corrected.named : null]; });
  }

  /**
   * The linked view as one reset delta (every article's ids, every entity and where the corpus
   * first names it), for a cache to keep and a later start of the same corpus to adopt.
   */
  linkSnapshot(): LinkDelta {
    void this.linked; // the patches waiting for a request
    return {
      changed: [...this.#ids].filter(([uri]) => this.#entries.has(uri)),
      upserts: [...this.#entities.values()],
      removed: [],
      order: [...this.#order].map(([id, [uri, k]]) => [id, uri, k]),
      reset: true,
    };
  }

  /**
   * Takes a link kept from an earlier start (linkSnapshot) as the view at once, instead of
   * linking the whole corpus first: the caller vouches that it was made from the same articles,
   * texts, analyser, rules and corrections, and it is refused (false) unless every article is
   * analysed and in it with one id per named mention. The link worker still has to learn the
   * corpus: it is sent every article in the background (requests do not wait for it), and its
   * answer, a link from scratch, replaces the view when it comes, but for the articles analysed
   * again meanwhile, which the next link brings.
   */
  adoptLink(delta: LinkDelta): boolean {
    this.holdLinks = false;
    if (!this.#linker || this.#pending.size || this.#running.size || this.#inFlight || !delta.reset) return false;
    if (delta.changed.length !== this.#entries.size) return false;
    for (const [uri, ids] of delta.changed) {
      const e = this.#entries.get(uri);
      if (!e || !Array.isArray(ids) || e.corrected.named.length !== ids.length) return false;
    }
    this.#stale.clear();
    this.#patch.clear();
    this.#relinkAll = false;
    this.#apply(delta, true, () => true);
    const generation = ++this.#resets;
    let end!: () => void;
    this.#relearning = { done: new Promise<void>(r => { end = r; }), end };
    const since = (this.#sinceAdopt = new Set());
    const adoptedAt = performance.now();
    // The worker is sent the corpus a moment later (the requests waiting for the load are answered
    // first), REBUILD_CHUNK articles a message with a turn of the event loop between (one message
    // of 10,000 held this thread half a second), or all at once before any other link. The worker
    // keeps the parts and links them all with the last (LinkRequest.more); its answers are composed,
    // and applied once the last is in.
    const uris = [...this.#entries.keys()];
    const ids = new Map<string, string[]>(), entities = new Map<string, EntityRecord>(), order = new Map<string, [string, number]>();
    let next = 0;
    const compose = (delta: LinkDelta) => {
      if (delta.reset) { entities.clear(); order.clear(); }
      for (const id of delta.removed) { entities.delete(id); order.delete(id); }
      const at = new Map(delta.order.map(([id, u, k]) => [id, [u, k] as [string, number]]));
      for (const e of delta.upserts) { entities.set(e.id, e); order.set(e.id, at.get(e.id) ?? ['', 0]); }
      for (const [uri, list] of delta.changed) ids.set(uri, list);
    };
    const finish = () => {
      // a newer reset (new rules) answers for everything
      if (generation !== this.#resets || this.#relinkAll) return;
      // the provisional entities leave while the worker's records are compared with the view's, and come back after for the articles still using them
      const provisional = [...this.#provisionalEntities].filter(([id, p]) => this.#entities.get(id) === p.record).map(([id, p]) => ({ record: p.record, at: this.#order.get(id)! }));
      for (const p of provisional) { this.#entities.delete(p.record.id); this.#order.delete(p.record.id); }
      // the entity list is taken whole; only the articles whose ids differ are rebuilt (as a rule, none)
      const same = (uri: string, list: string[]) => { const old = this.#ids.get(uri); return !!old && old.length === list.length && old.every((id, k) => id === list[k]); };
      const changed = [...ids].filter(([uri, list]) => this.#entries.has(uri) && !since.has(uri) && !same(uri, list));
      // The records the rebuild agrees on stay the same objects, and when it agrees on all of them
      // and on their order (as a rule) the sorted list stays too: what the features keep per record
      // (Ctrl+T's spellings and symbols) then outlives the rebuild, and the next query after it
      // neither sorts the entities again nor rebuilds every symbol.
      const upserts = [...entities.values()].map(e => { const old = this.#entities.get(e.id); return old && sameRecord(old, e) ? old : e; });
      const kept = upserts.length === this.#entities.size && upserts.every(e => e === this.#entities.get(e.id))
        && [...order].every(([id, [u, k]]) => { const o = this.#order.get(id); return !!o && o[0] === u && o[1] === k; });
      if (kept) this.#apply({ changed, upserts: [], removed: [], order: [], reset: false }, false, () => true);
      else this.#apply({ changed, upserts, removed: [], order: [...order].map(([id, [u, k]]) => [id, u, k]), reset: true }, true, () => true);
      const back = provisional.filter(p => !this.#entities.has(p.record.id));
      for (const p of back) { this.#entities.set(p.record.id, p.record); this.#order.set(p.record.id, p.at); }
      if (back.length) this.#noteUnsorted({ changed: [], upserts: back.map(p => p.record), removed: [], order: [] });
      if (this.#sinceAdopt === since) this.#sinceAdopt = undefined;
      this.#endRelearn();
      this.#onUpdate();
      this.#onRelearned(performance.now() - adoptedAt);
    };
    const sendChunk = () => {
      const first = next === 0, part = uris.slice(next, next + REBUILD_CHUNK);
      next += REBUILD_CHUNK;
      const last = next >= uris.length;
      if (last) this.#sendRebuild = undefined;
      // with the ids the view gives each article: the answer lists only those the worker links otherwise
      const held = holdIds(part.map(uri => this.#ids.get(uri)));
      void this.#linker!.link({ updates: this.#updates(part), held, reset: first, relearn: true, more: !last, ...(first ? { rules: this.#rules, corrections: this.#corrections } : {}) }).then(
        reply => { if (generation === this.#resets) { compose(reply.delta!); if (last) finish(); } },
        (e: Error) => { if (generation === this.#resets) { this.#relinkAll = true; this.#endRelearn(); this.#onError('(linking)', e); } },
      );
    };
    const sendAll = () => { while (this.#sendRebuild === sendAll) sendChunk(); };
    const sendSome = () => {
      if (this.#sendRebuild !== sendAll) return;
      sendChunk();
      if (this.#sendRebuild === sendAll) setImmediate(sendSome);
    };
    this.#sendRebuild = sendAll;
    setTimeout(sendSome, REBUILD_DELAY_MS).unref?.();
    return true;
  }

  /** Takes an article's mentions and quotes out of the postings. */
  #drop(uri: string): void {
    const a = this.#articles.get(uri);
    if (!a) return;
    for (const m of a.mentions) if (m.entity) this.#mentions.remove(m.entity, uri);
    for (const q of a.quotes) if (q.speaker) this.#quotes.remove(q.speaker, uri);
    this.#articles.delete(uri);
    this.#ids.delete(uri);
  }

  /** Rebuilds one article of the view from its analysis and the entity ids of its named mentions. */
  #rebuild(uri: string, ids: string[]): void {
    const e = this.#entries.get(uri)!;
    this.#drop(uri); // before annotateInPlace: it reads the article's old ids off its mentions
    ids = ids.map(id => this.#entities.get(id)?.id ?? this.#intern(id)); // the record's copy of the id, not one per mention
    const a = annotateInPlace(e.file, e.corrected, ids);
    this.#articles.set(uri, linkedArticle(a, uri, e.lines, e.source));
    this.#ids.set(uri, ids);
    const mentions = new Map<string, number>(), quotes = new Map<string, number>();
    for (const m of a.mentions) if (m.entity) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
    for (const q of a.quotes) if (q.speaker) quotes.set(q.speaker, (quotes.get(q.speaker) ?? 0) + 1);
    for (const [id, n] of mentions) this.#mentions.add(id, uri, n);
    for (const [id, n] of quotes) this.#quotes.add(id, uri, n);
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
