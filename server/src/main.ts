// dist/server.js: the language server on the main thread; in worker threads, an analysis worker
// (analysisPool.ts) or the link worker (linker.ts). One bundle for both, so that the wink model ships once.
import { isMainThread, workerData } from 'node:worker_threads';

if (isMainThread) require('./server');
else if ((workerData as { kind?: string } | null)?.kind === 'link') require('./linkWorker');
else require('./analysisWorker');
