// An article's text as the corpus index keeps it. An article open in an editor keeps its text in
// memory (every keystroke compares against it, semantic tokens read it). A closed article's text
// is on disk, and the index reads it again only when an answer quotes it (a hover's context line
// for another article, the timeline's sentences): at 10,000 articles the texts were some 42 MB of
// the LSP thread's heap, a third of it, for answers that read a few of them at a time.

// (a text's SHA-256, as the analysis cache names texts: with the length, what tells the text read
// back from the one analysed)
import { contentHash } from './analysisCache';

/** How the index gets a closed article's text back. */
export interface ClosedTexts {
  /** Whether the article is open in an editor (its text then stays in memory). */
  isOpen(uri: string): boolean;
  /** The article's text as it is on disk now, or null when it cannot be read. */
  read(uri: string): string | null;
}

export class ArticleText {
  #text: string | undefined;
  readonly #length: number;
  /** The text's hash, made when the text is let go (unless the caller gave it: the server's load has it for the cache). */
  #hash: string | undefined;

  /** `reread`: how to read the text back once it is let go (without it, the text always stays in memory). `hash`: contentHash(text), if known. */
  constructor(text: string, readonly reread: (() => string | null) | undefined, hash?: string) {
    this.#text = text;
    this.#length = text.length;
    this.#hash = hash;
  }

  /** Whether the text is in memory. */
  get inMemory(): boolean { return this.#text !== undefined; }

  /**
   * The text. Read back from disk when it is not in memory; if the file no longer holds the text
   * that was analysed (changed on disk, its update not in yet, or gone), '' rather than a text
   * the article's offsets do not fit.
   */
  get value(): string {
    if (this.#text !== undefined) return this.#text;
    const t = this.reread?.() ?? null;
    return t !== null && this.is(t) ? t : '';
  }

  /** Whether this is the text (without reading it back). */
  is(text: string): boolean {
    if (this.#text !== undefined) return this.#text === text;
    return text.length === this.#length && contentHash(text) === this.#hash;
  }

  /** Keeps the text in memory from now on (the article was opened); `text` must be the same text. */
  hold(text: string): void { if (this.#text === undefined && this.is(text)) this.#text = text; }

  /** Lets the text go (the article was closed), when it can be read back. */
  release(): void {
    if (!this.reread || this.#text === undefined) return;
    this.#hash ??= contentHash(this.#text);
    this.#text = undefined;
  }
}
