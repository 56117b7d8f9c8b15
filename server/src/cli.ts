// news-lens annotate <files or folders…> [--format json|jsonl|brat]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { annotateCorpus } from './analysis';

const USAGE = 'usage: news-lens annotate <files or folders…> [--format json|jsonl|brat]';

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
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--format') format = rest[++i];
    else if (rest[i].startsWith('--format=')) format = rest[i].slice(9);
    else inputs.push(rest[i]);
  }
  if (!['json', 'jsonl', 'brat'].includes(format) || inputs.length === 0) { process.stderr.write(USAGE + '\n'); return 2; }
  let files: string[];
  try { files = inputs.flatMap(collect); } catch (e) {
    process.stderr.write(`news-lens: ${(e as Error).message}\n`); return 1;
  }
  const corpus = annotateCorpus(files.map(file => ({ file: relative(process.cwd(), file), text: readFileSync(file, 'utf8') })));
  const { articles } = corpus;
  if (format === 'json') process.stdout.write(JSON.stringify(corpus, null, 2) + '\n');
  else if (format === 'jsonl') for (const a of articles) process.stdout.write(JSON.stringify(a) + '\n');
  else for (const a of articles) {
    process.stdout.write(`# ${a.file}\n`);
    a.mentions.forEach((m, k) => process.stdout.write(`T${k + 1}\t${m.type} ${m.start} ${m.end}\t${m.text.replace(/\s/g, ' ')}\n`));
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
