import { open, rename, unlink, readdir, mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a reader (or a server killed mid-write) sees either the old content or
 * the new, never half of it: the text goes to a temporary file beside it, is flushed to disk,
 * and the temporary file is renamed over the old one (atomic within one folder).
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx');
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Temporary files an interrupted writeFileAtomic left beside `path` (the file itself is intact). */
export async function leftoverTemporaries(path: string): Promise<string[]> {
  const prefix = basename(path) + '.';
  const mine = `${prefix}${process.pid}.`; // a save of this very process may be under way
  try { return (await readdir(dirname(path))).filter(n => n.startsWith(prefix) && n.endsWith('.tmp') && !n.startsWith(mine)).sort(); } catch { return []; }
}

/** Whether a JSON parse error means the text stops early, as a write cut short leaves it. */
export function looksCutShort(message: string): boolean {
  return /end of JSON input|Unterminated string|Unexpected end/i.test(message);
}

/** A sentence for a failed save: read-only folders named as such. */
export function describeWriteError(e: NodeJS.ErrnoException, path: string): string {
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return `corrections cannot be saved: ${dirname(path)} is read-only (${e.code}). The correction was not applied.`;
  return `corrections cannot be saved to ${path}: ${e.code ?? ''} ${e.message}. The correction was not applied.`;
}
