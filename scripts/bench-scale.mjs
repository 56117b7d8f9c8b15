#!/usr/bin/env node
// `npm run bench:scale [-- --n=1000,10000] [-- --keep]`: how News Lens behaves with a big archive.
//
// Generates corpora deterministically from real sentences (seeds/ and the dev split of
// test/fixtures/news-gold/: the test split is never read), with the people renamed from a
// fixed pool (so names recur across articles, as in a real archive) and the dates varied,
// writes them to a temporary folder, then drives the BUILT server (dist/server.js, started as the
// VS Code client starts it: dist/launch.js's flags and environment, over IPC; `-- --stdio` for
// the old way, no flags over stdio) over a real LSP connection, as an editor with a big archive
// would, and prints one table per size and how each cost grows. Not part of `npm test`: it takes minutes.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { testSplit, NEWS_GOLD } from './lib/newsGold.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, IPCMessageReader, IPCMessageWriter,
} = require('vscode-languageserver-protocol/node');

const args = Object.fromEntries(process.argv.slice(2).map(a => { const m = /^--([^=]+)(?:=(.*))?$/.exec(a); return m ? [m[1], m[2] ?? 'true'] : [a, 'true']; }));
const sizes = (args.n ?? '1000,10000').split(',').map(s => Number(s.replace(/_/g, ''))).filter(n => n > 0);
const keep = args.keep === 'true';
const { forkServer } = existsSync(join(root, 'dist/launch.js')) ? require(join(root, 'dist/launch.js')) : {};

// ---------- a deterministic generator ----------

/** mulberry32: a small seeded PRNG, so every run writes the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** The source articles: the seeds and news-gold's dev split. */
function sources() {
  const out = [];
  for (const f of readdirSync(join(root, 'seeds')).filter(f => f.endsWith('.txt')).sort()) out.push(readFileSync(join(root, 'seeds', f), 'utf8'));
  const test = testSplit(root);
  const gold = join(root, NEWS_GOLD);
  for (const f of readdirSync(gold).filter(f => f.endsWith('.txt') && !test.has(f)).sort()) out.push(readFileSync(join(gold, f), 'utf8'));
  return out;
}

/**
 * Sentences with their PERSON mentions turned into slots: the analysis finds the people, and the
 * generator puts other people in their place. Each slot remembers whether it was a full name or
 * a bare surname (or given name), and which person of its article it named.
 */
function sentencePool() {
  const { analyzeArticle } = require(join(root, 'dist/analysis.js'));
  const pool = [];
  for (const text of sources()) {
    const a = analyzeArticle(text);
    const people = a.mentions.filter(m => m.type === 'PERSON' && !/[’']/.test(m.text));
    // the article's people, keyed by surname, so that "Joe Biden" and "Biden" stay one person
    const personOf = new Map();
    for (const m of people) { const w = m.text.split(/\s+/); const s = w[w.length - 1]; if (!personOf.has(s)) personOf.set(s, personOf.size); }
    // sentences: split each paragraph after . ! ? (and a closing quote) before a capital or a quote
    const re = /[^\n]+/g;
    for (let p; (p = re.exec(text));) {
      const para = p[0], base = p.index;
      const cuts = [0, ...[...para.matchAll(/[.!?][”"’]?\s+(?=[“"A-Z])/g)].map(m => m.index + m[0].length), para.length];
      for (let c = 0; c + 1 < cuts.length; c++) {
        const s = base + cuts[c], e = base + cuts[c + 1];
        const sentence = text.slice(s, e).trim();
        if (sentence.length < 40 || sentence.length > 400) continue;
        const slots = [];
        let template = '', at = s;
        for (const m of people) {
          if (m.start < s || m.end > s + sentence.length) continue;
          template += text.slice(at, m.start) + '\u0000';
          const w = m.text.split(/\s+/);
          slots.push({ person: personOf.get(w[w.length - 1]) ?? 0, full: w.length > 1 });
          at = m.end;
        }
        template += text.slice(at, s + sentence.length);
        pool.push({ parts: template.split('\u0000'), slots });
      }
    }
  }
  return pool;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A pool of people, drawn from faker's name lists with a fixed seed. */
function peoplePool(n) {
  const { faker } = require('@faker-js/faker');
  faker.seed(10);
  const seen = new Set(), out = [];
  while (out.length < n) {
    const p = { given: faker.person.firstName(), surname: faker.person.lastName().replace(/[^\p{L}-]/gu, '') };
    if (!p.surname || seen.has(p.surname)) continue;
    seen.add(p.surname); out.push(p);
  }
  return out;
}

/**
 * Writes `n` articles under dir/aNNN/, each a headline, a date line and 6-24 sentences picked
 * from the pool, its people drawn (skewed towards the first, famous ones) from a pool of
 * n/4 people, its months, weekdays and years varied. Returns the files and, for each, the
 * offsets of the names it holds (where the bench hovers).
 */
function generate(dir, n, pool) {
  const r = rng(n * 7919 + 1);
  const people = peoplePool(Math.max(200, Math.ceil(n / 4)));
  const files = [];
  for (let i = 0; i < n; i++) {
    const year = 1995 + Math.floor(r() * 30), month = Math.floor(r() * 12), day = 1 + Math.floor(r() * 28);
    const cast = [];
    const who = k => (cast[k] ??= people[Math.floor(people.length * r() ** 2.5)]);
    const names = [];
    let text = '';
    const count = 6 + Math.floor(r() * 19);
    const sentences = [];
    for (let k = 0; k < count; k++) sentences.push(pick(r, pool));
    const lead = who(0);
    text += `${lead.given} ${lead.surname} and the ${pick(r, MONTHS)} question\n\n${DAYS[(day + month) % 7]}, ${MONTHS[month]} ${day}, ${year}\n\n`;
    for (const [k, s] of sentences.entries()) {
      // months, weekdays and years varied first, so that the names' offsets hold
      const parts = s.parts.map(part => part
        .replace(/\b(19|20)\d\d\b/g, () => String(year - Math.floor(r() * 3)))
        .replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), () => pick(r, MONTHS))
        .replace(new RegExp(`\\b(${DAYS.join('|')})\\b`, 'g'), () => pick(r, DAYS)));
      let out = parts[0];
      s.slots.forEach((slot, j) => {
        const p = who(slot.person);
        const name = slot.full ? `${p.given} ${p.surname}` : p.surname;
        names.push(text.length + out.length);
        out += name + parts[j + 1];
      });
      text += out + (k % 4 === 3 ? '\n\n' : ' ');
    }
    const sub = join(dir, `a${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const path = join(sub, `${String(i).padStart(6, '0')}.news.txt`);
    writeFileSync(path, text);
    files.push({ path, names });
  }
  return files;
}

// ---------- the LSP client ----------

class Server {
  constructor(folder, extraArgs = []) {
    // started as the VS Code client starts it (dist/launch.js: its flags and environment, over IPC),
    // so that the bench measures what ships; `--stdio` for the old way (no flags, over stdio)
    if (args.stdio === 'true') {
      this.child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio', ...extraArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
      this.conn = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    } else {
      this.child = forkServer(join(root, 'dist/server.js'), extraArgs);
      this.child.stdout.on('data', d => { if (args.verbose) process.stderr.write(d); });
      this.conn = createProtocolConnection(new IPCMessageReader(this.child), new IPCMessageWriter(this.child));
    }
    this.child.stderr.on('data', d => { if (args.verbose) process.stderr.write(d); });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/configuration', () => [null]);
    this.conn.onRequest('workspace/semanticTokens/refresh', () => null);
    this.conn.onRequest('workspace/inlayHint/refresh', () => null);
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.logs = [];
    this.conn.onNotification('window/logMessage', m => { this.logs.push({ at: performance.now(), message: m.message }); });
    this.conn.onNotification(() => undefined);
    this.conn.listen();
    this.folder = pathToFileURL(folder).href;
  }
  async start() {
    const t0 = performance.now();
    await this.conn.sendRequest('initialize', { processId: process.pid, rootUri: this.folder, capabilities: { window: { workDoneProgress: true } }, workspaceFolders: [{ uri: this.folder, name: 'corpus' }] });
    await this.conn.sendNotification('initialized', {});
    // every request waits for the first corpus load: the first answer marks the end of indexing
    await this.conn.sendRequest('workspace/symbol', { query: 'zzzz' });
    return performance.now() - t0;
  }
  request(method, params) { return this.conn.sendRequest(method, params); }
  notify(method, params) { return this.conn.sendNotification(method, params); }
  /** The server's peak resident set (VmHWM) and current RSS, in MB. */
  memory() {
    const s = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = k => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN) / 1024;
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  }
  /** The processor time the server's process has used so far (all its threads, user and system), in ms: what a start costs, whatever the machine's load. */
  cpu() {
    const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime, stime (fields 14 and 15), in ticks of 10 ms
  }
  async stop() {
    const exited = new Promise(r => this.child.once('exit', r));
    await this.conn.sendRequest('shutdown').catch(() => undefined);
    await this.conn.sendNotification('exit').catch(() => undefined);
    await Promise.race([exited, new Promise(r => setTimeout(r, 5000))]);
    if (this.child.exitCode === null) this.child.kill();
    this.conn.dispose();
  }
}

async function timed(fn) { const t0 = performance.now(); const v = await fn(); return [performance.now() - t0, v]; }
function q(xs, p) { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; }
const sleep = ms => new Promise(r => setTimeout(r, ms));

function positionAt(text, offset) {
  let line = 0, last = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i + 1; }
  return { line, character: offset - last };
}

/** One size: generate, index cold and warm, then the figures the issue asks for. */
async function run(n, pool) {
  const base = mkdtempSync(join(tmpdir(), `news-lens-scale-${n}-`));
  const dir = join(base, 'corpus'), cache = join(base, 'cache');
  mkdirSync(dir); mkdirSync(cache);
  const [genMs, files] = await timed(async () => generate(dir, n, pool));
  // the seeds take part too: the bench asks for their semantic tokens
  mkdirSync(join(dir, 'seeds'));
  for (const f of readdirSync(join(root, 'seeds')).filter(f => f.endsWith('.txt'))) writeFileSync(join(dir, 'seeds', f), readFileSync(join(root, 'seeds', f)));
  const bytes = files.reduce((s, f) => s + readFileSync(f.path).length, 0);
  console.error(`[${n}] generated ${files.length} articles, ${(bytes / 1e6).toFixed(1)} MB in ${(genMs / 1000).toFixed(1)} s (${dir})`);
  const r = rng(42);
  const out = { n, mb: bytes / 1e6 };

  // cold: nothing cached
  let server = new Server(dir, ['--cache-dir', cache]);
  out.cold = await server.start();
  out.coldCpu = server.cpu();
  console.error(`[${n}] cold index ${(out.cold / 1000).toFixed(1)} s`);
  // The cache's folder pack and kept link are written in the background once indexing ends; a
  // user keeps the window open that long, so the warm start below waits for them (and says how long).
  const indexed = performance.now();
  const written = () => server.logs.find(l => /analysis cache written/.test(l.message));
  while (!written() && performance.now() - indexed < 600_000) await sleep(100);
  out.cacheWrite = written() ? written().at - indexed : NaN;
  console.error(`[${n}] cache written ${(out.cacheWrite / 1000).toFixed(1)} s after indexing`);
  // (the cold start's peak, with the cache's writing)
  out.coldHwm = server.memory().hwm;
  await server.stop();

  // warm: the same corpus again, with whatever the first start cached
  server = new Server(dir, ['--cache-dir', cache]);
  out.warm = await server.start();
  out.warmCpu = server.cpu();
  const warmEnd = performance.now();
  console.error(`[${n}] warm index ${(out.warm / 1000).toFixed(1)} s`);

  // hover / references / workspace symbols, on names in articles that are not open
  const targets = [];
  while (targets.length < 200) {
    const f = pick(r, files);
    if (!f.names.length) continue;
    const text = readFileSync(f.path, 'utf8');
    targets.push({ uri: pathToFileURL(f.path).href, position: positionAt(text, pick(r, f.names) + 1), word: /\p{L}+/u.exec(text.slice(pick(r, f.names)))?.[0] ?? 'a' });
  }
  const lat = { hover: [], references: [], symbols: [] };
  let hovered = 0;
  for (const t of targets) { const [ms, h] = await timed(() => server.request('textDocument/hover', { textDocument: { uri: t.uri }, position: t.position })); lat.hover.push(ms); if (h) hovered++; }
  for (const t of targets.slice(0, 100)) lat.references.push((await timed(() => server.request('textDocument/references', { textDocument: { uri: t.uri }, position: t.position, context: { includeDeclaration: true } })))[0]);
  for (const t of targets.slice(0, 100)) lat.symbols.push((await timed(() => server.request('workspace/symbol', { query: t.word.slice(0, 3) })))[0]);
  out.hover = lat.hover; out.hovered = hovered; out.references = lat.references; out.symbols = lat.symbols;

  // typing: one article open, a sentence typed into it a key at a time (60 ms apart), a hover on a name after each key
  const f = files.find(x => x.names.length >= 1);
  const uri = pathToFileURL(f.path).href;
  let text = readFileSync(f.path, 'utf8');
  await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  await server.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, f.names[0] + 1) });
  const hoverAt = positionAt(text, f.names[0] + 1);
  const sentence = ' Later that day Ottilie Vandersloot told the Karelian Water Board that the plan, which cost $4 million, was dead.';
  let version = 1;
  const typing = [];
  let end = positionAt(text, text.length);
  for (const ch of sentence) {
    await server.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: end, end }, text: ch }] });
    text += ch; end = { line: end.line, character: end.character + 1 };
    typing.push((await timed(() => server.request('textDocument/hover', { textDocument: { uri }, position: hoverAt })))[0]);
    await sleep(60);
  }
  out.typing = typing;

  // an edit that adds a new name: how long until Ctrl+T finds it
  const fresh = ' Spokeswoman Quennevieve Marchbanks declined to comment.';
  const t0 = performance.now();
  await server.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: end, end }, text: fresh }] });
  text += fresh; end = { line: end.line, character: end.character + fresh.length };
  for (;;) {
    const found = await server.request('workspace/symbol', { query: 'Marchbanks' });
    if (found.some(s => /Marchbanks/.test(s.name))) break;
    if (performance.now() - t0 > 60000) { out.newNameMs = Infinity; break; }
    await sleep(5);
  }
  out.newNameMs ??= performance.now() - t0;
  // The link worker relearns the corpus behind the kept link after the warm start; an edit that
  // changes names waits for it. When it landed (after the warm start's end), and after the edit or not.
  const relearned = () => server.logs.find(l => /the link worker relearned the corpus/.test(l.message));
  while (!relearned() && performance.now() - warmEnd < 900_000) await sleep(100);
  out.relearnedMs = relearned() ? relearned().at - warmEnd : NaN;
  out.editAtMs = t0 - warmEnd;

  // semantic tokens for a seed (opened), then edit → fresh tokens
  const seedPath = join(dir, 'seeds', readdirSync(join(dir, 'seeds'))[0]);
  const seedUri = pathToFileURL(seedPath).href;
  let seedText = readFileSync(seedPath, 'utf8');
  await server.notify('textDocument/didOpen', { textDocument: { uri: seedUri, languageId: 'news', version: 1, text: seedText } });
  const tokens = [];
  for (let k = 0; k < 10; k++) tokens.push((await timed(() => server.request('textDocument/semanticTokens/full', { textDocument: { uri: seedUri } })))[0]);
  out.tokens = tokens;
  const editTokens = [];
  for (let k = 0; k < 10; k++) {
    const ins = ` Minister Halvard Oyelaran${k} agreed.`;
    const at = positionAt(seedText, seedText.length);
    const t1 = performance.now();
    await server.notify('textDocument/didChange', { textDocument: { uri: seedUri, version: k + 2 }, contentChanges: [{ range: { start: at, end: at }, text: ins }] });
    seedText += ins;
    const res = await server.request('textDocument/semanticTokens/full', { textDocument: { uri: seedUri } });
    editTokens.push(performance.now() - t1);
    if (!res?.data?.length) throw new Error('no semantic tokens after an edit');
    await sleep(100);
  }
  out.editTokens = editTokens;
  const mem = server.memory();
  out.warmHwm = mem.hwm;
  out.hwm = Math.max(mem.hwm, out.coldHwm);
  out.rss = mem.rss;
  await server.stop();
  if (!keep) rmSync(base, { recursive: true, force: true });
  return out;
}

const fmt = ms => (ms === Infinity ? 'never' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);

function rows(o) {
  return [
    ['corpus size', `${o.n} articles, ${o.mb.toFixed(1)} MB`],
    ['cold index', fmt(o.cold)],
    ['cache written after indexing', fmt(o.cacheWrite)],
    ['warm start (cache)', fmt(o.warm)],
    ['server processor time to the first answer, cold / warm', `${fmt(o.coldCpu)} / ${fmt(o.warmCpu)}`],
    ['hover p50 / p95', `${fmt(q(o.hover, 0.5))} / ${fmt(q(o.hover, 0.95))} (${o.hovered}/${o.hover.length} answered)`],
    ['references p50 / p95', `${fmt(q(o.references, 0.5))} / ${fmt(q(o.references, 0.95))}`],
    ['workspace symbols p50 / p95', `${fmt(q(o.symbols, 0.5))} / ${fmt(q(o.symbols, 0.95))}`],
    ['hover while typing p50 / p95 / worst', `${fmt(q(o.typing, 0.5))} / ${fmt(q(o.typing, 0.95))} / ${fmt(Math.max(...o.typing))}`],
    ['edit → Ctrl+T finds the new name', fmt(o.newNameMs)],
    ['link worker relearned (after warm start) / the edit came at', `${fmt(o.relearnedMs)} / ${fmt(o.editAtMs)}`],
    ['semantic tokens, seed (p50)', fmt(q(o.tokens, 0.5))],
    ['edit → fresh semantic tokens (p50)', fmt(q(o.editTokens, 0.5))],
    ['peak RSS (VmHWM)', `${o.hwm.toFixed(0)} MB`],
    ['peak RSS of the cold start / of the warm start and the queries', `${o.coldHwm.toFixed(0)} MB / ${o.warmHwm.toFixed(0)} MB`],
  ];
}

if (!existsSync(join(root, 'dist/server.js')) || !existsSync(join(root, 'dist/analysis.js')) || (!forkServer && args.stdio !== 'true')) throw new Error('build first: npm run build');
const pool = sentencePool();
console.error(`sentence pool: ${pool.length} sentences, ${pool.reduce((s, p) => s + p.slots.length, 0)} name slots`);
const results = [];
for (const n of sizes) results.push(await run(n, pool));

const table = results.map(rows);
console.log(`\n| figure | ${results.map(r => `${r.n}`).join(' | ')} |`);
console.log(`|---|${results.map(() => '---').join('|')}|`);
for (let i = 0; i < table[0].length; i++) console.log(`| ${table[0][i][0]} | ${table.map(t => t[i][1]).join(' | ')} |`);
if (results.length > 1) {
  const [a, b] = [results[0], results[results.length - 1]];
  const g = (x, y) => `${(y / x).toFixed(1)}×`;
  console.log(`\nGrowth from ${a.n} to ${b.n} articles (${(b.n / a.n).toFixed(0)}× the corpus): cold ${g(a.cold, b.cold)}, warm ${g(a.warm, b.warm)}, hover p95 ${g(q(a.hover, 0.95), q(b.hover, 0.95))}, references p95 ${g(q(a.references, 0.95), q(b.references, 0.95))}, symbols p95 ${g(q(a.symbols, 0.95), q(b.symbols, 0.95))}, typing p95 ${g(q(a.typing, 0.95), q(b.typing, 0.95))}, new name ${g(a.newNameMs, b.newNameMs)}, RSS ${g(a.hwm, b.hwm)}`);
}
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 1));
