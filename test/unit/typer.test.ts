import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';
import { candidateFeatures, isGivenName, isSurname, CLASSES } from '../../server/src/analysis/typer';
import { tokenize } from '../../server/src/analysis/tokens';
import { repoRoot } from '../helpers/paths';

// Category 2 of the accuracy issue: an unknown capitalised phrase is not a person by default.
// Every sentence here was written for these tests; none comes from a gold article.
const named = (text: string) => analyzeArticle(text).mentions.filter(m => ['PERSON', 'ORG', 'PLACE'].includes(m.type)).map(m => [m.type, m.text]);
const people = (text: string) => named(text).filter(m => m[0] === 'PERSON').map(m => m[1]);

test('events, eras, operations, programmes and festivals are not people', () => {
  assert.deepEqual(people('Thousands watched the Winter Lantern Parade in Oslo on Saturday.'), []);
  assert.deepEqual(people('The Great Depression hit farmers hardest.'), []);
  assert.deepEqual(people('Operation Northern Shield began at dawn.'), []);
  assert.deepEqual(people('Fans queued for hours at Comic Market to meet the artists.'), []);
});

test('products and vehicles are not people, and the names inside them are not mentions', () => {
  assert.deepEqual(named('Every office computer in the council now runs Windows Vista.'), []);
  // (After "to", the typer retrained in session 5 reads "Windows Vista" as a place, "Vista" being a
  // town: a known miss, left to the typer rather than to a rule that GUM does not support.)
  assert.deepEqual(named('The Silver Arrow Express leaves at noon.'), []);
});

test('a person needs evidence: a given name, a speech verb, an appositive role', () => {
  assert.deepEqual(named('Maria Kowalczyk said the plan would work.'), [['PERSON', 'Maria Kowalczyk']]);
  assert.deepEqual(named('Anita Desai, the mayor, welcomed the decision.'), [['PERSON', 'Anita Desai']]);
  assert.deepEqual(named('Ngozi Okonjo-Iweala told reporters that trade would recover.'), [['PERSON', 'Ngozi Okonjo-Iweala']]);
  assert.deepEqual(named('Speaking to reporters, Okafor said the vote was fair.'), [['PERSON', 'Okafor']]);
  // the pronoun after the name: "who" for a person, "its" and "which" for a thing or a body
  assert.deepEqual(named('Tobin Ashcombe, who lost the vote, left.'), [['PERSON', 'Tobin Ashcombe']]);
  assert.deepEqual(named('Sales of Quillon Nimbus, its main rival, fell.'), []);
});

test('countries playing sport stay places', () => {
  assert.deepEqual(named('Tunisia beat Panama in Volgograd, while Sweden won against South Korea.'),
    [['PLACE', 'Tunisia'], ['PLACE', 'Panama'], ['PLACE', 'Volgograd'], ['PLACE', 'Sweden'], ['PLACE', 'South Korea']]);
});

test('the typer reads given names and surnames in many scripts, and the context around a stretch', () => {
  assert.ok(isGivenName('Łukasz') && isGivenName('Recep') && isGivenName('Maria'));
  assert.ok(isSurname('Erdoğan') && isSurname('Nguyễn'));
  const t = tokenize('Critics said Maria Kowalczyk was wrong.');
  const first = t.tokens.findIndex(x => x.text === 'Maria');
  const f = candidateFeatures({ pieces: t.tokens, first, last: first + 1, hint: 'unknown' });
  for (const x of ['given', 'n=2', 'speech-before', 'p1=said', 'n1=was']) assert.ok(f.includes(x), `missing feature ${x} in ${f.join(' ')}`);
  assert.deepEqual(CLASSES, ['NONE', 'PERSON', 'ORG', 'PLACE']);
});

test('npm run train rebuilds the committed model byte for byte', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'newslens-train-')), 'model.json');
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/train.mjs'), `--out=${out}`], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(out, 'utf8'), readFileSync(join(repoRoot, 'server/src/analysis/data/typer-model.json'), 'utf8'));
});

test('peoples and faiths are not entities: plural demonyms, religions and their followers', () => {
  assert.deepEqual(named('The Afghans and Israelis met Muslims and Christians. Islam and Christianity were discussed.'), []);
  assert.deepEqual(named('Canadians voted on Monday.'), []);
});

test('web addresses and company suffixes name bodies; a chamber is named by its head word alone', () => {
  assert.deepEqual(named('Sites such as Gawker.com and Amazon.com kept the video.'), [['ORG', 'Gawker.com'], ['ORG', 'Amazon.com']]);
  assert.deepEqual(named('Acme Corp said profits fell.'), [['ORG', 'Acme Corp']]);
  assert.deepEqual(named('The Senate voted, and the Court has yet to rule.'), [['ORG', 'Senate']]);
});

test('buildings and facilities are not places; museums and galleries are bodies', () => {
  assert.deepEqual(named('Fans walked from Riverside Station to Kingsway Stadium in Leeds.'), [['PLACE', 'Leeds']]);
  assert.deepEqual(named('The show opened at the Hermitage Museum in Moscow.'), [['ORG', 'Hermitage Museum'], ['PLACE', 'Moscow']]);
});

test('a name right before a verb of speaking is someone or some body, whatever the typer made of it', () => {
  const typed = (text: string) => analyzeArticle(text).mentions.filter(m => ['PERSON', 'ORG', 'PLACE'].includes(m.type)).map(m => [m.type, m.text]);
  assert.deepEqual(typed('Later, Okonjo said yes to reporters.'), [['PERSON', 'Okonjo']]);
  assert.deepEqual(typed('On Monday, Velmorin said its leader had been arrested.'), [['ORG', 'Velmorin']]);
});

test('where something is based, assembled or born is a place, whatever the typer makes of the name ("assembled in Les Mureaux")', () => {
  const places = (text: string) => analyzeArticle(text).mentions.filter(m => m.type === 'PLACE').map(m => m.text);
  assert.deepEqual(places('Parts are now assembled in Les Vignes, near Lyon. The firm is headquartered in Les Ormes.'), ['Les Vignes', 'Lyon', 'Les Ormes']);
});
