import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { ArticleAnalysis } from './analysis';

const MAX_FAILURES = 3;

interface Job { id: number; text: string; resolve: (a: ArticleAnalysis) => void; reject: (e: Error) => void }

/**
 * Article analysis off the LSP thread: a pool of worker threads (one per core, minus the one
 * the server answers on; at least one), each with its own wink model, taking jobs in order.
 * A huge article keeps one worker busy while the server goes on answering from what it knows.
 */
export class AnalysisPool {
  #idle: Worker[] = [];
  #all: Worker[] = [];
  #queue: Job[] = [];
  #running = new Map<Worker, Job>();
  #next = 1;
  #closed = false;
  /** Workers lost in a row without finishing a job; at MAX_FAILURES the pool gives up (see `dead`). */
  #failures = 0;
  /** True once workers keep dying at start (a missing or broken bundle): callers analyse in their own thread. */
  dead = false;

  /**
   * With `deferred`, no worker starts (each loads the model: about a second of a core) until
   * `start()` or the first job: a start whose analyses all come from the cache needs none.
   */
  constructor(readonly workerFile: string, readonly size = Math.max(1, availableParallelism() - 1), deferred = false) {
    if (!deferred) this.start();
  }

  #started = false;
  /** Starts the workers, if they are not started yet. */
  start(): void {
    if (this.#started || this.#closed) return;
    this.#started = true;
    for (let i = 0; i < this.size; i++) this.#spawn();
  }

  #spawn(): void {
    const w = new Worker(this.workerFile, { workerData: { kind: 'analyse' } });
    w.unref();
    w.on('message', (m: { id: number; analysis?: Omit<ArticleAnalysis, 'text'>; error?: string }) => {
      const job = this.#running.get(w);
      this.#running.delete(w);
      this.#idle.push(w);
      this.#failures = 0;
      if (job && job.id === m.id) {
        if (m.analysis) job.resolve({ text: job.text, ...m.analysis });
        else job.reject(new Error(m.error ?? 'analysis failed'));
      }
      this.#pump();
    });
    // a worker that dies fails its job and is replaced
    w.on('error', e => this.#lost(w, e));
    w.on('exit', code => { if (!this.#closed && code !== 0) this.#lost(w, new Error(`analysis worker exited with ${code}`)); });
    this.#all.push(w);
    this.#idle.push(w);
  }

  #lost(w: Worker, e: Error): void {
    if (!this.#all.includes(w)) return;
    this.#all = this.#all.filter(x => x !== w);
    this.#idle = this.#idle.filter(x => x !== w);
    this.#running.get(w)?.reject(e);
    this.#running.delete(w);
    if (this.#closed) return;
    if (++this.#failures >= MAX_FAILURES && this.#all.length === 0) {
      this.dead = true;
      for (const job of this.#queue.splice(0)) job.reject(e);
      return;
    }
    this.#spawn();
    this.#pump();
  }

  #pump(): void {
    while (this.#idle.length && this.#queue.length) {
      const w = this.#idle.shift()!, job = this.#queue.shift()!;
      this.#running.set(w, job);
      w.postMessage({ id: job.id, text: job.text });
    }
  }

  analyse(text: string): Promise<ArticleAnalysis> {
    if (this.dead) return Promise.reject(new Error('no analysis worker could start'));
    this.start();
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, text, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#all.map(w => w.terminate()));
  }
}
