import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleAnalysis } from './analysis';

/** What a cache file holds: the analysis without its text, and what it was made from. */
interface Stored { version: string; hash: string; analysis: Omit<ArticleAnalysis, 'text'> }

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The analyser's version: a hash of the code and model that produce analyses (the server bundle, which holds them all). */
export function analyserVersion(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/**
 * Per-article analyses on disk, so that a second start does not re-analyse: one file per
 * article text, named by the hash of the text, under a folder named by the analyser's version
 * (a new analyser never reads an old analysis; the old folders are removed). Content-addressed,
 * so two windows sharing the folder write the same bytes for the same text; each write goes to
 * a temporary file renamed into place, so a reader sees a whole file or none. A file that is
 * truncated, corrupt or not what its name says is a miss: the article is analysed again and the
 * file rewritten.
 */
export class AnalysisCache {
  readonly dir: string;
  hits = 0;
  misses = 0;
  #writes = new Set<Promise<void>>();

  constructor(root: string, readonly version: string) {
    this.dir = join(root, `analysis-${version}`);
    mkdirSync(this.dir, { recursive: true });
  }

  /** Removes the folders of other analyser versions (best effort). */
  prune(root: string): void {
    try {
      for (const name of readdirSync(root)) {
        if (name.startsWith('analysis-') && join(root, name) !== this.dir) rmSync(join(root, name), { recursive: true, force: true });
      }
    } catch { /* another window may be pruning too */ }
  }

  #path(hash: string): string { return join(this.dir, hash.slice(0, 2), `${hash}.json`); }

  get(text: string, hash = contentHash(text)): ArticleAnalysis | undefined {
    let raw: string;
    try { raw = readFileSync(this.#path(hash), 'utf8'); } catch { this.misses++; return undefined; }
    try {
      const s = JSON.parse(raw) as Stored;
      const a = s?.analysis;
      if (s.version !== this.version || s.hash !== hash || !a || !Array.isArray(a.mentions) || !Array.isArray(a.named) || !Array.isArray(a.quotes) || !Array.isArray(a.quoteSpeakers)) throw new Error('not an analysis of this text');
      this.hits++;
      return { text, ...a };
    } catch {
      // the caller analyses the text and put() replaces the file
      this.misses++;
      return undefined;
    }
  }

  /** Stores an analysis in the background; `settled()` waits for the writes. */
  put(text: string, analysis: ArticleAnalysis, hash = contentHash(text)): void {
    const { text: _t, ...rest } = analysis;
    const body = JSON.stringify({ version: this.version, hash, analysis: rest } satisfies Stored);
    const path = this.#path(hash);
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const w = (async () => {
      try {
        await mkdir(join(this.dir, hash.slice(0, 2)), { recursive: true });
        await writeFile(tmp, body, 'utf8');
        await rename(tmp, path);
      } catch {
        await rm(tmp, { force: true }).catch(() => undefined);
      }
    })();
    this.#writes.add(w);
    void w.finally(() => this.#writes.delete(w));
  }

  async settled(): Promise<void> { await Promise.all([...this.#writes]); }
}

/** An analyser that reads the cache first and fills it on a miss. */
export function cachedAnalyser(cache: AnalysisCache | undefined, analyse: (text: string) => ArticleAnalysis): (text: string) => ArticleAnalysis {
  if (!cache) return analyse;
  return text => {
    const hash = contentHash(text);
    const hit = cache.get(text, hash);
    if (hit) return hit;
    const a = analyse(text);
    cache.put(text, a, hash);
    return a;
  };
}
