import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
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
 * readArticleFile without the promise round trips, blocking: an open, an fstat, the reads and a
 * close. Loading a corpus reads thousands of small files, and each `await` of fs/promises (stat,
 * open, fstat, read, close) cost the LSP thread more than the read itself; the caller yields
 * between batches. (A stat by path then readFileSync, which does its own fstat, looked every path
 * up twice: 130 ms of a 10,000-article warm start's 2.2 s on the LSP thread.) Opened non-blocking,
 * so that a FIFO with the right name is turned away by the fstat instead of waiting for a writer.
 */
export function readArticleFileSync(path: string): ArticleRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: describeError(e as NodeJS.ErrnoException) };
  }
  let bytes: Buffer;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    // the size the fstat gave, and more if the file grew since (read to the end, as readFileSync does)
    let buf = Buffer.allocUnsafe(Math.max(st.size, 0) + 1), n = 0;
    for (;;) {
      if (n === buf.length) { const bigger = Buffer.allocUnsafe(buf.length * 2); buf.copy(bigger, 0, 0, n); buf = bigger; }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    bytes = buf.subarray(0, n);
  } catch (e) {
    return { ok: false, reason: describeError(e as NodeJS.ErrnoException) };
  } finally {
    try { closeSync(fd); } catch { /* closed */ }
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
