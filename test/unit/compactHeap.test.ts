// compactHeap (server/src/compactHeap.ts): one compacting full collection, when the server asks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactHeap } from '../../server/src/compactHeap';

test('compactHeap collects the garbage a burst left and gives the heap back, keeping what survives', () => {
  let burst: { k: number; s: string }[] | null = [];
  for (let k = 0; k < 500_000; k++) burst.push({ k, s: `s${k}` });
  const kept = burst.filter((_, k) => k % 50 === 0);
  burst = null;
  const before = process.memoryUsage().heapTotal;
  const ms = compactHeap();
  assert.equal(typeof ms, 'number');
  assert.ok(process.memoryUsage().heapTotal < before, `heap ${process.memoryUsage().heapTotal} not below ${before}`);
  assert.equal(kept.length, 10_000);
  assert.equal(kept[123].s, `s${123 * 50}`);
  // and again: the gc function is kept, the flag set for each collection only
  assert.equal(typeof compactHeap(), 'number');
});
