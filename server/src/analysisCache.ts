import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleAnalysis, LinkDelta } from './analysis';

type Analysis = Omit<ArticleAnalysis, 'text'>;

/** What a cache file holds: the analysis without its text, and what it was made from. */
interface Stored { version: string; hash: string; analysis: Analysis }

/**
 * What a pack line holds of one analysis, made small because reading the pack is most of a warm
 * start: each mention as a tuple `[type, start, end, text, value]` (and `key, certain[, role]`
 * for a named one), each quote as `[start, end, text, speaker, speakerText]`, where a text that
 * is the article's own text at that place is 0 and a key equal to the text is 0; the named
 * mentions as their places in `mentions` (analyzeArticle lists each there as it is). What does
 * not fit the tuples is kept as it is.
 */
type Packed = Omit<Analysis, 'named' | 'mentions' | 'quotes'> & { mentions: unknown[]; quotes: unknown[]; namedAt?: number[]; named?: Analysis['named'] };
type Mention = Analysis['mentions'][number];
type Quote = Analysis['quotes'][number];

/** The first line of a pack. */
interface PackHeader { pack: number; version: string; folder: string }
const PACK_FORMAT = 1;
/** How many analyses are serialized between two writes of a pack (the LSP thread answers in between). */
const PACK_CHUNK = 250;
/** A temporary pack older than this was left by a process killed mid-write. */
const STALE_TEMPORARY_MS = 10 * 60_000;

/**
 * A kept link file: the delta, with each article's entity ids as places in `ids` (10,000 articles
 * name 3,400 entities 270,000 times: the file is a quarter the size, and the ids are read as
 * 3,400 strings rather than 270,000).
 */
interface KeptLink { link: number; version: string; key: string; ids: string[]; delta: Omit<LinkDelta, 'changed'> & { changed: [string, number[]][] } }

/** One folder's pack as read: its bytes, and where each analysis's line is in them. */
interface OpenPack { bytes: Buffer; lines: Map<string, [number, number]> }

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The analyser's version: a hash of the code and model that produce analyses (the server bundle, which holds them all). */
export function analyserVersion(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/**
 * Per-article analyses on disk, so that a second start does not re-analyse: one file per
 * article text, named by the hash of the text, under a folder named by the analyser's version
 * (a new analyser never reads an old analysis; the old folders are removed). Content-addressed,
 * so two windows sharing the folder write the same bytes for the same text; each write goes to
 * a temporary file renamed into place, so a reader sees a whole file or none. A file that is
 * truncated, corrupt or not what its name says is a miss: the article is analysed again and the
 * file rewritten.
 *
 * On top of the files, one **pack** per workspace folder (packs/<hash of the folder URI>.pack,
 * under the same version folder): the analyses of every article the folder held at its last
 * load, one line each (`<hash of the text> <analysis as JSON>`) after a header line naming the
 * format, the analyser's version and the folder. A start reads it in one go instead of one file
 * per article; its lines are still keyed by the hash of the text, so a file changed on disk
 * misses and is analysed again. The pack is written like the files (a temporary file renamed into
 * place: two windows sharing it each leave a whole pack, the last one wins), and only when the
 * folder's articles changed. A pack that is truncated, corrupt or of another version or folder
 * is ignored as a whole or line by line: what it cannot answer comes from the files, or from
 * the analyser, and the next load writes the pack again.
 */
export class AnalysisCache {
  readonly dir: string;
  hits = 0;
  misses = 0;
  /** How many of the hits the packs answered. */
  packHits = 0;
  #writes = new Set<Promise<void>>();
  /** The packs read by openPacks, by folder. */
  #packs = new Map<string, OpenPack>();
  /** Every line of the open packs, by the hash of its text. */
  #packed = new Map<string, { bytes: Buffer; at: [number, number] }>();
  /**
   * While a corpus loads: each analysis served or stored, by hash, as its pack line will hold it
   * (a line of a pack read, or the line made when it was stored), for the packs written after it.
   */
  #collected: Map<string, Buffer | string> | undefined;

  constructor(root: string, readonly version: string) {
    this.dir = join(root, `analysis-${version}`);
    mkdirSync(this.dir, { recursive: true });
  }

  /** Removes the folders of other analyser versions (best effort). */
  prune(root: string): void {
    try {
      for (const name of readdirSync(root)) {
        if (name.startsWith('analysis-') && join(root, name) !== this.dir) rmSync(join(root, name), { recursive: true, force: true });
      }
    } catch { /* another window may be pruning too */ }
  }

  #path(hash: string): string { return join(this.dir, hash.slice(0, 2), `${hash}.json`); }

  get(text: string, hash = contentHash(text)): ArticleAnalysis | undefined {
    const packed = this.#fromPack(hash, text);
    if (packed) { this.hits++; this.packHits++; return packed; }
    let raw: string;
    try { raw = readFileSync(this.#path(hash), 'utf8'); } catch { this.misses++; return undefined; }
    try {
      const s = JSON.parse(raw) as Stored;
      const a = s?.analysis;
      if (s.version !== this.version || s.hash !== hash || !isAnalysis(a)) throw new Error('not an analysis of this text');
      this.hits++;
      this.#collected?.set(hash, packLine(hash, text, a));
      return { text, ...a };
    } catch {
      // the caller analyses the text and put() replaces the file
      this.misses++;
      return undefined;
    }
  }

  /** Stores an analysis in the background; `settled()` waits for the writes. */
  put(text: string, analysis: ArticleAnalysis, hash = contentHash(text)): void {
    const { text: _t, ...rest } = analysis;
    this.#collected?.set(hash, packLine(hash, text, rest));
    const body = JSON.stringify({ version: this.version, hash, analysis: rest } satisfies Stored);
    this.#writeAtomically(join(this.dir, hash.slice(0, 2)), this.#path(hash), tmp => writeFile(tmp, body, 'utf8'));
  }

  /**
   * Writes a file in the background the safe way: into a temporary file of this process beside
   * it, renamed into place once whole (a reader sees the old file or the new one, never half of
   * one); on any failure the temporary file is removed and the old file stays.
   */
  #writeAtomically(dir: string, path: string, write: (tmp: string) => Promise<void>): void {
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    this.#track((async () => {
      try {
        if (!this.#made.has(dir)) { await mkdir(dir, { recursive: true }); this.#made.add(dir); }
        await write(tmp);
        await rename(tmp, path);
      } catch {
        this.#made.delete(dir); // (a folder removed meanwhile is made again by the next write)
        await rm(tmp, { force: true }).catch(() => undefined);
      }
    })());
  }

  /**
   * The folders this cache has made (or found) for its files: each is made once, not before every
   * write. (A cold start at 10,000 articles asked for one per analysis stored: 10,000 calls, about
   * half a second of the LSP thread.)
   */
  #made = new Set<string>();

  #track(w: Promise<void>): void {
    this.#writes.add(w);
    void w.finally(() => this.#writes.delete(w));
  }

  async settled(): Promise<void> { await Promise.all([...this.#writes]); }

  // ---------- packs ----------

  get #packDir(): string { return join(this.dir, 'packs'); }
  packPath(folder: string): string { return join(this.#packDir, `${contentHash(folder).slice(0, 32)}.pack`); }

  /**
   * Reads the packs of these workspace folders (a missing or unreadable one is no pack), and
   * from now until `closePacks()` remembers every analysis served or stored, for `writePack`.
   */
  async openPacks(folders: readonly string[]): Promise<void> {
    this.#collected = new Map();
    this.#removeStaleTemporaries();
    for (const folder of folders) {
      if (this.#packs.has(folder)) continue;
      let bytes: Buffer;
      try { bytes = await readFile(this.packPath(folder)); } catch { continue; }
      const pack = this.#index(bytes, folder);
      if (!pack) continue;
      this.#packs.set(folder, pack);
      for (const [hash, at] of pack.lines) this.#packed.set(hash, { bytes, at });
    }
  }

  /** A pack's lines by hash; undefined when its header is not this format, version and folder. */
  #index(bytes: Buffer, folder: string): OpenPack | undefined {
    const end = bytes.indexOf(10);
    if (end < 0) return undefined;
    try {
      const h = JSON.parse(bytes.toString('utf8', 0, end)) as PackHeader;
      if (h?.pack !== PACK_FORMAT || h.version !== this.version || h.folder !== folder) return undefined;
    } catch { return undefined; }
    const lines = new Map<string, [number, number]>();
    // each line: 64 hex digits, a space, the analysis; a cut-short last line fails to parse when read
    for (let at = end + 1; at < bytes.length;) {
      let next = bytes.indexOf(10, at);
      if (next < 0) next = bytes.length;
      if (next - at > 66 && bytes[at + 64] === 32) lines.set(bytes.toString('latin1', at, at + 64), [at + 65, next]);
      at = next + 1;
    }
    return { bytes, lines };
  }

  /** Whether an open pack has a line for the text with this hash (not yet checked). */
  packHas(hash: string): boolean { return this.#packed.has(hash); }

  /** A pack's analysis of this text (with this hash), checked; undefined when no pack holds a good one. */
  #fromPack(hash: string, text: string): ArticleAnalysis | undefined {
    const line = this.#packed.get(hash);
    if (!line) return undefined;
    try {
      const a = unpack(text, JSON.parse(line.bytes.toString('utf8', line.at[0], line.at[1])) as Packed);
      // the line as it is goes into the next pack
      const whole = line.bytes.subarray(line.at[0] - 65, line.at[1] + 1);
      this.#collected?.set(hash, line.at[1] < line.bytes.length ? whole : Buffer.concat([whole, Buffer.from('\n')]));
      return a;
    } catch {
      this.#packed.delete(hash); // a corrupt line: the files or the analyser answer, and the pack is rewritten
      return undefined;
    }
  }

  /** Whether the folder's pack, as read, holds exactly these analyses. */
  #packHolds(folder: string, hashes: readonly string[]): boolean {
    const pack = this.#packs.get(folder);
    if (!pack) return false;
    const wanted = new Set(hashes);
    if (wanted.size !== pack.lines.size) return false;
    for (const h of wanted) if (this.#packed.get(h)?.bytes !== pack.bytes) return false;
    return true;
  }

  /**
   * Writes a folder's pack in the background: the analyses of the texts with these hashes, as
   * served or stored since openPacks (a hash with none is left out). Nothing is written when the
   * pack read at the start holds just these (the folder did not change).
   */
  writePack(folder: string, hashes: readonly string[]): void {
    if (this.#packHolds(folder, hashes)) return;
    const collected = this.#collected;
    if (!collected) return;
    // the lines, made as the analyses were read or stored: writing is copying
    const lines: (Buffer | string)[] = [];
    const seen = new Set<string>();
    for (const h of hashes) {
      const line = collected.get(h);
      if (line !== undefined && !seen.has(h)) { seen.add(h); lines.push(line); }
    }
    this.#writeAtomically(this.#packDir, this.packPath(folder), async tmp => {
      const file = await open(tmp, 'w');
      try {
        await file.write(JSON.stringify({ pack: PACK_FORMAT, version: this.version, folder } satisfies PackHeader) + '\n');
        for (let i = 0; i < lines.length; i += PACK_CHUNK) {
          await file.writev(lines.slice(i, i + PACK_CHUNK).map(l => (typeof l === 'string' ? Buffer.from(l, 'utf8') : l)));
        }
      } finally { await file.close(); }
    });
  }

  // ---------- the kept link ----------

  /** The kept link of a workspace (its folders, in order): packs/<hash of the folders>.link. */
  linkPath(folders: readonly string[]): string { return join(this.#packDir, `${contentHash(JSON.stringify(folders)).slice(0, 32)}.link`); }

  /**
   * The link kept by the last load of these folders, and the key it was made under (see
   * server.ts: the articles' URIs, paths and text hashes, the rules and the corrections); none
   * when it is missing, unreadable, cut short or of another version.
   */
  async readLink(folders: readonly string[]): Promise<{ key: string; delta: LinkDelta } | undefined> {
    try {
      const k = JSON.parse(await readFile(this.linkPath(folders), 'utf8')) as KeptLink;
      const d = k?.delta, ids = k?.ids;
      if (k.link !== PACK_FORMAT || k.version !== this.version || typeof k.key !== 'string' || !d || !d.reset || !Array.isArray(ids) ||
        !Array.isArray(d.changed) || !Array.isArray(d.upserts) || !Array.isArray(d.order)) return undefined;
      const changed = d.changed.map(([uri, at]): [string, string[]] => {
        const list = at.map(k => ids[k]);
        if (typeof uri !== 'string' || list.some(id => typeof id !== 'string')) throw new Error('not a link');
        return [uri, list];
      });
      return { key: k.key, delta: { ...d, changed, removed: [] } };
    } catch { return undefined; }
  }

  /** Keeps a link for the next load of these folders, in the background (a temporary file renamed into place). */
  writeLink(folders: readonly string[], key: string, delta: LinkDelta): void {
    this.#writeAtomically(this.#packDir, this.linkPath(folders), async tmp => {
      const place = new Map<string, number>();
      const changed = delta.changed.map(([uri, list]): [string, number[]] => [uri, list.map(id => {
        let k = place.get(id);
        if (k === undefined) place.set(id, (k = place.size));
        return k;
      })]);
      const kept: KeptLink = { link: PACK_FORMAT, version: this.version, key, ids: [...place.keys()], delta: { ...delta, changed } };
      await writeFile(tmp, JSON.stringify(kept), 'utf8');
    });
  }

  /** Forgets the packs read and the analyses remembered for them (after the load's packs are written). */
  closePacks(): void {
    this.#packs.clear();
    this.#packed.clear();
    this.#collected = undefined;
  }

  /** Temporary packs left by a process killed mid-write (best effort; a fresh one may be another window's). */
  #removeStaleTemporaries(): void {
    try {
      for (const name of readdirSync(this.#packDir)) {
        if (!name.endsWith('.tmp')) continue;
        const p = join(this.#packDir, name);
        if (Date.now() - statSync(p).mtimeMs > STALE_TEMPORARY_MS) rmSync(p, { force: true });
      }
    } catch { /* no packs yet */ }
  }
}

function isAnalysis(a: Analysis | undefined): a is Analysis {
  return !!a && typeof a === 'object' && Array.isArray(a.mentions) && Array.isArray(a.named) && Array.isArray(a.quotes) && Array.isArray(a.quoteSpeakers);
}

/** One line of a pack: the hash, a space, the packed analysis, a newline. */
function packLine(hash: string, text: string, a: Analysis): Buffer {
  // kept as UTF-8 bytes until the pack is written: the line as a string is two bytes a character as
  // soon as it holds one curly quote, and the collected lines peak with the rest of a cold start
  return Buffer.from(`${hash} ${JSON.stringify(pack(text, a))}\n`, 'utf8');
}

const MENTION_KEYS = new Set(['type', 'text', 'start', 'end', 'entity', 'value', 'key', 'certain', 'role']);
const QUOTE_KEYS = new Set(['text', 'start', 'end', 'speaker', 'speakerText']);

/** An analysis as a pack line holds it (see Packed). */
function pack(text: string, a: Analysis): Packed {
  const { mentions, quotes, named, ...rest } = a;
  const at = new Map<unknown, number>();
  mentions.forEach((m, k) => { at.set(m, k); at.set(`${m.start} ${m.end} ${m.type}`, k); });
  let namedAt: number[] | undefined = [];
  for (const n of named) {
    let k = at.get(n);
    // analyses read back from JSON hold copies: the same mention at the same place
    if (k === undefined) {
      k = at.get(`${n.start} ${n.end} ${n.type}`);
      if (k === undefined || JSON.stringify(mentions[k]) !== JSON.stringify(n)) { namedAt = undefined; break; }
    }
    namedAt.push(k);
  }
  const own = (s: unknown, start: number, end: number) => (s === text.slice(start, end) ? 0 : s);
  return {
    ...rest,
    mentions: mentions.map(m => {
      const named = m as Mention & { key?: unknown; certain?: unknown; role?: unknown };
      const plain = typeof m.text === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end) && m.entity === null &&
        Object.keys(m).every(k => MENTION_KEYS.has(k)) && (named.key === undefined) === (named.certain === undefined) && (named.key !== undefined || named.role === undefined);
      if (!plain) return m;
      const head = [m.type, m.start, m.end, own(m.text, m.start, m.end), m.value];
      if (named.key === undefined) return head;
      return named.role === undefined ? [...head, named.key === m.text ? 0 : named.key, named.certain] : [...head, named.key === m.text ? 0 : named.key, named.certain, named.role];
    }),
    quotes: quotes.map(q => (Object.keys(q).every(k => QUOTE_KEYS.has(k)) && typeof q.text === 'string' && Number.isInteger(q.start) && Number.isInteger(q.end)
      ? [q.start, q.end, own(q.text, q.start, q.end), q.speaker, (q as Quote & { speakerText?: unknown }).speakerText] : q)),
    ...(namedAt ? { namedAt } : { named }),
  };
}

/** The analysis a pack line holds, for this text; throws when the line is not one. */
function unpack(text: string, p: Packed): ArticleAnalysis {
  const { mentions, quotes, namedAt, named, ...rest } = p;
  if (!Array.isArray(mentions) || !Array.isArray(quotes)) throw new Error('not an analysis');
  const str = (s: unknown, start: number, end: number) => (s === 0 ? text.slice(start, end) : s);
  const ms = mentions.map(t => {
    if (!Array.isArray(t)) return t as Mention;
    const [type, start, end, s, value, key, certain, role] = t as [string, number, number, unknown, unknown, unknown, unknown, unknown];
    const text = str(s, start, end);
    // whole literals, one shape each, as analyzeArticle makes them
    if (t.length <= 5) return { type, text, start, end, entity: null, value } as Mention;
    if (t.length === 7) return { type, text, start, end, entity: null, value, key: key === 0 ? text : key, certain } as Mention;
    return { type, text, start, end, entity: null, value, key: key === 0 ? text : key, certain, role } as Mention;
  });
  const qs = quotes.map(t => {
    if (!Array.isArray(t)) return t as Quote;
    const [start, end, s, speaker, speakerText] = t as [number, number, unknown, unknown, unknown];
    return { text: str(s, start, end), start, end, speaker, speakerText } as Quote;
  });
  const a = { text, ...rest, mentions: ms, quotes: qs, named: namedAt ? namedAt.map(k => ms[k]) : named } as ArticleAnalysis;
  if (!isAnalysis(a) || (namedAt && (!Array.isArray(namedAt) || a.named.some(m => !m || typeof m !== 'object'))) ||
    ms.some(m => !m || typeof m !== 'object' || typeof m.text !== 'string') || qs.some(q => !q || typeof q !== 'object' || typeof q.text !== 'string')) throw new Error('not an analysis');
  return a;
}

/** An analyser that reads the cache first and fills it on a miss. */
export function cachedAnalyser(cache: AnalysisCache | undefined, analyse: (text: string) => ArticleAnalysis): (text: string) => ArticleAnalysis {
  if (!cache) return analyse;
  return text => {
    const hash = contentHash(text);
    const hit = cache.get(text, hash);
    if (hit) return hit;
    const a = analyse(text);
    cache.put(text, a, hash);
    return a;
  };
}
