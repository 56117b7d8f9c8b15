// npm run eval: scores News Lens against the gold annotations of the seeds and of news-gold's dev
// and test splits, beside compromise as a baseline measured in the same run. The test split is
// for measuring only: nothing in the analysis may be tuned on it. A report: exits 0 even when below the
// bars, non-zero on a crash or when a gold mention's text does not match its article slice.
//   node scripts/eval.mjs [--json[=FILE]]   (FILE defaults to out/eval/eval.json; "-" prints it)
//   node scripts/eval.mjs --gold=DIR/gold.json   scores only your own annotated articles: a gold file in
//   news-gold's format, with the articles it names beside it (for a newsroom's set, or a fresh blind set).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlpCompromise from 'compromise';
import {
  scoredType, prfByType, matchEntityMentions, alignEntities, speakerAccuracy, dateValueAccuracy,
  aliasGrouping, compromiseEntitySpans, compromiseQuoteSpans, goldMismatches,
} from './lib/scoring.mjs';
import { NEWS_GOLD, testSplit } from './lib/newsGold.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const LIB = join(ROOT, 'out/server/src/analysis/index.js');
if (!existsSync(LIB)) { console.error(`eval: ${relative(ROOT, LIB)} is missing; run npm run build first`); process.exit(2); }
const { annotateCorpus } = require(LIB);

const TYPES = ['PERSON', 'ORG', 'PLACE', 'DATE', 'QUOTE'];
const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE'];
const TEST_SPLIT = testSplit(ROOT);
const DEV_SETS = [
  { name: 'seeds', gold: 'test/fixtures/gold/seeds.gold.json', textDir: 'seeds',
    bars: { PERSON: 0.95, ORG: 0.95, PLACE: 0.95, DATE: 0.95, QUOTE: 0.95, speaker: 0.9 } },
  { name: 'dev', gold: `${NEWS_GOLD}/gold.json`, textDir: NEWS_GOLD, only: name => !TEST_SPLIT.has(name), bars: {} },
  { name: 'test', gold: `${NEWS_GOLD}/gold.json`, textDir: NEWS_GOLD, only: name => TEST_SPLIT.has(name),
    bars: { PERSON: 0.92, ORG: 0.85, PLACE: 0.92, DATE: 0.90, QUOTE: 0.95, speaker: 0.85, dateValues: 0.90, aliasB3: 0.95 } },
];

const goldArg = process.argv.slice(2).find(a => a.startsWith('--gold='))?.slice(7);
if (goldArg) {
  const file = resolve(goldArg);
  DEV_SETS.splice(0, DEV_SETS.length, { name: basename(dirname(file)), gold: relative(ROOT, file), textDir: relative(ROOT, dirname(file)), bars: {} });
}
const jsonArg = process.argv.slice(2).find(a => a === '--json' || a.startsWith('--json='));
const jsonFile = jsonArg === undefined ? null : jsonArg === '--json' ? join(ROOT, 'out/eval/eval.json') : jsonArg.slice(7);

/** Reads a dev set and checks every gold mention against its article; throws on any mismatch. */
function loadDevSet(set) {
  const gold = JSON.parse(readFileSync(join(ROOT, set.gold), 'utf8'));
  if (gold.offset_unit && !/UTF-16/i.test(gold.offset_unit)) throw new Error(`${set.gold}: unexpected offset_unit ${gold.offset_unit}`);
  const docs = Object.keys(gold.documents).sort().filter(name => !set.only || set.only(name)).map(name => {
    const file = join(set.textDir, name);
    const text = readFileSync(join(ROOT, file), 'utf8');
    return { name, file, text, gold: gold.documents[name] };
  });
  const bad = docs.flatMap(d => goldMismatches(d.name, d.text, d.gold.mentions));
  if (bad.length) {
    for (const b of bad.slice(0, 20)) console.error(`gold/text mismatch in ${b.doc} ${b.type} [${b.start},${b.end}): gold ${JSON.stringify(b.gold)} vs article ${JSON.stringify(b.article)}`);
    throw new Error(`${set.gold}: ${bad.length} gold mention(s) do not match the article text`);
  }
  return docs;
}

/** Gold items in the scoring shape. */
function goldItems(docs) {
  return docs.flatMap(d => d.gold.mentions.map(m => ({ doc: d.name, ...m })));
}

/** System items: mentions with TIME/DURATION as DATE, plus quotes as QUOTE. */
function systemItems(docs, corpus) {
  const byFile = new Map(corpus.articles.map(a => [a.file, a]));
  const items = [], quotes = [];
  for (const d of docs) {
    const a = byFile.get(d.file);
    if (!a) throw new Error(`annotateCorpus returned no article for ${d.file}`);
    for (const m of a.mentions ?? []) {
      const type = scoredType(m.type);
      if (type && type !== 'QUOTE') items.push({ doc: d.name, type, start: m.start, end: m.end, text: m.text, entity: m.entity ?? null, value: m.value ?? null });
    }
    for (const q of a.quotes ?? []) {
      const item = { doc: d.name, type: 'QUOTE', start: q.start, end: q.end, text: q.text, speaker: q.speaker ?? null };
      items.push(item); quotes.push(item);
    }
  }
  return { items, quotes };
}

/** compromise's people/places/organizations/quotations as scoring items. */
function compromiseItems(docs) {
  const items = [];
  for (const d of docs) {
    const doc = nlpCompromise(d.text);
    const add = (type, spans) => { for (const s of spans) items.push({ doc: d.name, type, ...s }); };
    add('PERSON', compromiseEntitySpans(d.text, doc.people().out('offset')));
    add('PLACE', compromiseEntitySpans(d.text, doc.places().out('offset')));
    add('ORG', compromiseEntitySpans(d.text, doc.organizations().out('offset')));
    add('QUOTE', compromiseQuoteSpans(d.text, doc.quotations().out('offset')));
  }
  return items;
}

function evaluate(set) {
  const docs = loadDevSet(set);
  const t0 = performance.now();
  const corpus = annotateCorpus(docs.map(d => ({ file: d.file, text: d.text })));
  const ms = performance.now() - t0;
  const gold = goldItems(docs);
  const { items: sys, quotes: sysQuotes } = systemItems(docs, corpus);
  const base = compromiseItems(docs);

  const newsLens = prfByType(gold, sys, TYPES);
  const compromise = prfByType(gold, base, TYPES.filter(t => t !== 'DATE'));

  const goldEntities = gold.filter(m => ENTITY_TYPES.includes(m.type));
  const pairs = matchEntityMentions(goldEntities, sys.filter(m => ENTITY_TYPES.includes(m.type)));
  const alignment = alignEntities(pairs);
  const speaker = speakerAccuracy(gold.filter(m => m.type === 'QUOTE'), sysQuotes, alignment);
  const dates = dateValueAccuracy(gold.filter(m => m.type === 'DATE'), sys.filter(m => m.type === 'DATE'));
  // The test split is for measuring only: its figures go into the JSON, its individual errors do not.
  if (docs.some(d => TEST_SPLIT.has(d.name))) { delete speaker.errors; delete dates.errors; }
  const grouping = aliasGrouping(pairs);

  const bars = Object.entries(set.bars).map(([what, bar]) => {
    const value = what === 'speaker' ? speaker.accuracy : what === 'dateValues' ? dates.accuracy
      : what === 'aliasB3' ? grouping.f1 : newsLens[what].f1;
    const label = { speaker: 'speaker accuracy', dateValues: 'date values', aliasB3: 'alias B-cubed' }[what] ?? `${what} F1`;
    return { what: label, bar, value, pass: value != null && value >= bar };
  });
  return {
    name: set.name, articles: docs.length, annotateMs: ms,
    newsLens, compromise, speaker, dates, grouping,
    entitiesReturned: (corpus.entities ?? []).length, alignedEntities: alignment.size, bars,
  };
}

const f = v => (v == null ? '   -' : v.toFixed(2).padStart(4));
const frac = r => (r.accuracy == null ? `   -  (0 matched)` : `${f(r.accuracy)}  (${r.correct}/${r.total})`);

function print(r) {
  console.log(`\n== ${r.name}: ${r.articles} articles (annotateCorpus ${r.annotateMs.toFixed(0)} ms) ==`);
  console.log('type     gold |  News Lens: sys    P    R   F1 | compromise: sys    P    R   F1');
  for (const t of TYPES) {
    const n = r.newsLens[t], c = r.compromise[t];
    const cs = c ? `${String(c.sys).padStart(15)} ${f(c.precision)} ${f(c.recall)} ${f(c.f1)}` : `${'-'.padStart(15)}    -    -    -`;
    console.log(`${t.padEnd(6)} ${String(n.gold).padStart(6)} | ${String(n.sys).padStart(14)} ${f(n.precision)} ${f(n.recall)} ${f(n.f1)} |${cs}`);
  }
  console.log(`speaker accuracy (exactly matched gold quotes):     ${frac(r.speaker)}`);
  console.log(`date-value accuracy (exactly matched gold DATEs):   ${frac(r.dates)}`);
  const g = r.grouping;
  console.log(`alias grouping B-cubed over ${String(g.items).padStart(3)} matched entity mentions: P ${f(g.precision)}  R ${f(g.recall)}  F1 ${f(g.f1)}`
    + `  (${r.entitiesReturned} entities returned, ${r.alignedEntities} aligned)`);
  for (const b of r.bars) console.log(`${b.pass ? 'PASS ' : 'BELOW'} ${r.name} ${b.what.padEnd(17)} ${f(b.value)} (bar ≥ ${b.bar})`);
}

const results = DEV_SETS.map(evaluate);
results.forEach(print);

// Rules fitted to the articles they were written on show as a gap between dev and test.
const dev = results.find(r => r.name === 'dev'), tst = results.find(r => r.name === 'test');
console.log('\n== side by side: F1 (compromise) ==');
console.log(`${'type'.padEnd(8)}${results.map(r => r.name.padStart(16)).join('')}   dev-test gap`);
for (const t of TYPES) {
  const cells = results.map(r => `${f(r.newsLens[t].f1)} (${r.compromise[t] ? f(r.compromise[t].f1) : '   -'})`.padStart(16));
  const gap = dev && tst ? dev.newsLens[t].f1 - tst.newsLens[t].f1 : null;
  console.log(`${t.padEnd(8)}${cells.join('')}   ${gap == null ? '' : `${gap >= 0 ? '+' : ''}${gap.toFixed(2)}${Math.abs(gap) > 0.05 ? '  (gap > 0.05)' : ''}`}`);
}
for (const [label, get] of [['speaker', r => r.speaker.accuracy], ['date val', r => r.dates.accuracy], ['alias B3', r => r.grouping.f1]]) {
  console.log(`${label.padEnd(8)}${results.map(r => `${f(get(r))}       `.padStart(16)).join('')}`);
}
const below = results.flatMap(r => r.bars.filter(b => !b.pass).map(b => `${r.name} ${b.what}`));
console.log(`\nbars: ${results.reduce((n, r) => n + r.bars.length, 0) - below.length} PASS, ${below.length} BELOW`);

if (jsonFile) {
  const json = JSON.stringify({ generated: new Date().toISOString(), devSets: results }, null, 2) + '\n';
  if (jsonFile === '-') process.stdout.write(json);
  else {
    mkdirSync(dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, json);
    console.log(`JSON written to ${relative(process.cwd(), jsonFile) || basename(jsonFile)}`);
  }
}
