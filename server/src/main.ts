// dist/server.js: the language server on the main thread; in worker threads, an analysis worker
// (analysisPool.ts) or the link worker (linker.ts). One bundle for both, so that the wink model ships once.
import { isMainThread, workerData } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';

/**
 * How much a heap may grow past what survived its last full collection before the next one, in
 * percent, for every thread of the server (V8's flags are the process's). V8 picks 1.1-4× by
 * itself, nearer 4× for a heap allowed 2 GB or more, as the LSP thread's is: at the end of a
 * cold start at 10,000 articles the LSP thread's heap was 345 MB for 214 MB that survived, the
 * link worker's 180 MB for 150, the analysis worker's 150 for 124, and the server's peak RSS 830
 * MB. At 20% (1.2×) those were 286, 153 and 127 MB and the peak 705 MB; at 10%, 696 MB. The price is
 * more full collections while a corpus loads (each heap grows from tens of MB to its size in
 * steps of a fifth: about ten per thread), mostly marked concurrently. Set before the workers
 * start; a runtime that refuses it (frozen flags) keeps V8's own factor.
 */
const HEAP_GROWING_PERCENT = 20;

if (isMainThread) {
  try { setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`); } catch { /* V8's own factor */ }
  require('./server');
} else if ((workerData as { kind?: string } | null)?.kind === 'link') require('./linkWorker');
else require('./analysisWorker');
