import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis';
import { repoRoot } from '../helpers/paths';

// General rules of news writing, each shown on sentences written for these tests (not taken from
// the gold articles), so that a rule is seen to carry over to unseen text.
assert.ok(repoRoot);

const named = (text: string) => analyzeArticle(text).mentions.filter(m => ['PERSON', 'ORG', 'PLACE'].includes(m.type)).map(m => [m.type, m.text]);
const quotes = (text: string) => analyzeArticle(text).quotes.map(q => [q.text, q.speakerText]);

test('entities: hyphenated syllables in names are not acronyms; bracketed long forms of acronyms', () => {
  assert.deepEqual(named('Officials said that Kim Jong-un inspected the troops.'), [['PERSON', 'Kim Jong-un']]);
  assert.deepEqual(named('The WISE Foundation (Women In Science Everywhere) met in Oslo.'),
    [['ORG', 'WISE Foundation'], ['ORG', 'Women In Science Everywhere'], ['PLACE', 'Oslo']]);
});

test('entities: a body\'s head word with its remit, sports teams, and the UN High Commissioner style agencies', () => {
  assert.deepEqual(named('A spokesman for the Council for the Protection of Rural Wales disagreed.'), [['ORG', 'Council for the Protection of Rural Wales']]);
  assert.deepEqual(named('Team Canada beat the hosts.'), [['ORG', 'Team Canada']]);
  assert.deepEqual(named('Aid was sent by the UN High Commissioner for Refugees last year.'), [['ORG', 'UN High Commissioner for Refugees']]);
});

test('entities: coordination with a shared head ("North and South Sudan", "the Energy and Transport Departments")', () => {
  assert.deepEqual(named('Talks between North and South Sudan stalled.'), [['PLACE', 'North'], ['PLACE', 'South Sudan']]);
  assert.deepEqual(named('Lawyers from the Energy and Transport Departments met.'), [['ORG', 'Energy'], ['ORG', 'Transport Departments']]);
});

test('entities: "the North" for a divided country the article names; "the Channel"; capitalised common nouns', () => {
  const text = 'South Korea fired back.\n\nThe North denied it. Troops moved into the South overnight.';
  assert.deepEqual(named(text), [['PLACE', 'South Korea'], ['PLACE', 'North'], ['PLACE', 'South']]);
  assert.deepEqual(named('Small boats kept crossing the Channel in May.'), [['PLACE', 'Channel']]);
  assert.deepEqual(named('The vote was close.\n\nOfficials tell Reuters the count went on, and officials agreed.'), [['ORG', 'Reuters']]);
});

test('entities and quotes: a name given in quotes is not a person or a quotation', () => {
  const a = analyzeArticle('The students built a drone named "Blue Falcon" and a rover they called "Dusty."');
  assert.deepEqual(a.mentions.filter(m => m.type === 'PERSON').map(m => m.text), []);
  assert.deepEqual(a.quotes, []);
});

test('quotes: award citations, quoted noun modifiers and single-marked terms are not quotations', () => {
  assert.deepEqual(quotes('The crew received a medal for "exceptional bravery" on Monday.'), []);
  assert.deepEqual(quotes('The migrants were given "temporary" status while Mr Brown said "we will look again."'),
    [['we will look again.', 'Brown']]);
  assert.deepEqual(quotes('Headline\n\nThe council wants to clear its \'paperwork mountain\' soon, the mayor said "within a year."').map(q => q[0]),
    ['within a year.']);
});

test('entities: a contest\'s name is no entity, and neither is a body\'s name inside it (ANNOTATION.md §5; a summit names the body that holds it)', () => {
  assert.deepEqual(named('Teams met at the NASA Challenge Rover Games in Ohio.'), [['PLACE', 'Ohio']]);
  assert.deepEqual(named('Leaders met at the G7 Summit in Italy.'), [['ORG', 'G7'], ['PLACE', 'Italy']]);
});

test('entities: a surname the article gave a person is not a small town of that name', () => {
  assert.deepEqual(named('Union leader Maria Lopez spoke first. Later, Lopez left for Madrid.').slice(-3),
    [['PERSON', 'Maria Lopez'], ['PERSON', 'Lopez'], ['PLACE', 'Madrid']]);
});

test('speakers: -ing speech verbs, "X told <listener>", documents "seen by" media, "the Ministry letter reads"', () => {
  assert.deepEqual(quotes('Union leader Maria Lopez spoke, with Lopez stating: "We will not back down."'), [['We will not back down.', 'Lopez']]);
  assert.deepEqual(quotes('Police officers tell Reuters the road will stay shut, with no date set "for the time being".'), [['for the time being', null]]);
  assert.deepEqual(quotes('A draft memo seen by Reuters says "the plan is not final", but talks go on.'), [['the plan is not final', null]]);
  assert.deepEqual(quotes('The Transport Ministry letter reads "all flights are suspended until further notice".'),
    [['all flights are suspended until further notice', 'Transport Ministry']]);
});

test('speakers: "according to X, quoting Y" credits Y; passive "was told" is not a speech verb', () => {
  assert.deepEqual(quotes('According to local media, quoting the Central Election Commission, voters were told to expect a "very close race".'),
    [['very close race', 'Central Election Commission']]);
});

test('speakers: "and said" shares its subject; quotes in one sentence or after a colon keep their source', () => {
  const text = 'Senator Ana Ruiz said the bill was "overdue", and said it was "shameful that the Treasury waited" after the Senate "voted twice."';
  assert.deepEqual(quotes(text).map(q => q[1]), ['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  const colon = 'Mayor Tom Hill defended the budget while promising a "full review" from the Finance Committee: "We will publish every figure."';
  assert.deepEqual(quotes(colon).map(q => q[1]), ['Tom Hill', 'Tom Hill']);
});

test('speakers: a paragraph opening with a bare quote continues the previous paragraph\'s speaker', () => {
  const text = 'The river rose overnight.\n\n"We lost everything," said farmer Jane Doe.\n\n"Nobody warned us, and nobody has come since."\n\nThe council met on Friday.';
  assert.deepEqual(quotes(text).map(q => q[1]), ['Jane Doe', 'Jane Doe']);
  const open = 'Aid worker Sam Okoro said: "The camps are full and the rain has started.\n\n"We need tents now."';
  assert.deepEqual(quotes(open).map(q => q[1]), ['Sam Okoro', 'Sam Okoro']);
});
