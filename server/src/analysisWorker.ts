// A worker thread of the analysis pool: analyses one article text per message.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, nlp } from './analysis';

// the model loads as the worker starts, while the server is still listing the corpus
nlp();

parentPort!.on('message', (job: { id: number; text: string }) => {
  try {
    const { text: _t, ...analysis } = analyzeArticle(job.text); // the text is not sent back: the caller has it
    parentPort!.postMessage({ id: job.id, analysis });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
