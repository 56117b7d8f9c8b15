import { string as distance } from 'wink-distance';
import { NamedMention, EntityType } from './entities';
import { fold } from './fold';
import type * as Known from './known';

/**
 * The names the data knows (known.ts), loaded when linking first needs them: the LSP thread takes this module for slug and
 * parseAliasRules and never links a corpus itself (the link worker does), so it never builds the
 * tables (and it does not load gazetteer.ts, some 18 MB of heap, at all).
 */
let knownModule: typeof Known | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gazetteer = (): typeof Known => (knownModule ??= require('./known') as typeof Known);
import { ArticleAnalysis } from './types';
import { mergePairs, CorrectionSet, NO_CORRECTIONS } from './corrections';

/** The order of String.prototype.localeCompare, from one collator instead of one per comparison. */
const byText = new Intl.Collator().compare;

/** A user's pins and splits, from .newslens/aliases.json. */
export interface AliasRules {
  /** Each entry pins every listed spelling to one entity with this canonical name. */
  entities: { name: string; type?: EntityType; aliases: string[] }[];
  /** Pairs of names that must never be merged ("Kamala Harris" and "Harris" of another article). */
  separate: [string, string][];
  /** Pairs [entity, into] the user merged: every spelling of the first joins the second. */
  merges?: [string, string][];
}

export const NO_ALIAS_RULES: AliasRules = { entities: [], separate: [] };

export class AliasFileError extends Error {}

/** Parses and checks an aliases file, with a message that says what is wrong and where. */
export function parseAliasRules(json: string, source = 'aliases.json'): AliasRules {
  let data: unknown;
  try { data = JSON.parse(json); } catch (e) { throw new AliasFileError(`${source}: not valid JSON (${(e as Error).message})`); }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new AliasFileError(`${source}: expected an object with "entities" and/or "separate"`);
  const d = data as Record<string, unknown>;
  for (const k of Object.keys(d)) if (k !== 'entities' && k !== 'separate' && !k.startsWith('$')) throw new AliasFileError(`${source}: unknown key "${k}" (expected "entities" or "separate")`);
  const entities = d.entities ?? [];
  if (!Array.isArray(entities)) throw new AliasFileError(`${source}: "entities" must be an array`);
  entities.forEach((e, i) => {
    if (typeof e !== 'object' || e === null || typeof (e as { name?: unknown }).name !== 'string') throw new AliasFileError(`${source}: entities[${i}] needs a string "name"`);
    const a = (e as { aliases?: unknown }).aliases ?? [];
    if (!Array.isArray(a) || a.some(x => typeof x !== 'string')) throw new AliasFileError(`${source}: entities[${i}].aliases must be an array of strings`);
    const t = (e as { type?: unknown }).type;
    if (t !== undefined && t !== 'PERSON' && t !== 'ORG' && t !== 'PLACE') throw new AliasFileError(`${source}: entities[${i}].type must be PERSON, ORG or PLACE`);
  });
  const separate = d.separate ?? [];
  if (!Array.isArray(separate) || separate.some(p => !Array.isArray(p) || p.length !== 2 || p.some(x => typeof x !== 'string'))) {
    throw new AliasFileError(`${source}: "separate" must be an array of [name, name] pairs`);
  }
  return {
    entities: (entities as { name: string; type?: EntityType; aliases?: string[] }[]).map(e => ({ name: e.name, type: e.type, aliases: e.aliases ?? [] })),
    separate: separate as [string, string][],
  };
}

export interface LinkedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Map<string, number>;
  mentions: number;
  articles: Set<number>;
}

/** One surface form of a person: given name(s) and surname. */
export function nameParts(text: string): { given: string | null; surname: string } {
  const words = text.replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 1) return { given: null, surname: words[0] };
  // "Von der Leyen", "Le Pen", "De Gaulle": a surname that opens with its particle, capitalised
  // because it opens the name, is a bare surname (the Arabic "Al"/"El" are given names too: "Al Gore")
  // ("del Campo", "van Dijk": or written in lowercase, as a surname is when the full name has it so)
  if ((PARTICLE_OPENS.test(words[0]) || gazetteer().nameParticles.has(words[0])) && gazetteer().nameParticles.has(words[0].toLowerCase()) && words.slice(1, -1).every(w => gazetteer().nameParticles.has(w))) return { given: null, surname: words[words.length - 1] };
  return { given: words[0], surname: words[words.length - 1] };
}
const PARTICLE_OPENS = /^(?:Von|Van|De|Di|Da|Du|Del|Della|Le|La|Der|Den|Ter|Ten|Dos|Das|Do)$/;

export function similarSurname(a: string, b: string): boolean {
  const x = fold(a), y = fold(b);
  if (x === y) return true;
  if (x.length < 5 || y.length < 5 || x.slice(0, 4) !== y.slice(0, 4) || Math.abs(x.length - y.length) > 2) return false;
  // Transliteration variants (Zelensky / Zelenskiy / Zelenskyy): a small Jaro-Winkler distance.
  return distance.jaroWinkler(x, y) <= 0.08;
}

export function compatibleGiven(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (gazetteer().sameGivenName(a, b)) return true;
  const x = fold(a), y = fold(b);
  return x.length >= 4 && y.length >= 4 && x.slice(0, 3) === y.slice(0, 3) && distance.jaroWinkler(x, y) <= 0.1;
}

/** An organization's name with a lowercase word in it ("Science and Technology Facilities Council", "Bank of Korea"). */
export const namedForRemit = (key: string) => / \p{Ll}/u.test(key);

export function initials(name: string): string {
  return name.split(/[\s-]+/).filter(w => /^[\p{Lu}]/u.test(w)).map(w => w[0]).join('');
}

class UnionFind {
  #parent: number[] = [];
  add(): number { this.#parent.push(this.#parent.length); return this.#parent.length - 1; }
  find(x: number): number { while (this.#parent[x] !== x) { this.#parent[x] = this.#parent[this.#parent[x]]; x = this.#parent[x]; } return x; }
  union(a: number, b: number): void { this.#parent[this.find(a)] = this.find(b); }
}

/**
 * Within one article, the one longer full name (of those so far) that a name of two or more words
 * ends ("Tiago Monteiro Sousa" for "Monteiro Sousa"); undefined if none, or if two people's do.
 * linkEntities and the incremental linker both call it, so the two agree.
 */
export function longerFullName<F>(fullNames: ReadonlySet<F>, text: string, textOf: (f: F) => string, nodeOf: (f: F) => number): F | undefined {
  if (!fullNames.size) return undefined;
  const tail = ' ' + fold(text);
  let longer: F | undefined;
  for (const g of fullNames) {
    if (!fold(textOf(g)).endsWith(tail)) continue;
    if (longer !== undefined && nodeOf(longer) !== nodeOf(g)) return undefined;
    longer = g;
  }
  return longer;
}

/**
 * Within one article, the full name a bare surname (or given name) joins: the last full name with
 * that surname (by its last mention), else the first that has it as any word. linkEntities and the
 * incremental linker both resolve an article by it.
 */
export function surnameOwners<F>(ofMention: readonly F[], fullNames: ReadonlySet<F>, textOf: (f: F) => string, surnameOf: (f: F) => string): (surname: string) => F | undefined {
  const lastBySurname = new Map<string, F>(), firstByWord = new Map<string, F>();
  const offered = new Set<F>(); // a full name's words are offered at its first mention
  for (const f of fullNames.size ? ofMention : []) {
    if (!fullNames.has(f)) continue;
    lastBySurname.set(fold(surnameOf(f)), f);
    if (offered.has(f)) continue;
    offered.add(f);
    for (const w of textOf(f).split(/\s+/)) { const key = fold(w); if (!firstByWord.has(key)) firstByWord.set(key, f); }
  }
  return surname => { const key = fold(surname); return lastBySurname.get(key) ?? firstByWord.get(key); };
}

/**
 * Links named mentions across articles into canonical entities. Returns, per article, the
 * entity id of each mention, and the entities. Rules, in order: the user's pins; the data's
 * canonical names (US = United States); within an article, a surname or given name joins
 * the full name it belongs to; across articles, people merge on similar surnames with
 * compatible given names, unless a bare surname would match two different people; acronyms
 * join the long form whose initials they spell.
 */
export function linkEntities(articles: readonly (readonly NamedMention[])[], rules: AliasRules = NO_ALIAS_RULES): { ids: string[][]; entities: LinkedEntity[] } {
  const uf = new UnionFind();
  const pinned = new Map<string, { name: string; type?: EntityType }>();
  for (const e of rules.entities) for (const a of [e.name, ...e.aliases]) pinned.set(fold(a), { name: e.name, type: e.type });
  const separated = rules.separate.map(([a, b]) => [fold(a), fold(b)]);

  // A node per (article, local cluster); nodes merge by key.
  interface Node { article: number; type: EntityType; key: string; forms: string[]; given: string | null; surname: string; pinned?: string; isolated?: boolean }
  const nodes: Node[] = [];
  const mentionNode: number[][] = [];
  const byKey = new Map<string, number>();
  /** Adds a node, or, when `key` already has one in `keys`, adds the forms to that node. */
  const node = (n: Node, key?: string, keys: Map<string, number> = byKey): number => {
    if (key !== undefined) {
      const id = keys.get(key);
      if (id !== undefined) { nodes[id].forms.push(...n.forms); return id; }
    }
    const id = uf.add(); nodes.push(n);
    if (key !== undefined) keys.set(key, id);
    return id;
  };
  // Names of places and bodies merge by their folded canonical name, one table per type.
  const byCanonical = { ORG: new Map<string, number>(), PLACE: new Map<string, number>() };

  // An article names the same thing many times ("Biden" twenty times): each distinct surface form
  // (type, key, text) is resolved once per article, and its count kept for the entity's aliases.
  interface Form { type: EntityType; key: string; text: string; node: number; count: number; parts?: { given: string | null; surname: string } }
  const partsOf = (f: Form) => (f.parts ??= nameParts(f.text));
  const formsOf: Form[][] = [];
  articles.forEach((mentions, a) => {
    const ofMention: Form[] = new Array(mentions.length);
    const distinct: Form[] = [];
    const byText = new Map<string, Form[]>();
    mentions.forEach((m, k) => {
      // A mention the user split off its entity stands alone.
      if ((m as { isolated?: boolean }).isolated) {
        const f: Form = { type: m.type, key: m.key, text: m.text, node: node({ article: a, type: m.type, key: m.text, forms: [m.text], given: null, surname: m.text, isolated: true }), count: 1, parts: undefined };
        distinct.push(f); ofMention[k] = f;
        return;
      }
      let list = byText.get(m.text);
      const seen = list?.find(f => f.type === m.type && f.key === m.key);
      if (seen) { seen.count++; ofMention[k] = seen; return; }
      // every field set here, so that all forms keep one shape (fields added later would change it)
      const f: Form = { type: m.type, key: m.key, text: m.text, node: -1, count: 1, parts: undefined };
      if (!list) byText.set(m.text, (list = []));
      list.push(f); distinct.push(f); ofMention[k] = f;
    });
    const fullNames = new Set<Form>();
    const people = new Map<string, number>(); // this article's people, by folded name
    for (const f of distinct) {
      if (f.node >= 0) continue;
      const pin = pinned.size ? pinned.get(fold(f.text)) : undefined;
      if (pin) { f.node = node({ article: a, type: pin.type ?? f.type, key: pin.name, forms: [f.text], ...nameParts(f.text), pinned: pin.name }, `pin:${fold(pin.name)}`); continue; }
      if (f.type !== 'PERSON') {
        // (a body's short form the article ties to its long form keeps that tie: "International Cricket Council (ICC)")
        const canonical = f.type === 'ORG' && f.key !== f.text ? f.key : gazetteer().lookup(f.text)?.canonical ?? f.key;
        f.node = node({ article: a, type: f.type, key: canonical, forms: [f.text], given: null, surname: canonical }, fold(canonical), byCanonical[f.type]);
        continue;
      }
      // ("Thanakrit Wongsawat (ธนกฤต วงศ์สวัสดิ์)": a name the rules keyed to another person's of the
      // article is that person, below, however many words it has)
      if (f.key !== f.text && distinct.some(g => g !== f && g.type === 'PERSON' && g.text === f.key)) continue;
      const parts = partsOf(f);
      // "Tiago Monteiro Sousa ... Monteiro Sousa said": a name of two or more words that is the
      // end of one longer full name the article gave before is that person (a double surname)
      const longer = parts.given ? longerFullName(fullNames, f.text, g => g.text, g => g.node) : undefined;
      if (longer) { f.node = longer.node; nodes[longer.node].forms.push(f.text); continue; }
      if (parts.given) {
        f.node = node({ article: a, type: 'PERSON', key: f.text, forms: [f.text], given: parts.given, surname: parts.surname }, fold(f.text), people);
        fullNames.add(f);
      }
    }
    const ownerOf = surnameOwners(ofMention, fullNames, f => f.text, f => partsOf(f).surname);
    for (const f of distinct) {
      if (f.node >= 0) continue;
      const parts = partsOf(f);
      // ("Guguinha", keyed by the rules to "Gustavo Lacerda", known as that: the person the key names)
      const keyed = f.key !== f.text ? [...fullNames].find(g => g.text === f.key) : undefined;
      const owner = keyed ?? ownerOf(parts.surname);
      if (owner) { f.node = owner.node; nodes[owner.node].forms.push(f.text); continue; }
      f.node = node({ article: a, type: 'PERSON', key: f.text, forms: [f.text], given: null, surname: parts.surname }, fold(f.text), people);
    }
    formsOf.push(distinct);
    mentionNode[a] = ofMention.map(f => f.node);
  });

  const blocked = (x: Node, y: Node) => separated.length > 0 && separated.some(([p, q]) =>
    (x.forms.some(f => fold(f) === p) && y.forms.some(f => fold(f) === q)) || (x.forms.some(f => fold(f) === q) && y.forms.some(f => fold(f) === p)));

  // People across articles: full names first, then bare surnames that match exactly one person.
  // Pinned people still attract the other spellings of their name; the pin decides the canonical name.
  const people = nodes.map((n, i) => ({ n, i })).filter(x => x.n.type === 'PERSON' && !x.n.isolated);
  // Similar surnames share their first four folded letters, so only those buckets are compared.
  const bucket = (xs: typeof people) => {
    const m = new Map<string, typeof people>();
    for (const x of xs) { const k = fold(x.n.surname).slice(0, 4); if (!m.has(k)) m.set(k, []); m.get(k)!.push(x); }
    return m;
  };
  /**
   * Unions every pair of a bucket that passes `test`. Nodes with the same `exact` key (folded
   * surname and given name) pass every test alike: each such class is joined at once and only one
   * node per class is compared, so a name in every article of a large corpus costs one comparison
   * per spelling, not one per pair of articles. The user's "separate" pairs look at each node's
   * own spellings, so with any of them every pair is compared.
   */
  const joinSimilar = (xs: typeof people, exact: (n: Node) => string, test: (x: Node, y: Node) => boolean) => {
    let reps = xs;
    if (separated.length === 0) {
      const first = new Map<string, (typeof people)[number]>();
      reps = [];
      for (const x of xs) {
        const k = exact(x.n);
        const f = first.get(k);
        if (f) uf.union(x.i, f.i);
        else { first.set(k, x); reps.push(x); }
      }
    }
    for (const group of bucket(reps).values()) for (let p = 0; p < group.length; p++) for (let q = p + 1; q < group.length; q++) {
      if (test(group[p].n, group[q].n) && !blocked(group[p].n, group[q].n)) uf.union(group[p].i, group[q].i);
    }
  };
  const full = people.filter(x => x.n.given);
  joinSimilar(full, n => `${fold(n.surname)}\u0000${fold(n.given!)}`, (x, y) => similarSurname(x.surname, y.surname) && compatibleGiven(x.given, y.given));
  const fullBuckets = bucket(full);
  const bares = people.filter(x => !x.n.given);
  // Which full-name person a bare surname belongs to depends on its folded form alone (without
  // "separate" pairs), and the unions below never move a full name's group: asked once per form.
  const ownerOf = new Map<string, number | null>();
  for (const bare of bares) {
    const k = fold(bare.n.surname);
    let owner = separated.length ? undefined : ownerOf.get(k);
    if (owner === undefined) {
      const candidates = fullBuckets.get(k.slice(0, 4)) ?? [];
      const owners = new Set(candidates.filter(f => similarSurname(f.n.surname, bare.n.surname) && !blocked(f.n, bare.n)).map(f => uf.find(f.i)));
      owner = owners.size === 1 ? [...owners][0] : null;
      ownerOf.set(k, owner);
    }
    if (owner !== null) uf.union(bare.i, owner);
  }
  joinSimilar(bares, n => fold(n.surname), (x, y) => similarSurname(x.surname, y.surname));
  // Acronyms and long forms: "KCNA" = "Korean Central News Agency".
  const orgs = nodes.map((n, i) => ({ n, i })).filter(x => x.n.type === 'ORG' && !x.n.pinned && !x.n.isolated);
  const byInitials = new Map<string, number>();
  for (const l of orgs) if (l.n.key.includes(' ')) { const k = initials(l.n.key); if (!byInitials.has(k)) byInitials.set(k, l.i); }
  for (const short of orgs.filter(x => /^[\p{Lu}]{2,6}$/u.test(x.n.key))) {
    const long = byInitials.get(short.n.key);
    if (long !== undefined) uf.union(short.i, long);
  }

  // A company's first word alone, in the article that names it in full: "Glenmore" = "Glenmore Data
  // Systems", when one full name of the article starts with it. (A name with a lowercase word is a
  // body named for its remit, not by its first word: "Science" magazine is not the "Science and
  // Technology Facilities Council".)
  const byFirstWord = new Map<string, number | null>();
  for (const l of orgs) if (l.n.key.includes(' ') && !namedForRemit(l.n.key)) {
    const k = `${l.n.article}\u0000${fold(l.n.key.split(' ')[0])}`;
    byFirstWord.set(k, byFirstWord.has(k) && byFirstWord.get(k) !== l.i ? null : l.i);
  }
  for (const short of orgs.filter(x => !x.n.key.includes(' '))) {
    const long = byFirstWord.get(`${short.n.article}\u0000${fold(short.n.key)}`);
    if (long !== undefined && long !== null) uf.union(short.i, long);
  }

  // The user's merges: the group holding the first name joins the group holding the second.
  const mergedInto = new Map<number, string>();
  for (const [from, into] of rules.merges ?? []) {
    const holds = (name: string) => nodes.findIndex(n => !n.isolated && (fold(n.key) === fold(name) || n.forms.some(f => fold(f) === fold(name))));
    const a = holds(from), b = holds(into);
    if (a >= 0 && b >= 0) { uf.union(a, b); mergedInto.set(uf.find(b), into); }
  }
  for (const [root, name] of [...mergedInto]) { mergedInto.delete(root); mergedInto.set(uf.find(root), name); }

  // Entities and their canonical names.
  const groups = new Map<number, { type: EntityType; forms: Map<string, Set<number>>; count: Map<string, number>; pinned?: string; keys: Set<string> }>();
  formsOf.forEach((forms, a) => {
    for (const f of forms) {
      const root = uf.find(f.node);
      const n = nodes[f.node];
      let g = groups.get(root);
      if (!g) { g = { type: n.type, forms: new Map(), count: new Map(), keys: new Set() }; groups.set(root, g); }
      if (n.pinned) g.pinned = n.pinned;
      g.keys.add(n.key);
      if (!g.forms.has(f.text)) g.forms.set(f.text, new Set());
      g.forms.get(f.text)!.add(a);
      g.count.set(f.text, (g.count.get(f.text) ?? 0) + f.count);
    }
  });
  const usedIds = new Set<string>();
  const entityOfRoot = new Map<number, LinkedEntity>();
  for (const [root, g] of groups) {
    const name = mergedInto.get(root) ?? g.pinned ?? canonicalName(g);
    let id = `${g.type.toLowerCase()}:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${g.type.toLowerCase()}:${slug(name)}-${n}`;
    usedIds.add(id);
    const articlesSeen = new Set<number>();
    for (const s of g.forms.values()) for (const a of s) articlesSeen.add(a);
    entityOfRoot.set(root, { id, type: g.type, name, aliases: g.count, mentions: [...g.count.values()].reduce((x, y) => x + y, 0), articles: articlesSeen });
  }
  const idOfNode = new Map<number, string>();
  const idOf = (n: number) => { let id = idOfNode.get(n); if (id === undefined) { id = entityOfRoot.get(uf.find(n))!.id; idOfNode.set(n, id); } return id; };
  const ids = mentionNode.map(ns => ns.map(idOf));
  return { ids, entities: [...entityOfRoot.values()] };
}

export function canonicalName(g: { type: EntityType; forms: Map<string, { readonly size: number }>; count: Map<string, number>; keys: Set<string> }): string {
  const score = (f: string) => [g.forms.get(f)!.size, g.count.get(f)!] as const;
  const better = (a: string, b: string) => { const [x1, x2] = score(a), [y1, y2] = score(b); return x1 !== y1 ? x1 > y1 : x2 !== y2 ? x2 > y2 : a.length > b.length; };
  if (g.type !== 'PERSON') {
    // The data's canonical name when there is one; else the longest form ("Korean Central News Agency" over "KCNA").
    const keyed = [...g.keys].find(k => gazetteer().lookup(k)?.canonical === k);
    if (keyed) return keyed;
    // (a form in Latin letters over one in another script: "Ansar Allah" over "أنصار الله" written after it)
    const latin = (f: string) => /[A-Za-z]/.test(f) ? 1 : 0;
    return [...g.forms.keys()].sort((a, b) => latin(b) - latin(a) || b.length - a.length || (better(a, b) ? -1 : 1))[0];
  }
  const forms = [...g.forms.keys()];
  // ("del Campo", "Von der Leyen": a surname with its particle is no full name)
  const fullForms = forms.filter(f => f.split(/\s+/).length > 1 && nameParts(f).given !== null);
  // ("Mikkel Østergaard Lund" over "Østergaard Lund", said more often: a full form that is the tail
  // of a longer one is that name without its given name)
  const longest = fullForms.filter(f => !fullForms.some(o => o.length > f.length && o.endsWith(' ' + f)));
  const pool = longest.length ? longest : forms;
  return pool.reduce((best, f) => (better(f, best) ? f : best), pool[0]).replace(/[’']s$/, '');
}

export function slug(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
}

export interface EntityRecord {
  id: string;
  type: 'PERSON' | 'ORG' | 'PLACE';
  name: string;
  aliases: { text: string; count: number }[];
  mentions: number;
  articles: number;
}

/**
 * The cross-article half of linkArticles, for analyses that already had their span corrections
 * applied: per article, the entity id of each named mention, and the entity records (sorted).
 * The server calls it to relink, then rebuilds only the articles whose ids changed.
 */
export function linkCorrected(analyses: readonly ArticleAnalysis[], rules: AliasRules = NO_ALIAS_RULES, corrections: CorrectionSet = NO_CORRECTIONS): { ids: string[][]; entities: EntityRecord[] } {
  const merges = mergePairs(corrections);
  const { ids, entities } = linkEntities(analyses.map(a => a.named), merges.length ? { ...rules, merges: [...(rules.merges ?? []), ...merges] } : rules);
  return {
    ids,
    entities: entities
      .map(e => ({
        id: e.id, type: e.type, name: e.name,
        aliases: [...e.aliases].map(([text, count]) => ({ text, count })).sort((x, y) => y.count - x.count || byText(x.text, y.text)),
        mentions: e.mentions, articles: e.articles.size,
      }))
      .sort((x, y) => y.mentions - x.mentions || byText(x.name, y.name)),
  };
}

