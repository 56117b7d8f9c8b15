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

/** The seam between the corpus and the disk: which files form the corpus, and their text. */
export class Workspace {
  readonly folders: string[];
  constructor(folderUris: string[]) { this.folders = folderUris.filter(u => u.startsWith('file:')); }

  /** Every corpus file under the workspace folders, as file URIs, sorted. */
  async listArticles(settings: NewsLensSettings): Promise<string[]> {
    const out = new Set<string>();
    for (const folder of this.folders) {
      const cwd = fileURLToPath(folder);
      const files = await glob(settings.corpus.include, { cwd, ignore: settings.corpus.exclude, absolute: true, dot: false, followSymbolicLinks: false });
      for (const f of files) out.add(pathToFileURL(f).href);
    }
    return [...out].sort();
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
