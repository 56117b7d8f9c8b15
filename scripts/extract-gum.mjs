// Extracts what the entity typer learns from out of the GUM corpus (../shared/corpora/gum, CoNLL-U):
// each document's running text and its entity mentions as character spans with their GUM type.
// Writes training/gum.json (committed, so `npm run train` needs nothing outside the repo).
// GUM news documents that are articles of news-gold's test split are left out: the test split
// must stay unseen by anything trained.
//   node scripts/extract-gum.mjs [GUM_DIR]
// GUM: Zeldes (2017), annotations CC BY 4.0; texts CC BY 2.5 (Wikinews) and CC BY-SA 3.0
// (Wikipedia, Wikivoyage).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEWS_GOLD, testSplit } from './lib/newsGold.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GUM = process.argv[2] ?? join(ROOT, '../shared/corpora/gum');
const NEWS_GOLD_DIR = join(ROOT, NEWS_GOLD);

const testNames = [...testSplit(ROOT)];
const gold = JSON.parse(readFileSync(join(NEWS_GOLD_DIR, 'gold.json'), 'utf8')).documents;
const norm = u => decodeURIComponent(u).replace(/^https?:\/\//, '').replace(/_/g, ' ').toLowerCase();
const testUrls = new Set(testNames.map(n => norm(gold[n].source_url)));
const testTexts = testNames.map(n => readFileSync(join(NEWS_GOLD_DIR, n), 'utf8'));

const TYPES = ['person', 'organization', 'place', 'event', 'time', 'abstract', 'object', 'substance', 'plant', 'animal', 'quantity'];

function parse(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let text = '', id = '', url = '', genre = '';
  const mentions = [];
  const open = new Map(); // entity id -> stack of [start, type]
  let sentence = '', tokens = [];
  const flush = () => {
    if (!sentence) return;
    const base = text.length;
    text += sentence;
    let at = 0;
    for (const t of tokens) {
      const k = sentence.indexOf(t.form, at);
      const s = k >= 0 ? k : at, e = s + t.form.length;
      at = e;
      for (const o of t.opens) {
        if (o.close) mentions.push([base + s, base + e, o.type]);
        else { const st = open.get(o.id) ?? []; st.push([base + s, o.type]); open.set(o.id, st); }
      }
      for (const c of t.closes) { const st = open.get(c); const o = st?.pop(); if (o) mentions.push([o[0], base + e, o[1]]); }
    }
    sentence = ''; tokens = [];
  };
  for (const line of lines) {
    if (line.startsWith('# newdoc id = ')) id = line.slice(14).trim();
    else if (line.startsWith('# meta::sourceURL = ')) url = line.slice(20).trim();
    else if (line.startsWith('# meta::genre = ')) genre = line.slice(16).trim();
    else if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) { flush(); if (text) text += '\n\n'; }
    else if (line.startsWith('# text = ')) { flush(); if (text && !text.endsWith('\n')) text += ' '; sentence = line.slice(9); }
    else if (/^\d+\t/.test(line)) {
      const cols = line.split('\t');
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9])?.[1] ?? '';
      const opens = [], closes = [];
      for (const m of entity.matchAll(/\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|$|\d)|(\d+)\)/g)) {
        if (m[4]) closes.push(m[4]);
        else opens.push({ id: m[1], type: m[2], close: !!m[3] });
      }
      tokens.push({ form: cols[1], opens, closes });
    }
  }
  flush();
  return { id, url, genre, text, mentions };
}

const docs = [];
for (const name of readdirSync(GUM).filter(n => n.endsWith('.conllu')).sort()) {
  const d = parse(join(GUM, name));
  const firstLine = d.text.split('\n')[0].trim();
  if (testUrls.has(norm(d.url)) || testTexts.some(t => firstLine.length > 20 && t.includes(firstLine))) { console.log(`left out (test split): ${d.id}`); continue; }
  // Only mentions with a capital letter inside can type a capitalised candidate.
  const mentions = d.mentions.filter(([s, e]) => /\p{Lu}/u.test(d.text.slice(s, e))).map(([s, e, t]) => [s, e, Math.max(0, TYPES.indexOf(t))]).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  docs.push({ id: d.id, genre: d.genre, text: d.text, mentions });
}
mkdirSync(join(ROOT, 'training'), { recursive: true });
const out = { _about: 'Extracted by scripts/extract-gum.mjs from the GUM corpus (Zeldes 2017; annotations CC BY 4.0, texts CC BY 2.5 / CC BY-SA 3.0). mentions: [start, end, typeIndex] in UTF-16 offsets.', types: TYPES, docs };
writeFileSync(join(ROOT, 'training/gum.json'), JSON.stringify(out) + '\n');
console.log(`training/gum.json: ${docs.length} documents, ${docs.reduce((n, d) => n + d.mentions.length, 0)} mentions`);
