import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** What reading one corpus file gave: its text, or why it is left out of the corpus. */
export type ArticleRead =
  | { ok: true; text: string; /** bytes that were not UTF-8, now U+FFFD */ invalidBytes: number }
  | { ok: false; reason: string };

/** How far into a file to look for a NUL byte, as git does to call a file binary. */
const BINARY_PROBE = 8000;

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Reads a corpus file from disk without ever throwing: a file that is binary (a NUL byte in its
 * first 8,000 bytes), not a regular file, a symlink loop, unreadable, or gone since the folder was
 * listed is skipped with a reason fit for one log line; a file that is not valid UTF-8 is decoded
 * with U+FFFD in place of the bad bytes and reported as such.
 */
export async function readArticleFile(path: string): Promise<ArticleRead> {
  let bytes: Buffer;
  try {
    const st = await stat(path);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, reason: describeError(e as NodeJS.ErrnoException) };
  }
  return decodeArticle(bytes);
}

/**
 * readArticleFile without the promise round trips: a stat and a read, blocking. Loading a corpus
 * reads thousands of small files, and each `await` of fs/promises (stat, open, fstat, read,
 * close) cost the LSP thread more than the read itself; the caller yields between batches.
 */
export function readArticleFileSync(path: string): ArticleRead {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) return { ok: false, reason: 'not a regular file' };
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, reason: describeError(e as NodeJS.ErrnoException) };
  }
  return decodeArticle(bytes);
}

function decodeArticle(bytes: Buffer): ArticleRead {
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { ok: false, reason: `binary file (a NUL byte in its first ${BINARY_PROBE} bytes)` };
  try {
    return { ok: true, text: strict.decode(bytes), invalidBytes: 0 };
  } catch {
    const text = lenient.decode(bytes);
    // Each bad sequence became one U+FFFD; count the ones that were not in the file already.
    const before = (bytes.toString('latin1').match(/\xEF\xBF\xBD/g) ?? []).length;
    const after = (text.match(/\uFFFD/g) ?? []).length;
    return { ok: true, text, invalidBytes: Math.max(1, after - before) };
  }
}

export function describeError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'it vanished between listing and reading';
    case 'ELOOP': return 'a symbolic link loop';
    case 'EACCES': case 'EPERM': return 'permission denied (unreadable)';
    case 'EISDIR': return 'a directory';
    default: return `${e.code ?? 'error'}: ${e.message}`;
  }
}
