// dist/server.js: the language server on the main thread, an analysis worker (analysisPool.ts)
// in a worker thread. One bundle for both, so that the wink model ships once.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) require('./server');
else require('./analysisWorker');
