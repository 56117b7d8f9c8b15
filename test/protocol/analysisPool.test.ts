// The analysis pool's workers run under a heap cap (analysisPool.ts, WORKER_HEAP_MB), which keeps
// the server's memory near what it holds; an article too big for the cap is still analysed, in a
// worker of its own. The built bundle (dist/server.js) is the workers' code, as in the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AnalysisPool } from '../../server/src/analysisPool';
import { analyzeArticle } from '../../server/src/analysis';
import { SEEDS, readSeed, repoRoot } from '../helpers/paths';

test('an article too big for the worker heap cap is analysed in a worker of its own, as in this thread', async () => {
  // a cap that holds the model and a seed, not a 3 MB article
  const pool = new AnalysisPool(join(repoRoot, 'dist/server.js'), 1, { heapMb: 64 });
  let big = 'Zyx Headline\n\n';
  while (big.length < 3_000_000) for (const s of SEEDS) big += readSeed(s) + '\n\n';
  const keepAlive = setInterval(() => undefined, 1000); // the pool's workers are unref'd
  try {
    const [seed, huge, after] = await Promise.all([pool.analyse(readSeed(SEEDS[0])), pool.analyse(big), pool.analyse(readSeed(SEEDS[1]))]);
    assert.ok(pool.tooBig >= 1, 'the 3 MB article outgrew the cap');
    assert.equal(pool.dead, false);
    assert.deepEqual(huge, analyzeArticle(big));
    assert.deepEqual(seed, analyzeArticle(readSeed(SEEDS[0])));
    // the capped worker was replaced and goes on taking jobs
    assert.deepEqual(after, analyzeArticle(readSeed(SEEDS[1])));
    assert.deepEqual(await pool.analyse(readSeed(SEEDS[2])), analyzeArticle(readSeed(SEEDS[2])));
  } finally {
    clearInterval(keepAlive);
    await pool.close();
  }
});

test('idle() ends the workers once their jobs are answered; the next job starts them again and is analysed as before', async () => {
  const pool = new AnalysisPool(join(repoRoot, 'dist/server.js'), 1, { deferred: true });
  const keepAlive = setInterval(() => undefined, 1000);
  try {
    await pool.idle(); // nothing started: nothing to end, and no later job ends at once because of it
    assert.equal(pool.workers, 0);
    const first = pool.analyse(readSeed(SEEDS[0]));
    assert.equal(pool.workers, 1, 'a job starts the worker');
    // asked while the job runs: the worker ends after answering it
    const ended = pool.idle();
    assert.deepEqual(await first, analyzeArticle(readSeed(SEEDS[0])));
    await ended;
    assert.equal(pool.workers, 0, 'ended once the job was answered');
    assert.equal(pool.spawned, 1);
    // the next job starts a new worker, which stays for the jobs after it
    assert.deepEqual(await pool.analyse(readSeed(SEEDS[1])), analyzeArticle(readSeed(SEEDS[1])));
    assert.deepEqual(await pool.analyse(readSeed(SEEDS[2])), analyzeArticle(readSeed(SEEDS[2])));
    assert.equal(pool.workers, 1);
    assert.equal(pool.spawned, 2, 'one new worker for both jobs');
    assert.equal(pool.dead, false, 'an ended worker is not taken for a crash');
  } finally {
    clearInterval(keepAlive);
    await pool.close();
  }
});

test('with idleMs, the workers end after that long without a job, and a later job is still analysed', async () => {
  const pool = new AnalysisPool(join(repoRoot, 'dist/server.js'), 1, { idleMs: 200 });
  const keepAlive = setInterval(() => undefined, 1000);
  try {
    assert.deepEqual(await pool.analyse(readSeed(SEEDS[0])), analyzeArticle(readSeed(SEEDS[0])));
    // (no bound on how soon: the test waits up to a minute for the end)
    for (let k = 0; k < 600 && pool.workers > 0; k++) await new Promise(r => setTimeout(r, 100));
    assert.equal(pool.workers, 0, 'the idle worker ended');
    assert.deepEqual(await pool.analyse(readSeed(SEEDS[1])), analyzeArticle(readSeed(SEEDS[1])));
    assert.equal(pool.spawned, 2);
    assert.equal(pool.dead, false);
  } finally {
    clearInterval(keepAlive);
    await pool.close();
  }
});
