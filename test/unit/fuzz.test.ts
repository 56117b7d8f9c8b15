// Property-based fuzzing of the analysis library and of the CLI's JSON path with fast-check:
// hostile text (any Unicode, astral, lone surrogates, combining marks, right-to-left, CR/CRLF,
// NUL, unbalanced and nested quotes, 100 KB lines, empty and blank files) never makes them throw,
// and every span they return lies inside the text without splitting a surrogate pair.
// Seeded (FUZZ_SEED) and scaled (FUZZ_RUNS=10 for a long run); the counts are printed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { analyzeArticle, linkArticles, tokenize, ArticleAnalysis, CorpusAnnotation } from '../../server/src/analysis';
import { breakLongRuns, MAX_RUN } from '../../server/src/analysis/tokens';
import { main as cli } from '../../server/src/cli';
import { hostileText, longLine, fragment, fuzzParams, spanProblem, splitsSurrogate } from '../helpers/hostileText';

const counts: Record<string, number> = {};
const count = (target: string) => { counts[target] = (counts[target] ?? 0) + 1; };
after(() => console.log(`fuzzed cases (unit): ${JSON.stringify(counts)}`));

/** Every problem with one article's analysis, as readable strings. */
function analysisProblems(text: string, a: ArticleAnalysis): string[] {
  const out: string[] = [];
  if (a.text !== text) out.push('analysis.text is not the input');
  a.mentions.forEach((m, i) => { const p = spanProblem(text, m, `mention ${i} ${m.type}`); if (p) out.push(p); if (m.start === m.end) out.push(`mention ${i} is empty`); });
  a.named.forEach((m, i) => { const p = spanProblem(text, m, `named ${i} ${m.type}`); if (p) out.push(p); });
  a.quotes.forEach((q, i) => { const p = spanProblem(text, q, `quote ${i}`); if (p) out.push(p); });
  for (let i = 1; i < a.mentions.length; i++) if (a.mentions[i].start < a.mentions[i - 1].start) out.push(`mentions not sorted at ${i}`);
  if (a.quoteSpeakers.length !== a.quotes.length) out.push('one speaker slot per quote');
  a.quoteSpeakers.forEach((k, i) => { if (k !== null && !(k >= 0 && k < a.named.length)) out.push(`quote ${i}: speaker index ${k} outside named`); });
  return out;
}

function annotationProblems(texts: readonly string[], c: CorpusAnnotation): string[] {
  const out: string[] = [];
  const ids = new Set(c.entities.map(e => e.id));
  if (ids.size !== c.entities.length) out.push('duplicate entity ids');
  if (c.articles.length !== texts.length) out.push(`${c.articles.length} articles for ${texts.length} inputs`);
  c.articles.forEach((a, k) => {
    const text = texts[k];
    a.mentions.forEach((m, i) => {
      const p = spanProblem(text, m, `article ${k} mention ${i}`); if (p) out.push(p);
      if (m.entity !== null && !ids.has(m.entity)) out.push(`article ${k} mention ${i}: unknown entity ${m.entity}`);
    });
    a.quotes.forEach((q, i) => {
      const p = spanProblem(text, q, `article ${k} quote ${i}`); if (p) out.push(p);
      if (q.speaker !== null && !ids.has(q.speaker)) out.push(`article ${k} quote ${i}: unknown speaker ${q.speaker}`);
    });
  });
  for (const e of c.entities) if (e.mentions < 1 || e.articles < 1 || e.aliases.length < 1) out.push(`entity ${e.id} has no mention`);
  return out;
}

test('analyzeArticle: hostile text never throws and every span lies inside the text, whole code points', () => {
  fc.assert(fc.property(hostileText, text => {
    count('analyzeArticle');
    const problems = analysisProblems(text, analyzeArticle(text));
    assert.deepEqual(problems, [], JSON.stringify(text));
  }), fuzzParams(5000, 1));
});

test('analyzeArticle: 100 KB lines (with and without spaces) stay fast and in range', () => {
  let slowest = 0;
  fc.assert(fc.property(longLine, text => {
    count('analyzeArticle (100 KB line)');
    const t0 = performance.now();
    const problems = analysisProblems(text, analyzeArticle(text));
    slowest = Math.max(slowest, performance.now() - t0);
    assert.deepEqual(problems, [], JSON.stringify(text.slice(0, 200)));
  }), fuzzParams(12, 2));
  // wink was quadratic in a run with no space (50,000 "ab1" took 12 s); breakLongRuns bounds it.
  assert.ok(slowest < 5000, `slowest 100 KB line took ${slowest.toFixed(0)} ms`);
});

// Lines of quotes: a few sentences of quotations, names and speech verbs (and hostile fragments)
// repeated into one line of about 50 KB. Every quote on such a line is attributed (lines over
// 20,000 characters used to be left out, as attributing them was quadratic in their quotes).
const quoteLine = fc.tuple(fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('"We are ready," said Anna Berg.', '“Not now,” he said.', 'She added: "No."', '"Why?" asked Reed.',
    'Acme Corp said it was "fine".', '"Yes," it said.', 'the minister said', '“a” ', '"', '“', '”', '‘b’', '\'c\'', 'Mr Tom Reed', 'Ms Jane Doe', ':') },
  { weight: 1, arbitrary: fragment },
), { minLength: 1, maxLength: 10 }), fc.constantFrom('', 'Headline\n\n')).map(([fs, head]) => {
  const unit = fs.join(' ').replace(/[\r\n\u2028\u2029]/g, ' ') + ' ';
  return head + unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
});

test('analyzeArticle: 50 KB lines of quotes are attributed, every quote and speaker in range', () => {
  fc.assert(fc.property(quoteLine, text => {
    count('analyzeArticle (50 KB line of quotes)');
    const a = analyzeArticle(text);
    assert.deepEqual(analysisProblems(text, a), [], JSON.stringify(text.slice(0, 200)));
    a.quotes.forEach((q, i) => { const k = a.quoteSpeakers[i]; if (k !== null) assert.equal(a.named[k].text, q.speakerText); });
  }), fuzzParams(8, 7));
});

// What the fuzzer found, as the smallest inputs that show it (each took seconds before its guard).
test('found by fuzzing: 100 KB with no space, and a 100 KB line of unclosed quotes, analyse in well under a second each', () => {
  for (const [what, text] of [
    ['"ab1" x 33,334 (wink is quadratic in a run without spaces: 12 s for 50 KB)', 'ab1'.repeat(33_334)],
    ['"a-" x 50,000', 'a-'.repeat(50_000)],
    ['"“ " x 50,000 (the quote finder was quadratic in unclosed marks on one line: 2.2 s for 40 KB)', '“ '.repeat(50_000)],
    ['"“a” " x 25,000 (25,000 quotes on one line to attribute)', '“a” '.repeat(25_000)],
  ] as const) {
    const t0 = performance.now();
    const a = analyzeArticle(text);
    const ms = performance.now() - t0;
    assert.deepEqual(analysisProblems(text, a), []);
    assert.ok(ms < 3000, `${what}: ${ms.toFixed(0)} ms`);
  }
});

test('tokenize: tokens cut from long runs still lie in the original text, and the copy keeps every offset', () => {
  fc.assert(fc.property(fc.oneof(hostileText, longLine.map(s => s.slice(0, 5000))), text => {
    count('tokenize');
    const broken = breakLongRuns(text);
    assert.equal(broken.length, text.length);
    // a surrogate pair is replaced whole or not at all
    for (let i = 1; i < text.length; i++) if (splitsSurrogate(text, i)) assert.equal(broken[i - 1] === ' ', broken[i] === ' ', `pair at ${i - 1} half replaced`);
    for (let i = 0; i < text.length; i++) if (broken[i] !== text[i]) {
      assert.equal(broken[i], ' ');
      assert.ok(!/\s/.test(text[i]), `replaced a space at ${i}`);
    }
    assert.ok(!new RegExp(`\\S{${MAX_RUN + 1}}`).test(broken), 'no run longer than MAX_RUN is left');
    const t = tokenize(text);
    assert.equal(t.text, text);
    t.tokens.forEach((tok, i) => assert.equal(spanProblem(text, tok, `token ${i}`), null));
  }), fuzzParams(600, 3));
});

test('linkArticles: several hostile articles link without throwing; every id and span is sound', () => {
  fc.assert(fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), texts => {
    count('linkArticles');
    const files = texts.map((_, k) => `fuzz/${k}.news`);
    const c = linkArticles(files, texts.map(analyzeArticle));
    assert.deepEqual(annotationProblems(texts, c), [], JSON.stringify(texts));
  }), fuzzParams(1500, 4));
});

// The CLI reads files from disk: hostile text, and raw bytes that are not UTF-8 at all.
const tmp = mkdtempSync(join(tmpdir(), 'news-lens-fuzz-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function runCli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [], err: string[] = [];
  const so = process.stdout.write, se = process.stderr.write;
  process.stdout.write = ((s: string) => { out.push(String(s)); return true; }) as typeof so;
  process.stderr.write = ((s: string) => { err.push(String(s)); return true; }) as typeof se;
  try { return { code: cli(args), out: out.join(''), err: err.join('') }; } finally { process.stdout.write = so; process.stderr.write = se; }
}

test('CLI annotate --format json: hostile files and invalid UTF-8 give valid JSON whose spans fit the text it read', () => {
  let n = 0;
  const file = fc.oneof(
    { weight: 4, arbitrary: hostileText.map(t => Buffer.from(t, 'utf8')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map(b => Buffer.from(b)) },
  );
  fc.assert(fc.property(fc.array(file, { minLength: 1, maxLength: 3 }), bufs => {
    count('CLI json');
    const dir = join(tmp, String(n++));
    mkdirSync(dir);
    const paths = bufs.map((b, k) => { const p = join(dir, `${k}.news`); writeFileSync(p, b); return p; });
    const r = runCli(['annotate', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as CorpusAnnotation;
    assert.deepEqual(json.articles.map(a => a.file), paths.map(p => relative(process.cwd(), p).split('\\').join('/')));
    assert.deepEqual(annotationProblems(paths.map(p => readFileSync(p, 'utf8')), json), []);
    rmSync(dir, { recursive: true });
  }), fuzzParams(400, 5));
});
