import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ArticleAnalysis } from './analysis';

const MAX_FAILURES = 3;

/**
 * The cap on each worker's old generation (MB). V8 sizes a heap as what survived the last
 * collection times a growing factor, up to 4 when the heap may reach 2 GB or more (Node's default
 * on a machine with 16 GB or more) but 1.3-2 under a smaller cap: uncapped, the one worker of a
 * 2-core machine grew to 380 MB of heap analysing a 10,000-article corpus whose live data stayed
 * under 100 MB; capped at 1 GB, to 180 MB. A 10 MB article needs 300-500 MB; an article too big
 * for the cap is analysed again in a worker of its own, uncapped (see #alone).
 */
export const WORKER_HEAP_MB = 1024;

/**
 * The cap on each worker's young generation (MB), where new objects are made. Under a steady
 * stream of allocations, which an analysis (and a link) is, V8 grows it to 36 MB per thread (32 MB
 * of new space, 4 of new large objects); capped at 16 MB, the 10,000-article cold start peaked
 * 30-50 MB lower, and analysing 1,500 articles took the same processor time (8.0-8.6 s with or
 * without the cap: the collections of a smaller young generation are more frequent but cheaper).
 * The server's `--max-semi-space-size` (server/src/launch.ts), when given, overrides it: V8 reads
 * the flag after the worker's limits, so under the shipped launch every thread's new space is two
 * semi-spaces of 4 MB (8 MB) instead of this cap's 16 MB.
 */
export const WORKER_YOUNG_MB = 16;

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

  /** While true, the workers end as soon as no job is queued or running (see `idle`). */
  #endWhenIdle = false;
  /** The workers' end after `idleMs` without a job. */
  #idleTimer: NodeJS.Timeout | undefined;
  readonly idleMs: number | undefined;
  /** How many workers were started in all (for tests: a pool started again after its workers ended counts them again). */
  spawned = 0;

  /** Workers analysing one article too big for the cap, each by itself. */
  #alone = new Set<Worker>();
  /** How many articles were too big for the cap (for tests). */
  tooBig = 0;
  readonly heapMb: number;

  /**
   * `heapMb` caps each worker's old generation. With `deferred`, no worker starts (each loads the
   * model: about a second of a core) until `start()` or the first job: a start whose analyses all
   * come from the cache needs none. With `idleMs`, the workers end once they have had no job for
   * that long, and the next job starts them again.
   */
  constructor(readonly workerFile: string, readonly size = Math.max(1, availableParallelism() - 1), options: { heapMb?: number; deferred?: boolean; idleMs?: number } = {}) {
    this.heapMb = options.heapMb ?? WORKER_HEAP_MB;
    this.idleMs = options.idleMs;
    if (!options.deferred) this.start();
  }

  /** How many workers are alive now (the pool's own, not those analysing a too-big article alone). */
  get workers(): number { return this.#all.length; }

  #started = false;
  /** Starts the workers, if they are not started yet (with `idleMs`, they end after that long without a job). */
  start(): void {
    if (this.#started || this.#closed || this.dead) return;
    this.#started = true;
    for (let i = 0; i < this.size; i++) this.#spawn();
    this.#maybeRest();
  }

  /** Resolved as the workers end (see `idle`). */
  #ended: (() => void)[] = [];

  /**
   * Ends the workers as soon as no job is queued or running (at once if none is); resolves once
   * they are gone. Each worker holds its own heap (the wink model, the analysis's memos: about 120
   * MB after a 10,000-article load) and isolate: ended after a load, they are not alive while the
   * link and the cache's writing take the other threads to their largest. The next job (or
   * `start()`) starts them again, which loads the model again: about a second.
   */
  idle(): Promise<void> {
    if (!this.#started) return Promise.resolve();
    this.#endWhenIdle = true;
    const ended = new Promise<void>(r => this.#ended.push(r));
    void this.#endIfIdle();
    return ended;
  }

  #endIfIdle(): Promise<void> {
    if (!this.#started || this.#queue.length || this.#running.size) return Promise.resolve();
    if (this.#idleTimer) { clearTimeout(this.#idleTimer); this.#idleTimer = undefined; }
    this.#endWhenIdle = false;
    this.#started = false;
    // out of #all first: their exit is then not taken for a crash (see #lost)
    const ending = this.#all, told = this.#ended;
    this.#all = [];
    this.#idle = [];
    this.#ended = [];
    return Promise.all(ending.map(w => w.terminate())).then(() => { for (const r of told) r(); });
  }

  /** After a job: the workers end now (`idle`) or after `idleMs` without a new job. */
  #maybeRest(): void {
    if (this.#queue.length || this.#running.size) return;
    if (this.#endWhenIdle) { void this.#endIfIdle(); return; }
    if (this.idleMs === undefined || this.#idleTimer) return;
    this.#idleTimer = setTimeout(() => { this.#idleTimer = undefined; void this.#endIfIdle(); }, this.idleMs);
    this.#idleTimer.unref?.();
  }

  #spawn(): void {
    const w = new Worker(this.workerFile, { workerData: { kind: 'analyse' }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    w.unref();
    this.spawned++;
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
      this.#maybeRest();
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
    const job = this.#running.get(w);
    this.#running.delete(w);
    // the article was too big for the cap, not the worker broken: it gets a worker of its own
    // (a worker that runs out while idle or loading the model counts as a failure, below)
    if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && job && !this.#closed) {
      this.#analyseAlone(job);
      this.#spawn();
      this.#pump();
      return;
    }
    job?.reject(e);
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

  /** One job in a worker of its own without the heap cap (which loads its own model: seconds), ended with the job. */
  #analyseAlone(job: Job): void {
    this.tooBig++;
    const w = new Worker(this.workerFile, { workerData: { kind: 'analyse' } });
    w.unref();
    this.#alone.add(w);
    let settled = false;
    const end = (fn: () => void) => {
      if (settled) return;
      settled = true;
      this.#alone.delete(w);
      fn();
      void w.terminate();
    };
    w.on('message', (m: { id: number; analysis?: Omit<ArticleAnalysis, 'text'>; error?: string }) =>
      end(() => (m.analysis ? job.resolve({ text: job.text, ...m.analysis }) : job.reject(new Error(m.error ?? 'analysis failed')))));
    w.on('error', e => end(() => job.reject(e)));
    w.on('exit', code => end(() => job.reject(new Error(`analysis worker exited with ${code}`))));
    w.postMessage({ id: job.id, text: job.text });
  }

  analyse(text: string): Promise<ArticleAnalysis> {
    if (this.dead) return Promise.reject(new Error('no analysis worker could start'));
    this.start();
    if (this.#idleTimer) { clearTimeout(this.#idleTimer); this.#idleTimer = undefined; }
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, text, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    for (const r of this.#ended.splice(0)) r();
    await Promise.all([...this.#all, ...this.#alone].map(w => w.terminate()));
  }
}
