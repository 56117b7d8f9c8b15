// npm run errors -- [--set=dev|seeds | --gold=DIR/gold.json] [--type=PERSON|ORG|PLACE|DATE|QUOTE|speaker|value]
// Lists the missed (FN) and spurious (FP) mentions of one type on a development set, with a
// little context, to study errors by category. The test split is for measuring only, so this
// script refuses it: look at its numbers with `npm run eval`, never at its errors while tuning.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoredType } from './lib/scoring.mjs';
import { NEWS_GOLD, testSplit } from './lib/newsGold.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { annotateCorpus } = require(join(ROOT, 'out/server/src/analysis/index.js'));
const arg = (name, dflt) => { const a = process.argv.find(x => x.startsWith(`--${name}=`)); return a ? a.slice(name.length + 3) : dflt; };
const set = arg('set', 'dev'), type = arg('type', 'PERSON');
if (set === 'test') { console.error('errors: the test split is for measuring only (npm run eval); develop on dev or seeds'); process.exit(2); }

const TEST_SPLIT = testSplit(ROOT);
const own = arg('gold', null);
const [goldFile, textDir] = own ? [resolve(own), dirname(resolve(own))]
  : set === 'seeds' ? ['test/fixtures/gold/seeds.gold.json', 'seeds'] : [`${NEWS_GOLD}/gold.json`, NEWS_GOLD];
const gold = JSON.parse(readFileSync(resolve(ROOT, goldFile), 'utf8')).documents;
if (own && Object.keys(gold).some(n => TEST_SPLIT.has(n))) { console.error('errors: use --set=dev for news-gold; its test split is for measuring only'); process.exit(2); }
const names = Object.keys(gold).sort().filter(n => own || set === 'seeds' || !TEST_SPLIT.has(n));
const docs = names.map(n => ({ name: n, file: join(textDir, n), text: readFileSync(resolve(ROOT, textDir, n), 'utf8') }));
const corpus = annotateCorpus(docs.map(d => ({ file: d.file, text: d.text })));
const byFile = new Map(corpus.articles.map(a => [a.file, a]));
const short = name => name.replace(/^wikinews_/, '').slice(0, 31);
const ctx = (text, s, e) => (text.slice(Math.max(0, s - 50), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 40)).replace(/\s+/g, ' ');

let fn = 0, fp = 0, wrong = 0;
for (const d of docs) {
  const a = byFile.get(d.file);
  const g = gold[d.name].mentions;
  if (type === 'speaker' || type === 'value') {
    const gt = type === 'speaker' ? 'QUOTE' : 'DATE';
    const sys = type === 'speaker' ? a.quotes : a.mentions.filter(m => scoredType(m.type) === 'DATE');
    for (const m of g.filter(m => m.type === gt)) {
      const s = sys.find(x => x.start === m.start && x.end === m.end);
      if (!s) continue;
      const want = type === 'speaker' ? m.speaker : m.value;
      const got = type === 'speaker' ? (s.speakerText ?? s.speaker) : s.value;
      const ent = type === 'speaker' && s.speaker ? corpus.entities.find(e => e.id === s.speaker)?.name ?? s.speaker : got;
      if ((want ?? null) !== (ent ?? null) && !(type === 'speaker' && want && ent && (want.includes(ent) || ent.includes(want)))) {
        wrong++; console.log(`WRONG ${short(d.name)}: want ${JSON.stringify(want)} got ${JSON.stringify(ent)} | ${ctx(d.text, m.start, m.end).slice(0, 200)}`);
      }
    }
    continue;
  }
  const sys = type === 'QUOTE' ? a.quotes.map(q => ({ ...q, type: 'QUOTE' })) : a.mentions.filter(m => scoredType(m.type) === type);
  const gk = new Set(g.filter(m => m.type === type).map(m => `${m.start}:${m.end}`));
  const sk = new Set(sys.map(m => `${m.start}:${m.end}`));
  const other = new Map(a.mentions.map(m => [`${m.start}:${m.end}`, m.type]));
  const goldOther = new Map(g.map(m => [`${m.start}:${m.end}`, m.type]));
  for (const m of g.filter(m => m.type === type)) if (!sk.has(`${m.start}:${m.end}`)) {
    fn++; console.log(`FN ${short(d.name).padEnd(31)} ${(other.get(`${m.start}:${m.end}`) ?? '').padEnd(7)} ${ctx(d.text, m.start, m.end)}`);
  }
  for (const m of sys) if (!gk.has(`${m.start}:${m.end}`)) {
    fp++; console.log(`FP ${short(d.name).padEnd(31)} ${(goldOther.get(`${m.start}:${m.end}`) ?? '').padEnd(7)} ${ctx(d.text, m.start, m.end)}`);
  }
}
console.log(type === 'speaker' || type === 'value' ? `\n${wrong} wrong` : `\n${fn} missed, ${fp} spurious`);
