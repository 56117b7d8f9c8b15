// Incremental cross-article linking: the decisions of linkEntities (link.ts), kept per "cell" and
// per "bucket", so that a change to one article re-decides only the buckets its old and new names
// touch, and rebuilds only the entities those buckets hold. The result is the one linkEntities
// would give on the whole corpus (same partition of mentions, same canonical names, same ids);
// test/unit/incrementalLink.test.ts checks it on random edit sequences.
//
// How linkEntities decides, seen from here:
// - Each article is first resolved on its own (pins, canonical names of places and bodies, bare
//   surnames joining the article's full name). That gives per-article "local nodes".
// - Local nodes fall into cells, the units every cross-article decision treats alike: a place or a
//   body by its folded canonical name (one node for the whole corpus in linkEntities), a pin by its
//   name, a person's full name by folded surname and given name, a bare surname by its folding,
//   a mention the user split off by itself.
// - Cells meet in buckets, and every union linkEntities makes is decided inside one bucket from
//   that bucket's cells alone: people by the first four letters of the surname, acronyms and long
//   forms by initials, a company's first word by (first article, word), a pin and the person
//   class of its spelling.
// - Entities are the connected components of cells joined inside buckets.
// Order matters in a few places (the first article that names a body gives it its key, the first
// long form with some initials takes the acronym, canonical-name ties, id suffixes): each is kept
// as an occurrence (article URI, index of the form in the article), the order linkEntities visits.
import { NamedMention, EntityType } from './entities';
import { fold } from './fold';
import { lookup } from './known';
import { AliasRules, nameParts, surnameOwners, longerFullName, similarSurname, compatibleGiven, initials, namedForRemit, canonicalName, slug, linkCorrected, EntityRecord } from './link';
import { ArticleAnalysis } from './types';
import { CorrectionSet, mergePairs, NO_CORRECTIONS } from './corrections';

/** The order of String.prototype.localeCompare, as corpus.ts sorts aliases. */
const byText = new Intl.Collator().compare;

type CellKind = 'iso' | 'pin' | 'C' | 'PF' | 'PB';

/** One article's share of a cell: what linkEntities's node for it would be, had this article created it. */
class LocalNode {
  constructor(
    readonly cell: Cell,
    /** Creation order in the article (linkEntities's node order within an article). */
    readonly seq: number,
    /** Lowest and highest index, among the article's distinct forms, of the forms it holds. */
    readonly first: number,
    readonly last: number,
    readonly type: EntityType,
    readonly key: string,
    readonly given: string | null,
    readonly surname: string,
    readonly pinned: string | undefined,
    /** Its spellings, flat: text, mention count, index of its first distinct form; text, count, index… */
    readonly forms: (string | number)[],
  ) {}
}

interface ArticleState { nodes: LocalNode[]; ofMention: Int32Array }

/**
 * An article's share of a cell, as the cell keeps it: its one local node (nearly always), or its
 * nodes. (A list each was 190,000 one-item arrays at 10,000 articles, 11 MB of the link worker's heap.)
 */
type Share = LocalNode | readonly LocalNode[];
const nodesOf = (s: Share): readonly LocalNode[] => (s instanceof LocalNode ? [s] : s);
const firstOf = (s: Share): LocalNode => (s instanceof LocalNode ? s : s[0]);

class Cell {
  /** The articles holding it, and their local nodes (one for a corpus-wide cell; several for a person class). */
  readonly members = new Map<string, Share>();
  /** For person classes: the pinned people whose spelling falls in the class. */
  pins: Set<Cell> | undefined; // made when the first pin comes: most classes have none
  /** For corpus-wide cells (pin, C): the first article, whose node gives the cell its key and type. */
  creator: string | undefined;
  /** For pins of people: the person class the pin joins. */
  target: Cell | undefined;
  buckets: string[] = [];
  comp: Comp | undefined;
  /** The entity id its articles were last given. */
  id: string | undefined;
  constructor(readonly key: string, readonly kind: CellKind) {}
  get exists(): boolean { return this.members.size > 0 || !!this.pins?.size; }
  creatorNode(): LocalNode | undefined {
    const s = this.creator === undefined ? undefined : this.members.get(this.creator);
    return s === undefined ? undefined : firstOf(s);
  }
}

interface Bucket { cells: Set<Cell>; groupOf: Map<Cell, Cell[]> }

/** Articles set and not linked yet: the cells whose shares changed, what changed in each (an article's old and new share), and the articles. */
interface Staged {
  dirty: Set<Cell>; touched: Set<string>; shares: Map<Cell, { uri: string; old: readonly LocalNode[] | undefined; now: readonly LocalNode[] | undefined }[]>;
  /** Articles whose ids the caller already has (see stage's `held`): listed in the delta only when theirs differ. */
  held: Set<string>;
}

interface Comp {
  cells: Cell[];
  /** Its articles, and how many of its local nodes each holds. */
  arts: Map<string, number>;
  /**
   * Its spellings and their mentions. (How many articles hold each is counted when a name is
   * chosen, see #formArticles: kept here, a map of articles per spelling was the biggest part of
   * the link worker's state, 16 MB with the entities' own maps at 10,000 articles.)
   */
  forms: Map<string, number>;
  base: string;
  /** Where linkEntities first meets it: its group order, which orders id suffixes and ties. */
  firstUri: string;
  firstIdx: number;
  id: string;
  record: EntityRecord;
}

/** What a link changed: per article, the entity ids of its named mentions; the entity records added or changed, and the ids gone. */
export interface LinkDelta {
  changed: [string, string[]][];
  upserts: EntityRecord[];
  removed: string[];
  /** Per upserted id, where the corpus first names it ([uri, form index]): ties in the entity list are broken by it. */
  order: [string, string, number][];
  /** The upserts are the whole entity list (the previous one is dropped). */
  reset?: boolean;
}

const before = (u1: string, i1: number, u2: string, i2: number) => u1 < u2 || (u1 === u2 && i1 < i2);

/** The signature of an article's share of a cell: when it is unchanged, nothing the cell decides changes. */
function share(nodes: readonly LocalNode[]): string {
  return nodes.map(n => `${n.seq}\u0001${n.first}\u0001${n.last}\u0001${n.type}\u0001${n.key}\u0001${n.given}\u0001${n.surname}\u0001${n.pinned}\u0001${n.forms.join('\u0003')}`).join('\u0002');
}

const ACRONYM = /^[\p{Lu}]{2,6}$/u;

/** Whether the incremental linker decides exactly as linkEntities under these rules (it does not do "separate" pairs or merges). */
export function incrementalRules(rules: AliasRules): boolean {
  return rules.separate.length === 0 && !(rules.merges?.length);
}

export class IncrementalLinker {
  readonly #pinned = new Map<string, { name: string; type?: EntityType }>();
  readonly #articles = new Map<string, ArticleState>();
  readonly #ids = new Map<string, string[]>();
  readonly #cells = new Map<string, Cell>();
  readonly #buckets = new Map<string, Bucket>();
  readonly #byId = new Map<string, Comp>();
  readonly #families = new Map<string, Set<Comp>>();
  /** One copy of each spelling, surname and given name the nodes keep (articles arrive with their own copies). */
  #strings = new Map<string, string>();
  #intern(s: string): string {
    const had = this.#strings.get(s);
    if (had !== undefined) return had;
    if (this.#strings.size >= 500_000) this.#strings = new Map(); // a bound for long sessions: later copies are only not shared
    this.#strings.set(s, s);
    return s;
  }

  constructor(rules: AliasRules) {
    if (!incrementalRules(rules)) throw new Error('IncrementalLinker: "separate" pairs and merges need a full link');
    for (const e of rules.entities) for (const a of [e.name, ...e.aliases]) this.#pinned.set(fold(a), { name: e.name, type: e.type });
  }

  get size(): number { return this.#articles.size; }
  /** What the last update did: cells whose share changed, buckets re-decided, entities rebuilt from scratch or patched. */
  stats = { cells: 0, buckets: 0, rebuilt: 0, patched: 0 };
  ids(uri: string): string[] | undefined { return this.#ids.get(uri); }
  /** Every entity record, unsorted, with where the corpus first names it. */
  entities(): { record: EntityRecord; firstUri: string; firstIdx: number }[] {
    return [...this.#byId.values()].map(c => ({ record: c.record, firstUri: c.firstUri, firstIdx: c.firstIdx }));
  }

  #cell(key: string, kind: CellKind): Cell {
    let c = this.#cells.get(key);
    if (!c) this.#cells.set(key, (c = new Cell(key, kind)));
    return c;
  }

  /** Sets (named mentions) or removes (null) articles, and relinks what they touch (`held`: see stage). */
  update(changes: Iterable<readonly [string, readonly NamedMention[] | null]>, held?: ReadonlyMap<string, string[]>): LinkDelta {
    this.stage(changes, held);
    const { dirty, touched, shares, held: known } = this.#staged!;
    this.#staged = undefined;
    return this.#link(dirty, touched, shares, known);
  }

  /**
   * Articles set since the last update and not linked yet (stage): the cells whose shares changed,
   * and what changed in each (an article's old and new share).
   */
  #staged: Staged | undefined;

  /**
   * Sets or removes articles as update does, but links them only with the next update: a corpus
   * sent in parts is then linked once, not each of its big buckets again for every part.
   */
  stage(changes: Iterable<readonly [string, readonly NamedMention[] | null]>, held?: ReadonlyMap<string, string[]>): void {
    const { dirty, touched, shares, held: known } = (this.#staged ??= { dirty: new Set(), touched: new Set(), shares: new Map(), held: new Set() });
    const changedShare = (cell: Cell, uri: string, old: readonly LocalNode[] | undefined, now: readonly LocalNode[] | undefined) => {
      dirty.add(cell);
      let l = shares.get(cell);
      if (!l) shares.set(cell, (l = []));
      l.push({ uri, old, now });
    };
    for (const [uri, named] of changes) {
      touched.add(uri);
      // `held`: the ids the caller's view gives the article (a relearn of a kept link): the delta
      // lists the article only if the link gives it others
      const ids = named ? held?.get(uri) : undefined;
      if (ids) { this.#ids.set(uri, ids); known.add(uri); } else known.delete(uri);
      const old = this.#articles.get(uri);
      const fresh = named ? this.#resolve(uri, named) : undefined;
      const oldBy = groupByCell(old?.nodes), newBy = groupByCell(fresh?.nodes);
      for (const [cell, nodes] of oldBy) {
        const now = newBy.get(cell);
        if (now && share(nodesOf(now)) === share(nodesOf(nodes))) { cell.members.set(uri, now); continue; }
        cell.members.delete(uri);
        changedShare(cell, uri, nodesOf(nodes), undefined);
      }
      for (const [cell, nodes] of newBy) {
        if (cell.members.get(uri) === nodes) continue;
        cell.members.set(uri, nodes);
        changedShare(cell, uri, undefined, nodesOf(nodes));
      }
      if (fresh) this.#articles.set(uri, fresh); else this.#articles.delete(uri);
    }
  }

  #link(dirty: Set<Cell>, touched: Set<string>, shares: Staged['shares'], held: Set<string>): LinkDelta {
    // Cells: who creates them, and the buckets they fall in. Pins first: they add or drop
    // themselves from the person classes, which then are refreshed too.
    const affected = new Set<string>();
    const refresh = (cell: Cell) => {
      const old = cell.buckets;
      const now = this.#bucketsOf(cell, dirty);
      for (const b of old) affected.add(b);
      for (const b of now) affected.add(b);
      for (const b of old) if (!now.includes(b)) { const k = this.#buckets.get(b); k?.cells.delete(cell); }
      for (const b of now) if (!old.includes(b)) { let k = this.#buckets.get(b); if (!k) this.#buckets.set(b, (k = { cells: new Set(), groupOf: new Map() })); k.cells.add(cell); }
      cell.buckets = now;
    };
    for (const cell of [...dirty]) if (cell.kind === 'pin') refresh(cell);
    for (const cell of dirty) if (cell.kind !== 'pin') refresh(cell);

    const seeds = new Set<Cell>(dirty);
    for (const b of affected) {
      const bucket = this.#buckets.get(b);
      if (!bucket) continue;
      if (bucket.cells.size === 0) { this.#buckets.delete(b); continue; }
      this.#decide(b, bucket);
      for (const c of bucket.cells) seeds.add(c);
    }

    // The entities that held a seed are taken apart and rebuilt from their cells' buckets.
    const oldComps = new Set<Comp>();
    for (const c of seeds) if (c.comp) oldComps.add(c.comp);
    const region = new Set<Cell>(seeds);
    for (const comp of oldComps) for (const c of comp.cells) region.add(c);
    // they leave their id families now, under the name they had (a patched entity may be renamed below)
    const changedIds = new Set<string>();
    const families = new Set<string>();
    for (const comp of oldComps) {
      families.add(comp.base);
      this.#families.get(comp.base)?.delete(comp);
      if (this.#byId.get(comp.id) === comp) { this.#byId.delete(comp.id); changedIds.add(comp.id); }
    }
    const newComps: Comp[] = [];
    const seen = new Set<Cell>();
    this.stats = { cells: dirty.size, buckets: 0, rebuilt: 0, patched: 0 };
    for (const b of affected) if (this.#buckets.has(b)) this.stats.buckets++;
    for (const start of region) {
      if (seen.has(start)) continue;
      seen.add(start);
      if (!start.exists) { start.comp = undefined; if (this.#cells.get(start.key) === start) this.#cells.delete(start.key); continue; }
      const cells = [start];
      for (let k = 0; k < cells.length; k++) {
        for (const b of cells[k].buckets) {
          const group = this.#buckets.get(b)?.groupOf.get(cells[k]);
          if (group) for (const c of group) if (!seen.has(c)) { seen.add(c); cells.push(c); }
        }
      }
      // the same cells as before (most edits): patch its counts with what changed; else build it anew
      const prev = cells[0].comp;
      let comp: Comp;
      if (prev && prev.cells.length === cells.length && cells.every(c => c.comp === prev)) {
        comp = prev;
        this.stats.patched++;
        for (const c of cells) for (const ch of shares.get(c) ?? []) this.#patch(comp, ch.uri, ch.old, ch.now);
        this.#finish(comp);
      } else {
        comp = this.#comp(cells);
        this.stats.rebuilt++;
        for (const c of cells) c.comp = comp;
      }
      newComps.push(comp);
    }

    // Ids: a name's id, suffixed -2, -3… in the order the corpus first names each entity of that name.
    for (const comp of newComps) {
      families.add(comp.base);
      let f = this.#families.get(comp.base);
      if (!f) this.#families.set(comp.base, (f = new Set()));
      f.add(comp);
    }
    const fresh = new Set(newComps);
    const renamedAll: Comp[] = [];
    for (const base of families) {
      const f = this.#families.get(base);
      if (!f?.size) { this.#families.delete(base); continue; }
      const members = [...f].sort((x, y) => (before(x.firstUri, x.firstIdx, y.firstUri, y.firstIdx) ? -1 : 1));
      const renamed: Comp[] = [];
      members.forEach((c, k) => {
        const id = k === 0 ? base : `${base}-${k + 1}`;
        if (c.id === id && !fresh.has(c)) return;
        if (this.#byId.get(c.id) === c) { this.#byId.delete(c.id); changedIds.add(c.id); }
        c.id = id;
        c.record = { ...c.record, id };
        renamed.push(c);
      });
      for (const c of renamed) { this.#byId.set(c.id, c); changedIds.add(c.id); if (!fresh.has(c)) renamedAll.push(c); }
    }

    // Articles whose mentions' ids changed.
    const recheck = new Set<string>(touched);
    for (const comp of [...newComps, ...renamedAll]) for (const c of comp.cells) if (c.id !== comp.id) { c.id = comp.id; for (const uri of c.members.keys()) recheck.add(uri); }
    const changed: [string, string[]][] = [];
    for (const uri of recheck) {
      const a = this.#articles.get(uri);
      if (!a) { this.#ids.delete(uri); continue; }
      const ids = Array.from(a.ofMention, i => a.nodes[i].cell.comp!.id);
      const old = this.#ids.get(uri);
      if (touched.has(uri) && !held.has(uri) || !old || old.length !== ids.length || old.some((id, j) => id !== ids[j])) { changed.push([uri, ids]); this.#ids.set(uri, ids); }
      else if (held.has(uri)) this.#ids.set(uri, ids); // the same ids, as the entities' own strings (the message's copies go)
    }
    const upserts: EntityRecord[] = [], removed: string[] = [], order: [string, string, number][] = [];
    for (const id of changedIds) {
      const c = this.#byId.get(id);
      if (c) { upserts.push(c.record); order.push([id, c.firstUri, c.firstIdx]); } else removed.push(id);
    }
    return { changed, upserts, removed, order };
  }

  /** The buckets a cell falls in now (refreshing its creator, and a pin's person class). */
  #bucketsOf(cell: Cell, dirty: Set<Cell>): string[] {
    if (!cell.exists) {
      if (cell.target) { cell.target.pins!.delete(cell); dirty.add(cell.target); cell.target = undefined; }
      return [];
    }
    if (cell.kind === 'pin' || cell.kind === 'C' || cell.kind === 'iso') {
      let min: string | undefined;
      for (const uri of cell.members.keys()) if (min === undefined || uri < min) min = uri;
      cell.creator = min;
    }
    const n = cell.creatorNode();
    switch (cell.kind) {
      case 'iso': return [];
      case 'pin': {
        const target = n!.type === 'PERSON' ? this.#cell(classKey(n!.given, n!.surname), n!.given ? 'PF' : 'PB') : undefined;
        if (target !== cell.target) {
          if (cell.target) { cell.target.pins!.delete(cell); dirty.add(cell.target); }
          if (target) { (target.pins ??= new Set()).add(cell); dirty.add(target); }
          cell.target = target;
        }
        return target ? [`L:${cell.key}`] : [];
      }
      case 'C': {
        if (n!.type !== 'ORG') return [];
        const key = n!.key, u = cell.creator!;
        if (key.includes(' ')) return namedForRemit(key) ? [`I:${initials(key)}`] : [`I:${initials(key)}`, `F:${u}\u0000${fold(key.split(' ')[0])}`];
        return ACRONYM.test(key) ? [`I:${key}`, `F:${u}\u0000${fold(key)}`] : [`F:${u}\u0000${fold(key)}`];
      }
      default: {
        const surname = cell.kind === 'PF' ? cell.key.slice(3, cell.key.indexOf('\u0000')) : cell.key.slice(3);
        return [`P:${surname.slice(0, 4)}`, ...[...cell.pins ?? []].map(p => `L:${p.key}`)];
      }
    }
  }

  /** Re-decides one bucket: which of its cells linkEntities joins. */
  #decide(key: string, bucket: Bucket): void {
    const cells = [...bucket.cells];
    const parent = cells.map((_, i) => i);
    const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; };
    const union = (a: number, b: number) => { parent[find(a)] = find(b); };
    const kind = key[0];
    if (kind === 'L') {
      for (let i = 1; i < cells.length; i++) union(i, 0);
    } else if (kind === 'P') {
      const reps = cells.map(c => this.#rep(c));
      const full: number[] = [], bare: number[] = [];
      cells.forEach((c, i) => (c.kind === 'PF' ? full : bare).push(i));
      for (let p = 0; p < full.length; p++) for (let q = p + 1; q < full.length; q++) {
        const x = reps[full[p]], y = reps[full[q]];
        if (similarSurname(x.surname, y.surname) && compatibleGiven(x.given, y.given)) union(full[p], full[q]);
      }
      // a bare surname joins the one full-name person it can be (owners decided before any bare joins)
      const owners = bare.map(b => {
        const roots = new Set(full.filter(f => similarSurname(reps[f].surname, reps[b].surname)).map(find));
        return roots.size === 1 ? [...roots][0] : -1;
      });
      bare.forEach((b, k) => { if (owners[k] >= 0) union(b, owners[k]); });
      for (let p = 0; p < bare.length; p++) for (let q = p + 1; q < bare.length; q++) {
        if (similarSurname(reps[bare[p]].surname, reps[bare[q]].surname)) union(bare[p], bare[q]);
      }
    } else if (kind === 'I') {
      let long = -1;
      cells.forEach((c, i) => {
        if (!this.#orgKey(c).includes(' ')) return;
        if (long < 0 || before(c.creator!, c.creatorNode()!.seq, cells[long].creator!, cells[long].creatorNode()!.seq)) long = i;
      });
      if (long >= 0) cells.forEach((c, i) => { if (ACRONYM.test(this.#orgKey(c))) union(i, long); });
    } else if (kind === 'F') {
      const longs = cells.map((c, i) => [c, i] as const).filter(([c]) => this.#orgKey(c).includes(' '));
      if (longs.length === 1) cells.forEach((c, i) => { if (!this.#orgKey(c).includes(' ')) union(i, longs[0][1]); });
    }
    const groups = new Map<number, Cell[]>();
    cells.forEach((c, i) => { const r = find(i); let g = groups.get(r); if (!g) groups.set(r, (g = [])); g.push(c); });
    bucket.groupOf.clear();
    for (const g of groups.values()) if (g.length > 1) for (const c of g) bucket.groupOf.set(c, g);
  }

  #orgKey(c: Cell): string { return c.creatorNode()!.key; }

  /** A person class's surname and given name, as spelled by one of its nodes (the tests fold them). */
  #rep(c: Cell): { given: string | null; surname: string } {
    for (const s of c.members.values()) return firstOf(s);
    for (const p of c.pins ?? []) return p.creatorNode()!;
    throw new Error(`empty person class ${c.key}`);
  }

  /** An entity from its cells: counts of every spelling, then its record. */
  #comp(cells: Cell[]): Comp {
    const comp: Comp = { cells, arts: new Map(), forms: new Map(), base: '', firstUri: '', firstIdx: -1, id: '', record: undefined as unknown as EntityRecord };
    for (const cell of cells) for (const [uri, s] of cell.members) this.#count(comp, uri, nodesOf(s), 1);
    this.#finish(comp);
    return comp;
  }

  /** Adds (sign 1) or takes away (-1) an article's nodes from an entity's counts. */
  #count(comp: Comp, uri: string, nodes: readonly LocalNode[], sign: 1 | -1): void {
    for (const n of nodes) {
      const a = (comp.arts.get(uri) ?? 0) + sign;
      if (a) comp.arts.set(uri, a); else comp.arts.delete(uri);
      for (let k = 0; k < n.forms.length; k += 3) {
        const text = n.forms[k] as string;
        // every local node's share of a spelling counts one mention or more: no mentions left, no node holds it
        const count = (comp.forms.get(text) ?? 0) + sign * (n.forms[k + 1] as number);
        if (count) comp.forms.set(text, count); else comp.forms.delete(text);
      }
    }
  }

  /** An article's share of one of an entity's cells changed: its counts follow. */
  #patch(comp: Comp, uri: string, old: readonly LocalNode[] | undefined, now: readonly LocalNode[] | undefined): void {
    if (old) this.#count(comp, uri, old, -1);
    if (now) this.#count(comp, uri, now, 1);
    if (uri === comp.firstUri) comp.firstIdx = -1; // its first naming may have moved: found again in #finish
    else if (now && comp.firstIdx >= 0) for (const n of now) if (before(uri, n.first, comp.firstUri, comp.firstIdx)) { comp.firstUri = uri; comp.firstIdx = n.first; }
  }

  /** Where the corpus first names each spelling of an entity (only needed to break ties, as linkEntities's visiting order does). */
  #textOrder(comp: Comp): Map<string, [string, number]> {
    const at = new Map<string, [string, number]>();
    for (const cell of comp.cells) for (const [uri, s] of cell.members) for (const n of nodesOf(s)) {
      for (let k = 0; k < n.forms.length; k += 3) {
        const text = n.forms[k] as string, i = n.forms[k + 2] as number;
        const o = at.get(text);
        if (!o || before(uri, i, o[0], o[1])) at.set(text, [uri, i]);
      }
    }
    return at;
  }

  /** An entity's name, id family and record, from its counts (as linkEntities and linkCorrected make them). */
  #finish(comp: Comp): void {
    if (comp.firstIdx < 0) {
      for (const cell of comp.cells) for (const [uri, s] of cell.members) for (const n of nodesOf(s)) {
        if (comp.firstIdx < 0 || before(uri, n.first, comp.firstUri, comp.firstIdx)) { comp.firstUri = uri; comp.firstIdx = n.first; }
      }
    }
    let type: EntityType | undefined, pinned: string | undefined, pinUri = '', pinIdx = -1;
    const keys: { key: string; u: string; i: number }[] = [];
    for (const cell of comp.cells) {
      const creator = cell.creatorNode();
      if (creator) { type ??= creator.type; keys.push({ key: creator.key, u: cell.creator!, i: creator.first }); }
      else type ??= 'PERSON';
      // with several pins in one entity, the one named last wins (linkEntities visits every form in order)
      if (cell.kind === 'pin') for (const [uri, s] of cell.members) for (const n of nodesOf(s)) {
        if (pinIdx < 0 || before(pinUri, pinIdx, uri, n.last)) { pinned = creator!.pinned; pinUri = uri; pinIdx = n.last; }
      }
    }
    keys.sort((x, y) => (before(x.u, x.i, y.u, y.i) ? -1 : 1));
    const name = pinned ?? this.#canonical(comp, type!, keys.map(k => k.key));
    comp.base = `${type!.toLowerCase()}:${slug(name)}`;
    let mentions = 0;
    const aliases = [...comp.forms].map(([text, count]) => { mentions += count; return { text, count }; });
    aliases.sort((x, y) => y.count - x.count || byText(x.text, y.text));
    if (aliases.some((a, k) => k > 0 && a.count === aliases[k - 1].count && byText(a.text, aliases[k - 1].text) === 0)) {
      // collator ties keep the order the corpus first names them in
      const at = this.#textOrder(comp);
      aliases.sort((x, y) => y.count - x.count || byText(x.text, y.text) || (before(...at.get(x.text)!, ...at.get(y.text)!) ? -1 : 1));
    }
    comp.record = { id: comp.id, type: type!, name, aliases, mentions, articles: comp.arts.size };
  }

  /** The articles that hold each of an entity's spellings (their number is what canonicalName reads). */
  #formArticles(comp: Comp): Map<string, Set<string>> {
    const arts = new Map<string, Set<string>>();
    for (const cell of comp.cells) for (const [uri, s] of cell.members) for (const n of nodesOf(s)) {
      for (let k = 0; k < n.forms.length; k += 3) {
        const text = n.forms[k] as string;
        let s = arts.get(text);
        if (!s) arts.set(text, (s = new Set()));
        s.add(uri);
      }
    }
    return arts;
  }

  /** canonicalName, from the counts: the order the corpus names the spellings in is only looked up when it breaks a tie. */
  #canonical(comp: Comp, type: EntityType, keys: string[]): string {
    let arts: Map<string, { size: number }> | undefined;
    const score = (t: string) => [(arts ??= this.#formArticles(comp)).get(t)!.size, comp.forms.get(t)!, t.length] as const;
    const cmp = (a: readonly number[], b: readonly number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    let pool: string[];
    let rank: (t: string) => readonly number[];
    if (type !== 'PERSON') {
      const keyed = keys.find(k => lookup(k)?.canonical === k);
      if (keyed) return keyed;
      pool = [...comp.forms.keys()];
      rank = t => { const [a, c, l] = score(t); return [l, a, c]; };
    } else {
      const forms = [...comp.forms.keys()];
      const full = forms.filter(f => f.split(/\s+/).length > 1);
      pool = full.length ? full : forms;
      rank = score;
    }
    let best = pool[0], bestRank = rank(best), tie = false;
    for (let k = 1; k < pool.length; k++) {
      const r = rank(pool[k]), c = cmp(r, bestRank);
      if (c > 0) { best = pool[k]; bestRank = r; tie = false; } else if (c === 0) tie = true;
    }
    if (tie) {
      // equal on every count: linkEntities's order decides, so rebuild its view in that order
      const at = this.#textOrder(comp);
      const ordered = [...comp.forms.keys()].sort((x, y) => (before(...at.get(x)!, ...at.get(y)!) ? -1 : 1));
      arts ??= this.#formArticles(comp);
      return canonicalName({ type, keys: new Set(keys), forms: new Map(ordered.map(t => [t, arts!.get(t)!])), count: new Map(ordered.map(t => [t, comp.forms.get(t)!])) });
    }
    return type === 'PERSON' ? best.replace(/[’']s$/, '') : best;
  }

  /** One article on its own, as linkEntities resolves it: its local nodes, and each mention's node. */
  #resolve(uri: string, mentions: readonly NamedMention[]): ArticleState {
    interface Form { type: EntityType; key: string; text: string; node: number; count: number; idx: number; parts?: { given: string | null; surname: string } }
    interface Building { cell: Cell; seq: number; type: EntityType; key: string; given: string | null; surname: string; pinned: string | undefined; forms: Form[] }
    const nodes: Building[] = [];
    const make = (cell: Cell, props: Omit<Building, 'cell' | 'seq' | 'forms'>, f: Form): number => {
      nodes.push({ cell, seq: nodes.length, ...props, forms: [f] });
      return nodes.length - 1;
    };
    const partsOf = (f: Form) => (f.parts ??= nameParts(f.text));
    const ofMention: Form[] = new Array(mentions.length);
    const distinct: Form[] = [];
    const byText = new Map<string, Form[]>();
    mentions.forEach((m, k) => {
      if ((m as { isolated?: boolean }).isolated) {
        const f: Form = { type: m.type, key: m.key, text: m.text, node: -1, count: 1, idx: distinct.length };
        f.node = make(this.#cell(`iso:${uri}\u0000${k}`, 'iso'), { type: m.type, key: m.text, given: null, surname: m.text, pinned: undefined }, f);
        distinct.push(f); ofMention[k] = f;
        return;
      }
      let list = byText.get(m.text);
      const seen = list?.find(f => f.type === m.type && f.key === m.key);
      if (seen) { seen.count++; ofMention[k] = seen; return; }
      const f: Form = { type: m.type, key: m.key, text: m.text, node: -1, count: 1, idx: distinct.length };
      if (!list) byText.set(m.text, (list = []));
      list.push(f); distinct.push(f); ofMention[k] = f;
    });
    const byCell = new Map<string, number>(); // corpus-wide cells met in this article
    const people = new Map<string, number>(); // this article's people, by folded name
    const join = (id: number, f: Form) => { f.node = id; nodes[id].forms.push(f); };
    const fullNames = new Set<Form>();
    for (const f of distinct) {
      if (f.node >= 0) continue;
      const pin = this.#pinned.size ? this.#pinned.get(fold(f.text)) : undefined;
      if (pin) {
        const key = `pin:${fold(pin.name)}`;
        const id = byCell.get(key);
        if (id !== undefined) join(id, f);
        else { f.node = make(this.#cell(key, 'pin'), { type: pin.type ?? f.type, key: pin.name, ...nameParts(f.text), pinned: pin.name }, f); byCell.set(key, f.node); }
        continue;
      }
      if (f.type !== 'PERSON') {
        // (a body's short form the article ties to its long form keeps that tie: "International Cricket Council (ICC)")
        const canonical = f.type === 'ORG' && f.key !== f.text ? f.key : lookup(f.text)?.canonical ?? f.key;
        const key = `C:${f.type}:${fold(canonical)}`;
        const id = byCell.get(key);
        if (id !== undefined) join(id, f);
        else { f.node = make(this.#cell(key, 'C'), { type: f.type, key: canonical, given: null, surname: canonical, pinned: undefined }, f); byCell.set(key, f.node); }
        continue;
      }
      const parts = partsOf(f);
      // ("Monteiro Sousa" after "Tiago Monteiro Sousa": as linkEntities does)
      const longer = parts.given ? longerFullName(fullNames, f.text, g => g.text, g => g.node) : undefined;
      if (longer) { join(longer.node, f); continue; }
      if (parts.given) {
        const id = people.get(fold(f.text));
        if (id !== undefined) join(id, f);
        else { f.node = make(this.#cell(classKey(parts.given, parts.surname), 'PF'), { type: 'PERSON', key: f.text, given: parts.given, surname: parts.surname, pinned: undefined }, f); people.set(fold(f.text), f.node); }
        fullNames.add(f);
      }
    }
    const ownerOf = surnameOwners(ofMention, fullNames, f => f.text, f => partsOf(f).surname);
    for (const f of distinct) {
      if (f.node >= 0) continue;
      const parts = partsOf(f);
      const owner = ownerOf(parts.surname);
      if (owner) { join(owner.node, f); continue; }
      const id = people.get(fold(f.text));
      if (id !== undefined) join(id, f);
      else { f.node = make(this.#cell(classKey(null, parts.surname), 'PB'), { type: 'PERSON', key: f.text, given: null, surname: parts.surname, pinned: undefined }, f); people.set(fold(f.text), f.node); }
    }
    const out: LocalNode[] = nodes.map(n => {
      const flat: (string | number)[] = [];
      let first = Infinity, last = -1;
      for (const f of n.forms) {
        if (f.idx < first) first = f.idx;
        if (f.idx > last) last = f.idx;
        let k = 0;
        while (k < flat.length && flat[k] !== f.text) k += 3;
        if (k === flat.length) flat.push(f.text, f.count, f.idx);
        else { (flat[k + 1] as number) += f.count; if (f.idx < (flat[k + 2] as number)) flat[k + 2] = f.idx; }
      }
      for (let k = 0; k < flat.length; k += 3) flat[k] = this.#intern(flat[k] as string);
      const i = (x: string) => this.#intern(x);
      // slice(): an array grown by push keeps room for 16 more items, 130 bytes for each of the corpus's local nodes
      return new LocalNode(n.cell, n.seq, first, last, n.type, i(n.key), n.given === null ? null : i(n.given), i(n.surname), n.pinned, flat.slice());
    });
    return { nodes: out, ofMention: Int32Array.from(ofMention, f => f.node) };
  }
}

function classKey(given: string | null, surname: string): string {
  return given ? `PF:${fold(surname)}\u0000${fold(given)}` : `PB:${fold(surname)}`;
}

function groupByCell(nodes: LocalNode[] | undefined): Map<Cell, Share> {
  const m = new Map<Cell, LocalNode[]>();
  for (const n of nodes ?? []) { let l = m.get(n.cell); if (!l) m.set(n.cell, (l = [])); l.push(n); }
  // the cells keep these (one per article in each): a node by itself, or a list without the room push leaves for more
  const out = new Map<Cell, Share>();
  for (const [cell, l] of m) out.set(cell, l.length === 1 ? l[0] : l.slice());
  return out;
}

/**
 * The corpus's cross-article link, kept up to date article by article: incrementally (above) under
 * the usual rules, or by a full link after each change when the user's "separate" pairs or merges
 * are in force (those look at the whole corpus at once).
 */
export class CorpusLinker {
  readonly #rules: AliasRules;
  readonly #inc: IncrementalLinker | undefined;
  /** Full-link mode only: every article's named mentions, and the ids last given. */
  readonly #named = new Map<string, readonly NamedMention[]>();
  readonly #lastIds = new Map<string, string[]>();

  constructor(rules: AliasRules, corrections: CorrectionSet) {
    const merges = mergePairs(corrections);
    this.#rules = merges.length ? { ...rules, merges: [...(rules.merges ?? []), ...merges] } : rules;
    if (incrementalRules(this.#rules)) this.#inc = new IncrementalLinker(this.#rules);
  }

  get incremental(): boolean { return this.#inc !== undefined; }

  /** Full-link mode: the articles staged since the last update. */
  #staged = new Set<string>();

  /** Sets or removes articles, linked with the next update (IncrementalLinker.stage; a full link lists every article, held or not). */
  stage(changes: readonly (readonly [string, readonly NamedMention[] | null])[], held?: ReadonlyMap<string, string[]>): void {
    if (this.#inc) { this.#inc.stage(changes, held); return; }
    for (const [uri, named] of changes) {
      this.#staged.add(uri);
      if (named) this.#named.set(uri, named);
      else { this.#named.delete(uri); this.#lastIds.delete(uri); }
    }
  }

  update(changes: readonly (readonly [string, readonly NamedMention[] | null])[], held?: ReadonlyMap<string, string[]>): LinkDelta {
    if (this.#inc) return this.#inc.update(changes, held);
    this.stage(changes);
    const sent = this.#staged;
    this.#staged = new Set();
    const uris = [...this.#named.keys()].sort();
    const { ids, entities } = linkCorrected(uris.map(u => ({ named: this.#named.get(u)! }) as unknown as ArticleAnalysis), this.#rules, NO_CORRECTIONS);
    const changed: [string, string[]][] = [];
    uris.forEach((uri, k) => {
      const old = this.#lastIds.get(uri);
      if (sent.has(uri) || !old || old.length !== ids[k].length || old.some((id, j) => id !== ids[k][j])) changed.push([uri, ids[k]]);
      this.#lastIds.set(uri, ids[k]);
    });
    // the list comes sorted: its own order breaks the ties
    return { changed, upserts: entities, removed: [], order: entities.map((e, k) => [e.id, '', k]), reset: true };
  }
}
