import { Worker } from 'node:worker_threads';
import type { AliasRules, CorrectionSet, LinkDelta } from './analysis';
import { WORKER_YOUNG_MB } from './analysisPool';

/** What linking reads of one named mention. */
export interface LinkForm { type: string; key: string; text: string; isolated?: boolean }

export interface LinkRequest {
  seq: number;
  /** Articles whose named mentions changed (null: the article is gone). */
  updates: [string, readonly LinkForm[] | null][];
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

/** A table of strings, each once in the order first asked for, and `at`: a string's place in it. */
function stringTable(): { strings: string[]; at: (s: string) => number } {
  const place = new Map<string, number>(), strings: string[] = [];
  return { strings, at: s => { let k = place.get(s); if (k === undefined) { place.set(s, (k = strings.length)); strings.push(s); } return k; } };
}

/** Lists of entity ids as places in one table of them (HeldIds; a link's answer as posted, WireReply). */
export function holdIds(lists: readonly (readonly string[] | undefined)[]): HeldIds {
  const { strings, at } = stringTable();
  const ids = lists.map(list => (list ?? []).map(at));
  return { table: strings, ids };
}

/**
 * A request's named mentions as posted: their fields as columns of numbers over one table of the
 * strings (uris[k]'s article has counts[k] mentions, -1 when it is gone; each mention is four
 * numbers in `cols`: its type, key and text as places in `strings`, and isolated as 0 for unset,
 * 1 for false, 2 for true). A message copies a string each time it appears and makes an object for
 * each mention: posting 100 articles' mentions as objects took about 2 ms of the LSP thread, most of
 * a relearn's cost there, and as much again for the worker to read them.
 */
export interface PackedForms { uris: string[]; strings: string[]; counts: Int32Array; cols: Int32Array }

/** A request as posted (see PackedForms). */
export type WireRequest = Omit<LinkRequest, 'updates'> & { forms: PackedForms };

/** Packs a request's updates (PackedForms). */
export function packForms(updates: LinkRequest['updates']): PackedForms {
  const { strings, at } = stringTable();
  let n = 0;
  for (const [, forms] of updates) if (forms) n += forms.length;
  const counts = new Int32Array(updates.length), cols = new Int32Array(n * 4);
  let j = 0;
  updates.forEach(([, forms], k) => {
    counts[k] = forms ? forms.length : -1;
    if (forms) for (const f of forms) {
      const key = at(f.key);
      cols[j] = at(f.type);
      cols[j + 1] = key;
      cols[j + 2] = f.text === f.key ? key : at(f.text);
      cols[j + 3] = f.isolated === undefined ? 0 : f.isolated ? 2 : 1;
      j += 4;
    }
  });
  return { uris: updates.map(([uri]) => uri), strings, counts, cols };
}

/** A request's updates, read back from PackedForms. */
export function unpackForms({ uris, strings, counts, cols }: PackedForms): LinkRequest['updates'] {
  let j = 0;
  return uris.map((uri, k): [string, readonly LinkForm[] | null] => {
    if (counts[k] < 0) return [uri, null];
    const forms: LinkForm[] = new Array(counts[k]);
    for (let i = 0; i < forms.length; i++, j += 4) {
      const f: LinkForm = { type: strings[cols[j]], key: strings[cols[j + 1]], text: strings[cols[j + 2]] };
      if (cols[j + 3]) f.isolated = cols[j + 3] === 2;
      forms[i] = f;
    }
    return [uri, forms];
  });
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
      const { updates, ...rest } = req;
      const forms = packForms(updates);
      this.#worker.postMessage({ ...rest, seq, forms } satisfies WireRequest, [forms.counts.buffer as ArrayBuffer, forms.cols.buffer as ArrayBuffer]);
    });
  }

  close(): Promise<number> { return this.#worker.terminate(); }
}
