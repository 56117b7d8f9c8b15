import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import picomatch from 'picomatch';

/** The settings the server reads (package.json "newsLens.*"). */
export interface NewsLensSettings {
  corpus: { include: string[]; exclude: string[] };
  inlayHints: { enabled: boolean };
  diagnostics: { spellingVariants: boolean; unattributedQuotes: boolean };
  /** Whether cardinal and ordinal numbers ("dozens", "one of the most…") get semantic tokens. */
  highlight: { numbers: boolean };
}

export const DEFAULT_SETTINGS: NewsLensSettings = {
  corpus: { include: ['**/seeds/**/*.txt', '**/*.news.txt', '**/*.news'], exclude: ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**', '**/dist/**'] },
  inlayHints: { enabled: true },
  diagnostics: { spellingVariants: true, unattributedQuotes: true },
  highlight: { numbers: false },
};

export function mergeSettings(partial: unknown): NewsLensSettings {
  const p = (partial ?? {}) as Partial<Record<keyof NewsLensSettings, Record<string, unknown>>>;
  return {
    corpus: { ...DEFAULT_SETTINGS.corpus, ...(p.corpus as object) },
    inlayHints: { ...DEFAULT_SETTINGS.inlayHints, ...(p.inlayHints as object) },
    diagnostics: { ...DEFAULT_SETTINGS.diagnostics, ...(p.diagnostics as object) },
    highlight: { ...DEFAULT_SETTINGS.highlight, ...(p.highlight as object) },
  };
}

/** A corpus file as listed: its URI, its path on disk, its workspace folder and its path inside that folder. */
export interface ArticleFile { uri: string; path: string; folder: string; file: string }

/** The seam between the corpus and the disk: which files form the corpus, and their text. */
export class Workspace {
  readonly folders: string[];
  constructor(folderUris: string[]) { this.folders = folderUris.filter(u => u.startsWith('file:')); }

  /** Every corpus file under the workspace folders, as file URIs, sorted. */
  async listArticles(settings: NewsLensSettings): Promise<string[]> {
    return (await this.listArticleFiles(settings)).map(f => f.uri);
  }

  /**
   * Every corpus file under the workspace folders, sorted by URI, with what loading needs of it
   * (its path on disk, its folder, and its path inside the folder as relativePath gives it),
   * worked out once from the listing rather than from the URI again for each file.
   */
  async listArticleFiles(settings: NewsLensSettings): Promise<ArticleFile[]> {
    const out = new Map<string, ArticleFile>();
    const roots = this.folders.map(f => { const r = fileURLToPath(f); return r.endsWith(sep) ? r : r + sep; });
    for (const folder of this.folders) {
      const files = await glob(settings.corpus.include, { cwd: fileURLToPath(folder), ignore: settings.corpus.exclude, absolute: true, dot: false, followSymbolicLinks: false });
      for (const path of files) {
        const uri = pathToFileURL(path).href;
        if (out.has(uri)) continue;
        // the first folder holding the file, as relativePath picks it
        const k = roots.findIndex(r => path.startsWith(r));
        const file = k >= 0 ? relative(roots[k], path).split(sep).join('/') : this.relativePath(uri).path;
        out.set(uri, { uri, path, folder: k >= 0 ? this.folders[k] : folder, file });
      }
    }
    return [...out.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** Whether a file belongs to the corpus, by the same globs, without listing the folders again. */
  isArticle(uri: string, settings: NewsLensSettings): boolean {
    const { folder, path } = this.relativePath(uri);
    if (!folder) return false;
    const included = picomatch(settings.corpus.include, { dot: false });
    const excluded = picomatch(settings.corpus.exclude, { dot: true });
    return included(path) && !excluded(path);
  }

  async read(uri: string): Promise<string> {
    return readFile(fileURLToPath(uri), 'utf8');
  }

  /** The folder holding a URI, and the path inside it with forward slashes (used in corrections). */
  relativePath(uri: string): { folder: string | null; path: string } {
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    for (const folder of this.folders) {
      const root = fileURLToPath(folder);
      if (path.startsWith(root.endsWith(sep) ? root : root + sep)) return { folder, path: relative(root, path).split(sep).join('/') };
    }
    return { folder: null, path: path.split(sep).join('/') };
  }

  /** .newslens/<name> in the first workspace folder. */
  configFile(name: string): string | null {
    return this.folders.length ? fileURLToPath(new URL(`.newslens/${name}`, this.folders[0].endsWith('/') ? this.folders[0] : this.folders[0] + '/')) : null;
  }
}

/** Runs fn over items with at most `limit` at once. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) { const i = next++; out[i] = await fn(items[i], i); }
  }));
  return out;
}
