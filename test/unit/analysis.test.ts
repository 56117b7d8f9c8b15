import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyzeArticle, analyzeArticles, annotateCorpus, parseAliasRules, AliasFileError, BATCH_CHARS } from '../../server/src/analysis';
import { batches } from '../../server/src/analysis/corpus';
import { fold } from '../../server/src/analysis/fold';
import { isVillage, isTownOfWords } from '../../server/src/analysis/gazetteer';
import { readdirSync, readFileSync } from 'node:fs';
import { SEEDS, readSeed, nth, repoRoot } from '../helpers/paths';

const named = (text: string) => analyzeArticle(text).mentions.filter(m => ['PERSON', 'ORG', 'PLACE'].includes(m.type)).map(m => [m.type, m.text]);

test('entities: titles, nationality words and possessives stay out of the span (seed sentences)', () => {
  const s001 = readSeed('001_dd51f5e195fdcee6.txt');
  const m = analyzeArticle(s001).mentions;
  const at = (needle: string, n = 0) => m.find(x => x.start === nth(s001, needle, n));
  assert.deepEqual(at('Jens Stoltenberg') && [at('Jens Stoltenberg')!.type, at('Jens Stoltenberg')!.end], ['PERSON', nth(s001, 'Jens Stoltenberg') + 16]);
  assert.equal(at('NATO Secretary')?.text, 'NATO');
  assert.equal(at('NATO Secretary')?.type, 'ORG');
  assert.equal(at('Antony Blinken')?.type, 'PERSON');
  assert.equal(at("Russia's invasion")?.text, 'Russia');
  assert.equal(at('White House press')?.text, 'White House');
  assert.deepEqual(named('Ukrainian President Volodymyr Zelenskiy met Hungarian Prime Minister Viktor Orban.'),
    [['PERSON', 'Volodymyr Zelenskiy'], ['PERSON', 'Viktor Orban']]);
});

test('entities: gazetteer places, short forms, hyphenated compounds and glued lines', () => {
  assert.deepEqual(named('A Russia-US deal was signed in Kyiv and the U.S. and UK agreed.'),
    [['PLACE', 'Russia'], ['PLACE', 'US'], ['PLACE', 'Kyiv'], ['PLACE', 'U.S.'], ['PLACE', 'UK']]);
  const s002 = readSeed('002_c5c97a9daaac34f1.txt');
  const glued = analyzeArticle(s002).mentions.find(m => m.start === nth(s002, 'White HouseThe'));
  assert.deepEqual(glued && [glued.type, glued.text], ['ORG', 'White House']);
  assert.deepEqual(named('The talks in the Black Sea port of Odesa went on.'), [['PLACE', 'Black Sea'], ['PLACE', 'Odesa']]);
});

test('entities: the names a hyphen or a dash joins before a route or a border are places, known or not', () => {
  assert.deepEqual(named('Crews reopened the Varkosi-Lindmere road and the Tornhavn–Pellasund ferry on Monday.'),
    [['PLACE', 'Varkosi'], ['PLACE', 'Lindmere'], ['PLACE', 'Tornhavn'], ['PLACE', 'Pellasund']]);
  assert.deepEqual(named('Oil reached the Baku-Omsvik pipeline after the New York–Quellbrook train left.'),
    [['PLACE', 'Baku'], ['PLACE', 'Omsvik'], ['PLACE', 'New York'], ['PLACE', 'Quellbrook']]);
  // nationality words, runs of capitals and names with ordinary words in them are no route's ends
  assert.deepEqual(named('Guards on the Polish-Lithuanian border waved at the Air France-KLM flights.').filter(m => m[0] === 'PLACE'), []);
  assert.deepEqual(named('It is part of the Varkosi Port-Lindmere Transport corridor.').filter(m => m[1] === 'Lindmere Transport' || m[1] === 'Varkosi Port'), []);
});

test('entities: a nationality word before a plateau, a delta, a basin or a spit names the place whole', () => {
  assert.deepEqual(named('It rises on the Tibetan Plateau and reach the Kavrani Delta; farms on the Swiss Plateau and the Kellonian Spit were spared.'),
    [['PLACE', 'Tibetan Plateau'], ['PLACE', 'Kavrani Delta'], ['PLACE', 'Swiss Plateau'], ['PLACE', 'Kellonian Spit']]);
});

test('entities: one word nothing typed, after a lowercase "in", is a place there and elsewhere; not in a title or before a body\'s noun', () => {
  const text = 'Runners gather\n\nFamilies in Vorkanya plan a vigil, and rescuers in Telumbi regency were still digging; Vorkanya has no hospital. Hotels in Ulvenmo, known for their saunas, are full. Shares in Zorvix maker Helgard Pharma rose. The film "A Field in Tormalee" won.';
  assert.deepEqual(named(text).filter(m => m[0] === 'PLACE').map(m => m[1]), ['Vorkanya', 'Telumbi', 'Vorkanya', 'Ulvenmo']);
});

test('entities: one word nothing typed, after "to" where something goes, is a place; not after other words before "to"', () => {
  const text = 'Ferries resume\n\nFamilies who fled in 2023 came back to Vorkanya. She was due to fly to Dravmoor at 6 a.m. Repairs to Zentrova could take weeks, and the company sold its stake to Quillam.';
  assert.deepEqual(named(text), [['PLACE', 'Vorkanya'], ['PLACE', 'Dravmoor']]);
});

test('entities: one word nothing typed, after a place and "and" or "or", is a place; not after a person, nor before the noun the two modify', () => {
  const text = 'Ferries resume\n\nResidents of Nordhavn and Kelvorsk have raised concerns. Guesthouses in Lindos and Varnoki were full. She met Anna Berg and Telmira there. The Irula and Vorsaki tribal communities protested.';
  assert.deepEqual(named(text), [['PLACE', 'Nordhavn'], ['PLACE', 'Kelvorsk'], ['PLACE', 'Lindos'], ['PLACE', 'Varnoki'], ['PERSON', 'Anna Berg']]);
});

test('entities: a name after "the coast of", "the tip of", "the hamlet of" or "the communities of" is a place', () => {
  const text = 'Ferries resume\n\nSwarms formed on the coast of Kelvamar. A fjord on the southern tip of Drosvik froze. Residents of the fishing hamlet of Tollavik and the communities of Ndarvo and Pesket left.';
  assert.deepEqual(named(text), [['PLACE', 'Kelvamar'], ['PLACE', 'Drosvik'], ['PLACE', 'Tollavik'], ['PLACE', 'Ndarvo'], ['PLACE', 'Pesket']]);
});

test('entities: an island after "villages on", "ashore on", "lies on" is a place; not "sensors on X", nor a compound adjective', () => {
  const text = 'Ferries resume\n\nThe storm flattened villages on Tarvoka and stranded tourists ashore on Melvari, and the town lies on Borvik. Sensors on Quintara recorded it, and fees on Chinese-built ships rose.';
  assert.deepEqual(named(text), [['PLACE', 'Tarvoka'], ['PLACE', 'Melvari'], ['PLACE', 'Borvik']]);
});

test('entities: organizations by head word, acronym, data and context; junk capitals are not entities', () => {
  assert.deepEqual(named('The Korean Central News Agency (KCNA) said the Refugee Council disagreed.'),
    [['ORG', 'Korean Central News Agency'], ['ORG', 'KCNA'], ['ORG', 'Refugee Council']]);
  assert.deepEqual(named('Fatalities were reported. Analysts say it was at 21:18 GMT.'), []);
  assert.deepEqual(named('Politico was first to report the meeting at the G-7 Summit.'), [['ORG', 'Politico'], ['ORG', 'G-7']]);
});

test('quotes: curly, straight, mixed and single marks; open quotes; names in quotes are not quotations', () => {
  const q = (text: string) => analyzeArticle(text).quotes.map(x => x.text);
  assert.deepEqual(q('He said “we will win,” and left.'), ['we will win,']);
  assert.deepEqual(q('She said "it is over” today.'), ['it is over']);
  assert.deepEqual(q("Officials called it 'timely, broad and much-needed' aid, and it's Ukraine's call."), ['timely, broad and much-needed']);
  assert.deepEqual(q('"This paragraph never closes\nNext one.'), ['This paragraph never closes']);
  assert.deepEqual(q('The ship “Moskva” sank.'), []);
  const s000 = readSeed('000_79485a8c7ba75c49.txt');
  const fun = analyzeArticle(s000).quotes.find(x => x.text === 'for fun');
  assert.equal(fun?.start, nth(s000, 'for fun'));
});

test('speakers: said X, X said, told, according to, pronouns, roles and offices (seeds)', () => {
  const corpus = annotateCorpus(SEEDS.map(f => ({ file: f, text: readSeed(f) })));
  const name = (id: string | null) => corpus.entities.find(e => e.id === id)?.name ?? null;
  const speakerOf = (article: number, start: string) => name(corpus.articles[article].quotes.find(q => q.text.startsWith(start))!.speaker);
  assert.equal(speakerOf(0, 'I don’t think'), 'Joe Biden');                 // "Biden told CNN's Fareed Zakaria"
  assert.equal(speakerOf(0, 'The expansion'), 'Volodymyr Zelensky');        // "he said"
  assert.equal(speakerOf(1, "We've been incredibly"), 'Jen Psaki');          // "Psaki said"
  assert.equal(speakerOf(1, 'I have convened'), 'Jens Stoltenberg');         // "tweeted earlier on Tuesday:"
  assert.equal(speakerOf(1, 'deliverables'), null);                          // "according to people familiar"
  assert.equal(speakerOf(2, 'particularly through'), 'Volodymyr Zelensky');  // "Zelenskiy's office said"
  assert.equal(speakerOf(2, 'for supporting'), 'Volodymyr Zelensky');       // "the Ukrainian leader said"
  assert.equal(speakerOf(2, 'With [Ecuadoran]'), 'Volodymyr Zelensky');     // "the Telegram statement said"
  assert.equal(speakerOf(2, 'to underscore'), 'Karine Jean-Pierre');
});

test('linking: spellings, nicknames, acronyms and country short forms across the seeds', () => {
  const corpus = annotateCorpus(SEEDS.map(f => ({ file: f, text: readSeed(f) })));
  const entity = (name: string) => corpus.entities.find(e => e.name === name)!;
  const zel = entity('Volodymyr Zelensky');
  assert.deepEqual(zel.aliases.map(a => a.text).sort(), ['Volodymyr Zelenskiy', 'Volodymyr Zelensky', 'Zelenskiy', 'Zelensky']);
  assert.equal(zel.articles, 3);
  assert.deepEqual(entity('Joe Biden').aliases.map(a => a.text).sort(), ['Biden', 'Joe Biden', 'Joseph Biden']);
  assert.deepEqual(entity('United States').aliases.map(a => a.text).sort(), ['U.S.', 'US', 'United States']);
  assert.ok(corpus.entities.find(e => e.name === 'NATO HQ' || e.aliases.some(a => a.text === 'NATO HQ'))?.id !== entity('NATO').id);
  // Two different people with one surname stay apart; a bare surname does not pick one blindly.
  const two = annotateCorpus([
    { file: 'a', text: 'Kamala Harris spoke in Paris. Harris said no.' },
    { file: 'b', text: 'Rolf Harris sang in London.' },
    { file: 'c', text: 'Later, Harris said yes to reporters.' },
  ]);
  const harrises = two.entities.filter(e => e.type === 'PERSON' && e.aliases.some(a => /Harris/.test(a.text)));
  assert.equal(harrises.length, 3, JSON.stringify(harrises));
});

test('aliases file: pins and splits apply; a malformed file gets a clear error', () => {
  const rules = parseAliasRules(JSON.stringify({ entities: [{ name: 'Volodymyr Zelenskyy', type: 'PERSON', aliases: ['Zelensky', 'Zelenskiy'] }] }));
  const inputs = [{ file: 'a', text: 'Volodymyr Zelensky met reporters.' }, { file: 'b', text: 'Later, Zelenskiy said no.' }];
  const pinned = annotateCorpus(inputs, rules);
  assert.deepEqual(pinned.entities.map(e => [e.name, e.mentions]), [['Volodymyr Zelenskyy', 2]]);
  const split = annotateCorpus(inputs, parseAliasRules(JSON.stringify({ separate: [['Volodymyr Zelensky', 'Zelenskiy']] })));
  assert.equal(split.entities.length, 2);
  assert.equal(annotateCorpus(inputs).entities.length, 1, 'without rules the two spellings merge');
  assert.throws(() => parseAliasRules('{ "entities": [ { "aliases": [] } ] }', '.newslens/aliases.json'), (e: Error) => e instanceof AliasFileError && /entities\[0\] needs a string "name"/.test(e.message));
  assert.throws(() => parseAliasRules('{ not json', 'x.json'), /x.json: not valid JSON/);
});

test('CLI: annotate seeds as JSON, JSONL and brat; bad input gets a clear message and a non-zero exit', () => {
  const cli = join(repoRoot, 'bin/news-lens.js');
  const json = JSON.parse(execFileSync(process.execPath, [cli, 'annotate', 'seeds'], { cwd: repoRoot, encoding: 'utf8' }));
  assert.equal(json.articles.length, 3);
  assert.equal(json.articles[1].publicationDate, '2022-03-15');
  const m = json.articles[1].mentions.find((x: { text: string }) => x.text === 'Jen Psaki');
  assert.equal(readSeed(SEEDS[1]).slice(m.start, m.end), 'Jen Psaki');
  assert.ok(json.entities.some((e: { name: string; articles: number }) => e.name === 'Volodymyr Zelensky' && e.articles === 3));
  const jsonl = execFileSync(process.execPath, [cli, 'annotate', 'seeds/001_dd51f5e195fdcee6.txt', '--format', 'jsonl'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(jsonl.trim().split('\n').length, 1);
  const brat = execFileSync(process.execPath, [cli, 'annotate', 'seeds/001_dd51f5e195fdcee6.txt', '--format', 'brat'], { cwd: repoRoot, encoding: 'utf8' });
  assert.match(brat, /^T\d+\tPERSON \d+ \d+\tJen Psaki$/m);
  assert.match(brat, /^T\d+\tQUOTE \d+ \d+\t/m);
  const missing = spawnSync(process.execPath, [cli, 'annotate', 'no/such/file.txt'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /news-lens: ENOENT/);
});

test('CLI honours .newslens/corrections.json, like the editor', () => {
  const { mkdtempSync, cpSync, mkdirSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  cpSync(join(repoRoot, 'seeds'), join(dir, 'seeds'), { recursive: true });
  const s000 = readSeed(SEEDS[0]);
  const at = nth(s000, 'Politico');
  mkdirSync(join(dir, '.newslens'));
  writeFileSync(join(dir, '.newslens/corrections.json'), JSON.stringify({ version: 1, corrections: [{ action: 'notEntity', file: `seeds/${SEEDS[0]}`, start: at, end: at + 8, text: 'Politico' }] }));
  const cli = join(repoRoot, 'bin/news-lens.js');
  const json = JSON.parse(execFileSync(process.execPath, [cli, 'annotate', 'seeds'], { cwd: dir, encoding: 'utf8' }));
  assert.ok(!json.articles[0].mentions.some((m: { text: string }) => m.text === 'Politico'));
  const plain = JSON.parse(execFileSync(process.execPath, [cli, 'annotate', 'seeds'], { cwd: repoRoot, encoding: 'utf8' }));
  assert.ok(plain.articles[0].mentions.some((m: { text: string }) => m.text === 'Politico'), 'without the file, Politico is an ORG');
  writeFileSync(join(dir, '.newslens/corrections.json'), '{ "version": 1, "corrections": [ { "action": "shout" } ] }');
  const bad = spawnSync(process.execPath, [cli, 'annotate', 'seeds'], { cwd: dir, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /news-lens: \.newslens\/corrections\.json: corrections\[0\]: unknown action "shout"/);
});

test('names after several cut and blocked tokens (dates, hyphens, hashtags, a glued sentence) keep their exact spans', () => {
  // Each cut or blocked token shifts the piece list the name finder works on; names after them must not move.
  const text = 'On Tuesday the UN-backed council met in Geneva. Supporters posted #NATO and #Ukraine tags while Joe Biden spoke in the White HouseThe crowd cheered. On March 3 Angela Merkel visited anti-Pyongyang activists in Seoul.';
  assert.deepEqual(analyzeArticle(text).mentions.map(m => [m.type, m.text, m.start]), [
    ['DATE', 'Tuesday', 3], ['ORG', 'UN', 15], ['PLACE', 'Geneva', 40], ['ORG', 'NATO', 67], ['PLACE', 'Ukraine', 77],
    ['PERSON', 'Joe Biden', 96], ['ORG', 'White House', 119], ['DATE', 'March 3', 152], ['PERSON', 'Angela Merkel', 160],
    ['PLACE', 'Pyongyang', 187], ['PLACE', 'Seoul', 210],
  ]);
});

test('analyzeArticles reads a batch stage by stage with the same result as one article at a time; batches are bounded by size', () => {
  const newsDir = join(repoRoot, 'test/fixtures/news-gold');
  const texts = [...SEEDS.map(readSeed), ...readdirSync(newsDir).filter(n => n.endsWith('.txt')).sort().map(n => readFileSync(join(newsDir, n), 'utf8'))];
  assert.ok(texts.length >= 26);
  assert.deepEqual(analyzeArticles(texts), texts.map(t => analyzeArticle(t)));
  assert.deepEqual(batches([5, 5, 5], 10), [[0, 2], [2, 3]]);
  assert.deepEqual(batches([12, 3, 4, 4], 10), [[0, 1], [1, 3], [3, 4]]); // an item over the limit is a batch of its own
  assert.deepEqual(batches([], 10), []);
  assert.ok(BATCH_CHARS >= 100_000);
});

test('data: the villages and towns lists are folded as names are, without duplicates, and sorted for the search by halves', () => {
  const file = JSON.parse(readFileSync(join(repoRoot, 'server/src/analysis/data/villages.json'), 'utf8')) as { villages: string; towns: string };
  for (const list of [file.villages, file.towns]) {
    const lines = list.split('\n');
    assert.ok(lines.length > 30000);
    for (let i = 0; i < lines.length; i++) {
      assert.equal(fold(lines[i]), lines[i]);
      if (i > 0) assert.ok(lines[i - 1] < lines[i], `${lines[i - 1]} < ${lines[i]}`);
    }
  }
  // every line is found, the first and the last too, in any case and with its accents
  assert.ok(isVillage(file.villages.split('\n')[0]) && isVillage(file.villages.split('\n').at(-1)!));
  assert.ok(isTownOfWords('Pedrógão Grande') && isTownOfWords('PEDROGAO GRANDE') && !isTownOfWords('Pedrógão'));
});

test('titles: the Irish heads of government\'s titles ("Taoiseach", "Tánaiste") stand before a name and stay out of it', () => {
  assert.deepEqual(named('Headline\n\nTaoiseach Orla Brennan said so. The Tánaiste, Cathal Doyle, agreed, and Ms Nolan said Taoiseach Orla Brennan should resign.'),
    [['PERSON', 'Orla Brennan'], ['PERSON', 'Cathal Doyle'], ['PERSON', 'Nolan'], ['PERSON', 'Orla Brennan']]);
});

test('places: one word no list knows before "mayor" or "governor" and the holder is the town or region, there and wherever else only guessed a person', () => {
  assert.deepEqual(named('Headline\n\nOfficials in Várkenes agreed. "It is a street," said Várkenes mayor Liisa Haapala. Ostrava mayor Petr Novák said so. Labour mayor Sadiq Khan agreed.'),
    [['PLACE', 'Várkenes'], ['PLACE', 'Várkenes'], ['PERSON', 'Liisa Haapala'], ['PLACE', 'Ostrava'], ['PERSON', 'Petr Novák'], ['ORG', 'Labour'], ['PERSON', 'Sadiq Khan']]);
});

test('places: a name described in apposition as a sanctuary, a reserve, a nature park, a neighbourhood or a lagoon is a place, also before a compound direction', () => {
  assert.deepEqual(named('Headline\n\nBirds returned to Kamsar Veel, a wetland sanctuary on the lake. Floods reached Drava Polje, a nature park southeast of Osijek. Parents from Riverdale-Heights, a neighborhood that is mostly Somali, protested.'),
    [['PLACE', 'Kamsar Veel'], ['PLACE', 'Drava Polje'], ['PLACE', 'Osijek'], ['PLACE', 'Riverdale-Heights']]);
});

test('places: a monastery, an abbey, a shrine or a fortress is a named site as a cathedral is, and a saint\'s possessive before the head word stays in the name', () => {
  assert.deepEqual(named('Headline\n\nMonks at Zelvane Monastery and Orrick Abbey prayed. Pilgrims walked to the Tamsar Shrine past Kovel Fortress. A choir sang at St Paul\'s Cathedral and St. Paul\'s Cathedral in London.'),
    [['PLACE', 'Zelvane Monastery'], ['PLACE', 'Orrick Abbey'], ['PLACE', 'Tamsar Shrine'], ['PLACE', 'Kovel Fortress'], ['PLACE', 'St Paul\'s Cathedral'], ['PLACE', 'St. Paul\'s Cathedral'], ['PLACE', 'London']]);
});

test('places: a place named by a word of its own and a head word is that word alone later on, and links to it', () => {
  const a = annotateCorpus([{ file: 'a.txt', text: 'Headline\n\nVisitors toured the Zelvane Monastery on Monday. Zelvane drew 90,000 visitors last year. Melting at Korsby Glacier sped up, and Korsby now loses ice daily.' }]).articles[0];
  assert.deepEqual(a.mentions.filter(m => m.type === 'PLACE').map(m => [m.text, m.entity]),
    [['Zelvane Monastery', 'place:zelvane-monastery'], ['Zelvane', 'place:zelvane-monastery'], ['Korsby Glacier', 'place:korsby-glacier'], ['Korsby', 'place:korsby-glacier']]);
});

test('places: a route\'s ends before an extension, a section or a waterway, with a particle inside a name or a country also a people\'s word', () => {
  assert.deepEqual(named('Headline\n\nMoney is short for the Varkosi-Lindmere-Tornhavn extension. The Bandar es Velle-Omsvik railway and the Addis Ababa-Djibouti line run, as does the Rhine-Quellbrook waterway and the Baku-Orvat oil pipeline.'),
    [['PLACE', 'Varkosi'], ['PLACE', 'Lindmere'], ['PLACE', 'Tornhavn'], ['PLACE', 'Bandar es Velle'], ['PLACE', 'Omsvik'], ['PLACE', 'Addis Ababa'], ['PLACE', 'Djibouti'], ['PLACE', 'Rhine'], ['PLACE', 'Quellbrook'], ['PLACE', 'Baku'], ['PLACE', 'Orvat']]);
});

test('places: the other end of a stretch from or between a place the article names is a place, unless a given name opens it', () => {
  assert.deepEqual(named('Headline\n\nThe line from Dar es Salaam to Kavori Mbesi in Zambia was built. A boat ran between Siem Reap and Chong Velas for years. He moved from Paris to Anna Karlsson. Buses from Lyon, and Marta Velas too, left.'),
    [['PLACE', 'Dar es Salaam'], ['PLACE', 'Kavori Mbesi'], ['PLACE', 'Zambia'], ['PLACE', 'Siem Reap'], ['PLACE', 'Chong Velas'], ['PLACE', 'Paris'], ['PERSON', 'Anna Karlsson'], ['PLACE', 'Lyon'], ['PERSON', 'Marta Velas']]);
});

test('places: "St" or "St." for "Saint" before a country, a capital or a region the data writes out; a saint stays a person', () => {
  assert.deepEqual(named('Headline\n\nIn St Lucia, the Pitons rise above the town. St. Jerome in His Study hangs in Florence.'),
    [['PLACE', 'St Lucia'], ['PERSON', 'St. Jerome'], ['PLACE', 'Florence']]);
});

test('places: rivers, ranges, deserts and regions news names bare are places, from the features data; a body bearing one keeps its name', () => {
  assert.deepEqual(named('Headline\n\nBarges on the Rhine ran light. Avalanches hit the Tian Shan, and the Sahel dried up. Towns in the Ruhr and the Okanagan burned. Shares in Vistula Telecom fell.'),
    [['PLACE', 'Rhine'], ['PLACE', 'Tian Shan'], ['PLACE', 'Sahel'], ['PLACE', 'Ruhr'], ['PLACE', 'Okanagan'], ['ORG', 'Vistula Telecom']]);
});

test('places: "Alps" heads a range\'s name as "Mountains" does, after a nationality word too', () => {
  assert.deepEqual(named('Headline\n\nTrips to the Kellvik Alps grew, and snow fell on the Swiss Alps.'),
    [['PLACE', 'Kellvik Alps'], ['PLACE', 'Swiss Alps']]);
});
