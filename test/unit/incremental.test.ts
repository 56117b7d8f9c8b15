// Incremental linking (CorpusIndex) against a from-scratch linkArticles, on random edit sequences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LINKING_SENTENCES } from '../helpers/linkSentences';
import { analyzeArticle, linkArticles, NO_ALIAS_RULES, AliasRules, parseCorrections, CorrectionSet, NO_CORRECTIONS } from '../../server/src/analysis';
import { join } from 'node:path';
import { CorpusIndex } from '../../server/src/corpusIndex';
import { LinkWorker } from '../../server/src/linker';

// Edits recombine these, so that names appear, vanish and merge (the shared ones, then more).
const SENTENCES = [
  ...LINKING_SENTENCES,
  // more of what a real archive holds: a company and its first word, two long forms with one set of
  // initials, two people with one surname, names that slug alike, possessives
  'Glenmore Data Systems posted a loss, and Glenmore said it would cut jobs.',
  'The National Rifle Association opposed the bill.',
  'The National Recovery Agency said funds were ready, and NRA staff were hired.',
  'Michael Smith met Mike Smith and Smith left.',
  'Jean-Pierre said the talks had failed.',
  'Jean Pierre, a farmer from Lyon, agreed.',
  'Joseph Biden’s aides met Sen. Joe Manchin in Charleston.',
];

const uriOf = (k: number) => `file:///corpus/a${k}.news.txt`;
const fileOf = (k: number) => `a${k}.news.txt`;

type Op =
  | { kind: 'set'; article: number; sentences: number[] }
  | { kind: 'type'; article: number; text: string; atStart: boolean }
  | { kind: 'delete'; article: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), article: fc.nat(4), sentences: fc.array(fc.nat(SENTENCES.length - 1), { minLength: 1, maxLength: 4 }) }),
  // a keystroke or a few: plain words (linking unchanged) or the start of a new name
  // at the end, or at the start (every offset after it moves)
  fc.record({ kind: fc.constant('type' as const), article: fc.nat(4), text: fc.constantFrom(' and', 'x', ' Marta', ' Marta Quill', ' Zelensk', ' NATO', '.'), atStart: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), article: fc.nat(4) }),
);

/** What every feature reads of the view, computed from scratch. */
function fromScratch(texts: Map<number, string>, corrections: CorrectionSet, rules: AliasRules = NO_ALIAS_RULES) {
  const keys = [...texts.keys()].sort((a, b) => (uriOf(a) < uriOf(b) ? -1 : 1));
  const annotation = linkArticles(keys.map(fileOf), keys.map(k => analyzeArticle(texts.get(k)!)), rules, corrections);
  const mentionsOf = new Map<string, { uri: string; item: unknown }[]>();
  const quotesBy = new Map<string, { uri: string; item: unknown }[]>();
  annotation.articles.forEach((a, i) => {
    for (const m of a.mentions) if (m.entity) { if (!mentionsOf.has(m.entity)) mentionsOf.set(m.entity, []); mentionsOf.get(m.entity)!.push({ uri: uriOf(keys[i]), item: m }); }
    for (const q of a.quotes) if (q.speaker) { if (!quotesBy.has(q.speaker)) quotesBy.set(q.speaker, []); quotesBy.get(q.speaker)!.push({ uri: uriOf(keys[i]), item: q }); }
  });
  return { annotation, mentionsOf, quotesBy };
}

/**
 * The fields a Mention or Quote has, as annotateArticle gives them: the index's postings hold the
 * analysis's own objects (CorpusIndex fills in their ids where they are), whose named mentions also
 * carry what linking reads (key, role).
 */
function plain(x: { uri: string; item: unknown } | undefined): unknown {
  if (!x) return x;
  const i = x.item as Record<string, unknown>;
  const item = 'type' in i
    ? { type: i.type, text: i.text, start: i.start, end: i.end, entity: i.entity, value: i.value }
    : { text: i.text, start: i.start, end: i.end, speaker: i.speaker, speakerText: i.speakerText };
  return { uri: x.uri, item };
}

function assertSame(index: CorpusIndex, texts: Map<number, string>, corrections: CorrectionSet, rules: AliasRules = NO_ALIAS_RULES): void {
  const want = fromScratch(texts, corrections, rules);
  const got = index.linked;
  assert.deepEqual(got.annotation.articles, want.annotation.articles);
  assert.deepEqual([...got.articles.keys()].sort(), [...texts.keys()].map(uriOf).sort());
  for (const [k, t] of texts) assert.equal(got.articles.get(uriOf(k))!.text, t);
  assert.deepEqual(got.annotation.entities, want.annotation.entities);
  assert.deepEqual([...got.entities.keys()].sort(), want.annotation.entities.map(e => e.id).sort());
  for (const e of want.annotation.entities) {
    // first() before get(): its own cache, not the full list's head
    assert.deepEqual(plain(got.mentionsOf.first(e.id)), want.mentionsOf.get(e.id)?.[0], `first mention of ${e.id}`);
    assert.deepEqual((got.mentionsOf.get(e.id) ?? []).map(plain), want.mentionsOf.get(e.id) ?? [], `mentions of ${e.id}`);
    // the hover's first other articles, without the full list
    const uris = [...new Set((want.mentionsOf.get(e.id) ?? []).map(m => m.uri))];
    const skip = uris[0];
    assert.deepEqual(got.mentionsOf.firstArticles(e.id, 2, skip).map(([u, items]) => [u, items.length]),
      uris.filter(u => u !== skip).slice(0, 2).map(u => [u, want.mentionsOf.get(e.id)!.filter(m => m.uri === u).length]), `first articles of ${e.id}`);
    assert.equal(got.quotesBy.count(e.id), want.quotesBy.get(e.id)?.length ?? 0);
    assert.deepEqual((got.quotesBy.get(e.id) ?? []).map(plain), want.quotesBy.get(e.id) ?? [], `quotes of ${e.id}`);
  }
  // no postings left behind for entities that are gone
  for (const id of [...got.entities.keys()]) assert.ok(want.annotation.entities.some(e => e.id === id));
}

function apply(index: CorpusIndex, texts: Map<number, string>, o: Op): void {
  if (o.kind === 'delete') { texts.delete(o.article); index.delete(uriOf(o.article)); return; }
  const old = texts.get(o.article) ?? SENTENCES[o.article];
  const text = o.kind === 'set' ? o.sentences.map(s => SENTENCES[s]).join(' ') : o.atStart ? `${o.text.trim()} ${old}` : old + o.text;
  texts.set(o.article, text);
  index.set(uriOf(o.article), fileOf(o.article), text);
}

const start = () => new Map([0, 1, 2].map(k => [k, SENTENCES.slice(k * 3, k * 3 + 3).join(' ')] as [number, string]));

test('incremental linking equals a from-scratch link after every edit of a random sequence', () => {
  fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), ops => {
    const index = new CorpusIndex();
    const texts = start();
    for (const [k, t] of texts) index.set(uriOf(k), fileOf(k), t);
    assertSame(index, texts, NO_CORRECTIONS);
    for (const o of ops) { apply(index, texts, o); assertSame(index, texts, NO_CORRECTIONS); }
  }), { numRuns: 25, seed: 10 });
});

test('debounced edits: several edits between two looks, then a flush, equal a from-scratch link (with corrections)', () => {
  const corrections = parseCorrections(JSON.stringify({ version: 1, corrections: [
    { action: 'merge', entity: 'Hunter Biden', into: 'Joe Biden' },
    { action: 'notEntity', file: fileOf(1), start: 0, end: 6, text: 'Biden.' },
  ] }));
  fc.assert(fc.property(fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), bursts => {
    const index = new CorpusIndex({ debounceMs: 60_000 });
    index.setRules(NO_ALIAS_RULES, corrections);
    const texts = start();
    for (const [k, t] of texts) index.setNow(uriOf(k), fileOf(k), t);
    assertSame(index, texts, corrections);
    for (const burst of bursts) {
      for (const o of burst) apply(index, texts, o);
      index.flushAll();
      assert.equal(index.pending, 0);
      assertSame(index, texts, corrections);
    }
  }), { numRuns: 15, seed: 11 });
});

test('a keystroke that leaves the names as they were does not relink; a new name does', () => {
  const index = new CorpusIndex();
  const texts = start();
  for (const [k, t] of texts) index.set(uriOf(k), fileOf(k), t);
  void index.linked;
  const before = index.relinks;
  apply(index, texts, { kind: 'type', article: 0, text: 'Then', atStart: true });
  assertSame(index, texts, NO_CORRECTIONS);
  assert.equal(index.relinks, before, 'plain words: no relink');
  apply(index, texts, { kind: 'type', article: 0, text: ' Marta Quill said so.', atStart: false });
  assertSame(index, texts, NO_CORRECTIONS);
  assert.equal(index.relinks, before + 1, 'a new name: one relink');
});

test('an edit waits for a pause: the last analysis answers until the debounce fires, then the new text does', async () => {
  let updates = 0;
  const index = new CorpusIndex({ debounceMs: 20, onUpdate: () => updates++ });
  index.setNow(uriOf(0), fileOf(0), SENTENCES[0]);
  index.set(uriOf(0), fileOf(0), SENTENCES[0] + ' Marta');
  index.set(uriOf(0), fileOf(0), SENTENCES[0] + ' Marta Quill said so.');
  assert.equal(index.pending, 1);
  assert.equal(index.linked.articles.get(uriOf(0))!.text, SENTENCES[0], 'answers from the last analysis meanwhile');
  await new Promise(r => setTimeout(r, 100));
  assert.equal(index.pending, 0);
  assert.equal(updates, 1, 'one analysis for the burst');
  assert.ok(index.linked.articles.get(uriOf(0))!.mentions.some(m => m.text === 'Marta Quill' && m.entity));
});

test('linking in a worker thread: after the link settles, the view equals a from-scratch link (random edit bursts)', async () => {
  const linker = new LinkWorker(join(__dirname, '../../server/src/linkWorker.js'));
  try {
    await fc.assert(fc.asyncProperty(fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), async bursts => {
      const index = new CorpusIndex({ linker });
      const texts = start();
      for (const [k, t] of texts) index.setNow(uriOf(k), fileOf(k), t);
      await index.linkSettled();
      assertSame(index, texts, NO_CORRECTIONS);
      for (const burst of bursts) {
        for (const o of burst) { apply(index, texts, o); void index.linked; } // a look between edits starts a link that the next edits overtake
        await index.linkSettled();
        assertSame(index, texts, NO_CORRECTIONS);
      }
    }), { numRuns: 15, seed: 12 });
  } finally {
    await linker.close();
  }
});

test('with the user\'s pins (aliases.json), incremental linking in the index equals a from-scratch link (in this thread and in the worker)', async () => {
  const rules: AliasRules = { entities: [
    { name: 'Volodymyr Zelensky', type: 'PERSON', aliases: ['Zelenskyy'] },
    { name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  ], separate: [] };
  fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), ops => {
    const index = new CorpusIndex();
    index.setRules(rules, NO_CORRECTIONS);
    const texts = start();
    for (const [k, t] of texts) index.set(uriOf(k), fileOf(k), t);
    assertSame(index, texts, NO_CORRECTIONS, rules);
    for (const o of ops) { apply(index, texts, o); assertSame(index, texts, NO_CORRECTIONS, rules); }
  }), { numRuns: 15, seed: 13 });
  const linker = new LinkWorker(join(__dirname, '../../server/src/linkWorker.js'));
  try {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async ops => {
      const index = new CorpusIndex({ linker });
      index.setRules(rules, NO_CORRECTIONS);
      const texts = start();
      for (const [k, t] of texts) index.setNow(uriOf(k), fileOf(k), t);
      await index.linkSettled();
      assertSame(index, texts, NO_CORRECTIONS, rules);
      for (const o of ops) { apply(index, texts, o); void index.linked; await index.linkSettled(); assertSame(index, texts, NO_CORRECTIONS, rules); }
    }), { numRuns: 8, seed: 14 });
  } finally {
    await linker.close();
  }
});
