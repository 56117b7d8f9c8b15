// Reading a corpus file blocking (articleFiles.ts, readArticleFileSync: one open, one fstat, the
// reads): what it gives for a text, a file that is not UTF-8, a binary file, and what is no file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFileSync } from '../../server/src/articleFiles';

const dir = mkdtempSync(join(tmpdir(), 'nl-files-'));

test('a text is read whole, an empty file is an empty text, and a big one is read to its end', () => {
  const text = 'Ms. Ardern said on Tuesday that the “plan” was dead.\n';
  writeFileSync(join(dir, 'a.news.txt'), text);
  assert.deepEqual(readArticleFileSync(join(dir, 'a.news.txt')), { ok: true, text, invalidBytes: 0 });
  writeFileSync(join(dir, 'empty.news.txt'), '');
  assert.deepEqual(readArticleFileSync(join(dir, 'empty.news.txt')), { ok: true, text: '', invalidBytes: 0 });
  const big = 'Wellington. '.repeat(200_000);
  writeFileSync(join(dir, 'big.news.txt'), big);
  const r = readArticleFileSync(join(dir, 'big.news.txt'));
  assert.ok(r.ok && r.text === big);
});

test('bad UTF-8 is read with U+FFFD and counted; a NUL byte makes a binary file', () => {
  writeFileSync(join(dir, 'latin1.news.txt'), Buffer.from('Caf\xe9 M\xfcller', 'latin1'));
  const r = readArticleFileSync(join(dir, 'latin1.news.txt'));
  assert.ok(r.ok && r.invalidBytes === 2 && r.text === 'Caf\uFFFD M\uFFFDller');
  writeFileSync(join(dir, 'bin.news.txt'), Buffer.from([65, 0, 66]));
  const b = readArticleFileSync(join(dir, 'bin.news.txt'));
  assert.ok(!b.ok && /binary/.test(b.reason));
});

test('a directory, a FIFO, a missing file and a symlink loop are skipped with their reason, without blocking', () => {
  mkdirSync(join(dir, 'd.news.txt'));
  const d = readArticleFileSync(join(dir, 'd.news.txt'));
  assert.ok(!d.ok && /not a regular file|directory/.test(d.reason));
  const missing = readArticleFileSync(join(dir, 'gone.news.txt'));
  assert.ok(!missing.ok && /vanished/.test(missing.reason));
  symlinkSync(join(dir, 'loop2.news.txt'), join(dir, 'loop1.news.txt'));
  symlinkSync(join(dir, 'loop1.news.txt'), join(dir, 'loop2.news.txt'));
  const loop = readArticleFileSync(join(dir, 'loop1.news.txt'));
  assert.ok(!loop.ok && /loop/.test(loop.reason));
  let fifo = true;
  try { execFileSync('mkfifo', [join(dir, 'pipe.news.txt')]); } catch { fifo = false; }
  if (fifo) {
    // no writer ever comes: a blocking open would hang here
    const p = readArticleFileSync(join(dir, 'pipe.news.txt'));
    assert.ok(!p.ok && /not a regular file/.test(p.reason));
  }
});
