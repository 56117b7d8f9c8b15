// The evaluation's scoring functions (scripts/lib/scoring.mjs), on tiny cases computed by hand.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/paths';

let S: any;
before(async () => {
  S = await import(pathToFileURL(join(repoRoot, 'scripts/lib/scoring.mjs')).href);
});

const close = (actual: number | null, expected: number, what = '') =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${what} ${actual} != ${expected}`);

const m = (doc: string, type: string, start: number, end: number, extra: object = {}) => ({ doc, type, start, end, ...extra });

test('prf: exact spans only, duplicates counted once', () => {
  // gold: 4 spans; sys: 3 distinct spans (+1 duplicate), 2 exact hits, 1 off by one.
  const gold = [m('a', 'PERSON', 0, 5), m('a', 'PERSON', 10, 15), m('a', 'PERSON', 20, 25), m('b', 'PERSON', 0, 5)];
  const sys = [m('a', 'PERSON', 0, 5), m('a', 'PERSON', 0, 5), m('a', 'PERSON', 10, 14), m('b', 'PERSON', 0, 5)];
  const r = S.prf(gold, sys);
  assert.equal(r.gold, 4); assert.equal(r.sys, 3); assert.equal(r.tp, 2);
  close(r.precision, 2 / 3, 'P'); close(r.recall, 2 / 4, 'R');
  close(r.f1, 2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2), 'F1'); // = 4/7
  close(r.f1, 4 / 7, 'F1 = 2tp/(gold+sys)');
});

test('prf: empty sides', () => {
  const none = S.prf([m('a', 'ORG', 0, 3)], []);
  assert.equal(none.precision, null); assert.equal(none.recall, 0); assert.equal(none.f1, 0);
  const both = S.prf([], []);
  assert.equal(both.precision, null); assert.equal(both.recall, null); assert.equal(both.f1, null);
});

test('prfByType: a span with the wrong type is a miss for both types', () => {
  const gold = [m('a', 'ORG', 0, 4), m('a', 'PLACE', 10, 16)];
  const sys = [m('a', 'PLACE', 0, 4), m('a', 'PLACE', 10, 16)];
  const r = S.prfByType(gold, sys, ['ORG', 'PLACE']);
  assert.equal(r.ORG.tp, 0); close(r.ORG.recall, 0); assert.equal(r.ORG.precision, null);
  close(r.PLACE.precision, 1 / 2); close(r.PLACE.recall, 1); close(r.PLACE.f1, 2 / 3);
});

test('scoredType: TIME and DURATION count as DATE, quantities are not scored', () => {
  assert.equal(S.scoredType('TIME'), 'DATE');
  assert.equal(S.scoredType('DURATION'), 'DATE');
  assert.equal(S.scoredType('MONEY'), null);
  assert.equal(S.scoredType('PERSON'), 'PERSON');
});

test('bcubed: hand-computed example', () => {
  // Gold clusters: A = {1,2,3}, B = {4,5}. System clusters: x = {1,2}, y = {3,4,5}.
  // Precision per item: 1: 2/2, 2: 2/2, 3: 1/3, 4: 2/3, 5: 2/3  -> (1+1+1/3+2/3+2/3)/5 = 11/15
  // Recall per item:    1: 2/3, 2: 2/3, 3: 1/3, 4: 2/2, 5: 2/2  -> (2/3+2/3+1/3+1+1)/5   = 11/15
  const r = S.bcubed([
    { gold: 'A', sys: 'x' }, { gold: 'A', sys: 'x' }, { gold: 'A', sys: 'y' },
    { gold: 'B', sys: 'y' }, { gold: 'B', sys: 'y' },
  ]);
  assert.equal(r.items, 5);
  close(r.precision, 11 / 15, 'P'); close(r.recall, 11 / 15, 'R'); close(r.f1, 11 / 15, 'F1');
});

test('bcubed: null system ids are singletons; all-singletons gives P = 1', () => {
  // Gold: A = {1,2}, B = {3}. System: nothing linked. P = 1; R = (1/2 + 1/2 + 1)/3 = 2/3.
  const r = S.bcubed([{ gold: 'A', sys: null }, { gold: 'A', sys: null }, { gold: 'B', sys: null }]);
  close(r.precision, 1); close(r.recall, 2 / 3); close(r.f1, 2 * (2 / 3) / (1 + 2 / 3)); // = 0.8
  close(r.f1, 0.8);
  assert.equal(S.bcubed([]).f1, null);
});

test('aliasGrouping: clusters are type+canonical (gold) and entity id (system) across articles', () => {
  // Zelenskiy (doc a) and Zelensky (doc b) are one gold entity; the system splits them, and lumps
  // Ukraine in with doc a's Zelenskiy. Items: Z1 (a), Z2 (b), U (a).
  // Gold: {Z1,Z2}, {U}. System: e1 = {Z1,U}, e2 = {Z2}.
  // P: Z1 1/2, U 1/2, Z2 1/1 -> 2/3.  R: Z1 1/2, Z2 1/2, U 1/1 -> 2/3.
  const gold = [
    m('a', 'PERSON', 0, 9, { canonical: 'Volodymyr Zelensky' }),
    m('b', 'PERSON', 5, 13, { canonical: 'Volodymyr Zelensky' }),
    m('a', 'PLACE', 20, 27, { canonical: 'Ukraine' }),
    m('b', 'ORG', 30, 34, { canonical: 'NATO' }), // not found by the system: not an item
  ];
  const sys = [
    m('a', 'PERSON', 0, 9, { entity: 'e1' }),
    m('b', 'PERSON', 5, 13, { entity: 'e2' }),
    m('a', 'PLACE', 20, 27, { entity: 'e1' }),
    m('b', 'PLACE', 30, 34, { entity: 'e3' }), // wrong type: not matched
  ];
  const pairs = S.matchEntityMentions(gold, sys);
  assert.equal(pairs.length, 3);
  const r = S.aliasGrouping(pairs);
  close(r.precision, 2 / 3); close(r.recall, 2 / 3); close(r.f1, 2 / 3);
});

test('alignEntities + speakerAccuracy: majority canonical, null == null, unmatched quotes skipped', () => {
  const gold = [
    m('a', 'PERSON', 0, 5, { canonical: 'Joe Biden' }),
    m('a', 'PERSON', 10, 15, { canonical: 'Joe Biden' }),
    m('a', 'PERSON', 20, 25, { canonical: 'Hunter Biden' }),
    m('a', 'ORG', 30, 33, { canonical: 'NATO' }),
  ];
  const sys = [
    m('a', 'PERSON', 0, 5, { entity: 'biden' }),
    m('a', 'PERSON', 10, 15, { entity: 'biden' }),
    m('a', 'PERSON', 20, 25, { entity: 'biden' }), // 2 votes Joe, 1 vote Hunter -> Joe Biden
    m('a', 'ORG', 30, 33, { entity: 'nato' }),
  ];
  const align = S.alignEntities(S.matchEntityMentions(gold, sys));
  assert.equal(align.get('biden'), 'Joe Biden');
  assert.equal(align.get('nato'), 'NATO');

  const goldQuotes = [
    m('a', 'QUOTE', 40, 50, { speaker: 'Joe Biden' }),    // sys biden -> correct
    m('a', 'QUOTE', 60, 70, { speaker: 'NATO' }),         // sys biden -> wrong
    m('a', 'QUOTE', 80, 90, { speaker: null }),           // sys null  -> correct
    m('a', 'QUOTE', 100, 110, { speaker: 'Joe Biden' }),  // sys ghost (never aligned) -> wrong
    m('a', 'QUOTE', 120, 130, { speaker: 'Joe Biden' }),  // sys span off by one -> not counted
  ];
  const sysQuotes = [
    m('a', 'QUOTE', 40, 50, { speaker: 'biden' }),
    m('a', 'QUOTE', 60, 70, { speaker: 'biden' }),
    m('a', 'QUOTE', 80, 90, { speaker: null }),
    m('a', 'QUOTE', 100, 110, { speaker: 'ghost' }),
    m('a', 'QUOTE', 121, 130, { speaker: 'biden' }),
  ];
  const r = S.speakerAccuracy(goldQuotes, sysQuotes, align);
  assert.equal(r.total, 4); assert.equal(r.correct, 2); close(r.accuracy, 0.5);
});

test('alignEntities: ties go to the canonical name that sorts first', () => {
  const gold = [m('a', 'PERSON', 0, 5, { canonical: 'B' }), m('a', 'PERSON', 10, 15, { canonical: 'A' })];
  const sys = [m('a', 'PERSON', 0, 5, { entity: 'e' }), m('a', 'PERSON', 10, 15, { entity: 'e' })];
  assert.equal(S.alignEntities(S.matchEntityMentions(gold, sys)).get('e'), 'A');
});

test('dateValueAccuracy: over exactly matched gold DATEs, null == null', () => {
  const gold = [
    m('a', 'DATE', 0, 5, { value: '2022-03-15' }),
    m('a', 'DATE', 10, 15, { value: null }),
    m('a', 'DATE', 20, 25, { value: '2022-W12' }),
    m('a', 'DATE', 30, 35, { value: 'P2D' }), // no system match: skipped
  ];
  const sys = [
    m('a', 'DATE', 0, 5, { value: '2022-03-15' }),
    m('a', 'DATE', 10, 15, { value: null }),
    m('a', 'DATE', 20, 25, { value: '2022-W11' }),
  ];
  const r = S.dateValueAccuracy(gold, sys);
  assert.equal(r.total, 3); assert.equal(r.correct, 2); close(r.accuracy, 2 / 3);
});

test('compromise spans: marks, trailing punctuation, "the" and possessives are left out', () => {
  const text = 'He said "we will win," in Kyiv. Russia\'s army met the White House.';
  const term = (t: string, pre: string, post: string, at: number) => ({ text: t, pre, post, offset: { start: at, length: t.length } });
  const at = (s: string) => text.indexOf(s);
  const quote = { terms: [term('we', '"', ' ', at('we')), term('win', '', ',"  ', at('win'))] };
  assert.deepEqual(S.compromiseQuoteSpans(text, [quote]).map((s: { text: string }) => s.text), ['we will win,']);
  const kyiv = { terms: [term('Kyiv', '', '. ', at('Kyiv'))] };
  const russia = { terms: [term("Russia's", '', ' ', at('Russia'))] };
  const wh = { terms: [term('the', '', ' ', at('the White')), term('White', '', ' ', at('White')), term('House', '', '.', at('House'))] };
  assert.deepEqual(S.compromiseEntitySpans(text, [kyiv, russia, wh]).map((s: { text: string }) => s.text), ['Kyiv', 'Russia', 'White House']);
});

test('goldMismatches: text must equal the article slice', () => {
  const text = 'Joe Biden spoke.';
  assert.deepEqual(S.goldMismatches('d', text, [{ type: 'PERSON', text: 'Joe Biden', start: 0, end: 9 }]), []);
  assert.equal(S.goldMismatches('d', text, [{ type: 'PERSON', text: 'Joe Biden', start: 1, end: 10 }]).length, 1);
  assert.equal(S.goldMismatches('d', text, [{ type: 'PERSON', text: 'x', start: 20, end: 21 }]).length, 1);
});
