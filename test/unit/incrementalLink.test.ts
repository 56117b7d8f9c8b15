// IncrementalLinker against a from-scratch linkEntities, on random sequences of added, changed and
// removed articles: after every change, the same partition of mentions into entities, the same
// canonical names and the same ids, spellings and counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { LINKING_SENTENCES } from '../helpers/linkSentences';
import { analyzeArticle, linkCorrected, NO_ALIAS_RULES, AliasRules, NamedMention, EntityRecord } from '../../server/src/analysis';
import { IncrementalLinker, CorpusLinker } from '../../server/src/analysis/incremental';

const ROOT = join(__dirname, '../../..');

// Sentences that exercise every rule of linkEntities: full names and bare surnames, transliterations,
// one surname for two people, a given name alone, possessives, acronyms and long forms, a company's
// first word, places by canonical name, names that tie on counts.
const CRAFTED = [
  ...LINKING_SENTENCES,
  'Glenmore Data Systems posted a loss, and Glenmore said it would cut jobs.',
  'Glenmore Capital Partners bought a stake in the firm.',
  'Marta Quill and Martin Quill, her brother, founded Quill Logistics.',
  'Quill declined to comment.',
  'Joseph Biden’s aides met Sen. Joe Manchin in Charleston.',
  'Manchin’s office said the talks were productive.',
  'The European Union and the EU Commission disagreed with Britain.',
  'Georgia Meloni met officials from Georgia in Tbilisi.',
  'Jean-Pierre Dubois told Le Monde that Dubois would run again.',
  'The World Health Organization said WHO experts would visit China.',
  'Alexei Navalny’s widow, Yulia Navalnaya, spoke in Berlin.',
  'Navalny died in an Arctic prison, Russian officials said.',
  // two people whose names slug alike (ids -2), two long forms with one set of initials
  'Jean-Pierre said the talks had failed.',
  'Jean Pierre, a farmer from Lyon, agreed.',
  'The National Rifle Association opposed the bill.',
  'The National Recovery Agency said funds were ready, and NRA staff were hired.',
  'Officials at Acme Holdings said ACME shares fell.',
  'Michael Smith met Mike Smith and Smith left.',
  'Jordan Peterson visited Jordan.',
  // a double surname alone after the full name; one shared by two people's full names stays apart
  'Portugal’s Tiago Monteiro Sousa finished second, and Monteiro Sousa said the climb was hard.',
  'Ana Ruiz Vega and Luis Ruiz Vega met Ruiz Vega.',
];

/** Real sentences from the seed articles: names, organisations and places as the analysis finds them in news. */
function seedSentences(): string[] {
  const dir = join(ROOT, 'seeds');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
    for (const s of readFileSync(join(dir, f), 'utf8').split(/(?<=[.!?”])\s+(?=[A-Z“])/)) {
      if (s.length > 30 && s.length < 300 && /[A-Z][a-z]+ [A-Z]/.test(s)) out.push(s.trim());
    }
  }
  return out.filter((_, k) => k % 3 === 0).slice(0, 40);
}

const SENTENCES = [...CRAFTED, ...seedSentences()];
const analyses = new Map<string, readonly NamedMention[]>();
const namedOf = (text: string) => { let n = analyses.get(text); if (!n) analyses.set(text, (n = analyzeArticle(text).named)); return n; };

/** More runs, another seed: NEWS_LENS_LINK_RUNS=2000 NEWS_LENS_LINK_SEED=7 node --test out/test/unit/incrementalLink.test.js */
const RUNS = Number(process.env.NEWS_LENS_LINK_RUNS) || 0;
const SEED = process.env.NEWS_LENS_LINK_SEED ? Number(process.env.NEWS_LENS_LINK_SEED) : undefined;
const runs = (n: number, seed: number) => ({ numRuns: RUNS || n, seed: SEED ?? seed });

const uriOf = (k: number) => `file:///corpus/a${String(k).padStart(2, '0')}.news.txt`;

type Op =
  | { kind: 'set'; article: number; sentences: number[] }
  | { kind: 'delete'; article: number };
const ARTICLES = 8;
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), article: fc.nat(ARTICLES - 1), sentences: fc.array(fc.nat(SENTENCES.length - 1), { minLength: 1, maxLength: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), article: fc.nat(ARTICLES - 1) }) },
);

/** The from-scratch answer: linkCorrected (linkEntities, then the records) over the articles in URI order. */
function scratch(texts: Map<string, string>, rules: AliasRules) {
  const uris = [...texts.keys()].sort();
  const { ids, entities } = linkCorrected(uris.map(u => ({ named: namedOf(texts.get(u)!) }) as never), rules);
  return { ids: new Map(uris.map((u, k) => [u, ids[k]])), entities };
}

/** Mentions as (uri, index), grouped by entity: the partition, whatever the ids are called. */
function partition(ids: Map<string, string[]>): string[][] {
  const by = new Map<string, string[]>();
  for (const [uri, list] of ids) list.forEach((id, k) => { if (!by.has(id)) by.set(id, []); by.get(id)!.push(`${uri}#${k}`); });
  return [...by.values()].map(g => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const byText = new Intl.Collator().compare;

/** The incremental side: its ids, and its entity list sorted as corpusIndex sorts it. */
class Mirror {
  ids = new Map<string, string[]>();
  entities = new Map<string, { record: EntityRecord; order: [string, number] }>();
  apply(delta: ReturnType<IncrementalLinker['update']>, texts: Map<string, string>): void {
    if (delta.reset) this.entities.clear();
    for (const id of delta.removed) this.entities.delete(id);
    const order = new Map(delta.order.map(([id, u, i]) => [id, [u, i] as [string, number]]));
    for (const r of delta.upserts) this.entities.set(r.id, { record: r, order: order.get(r.id)! });
    for (const [uri, ids] of delta.changed) this.ids.set(uri, ids);
    for (const uri of [...this.ids.keys()]) if (!texts.has(uri)) this.ids.delete(uri);
  }
  list(): EntityRecord[] {
    return [...this.entities.values()].sort((x, y) => y.record.mentions - x.record.mentions || byText(x.record.name, y.record.name)
      || (x.order[0] < y.order[0] ? -1 : x.order[0] > y.order[0] ? 1 : x.order[1] - y.order[1])).map(e => e.record);
  }
}

function check(mirror: Mirror, texts: Map<string, string>, rules: AliasRules): void {
  const want = scratch(texts, rules);
  assert.deepEqual(partition(mirror.ids), partition(want.ids), 'same partition of mentions into entities');
  assert.deepEqual([...mirror.ids.keys()].sort(), [...want.ids.keys()]);
  for (const [uri, ids] of want.ids) assert.deepEqual(mirror.ids.get(uri), ids, `ids of ${uri}`);
  const got = mirror.list();
  assert.deepEqual(got.map(e => [e.id, e.name]), want.entities.map(e => [e.id, e.name]), 'same entities and canonical names');
  assert.deepEqual(got, want.entities);
}

function run(ops: Op[], rules: AliasRules, make: () => { update: IncrementalLinker['update'] }): void {
  const linker = make();
  const mirror = new Mirror();
  const texts = new Map<string, string>();
  // a corpus to start from, added in one batch as a server's first link is
  const initial: [string, readonly NamedMention[]][] = [];
  for (let k = 0; k < 4; k++) { const t = SENTENCES.slice(k * 3, k * 3 + 3).join(' '); texts.set(uriOf(k), t); initial.push([uriOf(k), namedOf(t)]); }
  mirror.apply(linker.update(initial), texts);
  check(mirror, texts, rules);
  for (const o of ops) {
    const uri = uriOf(o.article);
    if (o.kind === 'delete') { texts.delete(uri); mirror.apply(linker.update([[uri, null]]), texts); }
    else { const t = o.sentences.map(s => SENTENCES[s]).join(' '); texts.set(uri, t); mirror.apply(linker.update([[uri, namedOf(t)]]), texts); }
    check(mirror, texts, rules);
  }
}

test('incremental linking equals a from-scratch linkEntities after every add, change and remove', () => {
  fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), ops => run(ops, NO_ALIAS_RULES, () => new IncrementalLinker(NO_ALIAS_RULES))), runs(60, 20));
});

test('incremental linking equals a from-scratch link with the user\'s pins (aliases.json entities)', () => {
  const rules: AliasRules = { entities: [
    { name: 'Volodymyr Zelensky', type: 'PERSON', aliases: ['Zelenskyy', 'Zelensky'] },
    { name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
    { name: 'Joe Biden', aliases: ['Joseph Biden'] },
  ], separate: [] };
  fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 10 }), ops => run(ops, rules, () => new IncrementalLinker(rules))), runs(40, 21));
});

test('with "separate" pairs, CorpusLinker falls back to a full link and still answers in deltas', () => {
  const rules: AliasRules = { entities: [], separate: [['Kamala Harris', 'Harris']] };
  fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), ops => run(ops, rules, () => new CorpusLinker(rules, { corrections: [] } as never))), runs(10, 22));
});

test('a batch of several changes at once equals a from-scratch link', () => {
  fc.assert(fc.property(fc.array(fc.array(op, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), bursts => {
    const linker = new IncrementalLinker(NO_ALIAS_RULES);
    const mirror = new Mirror();
    const texts = new Map<string, string>();
    for (const burst of bursts) {
      const changes = new Map<string, readonly NamedMention[] | null>();
      for (const o of burst) {
        const uri = uriOf(o.article);
        if (o.kind === 'delete') { texts.delete(uri); changes.set(uri, null); }
        else { const t = o.sentences.map(s => SENTENCES[s]).join(' '); texts.set(uri, t); changes.set(uri, namedOf(t)); }
      }
      mirror.apply(linker.update([...changes]), texts);
      check(mirror, texts, NO_ALIAS_RULES);
    }
  }), runs(30, 23));
});

test('changes staged in parts (as a relearn sends the corpus) and linked by one update equal a from-scratch link, and so do edits after it', () => {
  const separate: AliasRules = { entities: [], separate: [['Kamala Harris', 'Harris']] };
  for (const [rules, make, n] of [
    [NO_ALIAS_RULES, () => new IncrementalLinker(NO_ALIAS_RULES), 30],
    [separate, () => new CorpusLinker(separate, { corrections: [] } as never), 8],
  ] as const) {
    fc.assert(fc.property(fc.array(fc.array(op, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), fc.array(op, { maxLength: 4 }), (parts, after) => {
      const linker = make() as IncrementalLinker | CorpusLinker;
      const mirror = new Mirror();
      const texts = new Map<string, string>();
      const changesOf = (ops: Op[]) => ops.map(o => {
        const uri = uriOf(o.article);
        if (o.kind === 'delete') { texts.delete(uri); return [uri, null] as const; }
        const t = o.sentences.map(k => SENTENCES[k]).join(' ');
        texts.set(uri, t);
        return [uri, namedOf(t)] as const;
      });
      // every part but the last is staged; the last links them all
      parts.slice(0, -1).forEach(part => linker.stage(changesOf(part)));
      mirror.apply(linker.update(changesOf(parts[parts.length - 1])), texts);
      check(mirror, texts, rules);
      for (const o of after) { mirror.apply(linker.update(changesOf([o])), texts); check(mirror, texts, rules); }
    }), runs(n, 25));
  }
});

test('an edit costs what it touches: the same buckets and entities re-decided at 200 and at 2,000 articles', () => {
  const word = (k: number) => { let s = ''; for (let i = 0; i < 4; i++) { s += String.fromCharCode(97 + (k % 26)); k = Math.floor(k / 26); } return s[0].toUpperCase() + s.slice(1) + 'ov'; };
  const person = (text: string) => ({ type: 'PERSON', key: text, text, start: 0, end: text.length, entity: null, value: null }) as NamedMention;
  const place = (text: string) => ({ type: 'PLACE', key: text, text, start: 0, end: text.length, entity: null, value: null }) as NamedMention;
  // each article: two people of its own (one named again by surname), and a place every article names
  const article = (k: number) => [person(`Ilse ${word(2 * k)}`), place('Ukraine'), person(`Marek ${word(2 * k + 1)}`), person(word(2 * k))];
  const work: Record<string, number>[] = [];
  for (const n of [200, 2000]) {
    const linker = new IncrementalLinker(NO_ALIAS_RULES);
    linker.update(Array.from({ length: n }, (_, k) => [uriOf(k), article(k)] as [string, NamedMention[]]));
    // a new name and one more mention of the shared place, in one article
    const d = linker.update([[uriOf(7), [...article(7), person('Quennevieve Marchbanks'), place('Ukraine')]]]);
    assert.ok(d.upserts.some(e => e.name === 'Quennevieve Marchbanks'));
    assert.equal(d.changed.length, 1, 'only the edited article gets new ids');
    work.push({ ...linker.stats });
  }
  assert.deepEqual(work[0], work[1], 'the work of one edit does not grow with the corpus');
  assert.ok(work[1].rebuilt + work[1].patched <= 6, JSON.stringify(work[1]));
});

test('an entity renamed by its counts alone (same spellings) leaves its old name to the others', () => {
  // Joe Biden and Joseph Biden are one person, named by the spelling more articles use
  const steps: [string, string | null][] = [
    [uriOf(1), 'Joe Biden and Joseph Biden spoke in Delaware.'],
    [uriOf(2), 'Joe Biden spoke in Delaware.'], // the same cells, renamed Joe Biden
    [uriOf(1), null],
    [uriOf(2), null], // gone
    [uriOf(9), 'Joseph Biden spoke in Ohio.'], // someone named Joseph Biden again: the id is his alone
    [uriOf(8), 'Joe Biden spoke in Ohio.'],
  ];
  const linker = new IncrementalLinker(NO_ALIAS_RULES);
  const mirror = new Mirror();
  const texts = new Map<string, string>();
  const ids: string[] = [];
  for (const [uri, text] of steps) {
    if (text === null) texts.delete(uri); else texts.set(uri, text);
    mirror.apply(linker.update([[uri, text === null ? null : namedOf(text)]]), texts);
    check(mirror, texts, NO_ALIAS_RULES);
    ids.push(mirror.list().filter(e => e.type === 'PERSON').map(e => e.id).join(','));
  }
  assert.deepEqual(ids, ['person:joseph-biden', 'person:joe-biden', 'person:joe-biden', '', 'person:joseph-biden', 'person:joseph-biden']);
});
