// One compacting full collection of this thread's heap, at a moment the server chooses.
//
// V8 gives back little of a heap that a burst of garbage grew: a full collection frees the
// garbage but leaves the survivors spread over their pages, and the heap keeps them. The server
// compacts the LSP thread's heap once, when a cold start's analysis is done (the analyses that came
// from the worker are garbage by then) and before the corpus goes to the link worker: the analysis
// workers have ended and the link worker is small, so the copying costs no peak, and the link's
// answer then lands on a smaller heap. At 10,000 articles the LSP thread's heap went from 156-161 MB
// to 147-148 MB there, and the cold start's peak RSS was 479-495 MB in four runs against 503 and
// 511 MB without it ("Memory (session 12)" in the README).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';

let gc: (() => void) | null | undefined;

/** Collects and compacts this thread's heap; how long it took (ms), or undefined where the runtime does not allow it. */
export function compactHeap(): number | undefined {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void; // a new context gets the gc function the flag now allows
    } catch { gc = null; }
  }
  if (!gc) return undefined;
  const t0 = performance.now();
  // (V8's flags are the process's: set for this one collection only)
  try { setFlagsFromString('--compact-on-every-full-gc'); } catch { /* a plain full collection */ }
  try { gc(); } finally { try { setFlagsFromString('--no-compact-on-every-full-gc'); } catch { /* as it was */ } }
  return performance.now() - t0;
}
