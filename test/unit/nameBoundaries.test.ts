import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, annotateCorpus, tokenize } from '../../server/src/analysis';

// Where a named mention starts and ends: letters of every script, hyphenated given names, titles
// and their modifiers, Arabic articles, and the shapes of organization names. Every sentence here
// was written for these tests.

const named = (text: string) => analyzeArticle(text).mentions.filter(m => ['PERSON', 'ORG', 'PLACE'].includes(m.type)).map(m => [m.type, m.text]);
const people = (text: string) => named(text).filter(m => m[0] === 'PERSON').map(m => m[1]);

test('names: letters beyond Latin-1 stay inside the word, in tokens and in spans', () => {
  const tk = tokenize('Jarosław Wałęsa and Tayfun Öztürkoğlu visited Łódź.');
  assert.deepEqual(tk.tokens.map(t => t.text), ['Jarosław', 'Wałęsa', 'and', 'Tayfun', 'Öztürkoğlu', 'visited', 'Łódź', '.']);
  // wink reads "c." after a split as an initial: the full stop comes back as its own token
  assert.deepEqual(tokenize('He met Đức. Then').tokens.map(t => t.text), ['He', 'met', 'Đức', '.', 'Then']);
  tk.tokens.forEach((t, i) => { assert.equal(tk.text.slice(t.start, t.end), t.text); assert.equal(tk.starts[i], t.start); });
  assert.deepEqual(named('Jarosław Wałęsa met Tayfun Öztürkoğlu in Gdańsk on Monday.'),
    [['PERSON', 'Jarosław Wałęsa'], ['PERSON', 'Tayfun Öztürkoğlu'], ['PLACE', 'Gdańsk']]);
  assert.deepEqual(people('The envoy Trần Văn Đức greeted Дмитрий Волков and Γιώργος Παπαδάκης.'),
    ['Trần Văn Đức', 'Дмитрий Волков', 'Γιώργος Παπαδάκης']);
});

test('names: offsets stay UTF-16 and wink\'s dates keep their place after a joined word', () => {
  const text = 'Żaneta Kowalczyk 😀 arrived in Kraków on March 3, 2021.';
  const a = analyzeArticle(text);
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(a.mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['Żaneta Kowalczyk']);
  assert.ok(a.mentions.some(m => m.type === 'DATE' && m.text === 'March 3, 2021'));
});

test('names: a name written with or without its Polish or Vietnamese letters is one entity', () => {
  const c = annotateCorpus([
    { file: 'a.txt', text: 'Yesterday Ewa Wałęsa flew from Łódź to meet Trần Đức.' },
    { file: 'b.txt', text: 'Yesterday Ewa Walesa flew from Lodz to meet Tran Duc.' },
  ]);
  assert.deepEqual(c.entities.map(e => [e.type, e.mentions]).sort(), [['PERSON', 2], ['PERSON', 2], ['PLACE', 2]]);
  assert.ok(c.entities.some(e => e.name === 'Trần Đức' && e.id === 'person:tran-duc'));
});

test('names: romanized given names of two hyphenated syllables stay whole', () => {
  assert.deepEqual(people('Talks between Chung Ho-sung and Lin Wei-ming ended when Kim Dae-hoon left.'),
    ['Chung Ho-sung', 'Lin Wei-ming', 'Kim Dae-hoon']);
  // a name glued to an ordinary word is still cut there
  assert.deepEqual(named('The Kremlin-backed bid and the Hamas-led group failed.'), [['ORG', 'Kremlin'], ['ORG', 'Hamas']]);
});
