// npm run soak: the server under load over a real LSP connection (not part of npm test).
// A 1,000-article corpus is generated from real sentences (seeds/ and news-gold's dev split,
// recombined with a seeded generator), indexed, and then put through 5 rounds of 1,000 rapid
// incremental edits followed by interleaved hovers, references and workspace symbols. Every
// request must be answered; the server's resident memory (VmRSS from /proc/<pid>/status) is
// reported after each round (as found, and after a full collection the server is asked for), and
// whether round 5 is within 10% of round 1 after collection; the exit code says the same.
// Options: SOAK_ARTICLES (1000), SOAK_ROUNDS (5), SOAK_EDITS (1000), SOAK_QUERIES (100 of each).
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/codeServer.mjs';
import { NEWS_GOLD, testSplit } from './lib/newsGold.mjs';

const require = createRequire(import.meta.url);
const { LspSession } = require(join(ROOT, 'out/test/helpers/lspClient.js'));
const P = require('vscode-languageserver-protocol/node');

const ARTICLES = Number(process.env.SOAK_ARTICLES ?? 1000);
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 5);
const EDITS = Number(process.env.SOAK_EDITS ?? 1000);
const QUERIES = Number(process.env.SOAK_QUERIES ?? 100);
const OPEN = 5; // articles open in the "editor", the ones the edits go to

// A small seeded generator (mulberry32), so that every run soaks the same corpus.
let seed = 20261202;
const random = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = xs => xs[Math.floor(random() * xs.length)];
const between = (a, b) => a + Math.floor(random() * (b - a + 1));

// Real sentences: the seeds and news-gold's dev split, never its test split.
const held = testSplit(ROOT);
const sources = [
  ...readdirSync(join(ROOT, 'seeds')).filter(f => f.endsWith('.txt')).map(f => join(ROOT, 'seeds', f)),
  ...readdirSync(join(ROOT, NEWS_GOLD)).filter(f => f.endsWith('.txt') && !held.has(f)).map(f => join(ROOT, NEWS_GOLD, f)),
];
const sentences = sources.flatMap(f => readFileSync(f, 'utf8').split(/\n+/).flatMap(p => p.split(/(?<=[.!?][”"]?)\s+(?=[“"A-Z])/)))
  .map(s => s.trim()).filter(s => s.length > 30 && s.length < 400);
const datelines = ['Monday, March 27, 2006', 'Tuesday, July 11, 2023', 'Wednesday, January 12, 2022', 'Friday, June 1, 2018'];

function article() {
  const paragraphs = Array.from({ length: between(6, 14) }, () => Array.from({ length: between(1, 3) }, () => pick(sentences)).join(' '));
  return `${pick(sentences).replace(/[.!?]$/, '')}\n\n${pick(datelines)}\n\n${paragraphs.join('\n\n')}\n`;
}

const ws = mkdtempSync(join(tmpdir(), 'news-lens-soak-'));
mkdirSync(join(ws, 'seeds'));
const texts = new Map();
for (let i = 0; i < ARTICLES; i++) {
  const path = join(ws, 'seeds', `soak-${String(i).padStart(4, '0')}.txt`);
  const text = article();
  writeFileSync(path, text);
  texts.set(pathToFileURL(path).href, text);
}
const totalChars = [...texts.values()].reduce((n, t) => n + t.length, 0);
console.log(`soak: ${ARTICLES} articles (${(totalChars / 1e6).toFixed(1)} M characters) from ${sentences.length} real sentences of ${sources.length} articles, in ${ws}`);

const rssKb = pid => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const mb = kb => (kb / 1024).toFixed(1);
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

let t0 = Date.now();
const session = await LspSession.start(ws, { nodeArgs: ['--expose-gc'] });
await session.waitForLog(/News Lens: \d+ articles/, 600000);
console.log(`indexed: ${session.logs.find(l => /News Lens: \d+ articles/.test(l))} in ${((Date.now() - t0) / 1000).toFixed(1)} s; RSS ${mb(rssKb(session.pid))} MB`);

// The open documents, with the client's copy of their text.
const open = [...texts.keys()].slice(0, OPEN).map(uri => ({ uri, text: texts.get(uri), version: 1 }));
for (const d of open) await session.connection.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri: d.uri, languageId: 'news', version: 1, text: d.text } });

function positionAt(text, offset) {
  let line = 0, last = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; last = i + 1; }
  return { line, character: offset - last };
}
/** One edit: insert a word at a random word boundary, or take back the last insertion. */
const pending = new Map();
function nextEdit(d) {
  const undo = pending.get(d.uri);
  let change;
  if (undo) {
    change = { range: { start: positionAt(d.text, undo.at), end: positionAt(d.text, undo.at + undo.word.length) }, text: '' };
    d.text = d.text.slice(0, undo.at) + d.text.slice(undo.at + undo.word.length);
    pending.delete(d.uri);
  } else {
    const spaces = [...d.text.matchAll(/ /g)];
    const at = pick(spaces).index + 1;
    const word = pick(['Zelensky ', 'the ', 'United Nations ', 'on Tuesday ', '“quoted” ', 'Kyiv ']);
    change = { range: { start: positionAt(d.text, at), end: positionAt(d.text, at) }, text: word };
    d.text = d.text.slice(0, at) + word + d.text.slice(at);
    pending.set(d.uri, { at, word });
  }
  d.version++;
  return session.connection.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri: d.uri, version: d.version }, contentChanges: [change] });
}

const capitals = d => [...d.text.matchAll(/\b[A-Z][a-z]{3,}/g)].map(m => m.index + 1);
const names = [...new Set([...texts.values()].flatMap(t => [...t.matchAll(/\b[A-Z][a-z]{3,}/g)].map(m => m[0].slice(0, 4).toLowerCase())))];

const rounds = [];
let unanswered = 0;
for (let r = 1; r <= ROUNDS; r++) {
  const tr = Date.now();
  // 1. rapid edits: notifications, sent without waiting for anything.
  const sends = [];
  for (let e = 0; e < EDITS; e++) sends.push(nextEdit(open[e % OPEN]));
  await Promise.all(sends);
  const editsSent = Date.now() - tr;
  // 2. interleaved hovers, references and workspace symbols, ten in flight at a time.
  const latencies = { hover: [], references: [], workspaceSymbol: [] };
  const jobs = [];
  for (let q = 0; q < QUERIES; q++) {
    const d = pick(open);
    const position = positionAt(d.text, pick(capitals(d)));
    const td = { textDocument: { uri: d.uri } };
    jobs.push(['hover', () => session.connection.sendRequest(P.HoverRequest.type, { ...td, position })]);
    jobs.push(['references', () => session.connection.sendRequest(P.ReferencesRequest.type, { ...td, position, context: { includeDeclaration: true } })]);
    jobs.push(['workspaceSymbol', () => session.connection.sendRequest(P.WorkspaceSymbolRequest.type, { query: pick(names) })]);
  }
  let answered = 0, hits = 0;
  for (let i = 0; i < jobs.length; i += 10) {
    await Promise.all(jobs.slice(i, i + 10).map(async ([kind, send]) => {
      const t = Date.now();
      try {
        const result = await Promise.race([send(), new Promise((_, no) => setTimeout(() => no(new Error('no answer in 60 s')), 60000))]);
        latencies[kind].push(Date.now() - t);
        answered++;
        if (result && (!Array.isArray(result) || result.length)) hits++;
      } catch (e) { unanswered++; console.error(`round ${r}: ${kind} failed: ${e.message}`); }
    }));
  }
  await new Promise(res => setTimeout(res, 1000)); // let the debounced refresh and diagnostics run
  const rawRss = rssKb(session.pid);
  // Then a full collection in the server, so that RSS counts what is held rather than garbage not yet collected.
  const status = await session.connection.sendRequest('newsLens/status', { gc: true });
  if (!status.collected) throw new Error('the server did not collect: is it running with --expose-gc?');
  const rss = rssKb(session.pid);
  rounds.push({ round: r, rss, rawRss, heap: status.memory.heapUsed / 1024, seconds: (Date.now() - tr) / 1000 });
  console.log(`round ${r}: ${EDITS} edits sent in ${editsSent} ms; ${answered}/${jobs.length} requests answered (${hits} non-empty); ` +
    Object.entries(latencies).map(([k, v]) => `${k} p50 ${percentile(v, 0.5)} ms p95 ${percentile(v, 0.95)} ms`).join(', ') +
    `; ${((Date.now() - tr) / 1000).toFixed(1)} s; RSS ${mb(rawRss)} MB, after a full GC ${mb(rss)} MB (heap used ${mb(status.memory.heapUsed / 1024)} MB)`);
}

const failures = session.logs.filter(l => / failed: /.test(l));
await session.stop();
rmSync(ws, { recursive: true, force: true });
const first = rounds[0].rss, last = rounds[rounds.length - 1].rss;
const change = (last - first) / first;
console.log(`\nRSS by round, as found (MB): ${rounds.map(r => mb(r.rawRss)).join(' → ')}`);
console.log(`RSS by round, after a full GC (MB): ${rounds.map(r => mb(r.rss)).join(' → ')}`);
console.log(`heap used by round, after a full GC (MB): ${rounds.map(r => mb(r.heap)).join(' → ')}`);
// A leak makes memory grow; less memory in round 5 than in round 1 is no leak, so only growth counts.
const heapChange = (rounds[rounds.length - 1].heap - rounds[0].heap) / rounds[0].heap;
console.log(`round ${ROUNDS} vs round 1: RSS ${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}% (${change <= 0.1 ? 'within' : 'NOT within'} 10%), heap used ${heapChange >= 0 ? '+' : ''}${(heapChange * 100).toFixed(1)}%`);
console.log(`requests unanswered: ${unanswered}; requests that failed inside the server: ${failures.length}; network attempts: 0 (guarded)`);
process.exit(unanswered || failures.length || change > 0.1 ? 1 : 0);
