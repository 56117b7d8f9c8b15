import { Worker } from 'node:worker_threads';
import type { AliasRules, CorrectionSet, LinkDelta } from './analysis';
import { WORKER_YOUNG_MB } from './analysisPool';

/** What linking reads of one named mention. */
export interface LinkForm { type: string; key: string; text: string; isolated?: boolean }

export interface LinkRequest {
  seq: number;
  /** Articles whose named mentions changed (null: the article is gone). */
  updates: [string, LinkForm[] | null][];
  /** Forget every article first (the updates then hold the whole corpus). */
  reset?: boolean;
  /** Part of the relearn of a corpus whose kept link was adopted (CorpusIndex.adoptLink). */
  relearn?: boolean;
  /**
   * More of the same relearn follows: the worker takes these articles in (CorpusLinker.stage) and
   * links them all with the last part, in one update (linked a part at a time, the big buckets were
   * decided again for each part: 19 s at 30,000 articles, against 7 s at once). The answer to this part is empty.
   */
  more?: boolean;
  rules?: AliasRules;
  corrections?: CorrectionSet;
  /**
   * With a relearn: the entity ids the view already gives each of these articles (`ids[k]` for
   * `updates[k]`, as places in `table`). The answer then lists only the articles whose ids differ
   * (as a rule none), not every article of the corpus again.
   */
  held?: HeldIds;
}

/** Entity ids per article, each as its place in one table of the ids (a message copies a string each time it appears). */
export interface HeldIds { table: string[]; ids: number[][] }

/** Lists of entity ids as places in one table of them (HeldIds; a link's answer as posted, WireReply). */
export function holdIds(lists: readonly (readonly string[] | undefined)[]): HeldIds {
  const place = new Map<string, number>();
  const ids = lists.map(list => (list ?? []).map(id => {
    let k = place.get(id);
    if (k === undefined) place.set(id, (k = place.size));
    return k;
  }));
  return { table: [...place.keys()], ids };
}

export interface LinkReply { seq: number; delta?: LinkDelta; error?: string }

/**
 * A link's answer as the worker posts it: each article's entity ids as places in one list of the
 * ids. (A message copies a string each time it appears: the 275,000 named mentions of a
 * 10,000-article corpus came as 275,000 id strings, some 11 MB made on the LSP thread at its
 * largest, to be thrown away at once for the entity records' own copies.)
 */
export interface WireReply { seq: number; delta?: Omit<LinkDelta, 'changed'> & { changed: [string, number[]][]; ids: string[] }; error?: string }

/** A reply as posted (see WireReply). */
export function toWire(r: LinkReply): WireReply {
  if (!r.delta) return r as WireReply;
  const { table, ids } = holdIds(r.delta.changed.map(([, list]) => list));
  const changed = r.delta.changed.map(([uri], k): [string, number[]] => [uri, ids[k]]);
  return { ...r, delta: { ...r.delta, changed, ids: table } };
}

/** A reply as posted, read back. */
export function fromWire(w: WireReply): LinkReply {
  if (!w.delta) return w as LinkReply;
  const { ids, changed, ...rest } = w.delta;
  return { ...w, delta: { ...rest, changed: changed.map(([uri, at]): [string, string[]] => [uri, at.map(k => ids[k])]) } };
}

/**
 * The cap on the link worker's old generation (MB): just under the 2 GB from which V8 lets a heap
 * grow to 4 times what survives a collection rather than 2 times (analysisPool.ts says more).
 * At 10,000 articles the worker holds some 130 MB; uncapped its heap grew to 275 MB, capped to 225.
 */
export const LINK_HEAP_MB = 2040;

/** Linking off the LSP thread: one worker (linkWorker.ts) that keeps the corpus's link and updates it incrementally on request. */
export class LinkWorker {
  #worker: Worker;
  #seq = 0;
  #waiting = new Map<number, { resolve: (r: LinkReply) => void; reject: (e: Error) => void }>();

  constructor(file: string, workerData: unknown = { kind: 'link' }) {
    this.#worker = new Worker(file, { workerData, resourceLimits: { maxOldGenerationSizeMb: LINK_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    this.#worker.unref();
    this.#worker.on('message', (wire: WireReply) => {
      const r = fromWire(wire);
      const w = this.#waiting.get(r.seq);
      this.#waiting.delete(r.seq);
      if (r.error) w?.reject(new Error(r.error)); else w?.resolve(r);
    });
    this.#worker.on('error', e => { for (const w of this.#waiting.values()) w.reject(e); this.#waiting.clear(); });
  }

  link(req: Omit<LinkRequest, 'seq'>): Promise<LinkReply> {
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#waiting.set(seq, { resolve, reject });
      this.#worker.postMessage({ ...req, seq });
    });
  }

  close(): Promise<number> { return this.#worker.terminate(); }
}
