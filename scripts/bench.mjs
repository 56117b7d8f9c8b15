// npm run bench: throughput of the full analysis (annotateCorpus) against raw wink readDoc on the
// same text, plus cold start, peak memory and per-article latency.
//   node --expose-gc scripts/bench.mjs [--json[=FILE]] [--runs=9] [--warmup=8] [--tokens=100000]
// Throughput is measured in the steady state: the analysis is much more code than wink's readDoc,
// and on the one long text (whose passes run once per run) it takes about ten runs, a million
// tokens, before V8 has optimised it; with three warm-up runs the first measured runs were still
// 20-50% slower. Cold start and the first analysis are reported on their own below.
// FILE defaults to out/bench/bench.json; "-" prints the JSON on stdout after the table.
// The baseline ("raw") is wink's readDoc as anyone would call it: winkNLP(model) with its default
// pipe. News Lens' own instance (out/server/src/analysis/nlp.js) runs a shorter pipe (no negation
// or sentiment); its bare readDoc is timed too ("pipe"), so the report shows both ratios.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = fileURLToPath(import.meta.url);
const LIB = join(ROOT, 'dist/analysis.js'); // the core bundled as it ships (server, CLI)
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const a = args.find(x => x === `--${name}` || x.startsWith(`--${name}=`));
  return a === undefined ? dflt : a.includes('=') ? a.slice(a.indexOf('=') + 1) : true;
};

// 6 articles in a fixed order: the 3 seeds and the 3 Wikinews articles the bench has always used
// (now part of news-gold), so that figures stay comparable across sessions.
const BENCH_WIKINEWS = /^wikinews_(?:2015_north_korea|2017_afghan|2023_uk_asylum)/;
function articles() {
  const list = (dir, re) => readdirSync(join(ROOT, dir)).filter(n => re.test(n)).sort().map(n => join(dir, n));
  return [...list('seeds', /\.txt$/), ...list('test/fixtures/news-gold', BENCH_WIKINEWS)]
    .map(file => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
}
const SEP = '\n\n';
const concatText = (arts, reps) => Array.from({ length: reps }, () => arts.map(a => a.text).join(SEP)).join(SEP);
const copies = (arts, reps) => Array.from({ length: reps }, (_, k) => arts.map(a => ({ file: `${a.file}#${k + 1}`, text: a.text }))).flat();
const gc = () => { if (global.gc) { global.gc(); global.gc(); } };
const now = () => performance.now();
const median = xs => { const s = [...xs].sort((a, b) => a - b), n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const MB = b => b / (1024 * 1024);

// ---- child modes -----------------------------------------------------------------------------
const child = opt('child', null);
if (child === 'cold') {
  // Cold start: require the library and analyse the first seed, in a fresh process.
  const text = readFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).filter(n => n.endsWith('.txt')).sort()[0]), 'utf8');
  const t0 = now();
  const lib = require(LIB);
  const t1 = now();
  lib.annotateCorpus([{ file: 'seed', text }]);
  const t2 = now();
  process.stdout.write(JSON.stringify({ requireMs: t1 - t0, firstAnalysisMs: t2 - t1, sinceProcessStartMs: t2 }) + '\n');
  process.exit(0);
}
if (child === 'memory') {
  // Peak heap / RSS of one annotateCorpus call in a fresh process. Peak heap is the largest used
  // heap seen before any GC during the call (v8.GCProfiler) or at its end; peak RSS is maxRSS.
  const lib = require(LIB);
  const arts = articles();
  const reps = Number(opt('reps', 1));
  const inputs = opt('scenario') === 'concat' ? [{ file: 'bench', text: concatText(arts, reps) }] : copies(arts, reps);
  gc();
  const before = process.memoryUsage();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const out = lib.annotateCorpus(inputs);
  const after = process.memoryUsage();
  const stats = profiler.stop();
  let peakHeap = after.heapUsed;
  for (const s of stats.statistics) peakHeap = Math.max(peakHeap, s.beforeGC.heapStatistics.usedHeapSize);
  if (!out || !Array.isArray(out.articles)) throw new Error('annotateCorpus returned no articles');
  process.stdout.write(JSON.stringify({
    baselineHeap: before.heapUsed, baselineRss: before.rss, peakHeap,
    peakRss: process.resourceUsage().maxRSS * 1024, gcs: stats.statistics.length,
    // memory V8 allocates outside the heap, mostly its optimising compiler's: a function that grows
    // too big costs hundreds of MB to compile (see inFrameOfItsOwn in entities.ts)
    peakMalloced: v8.getHeapStatistics().peak_malloced_memory,
  }) + '\n');
  process.exit(0);
}

// ---- main ------------------------------------------------------------------------------------
if (!global.gc) {
  // Re-run with --expose-gc so every timed run starts from a collected heap.
  const r = spawnSync(process.execPath, ['--expose-gc', SCRIPT, ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const RUNS = Number(opt('runs', 9));
const WARMUP = Number(opt('warmup', 8));
const TARGET = Number(opt('tokens', 100000));
const jsonArg = opt('json', null);
const jsonFile = jsonArg === null ? null : jsonArg === true ? join(ROOT, 'out/bench/bench.json') : jsonArg;

const { annotateCorpus } = require(LIB);
const { nlp, PIPE } = require(LIB);
const wink = require('wink-nlp')(require('wink-eng-lite-web-model')); // default pipe: the baseline
const ours = nlp();
const tokenCount = text => wink.readDoc(text).tokens().length();

const arts = articles();
const one = concatText(arts, 1);
const reps = Math.max(1, Math.round(TARGET / tokenCount(one)));
const bigText = concatText(arts, reps);
const bigTokens = tokenCount(bigText);
const manyInputs = copies(arts, reps);
const manyTokens = manyInputs.reduce((n, a) => n + tokenCount(a.text), 0);

function checkOutput(out, n) {
  if (!out || !Array.isArray(out.articles) || out.articles.length !== n) throw new Error(`annotateCorpus returned ${out?.articles?.length} articles, expected ${n}`);
}

/** Raw, pipe and full timings of one scenario: warm-up, then RUNS interleaved triples (order rotating). */
function measure(raw, pipe, full) {
  const warmRaw = [], warmFull = []; // kept to report how far from the steady state the first runs are
  for (let i = 0; i < WARMUP; i++) {
    gc(); let t0 = now(); raw(); warmRaw.push(now() - t0);
    gc(); pipe();
    gc(); t0 = now(); full(); warmFull.push(now() - t0);
  }
  const r = [], p = [], f = [];
  const fns = [[raw, r], [pipe, p], [full, f]];
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < 3; j++) { const [fn, into] = fns[(i + j) % 3]; gc(); const t0 = now(); fn(); into.push(now() - t0); }
  }
  return { rawMs: r, pipeMs: p, fullMs: f, warmRawMs: warmRaw, warmFullMs: warmFull };
}

function summarize(name, tokens, { rawMs, pipeMs, fullMs, warmRawMs, warmFullMs }) {
  const tps = ms => tokens / (ms / 1000);
  const raw = { medianMs: median(rawMs), minMs: Math.min(...rawMs), maxMs: Math.max(...rawMs) };
  const full = { medianMs: median(fullMs), minMs: Math.min(...fullMs), maxMs: Math.max(...fullMs) };
  const pipe = { medianMs: median(pipeMs), minMs: Math.min(...pipeMs), maxMs: Math.max(...pipeMs) };
  for (const x of [raw, pipe, full]) Object.assign(x, { medianTps: tps(x.medianMs), minTps: tps(x.maxMs), maxTps: tps(x.minMs) });
  const ratio = raw.medianMs / full.medianMs; // = full tokens/s ÷ raw tokens/s
  const pipeRatio = pipe.medianMs / full.medianMs; // full against News Lens' own bare readDoc
  // The same ratio over the warm-up runs, first and after: how much of the steady state a short job sees.
  const warmRatios = warmRawMs.map((r, i) => r / warmFullMs[i]);
  return { name, tokens, raw, pipe, full, ratio, pipeRatio, bar: 0.6, pass: ratio >= 0.6, rawRunsMs: rawMs, pipeRunsMs: pipeMs, fullRunsMs: fullMs, warmRawMs, warmFullMs, warmRatios };
}

const scenarios = [
  summarize(`concatenated (6 articles x${reps}, 1 text)`, bigTokens, measure(
    () => wink.readDoc(bigText),
    () => ours.readDoc(bigText),
    () => checkOutput(annotateCorpus([{ file: 'bench', text: bigText }]), 1))),
  summarize(`per-article (6 articles x${reps}, ${manyInputs.length} inputs)`, manyTokens, measure(
    () => { for (const a of manyInputs) wink.readDoc(a.text); },
    () => { for (const a of manyInputs) ours.readDoc(a.text); },
    () => checkOutput(annotateCorpus(manyInputs), manyInputs.length))),
];

// Latency per article: one-article annotateCorpus, after warm-up, median of RUNS.
const latency = arts.map(a => {
  const input = [{ file: a.file, text: a.text }];
  for (let i = 0; i < WARMUP; i++) { annotateCorpus(input); wink.readDoc(a.text); }
  const full = [], raw = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = now(); annotateCorpus(input); full.push(now() - t0);
    t0 = now(); wink.readDoc(a.text); raw.push(now() - t0);
  }
  return { file: a.file, tokens: tokenCount(a.text), fullMedianMs: median(full), fullMaxMs: Math.max(...full), rawMedianMs: median(raw) };
});

function runChild(extra) {
  const t0 = now();
  const r = spawnSync(process.execPath, ['--expose-gc', SCRIPT, ...extra], { encoding: 'utf8' });
  const wallMs = now() - t0;
  if (r.status !== 0) throw new Error(`child ${extra.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()), wallMs };
}

const coldRuns = Array.from({ length: 5 }, () => runChild(['--child=cold']));
const cold = {
  runs: coldRuns.length,
  requireMs: median(coldRuns.map(c => c.requireMs)),
  firstAnalysisMs: median(coldRuns.map(c => c.firstAnalysisMs)),
  requirePlusFirstMs: median(coldRuns.map(c => c.requireMs + c.firstAnalysisMs)),
  processWallMs: median(coldRuns.map(c => c.wallMs)),
};
const memory = {
  corpus6: runChild(['--child=memory', '--scenario=articles', '--reps=1']),
  bench: runChild(['--child=memory', '--scenario=concat', `--reps=${reps}`]),
};

// ---- report ----------------------------------------------------------------------------------
const k = x => (x / 1000).toFixed(1).padStart(6) + 'k';
const ms = x => x.toFixed(1).padStart(7);
console.log(`News Lens bench — node ${process.version}, ${RUNS} interleaved runs after ${WARMUP} warm-up, medians (min–max)`);
console.log(`corpus: ${arts.length} articles, ${tokenCount(one)} wink tokens once; bench text x${reps} = ${bigTokens} tokens\n`);
console.log(`raw = wink readDoc, default pipe; pipe = News Lens' wink instance, readDoc only (${PIPE.join(', ')}); full = annotateCorpus`);
console.log('scenario                                    raw wink tok/s            pipe tok/s                full tok/s         full/raw  full/pipe');
const range = x => `${k(x.medianTps)} (${k(x.minTps).trim()}–${k(x.maxTps).trim()})`;
for (const s of scenarios) {
  console.log(`${s.name.padEnd(42)} ${range(s.raw)}  ${range(s.pipe)}  ${range(s.full)}  ${s.ratio.toFixed(2).padStart(6)}  ${s.pipeRatio.toFixed(2).padStart(8)}`);
}
for (const s of scenarios) console.log(`${s.pass ? 'PASS ' : 'BELOW'} throughput full/raw ${s.ratio.toFixed(2)} (bar ≥ ${s.bar}) — ${s.name}`);
for (const s of scenarios) console.log(`warm-up full/raw, run by run (not the steady state above): ${s.warmRatios.map(x => x.toFixed(2)).join(' ')} — ${s.name}`);
console.log(`\ncold start (fresh process, median of ${cold.runs}): require ${cold.requireMs.toFixed(0)} ms + first analysis ${cold.firstAnalysisMs.toFixed(0)} ms = ${cold.requirePlusFirstMs.toFixed(0)} ms; whole process ${cold.processWallMs.toFixed(0)} ms`);
for (const [label, m] of [['6 articles', memory.corpus6], [`bench text (${bigTokens} tokens)`, memory.bench]]) {
  console.log(`memory, annotate ${label.padEnd(26)} peak heap ${MB(m.peakHeap).toFixed(0).padStart(4)} MB (baseline ${MB(m.baselineHeap).toFixed(0)}), peak RSS ${MB(m.peakRss).toFixed(0).padStart(4)} MB (baseline ${MB(m.baselineRss).toFixed(0)}), V8's peak outside the heap ${MB(m.peakMalloced).toFixed(0).padStart(3)} MB`);
}
console.log(`\nlatency per article (annotateCorpus of one article, median of ${RUNS})`);
console.log('article                                          tokens  full ms   max ms  raw wink ms');
for (const l of latency) console.log(`${basename(l.file).padEnd(47)} ${String(l.tokens).padStart(7)} ${ms(l.fullMedianMs)}  ${ms(l.fullMaxMs)}      ${ms(l.rawMedianMs)}`);

if (jsonFile) {
  const json = JSON.stringify({
    generated: new Date().toISOString(), node: process.version, runs: RUNS, warmup: WARMUP,
    corpusTokens: tokenCount(one), reps, scenarios, cold, coldRuns, memory, latency,
  }, null, 2) + '\n';
  if (jsonFile === '-') process.stdout.write(json);
  else { mkdirSync(dirname(jsonFile), { recursive: true }); writeFileSync(jsonFile, json); console.log(`\nJSON written to ${relative(process.cwd(), jsonFile)}`); }
}
