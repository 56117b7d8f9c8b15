// news-lens annotate <files or folders…> [--format json|jsonl|brat]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { annotateCorpus, parseAliasRules, parseCorrections, NO_ALIAS_RULES, NO_CORRECTIONS, AliasRules, CorrectionSet } from './analysis';

const USAGE = 'usage: news-lens annotate <files or folders…> [--format json|jsonl|brat] [--aliases FILE] [--corrections FILE]\n  (.newslens/aliases.json and .newslens/corrections.json in the current folder are read when present)';

function collect(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path).sort()
    .filter(n => !n.startsWith('.') && n !== 'node_modules')
    .flatMap(n => {
      const p = join(path, n);
      return statSync(p).isDirectory() ? collect(p) : /\.(txt|news)$/.test(n) ? [p] : [];
    });
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'annotate') { process.stderr.write(USAGE + '\n'); return 2; }
  let format = 'json';
  let aliasesPath: string | undefined;
  let correctionsPath: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--format') format = rest[++i];
    else if (rest[i] === '--aliases') aliasesPath = rest[++i];
    else if (rest[i] === '--corrections') correctionsPath = rest[++i];
    else if (rest[i].startsWith('--format=')) format = rest[i].slice(9);
    else inputs.push(rest[i]);
  }
  if (!['json', 'jsonl', 'brat'].includes(format) || inputs.length === 0) { process.stderr.write(USAGE + '\n'); return 2; }
  let files: string[];
  try { files = inputs.flatMap(collect); } catch (e) {
    process.stderr.write(`news-lens: ${(e as Error).message}\n`); return 1;
  }
  // The same files the editor uses, so a newsroom's pipeline sees the same corrections.
  let rules: AliasRules = NO_ALIAS_RULES;
  let corrections: CorrectionSet = NO_CORRECTIONS;
  const aliasFile = aliasesPath ?? (existsSync('.newslens/aliases.json') ? '.newslens/aliases.json' : undefined);
  const correctionsFile = correctionsPath ?? (existsSync('.newslens/corrections.json') ? '.newslens/corrections.json' : undefined);
  try {
    if (aliasFile) rules = parseAliasRules(readFileSync(aliasFile, 'utf8'), aliasFile);
    if (correctionsFile) corrections = parseCorrections(readFileSync(correctionsFile, 'utf8'), correctionsFile);
  } catch (e) {
    process.stderr.write(`news-lens: ${(e as Error).message}\n`); return 1;
  }
  const corpus = annotateCorpus(files.map(file => ({ file: relative(process.cwd(), file), text: readFileSync(file, 'utf8') })).map(a => ({ ...a, file: a.file.split('\\').join('/') })), rules, corrections);
  const { articles } = corpus;
  if (format === 'json') process.stdout.write(JSON.stringify(corpus, null, 2) + '\n');
  else if (format === 'jsonl') for (const a of articles) process.stdout.write(JSON.stringify(a) + '\n');
  else for (const a of articles) {
    // brat standoff: one .ann block per article; entity ids as notes, quote speakers as notes.
    process.stdout.write(`# ${a.file}\n`);
    let t = 0, n = 0;
    for (const m of a.mentions) {
      t++;
      process.stdout.write(`T${t}\t${m.type} ${m.start} ${m.end}\t${m.text.replace(/\s/g, ' ')}\n`);
      if (m.entity) process.stdout.write(`#${++n}\tAnnotatorNotes T${t}\t${m.entity}\n`);
      else if (m.value) process.stdout.write(`#${++n}\tAnnotatorNotes T${t}\t${m.value}\n`);
    }
    for (const q of a.quotes) {
      t++;
      process.stdout.write(`T${t}\tQUOTE ${q.start} ${q.end}\t${q.text.replace(/\s/g, ' ')}\n`);
      if (q.speaker) process.stdout.write(`#${++n}\tAnnotatorNotes T${t}\tspeaker=${q.speaker}\n`);
    }
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
