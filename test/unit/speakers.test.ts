import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, annotateCorpus } from '../../server/src/analysis';
import { linkedArticle } from '../helpers/linkedArticle';

// Quote spans and speakers on patterns common in news writing. Every sentence here was written for
// these tests (none is taken from a gold article), so that each rule is seen to hold on new text.

const quotes = (text: string) => analyzeArticle(text).quotes.map(q => [q.text, q.speakerText]);
const speakers = (text: string) => analyzeArticle(text).quotes.map(q => q.speakerText);
/** The speakers by the names of the entities the corpus links them to. */
const speakersLinked = (text: string) => linkedArticle(text).speakers;

test('speakers: an appositive between the name and the verb', () => {
  assert.deepEqual(speakers('Maria Santos, the country\'s foreign minister, said "the border will reopen next week."'), ['Maria Santos']);
  assert.deepEqual(speakers('Peter Lang, head of research at the Nordic Energy Institute in Oslo, said, "Prices will fall."'), ['Peter Lang']);
  assert.deepEqual(speakers('"We are ready," Omar Farouk, a senior engineer at Delta Power, said.'), ['Omar Farouk']);
  assert.deepEqual(speakers('Lena Brandt, in an interview with Radio Bremen, has called the plan "reckless".'), ['Lena Brandt']);
});

test('speakers: a spokesman named in apposition, and a spokesman with no name', () => {
  assert.deepEqual(speakers('A spokesman for Northwind Airlines, David Osei, said: "All flights will resume on Monday."'), ['David Osei']);
  assert.deepEqual(speakers('A spokesman for the president said "no decision has been taken."'), [null]);
  assert.deepEqual(speakers('Officials said the bridge was "structurally sound".'), [null]);
});

test('speakers: after the quote, a description of the speaker and then the name in apposition', () => {
  assert.deepEqual(speakers('"Cholera will spread," the agency\'s representative in Chad, Omar Faris, said in a statement.'), ['Omar Faris']);
  assert.deepEqual(speakers('"We are ready," a senior aide to the minister, Lena Voss, told reporters.'), ['Lena Voss']);
});

test('speakers: the speaker named after the quote with a long appositive', () => {
  assert.deepEqual(speakers('"This is a turning point for the region," said Anna Kovacs, a former ambassador to Austria.'), ['Anna Kovacs']);
});

test('speakers: a person named beside the verb wins over the organization or place next to them', () => {
  assert.deepEqual(speakers('Rafael Ortiz of the World Bank said "the spill is far larger than reported."'), ['Rafael Ortiz']);
  assert.deepEqual(speakers('Yuki Tanaka, speaking in Tokyo, warned that "the worst is not over."'), ['Yuki Tanaka']);
});

test('speakers: a clause ending in a colon introduces the quote', () => {
  assert.deepEqual(speakers('Prime Minister Carla Mendes welcomed the deal: "This is good news for every family."'), ['Carla Mendes']);
  assert.deepEqual(speakers('Coach Tom Becker looked back on the season:\n\n"We never gave up, not once."'), ['Tom Becker']);
});

test('speakers: "adding", "noting" and a quote in the next sentence continue the same speaker', () => {
  assert.deepEqual(speakers('"The vote was fair," said Ines Duarte, adding that "the count took longer than hoped."'), ['Ines Duarte', 'Ines Duarte']);
  assert.deepEqual(speakers('"We will appeal," Karl Weber said. "The ruling ignores the evidence."'), ['Karl Weber', 'Karl Weber']);
  assert.deepEqual(speakers('"The lake is shrinking," Priya Nair, a hydrologist at the Water Board, said. "In ten years it may be gone."'), ['Priya Nair', 'Priya Nair']);
  assert.deepEqual(speakers('Sofia Lind said the museum would stay open. "We owe it to the visitors. They come every year."'), ['Sofia Lind']);
});

test('speakers: verbs beyond "said"', () => {
  for (const verb of ['noted', 'warned', 'welcomed', 'stated', 'argued', 'explained', 'added', 'reasoned', 'characterized', 'cautioned']) {
    assert.deepEqual(speakers(`Daniel Mbeki ${verb} that "the talks had stalled."`), ['Daniel Mbeki'], verb);
  }
  assert.deepEqual(speakers('Daniel Mbeki described the talks as "a waste of time."'), ['Daniel Mbeki']);
  assert.deepEqual(speakers('Daniel Mbeki told reporters "the talks had stalled."'), ['Daniel Mbeki']);
  for (const verb of ['reiterated', 'asserted', 'contended', 'alleged', 'protested', 'recounted']) {
    assert.deepEqual(speakers(`Rosa Lindqvist ${verb} that "nobody had been warned."`), ['Rosa Lindqvist'], verb);
  }
  for (const verb of ['joked', 'retorted', 'exclaimed', 'sighed', 'laughed', 'pleaded']) {
    assert.deepEqual(speakers(`"Not again," ${verb} Rosa Lindqvist.`), ['Rosa Lindqvist'], verb);
  }
});

test('speakers: pronouns resolve to the last fitting person, never to one the quote names', () => {
  const text = 'For Laura Fischer, a teacher in Graz, Mozart was a hero. She said, "Mozart wrote music for everyone."';
  assert.deepEqual(speakers(text), ['Laura Fischer']);
  assert.deepEqual(speakers('Ben Adler spoke first. He said "we will win."'), ['Ben Adler']);
});

test('quotes: titles in quotation marks and scare quotes are not quotations', () => {
  assert.deepEqual(quotes('Headline\n\nFans gathered for the premiere of "The Last Harbour Road" in London.'), []);
  assert.deepEqual(quotes('Headline\n\nThe flaw is rated "moderately severe" by the vendor.'), []);
  assert.deepEqual(quotes('Headline\n\nThe shop sold jars of "magic" honey and boxes of "lucky" stones.'), []);
  // ...but a headline may be in Title Case, and a short quote beside a source or a verb stays.
  assert.deepEqual(quotes('Minister Says "We Will Rebuild"\n\nText.').map(q => q[0]), ['We Will Rebuild']);
  assert.deepEqual(quotes('Headline\n\nOfficials plan to "streamline" the checks.'), [['streamline', null]]);
  assert.deepEqual(quotes('Headline\n\nJoan Baker called the ruling "absurd".'), [['absurd', 'Joan Baker']]);
});

test('quotes: an opening mark glued to a comma still opens a quotation', () => {
  assert.deepEqual(quotes('Headline\n\nMayor Ruth Evans said," Our streets are safer than last year".'), [['Our streets are safer than last year', 'Ruth Evans']]);
});

test('quotes: a quotation over several paragraphs gives one quote per paragraph, all with the speaker', () => {
  const text = 'Judge Alan Price said: "The evidence is clear.\n\n"The defendant knew the risks.\n\n"He chose to ignore them."';
  assert.deepEqual(quotes(text), [['The evidence is clear.', 'Alan Price'], ['The defendant knew the risks.', 'Alan Price'], ['He chose to ignore them.', 'Alan Price']]);
});

test('speakers: unnamed sources ("a spokeswoman for X", "X\'s spokesman") name no speaker unless their name follows', () => {
  assert.deepEqual(speakers('Headline\n\nA spokeswoman for Paul Reed said "the budget is balanced."'), [null]);
  assert.deepEqual(speakers('Headline\n\n"The budget is balanced," said a spokesman for Paul Reed.'), [null]);
  assert.deepEqual(speakers('Headline\n\n"The budget is balanced," said Paul Reed\'s spokesman, John Doe.'), ['John Doe']);
  assert.deepEqual(speakers('Headline\n\nPolice officers at the scene said the road was "completely blocked".'), [null]);
});

test('speakers: "said the minister", "the company said" refer back to the person or body named before', () => {
  assert.deepEqual(speakers('Headline\n\nFinance Minister Paul Reed spoke on Monday. "The budget is balanced," said the minister.'), ['Paul Reed']);
  assert.deepEqual(speakers('Headline\n\nHartwell Industries announced the deal on Friday. "This is a great day," the company said in a statement.'), ['Hartwell Industries']);
  assert.deepEqual(speakers('Headline\n\nThe Foreign Ministry summoned the envoy. "We reject the claims," said the ministry.'), ['Foreign Ministry']);
});

test('speakers: a new person before a colon takes over from the previous quote\'s speaker', () => {
  assert.deepEqual(speakers('Headline\n\nPaul Reed said: "We will win." Anna Berg disagreed: "They will lose."'), ['Paul Reed', 'Anna Berg']);
  assert.deepEqual(speakers('Headline\n\n"We are ready," Anna Berg, 41, a nurse from Leeds, told the BBC.'), ['Anna Berg']);
});

test('quotes: titles of works and mottos after their noun, decades with an apostrophe, a space after the opening mark', () => {
  assert.deepEqual(quotes('Headline\n\nThe band played the song "Heal the Land" twice, and the slogan "Build Back Better" was everywhere.'), []);
  assert.deepEqual(quotes('Headline\n\nThe club\'s \'90s hits and Anna Berg\'s "best song ever" were played.').map(q => q[0]), ['best song ever']);
  assert.deepEqual(quotes('Headline\n\nAnna Berg said, " We are ready" and left.'), [['We are ready', 'Anna Berg']]);
});

test('speakers: "she said" skips a man the article calls "he" (or "Mr"), and quotations do not tell a gender', () => {
  const text = 'Headline\n\nAnna Berg said she would stand again. Her rival, Paul Reed, said he had not decided.\n\n"I am ready for the fight," she said.';
  assert.deepEqual(speakers(text), ['Anna Berg']);
  assert.deepEqual(speakers('Headline\n\nMs Berg met Mr Reed on Monday. "It went well," she said.'), ['Berg']);
  const inQuote = 'Headline\n\nTom Ellis will visit Rome, Lisa Ward said. "He will meet the mayor there," she said.';
  assert.deepEqual(speakers(inQuote), ['Lisa Ward']);
});

test('speakers: after the verb, a person named beside a body speaks ("said Acme chief executive Name")', () => {
  assert.deepEqual(speakers('Headline\n\n"Sales are up," said Hartwell Industries chief executive John Smith.'), ['John Smith']);
  assert.deepEqual(speakers('Headline\n\n"Sales are up," said the head of the World Bank, Jane Doe.'), ['Jane Doe']);
  assert.deepEqual(speakers('Headline\n\n"Sales are up," said John Smith of Hartwell Industries.'), ['John Smith']);
});

test('speakers: "it said" is the body named just before when no body has spoken yet', () => {
  assert.deepEqual(speakers('Headline\n\nThe Norwegian Refugee Council published its report on Monday.\n\n"Conditions are dire," it said.'), ['Norwegian Refugee Council']);
  assert.deepEqual(speakers('Headline\n\nAnna Berg told Reuters the plan was fine. "It works," it said.'), [null]);
});

test('speakers: "The statement read:" after the body that issued it; "before adding:" keeps the speaker', () => {
  assert.deepEqual(speakers('Headline\n\nHartwell Industries released a statement. The statement read: "We regret the decision."'), ['Hartwell Industries']);
  assert.deepEqual(speakers('Headline\n\nThe statement read: "We regret the decision."'), [null]);
  assert.deepEqual(speakers('Headline\n\nAnna Berg noted: "The data is clear", before adding: "We need more work."'), ['Anna Berg', 'Anna Berg']);
});

test('quotes: a quotation nested in another is part of the outer one', () => {
  assert.deepEqual(quotes('Headline\n\n"He told me "no" and left," said Anna Berg.'), [['He told me "no" and left,', 'Anna Berg']]);
  assert.deepEqual(quotes('Headline\n\n“He told me “no” and left,” said Anna Berg.'), [['He told me “no” and left,', 'Anna Berg']]);
  assert.deepEqual(quotes('Headline\n\nAnna Berg said "we are ready" and "we will win".').map(q => q[0]), ['we are ready', 'we will win']);
});

test('speakers: a bracketed aside between the name and the verb', () => {
  assert.deepEqual(speakers('Headline\n\nAnna Berg (pictured) said "we are ready."'), ['Anna Berg']);
  assert.deepEqual(speakers('Headline\n\n"We are ready," Anna Berg (Labour) said.'), ['Anna Berg']);
});

test('quotes: a nickname after "dubbed" and a "so-called" term are not quotations', () => {
  assert.deepEqual(quotes('Headline\n\nThe press dubbed her "the Iron Lady" and she kept the name. Anna Berg backed the so-called "peace corridor" plan.'), []);
  assert.deepEqual(quotes('Headline\n\nAnna Berg called the plan "the worst idea in years."'), [['the worst idea in years.', 'Anna Berg']]);
  // a name given with "call" or "name" in the present, or after "his nickname was"
  assert.deepEqual(quotes('Headline\n\nFishermen call the bay "the Graveyard". Her nickname was "the Hammer". Staff name the robot "Rolo".'), []);
  assert.deepEqual(quotes('Headline\n\nAnna Berg calls the deal "a betrayal of workers".'), [['a betrayal of workers', 'Anna Berg']]);
});

test('quotes: a quoted adjective before a noun is a speaker\'s word when the sentence speaks, a term when it does not', () => {
  assert.deepEqual(quotes('Headline\n\nAnna Berg opened the plant. It was a "historic" day, she said.'), [['historic', 'Anna Berg']]);
  assert.deepEqual(quotes('Headline\n\nAnna Berg called it a "shameful" decision.'), [['shameful', 'Anna Berg']]);
  assert.deepEqual(quotes('Headline\n\nThe firm installs "smart" meters in homes.'), []);
});

test('speakers: "the curator said" is the person the article described as curator', () => {
  assert.deepEqual(speakers('Headline\n\nJane Doe, curator of the city museum, opened the show. Paul Reed attended. "It is a triumph," the curator said.'), ['Jane Doe']);
  assert.deepEqual(speakers('Headline\n\nThe show was opened by curator Jane Doe. Paul Reed attended. "It is a triumph," said the curator.'), ['Jane Doe']);
  assert.deepEqual(speakers('Headline\n\nJane Doe opened the show. "It is a triumph," the man said.'), [null]);
});

test('speakers: "a senior minister said" is someone unnamed, "the minister said" the one introduced', () => {
  assert.deepEqual(speakers('Headline\n\nForeign Minister Anna Berg spoke on Monday. Later, a senior minister said "no decision has been taken."'), [null]);
  assert.deepEqual(speakers('Headline\n\nForeign Minister Anna Berg spoke on Monday. Later, the minister said "no decision has been taken."'), ['Anna Berg']);
});

test('speakers: a name that only attributes a quotation is a person, and keeps the quotes after it', () => {
  assert.deepEqual(speakers('"It is over," Marsh said. "We lost," he added.'), ['Marsh', 'Marsh']);
  assert.deepEqual(speakers('"Nobody saw it coming," said Baker.'), ['Baker']);
  assert.deepEqual(speakers('"Stay calm," Reuters said.'), ['Reuters']);
});

test('speakers: a lowercase description before the name and its appositive', () => {
  assert.deepEqual(speakers('Former captain Tom Ashby, now a pundit for the BBC, said the decision was "inevitable".'), ['Tom Ashby']);
  assert.deepEqual(speakers('Veteran striker Jon Dale, who played for Leeds, said it was "a shame".'), ['Jon Dale']);
});

test('speakers: a headline quote that opens a longer quote of the body takes its speaker, whatever it ends with', () => {
  const text = "'We will not give up,' says mayor as floods spread\n\nMonday, June 5, 2023\n\nThe mayor, Ana Ruiz, said: \"We will not give up. We have rebuilt before.\"\n";
  assert.deepEqual(speakers(text), ['Ana Ruiz', 'Ana Ruiz']);
});

test('quotes: a quoted word listed with a quotation is one too; scare quotes listed together stay out', () => {
  assert.deepEqual(quotes('Headline\n\nThe report described conditions as "dire" and "worsening".').map(q => q[0]), ['dire', 'worsening']);
  assert.deepEqual(quotes('Headline\n\nPolaroids of "unknowns" and "nobodies" hung on the wall.'), []);
});

test('speakers: any verb right after the quote has its source after it; a question mark does not end the attribution', () => {
  assert.deepEqual(speakers('Talks resumed. "Prices will rise," warned Ingrid Halvorsen, an economist.'), ['Ingrid Halvorsen']);
  assert.deepEqual(speakers('Talks resumed. "Who will pay for it?" asked Tariq Mansour, a farmer.'), ['Tariq Mansour']);
  assert.deepEqual(speakers('Talks resumed. "Is this fair?" Tariq Mansour asked.'), ['Tariq Mansour']);
  // after a subject, "warned" takes its listener as object: the subject speaks
  assert.deepEqual(speakers('Ingrid Halvorsen spoke first. "Prices will rise," she warned Tariq Mansour.'), ['Ingrid Halvorsen']);
});

test('speakers: a paragraph left open runs on into the next paragraph\'s quote, which names the source', () => {
  const text = 'Coach prepares team\n\n"We have trained for months. Everyone is fit.\n\n"We will not lose," the coach, Ana Ruiz, said.\n';
  assert.deepEqual(quotes(text), [['We have trained for months. Everyone is fit.', 'Ana Ruiz'], ['We will not lose,', 'Ana Ruiz']]);
  // a closed quote in a paragraph of its own is not continued by the next one
  const closed = 'Coach prepares team\n\n"Nobody expected this."\n\n"We will not lose," the coach, Ana Ruiz, said.\n';
  assert.deepEqual(speakers(closed), [null, 'Ana Ruiz']);
});

test('quotes: German and Polish low marks close with their own high mark; guillemets quote too', () => {
  assert.deepEqual(quotes('Intro.\n\n„We are ready“, said Anna Nowak.'), [['We are ready', 'Anna Nowak']]);
  assert.deepEqual(quotes('Intro.\n\n«We will not leave», said Ivan Petrov, the mayor.'), [['We will not leave', 'Ivan Petrov']]);
});

test('speakers: a given name only ever a woman\'s or a man\'s tells whom "he" and "she" stand for', () => {
  // no "she" follows Maria Okafor before the quote, so her given name tells: "he" is not her
  assert.deepEqual(speakers('Maria Okafor runs the clinic.\n\n"We have no beds," he said.'), [null]);
  assert.deepEqual(speakers('Maria Okafor runs the clinic, and Tomas Brandt runs the school.\n\n"We have no beds," she said.'), ['Maria Okafor']);
});

test('speakers: a given name and a place\'s head word that is a surname ("Park") is a person where someone speaks', () => {
  assert.deepEqual(quotes('Intro.\n\n"It was loud," said Ann Park. "Then silence."'), [['It was loud,', 'Ann Park'], ['Then silence.', 'Ann Park']]);
  assert.deepEqual(analyzeArticle('Crowds gathered in Victoria Park on Sunday.').mentions.filter(m => m.type === 'PLACE').map(m => m.text), ['Victoria Park']);
});

test('speakers: a participle after a clause with no speech verb speaks for the sentence\'s subject, in any paragraph', () => {
  const text = 'Minister quits\n\nMonday, May 6, 2024\n\nElena Varga resigned on Friday, saying she took "full responsibility".\n\n'
    + 'Transport Minister Piotr Zalewski stepped down, saying it was "the right moment".\n\nOmar Haddad left the board, insisting "nothing was hidden".';
  assert.deepEqual(quotes(text), [['full responsibility', 'Elena Varga'], ['the right moment', 'Piotr Zalewski'], ['nothing was hidden', 'Omar Haddad']]);
});

test('speakers: "he said" after a sentence whose subject has another person in a clause after it goes to the subject', () => {
  const text = 'Awards\n\nMonday, March 11, 2024\n\nTomas Vidal, who played the composer Anton Reiss, won best actor. "I am so proud tonight," he said.';
  assert.deepEqual(speakers(text), ['Tomas Vidal']);
  // with no clause between commas, the last person named still speaks
  assert.deepEqual(speakers('Intro.\n\nTomas Vidal thanked Anton Reiss. Later Reiss spoke. "I am so proud," he said.'), ['Reiss']);
});

test('speakers: a country\'s possessive before the name in an appositive subject; an elided article is part of a name', () => {
  const text = 'Vote\n\nMonday, March 25, 2024\n\nGhana\'s Kofi Mensah, a former minister, wrote on X that Faye\'s win showed "the strength of democracy".';
  assert.deepEqual(speakers(text), ['Kofi Mensah']);
  assert.deepEqual(analyzeArticle('In Abidjan, Côte d\'Ivoire\'s leaders met.').mentions.filter(m => m.type === 'PLACE').map(m => m.text), ['Abidjan', 'Côte d\'Ivoire']);
});

test('speakers: "he said" after an unnamed speaker stands for that speaker, not for someone named before', () => {
  const text = 'Floods\n\nMonday, March 3, 2025\n\n"We lost everything," said Pedro Alvarez, a farmer.\n\n'
    + 'The prime minister wrote on X that he was "deeply saddened".\n\n"We will not abandon you," he wrote.';
  assert.deepEqual(speakers(text), ['Pedro Alvarez', null, null]);
  // a role that names someone earlier in the article is that person
  const named = 'Talks\n\nMonday, March 3, 2025\n\nForeign Minister Lena Brandt met Pedro Alvarez in Lisbon.\n\n'
    + 'The minister told reporters the talks had been "frank". "We agreed on a great deal," she said.';
  assert.deepEqual(speakers(named), ['Lena Brandt', 'Lena Brandt']);
  // with no one unnamed in between, the last person named still speaks
  assert.deepEqual(speakers('Intro.\n\nPedro Alvarez toured the farms. "We lost everything," he said.'), ['Pedro Alvarez']);
});

test('speakers: a body\'s leader with no name is no one named; "known as" gives a name, not a quote', () => {
  assert.deepEqual(speakers('Intro.\n\nThe Harbour Party\'s leader called the result "a bad night".'), [null]);
  assert.deepEqual(quotes('Intro.\n\nThe dam, known locally as "the wall", cracked. Engineers had warned of "structural concerns", Ana Ruiz said.'), [['structural concerns', 'Ana Ruiz']]);
});

test('speakers: a body\'s name and a role before the name, then an aside, then the verb', () => {
  const text = 'Intro.\n\nPort Safety Authority director General Omar Haddad, in remarks to Radio Lumen, said "All crews are safe."';
  assert.deepEqual(speakers(text), ['Omar Haddad']);
});

test('speakers: a short headline quote takes the speaker of the body quote it stands in; a term named as a term is no quote', () => {
  const text = 'Mayor: \'not a cent\' for the stadium\n\nMay 2, 2024\n\n"There will be not a cent more," Mayor Ida Voss told the council on Monday.\n\nThe phrase "we will see" appears nine times in the minutes, and the hashtag "#NoStadium" spread fast.';
  assert.deepEqual(quotes(text), [['not a cent', 'Ida Voss'], ['There will be not a cent more,', 'Ida Voss']]);
  // (two words in common with a body quote are chance below the headline)
  assert.deepEqual(speakers('Talks\n\nOne fan said the team was "not a cent" better. "It is not a cent too much," Ida Voss said.'), [null, 'Ida Voss']);
});

test('speakers: "said" then a role and a title without commas, then the name', () => {
  assert.deepEqual(speakers('Crops\n\n"The losses are larger than we expected," said lead author Dr. Ines Marlow, a crop scientist.'), ['Ines Marlow']);
  assert.deepEqual(speakers('Crops\n\n"We will appeal," said former finance minister Jan Okafor.'), ['Jan Okafor']);
});

test('speakers: a US politician\'s party and state tag between commas ends no sentence and names no one', () => {
  assert.deepEqual(quotes('Vote\n\nRep. Dana Whitfield, D-N.Y., called the decision "a slap in the face".'), [['a slap in the face', 'Dana Whitfield']]);
  const a = analyzeArticle('Vote\n\nSen. Dana Whitfield, D-Calif., voted no, and Rep. Omar Vance, R-Texas, voted yes.');
  assert.deepEqual(a.mentions.filter(m => ['PERSON', 'ORG', 'PLACE'].includes(m.type)).map(m => [m.type, m.text]), [['PERSON', 'Dana Whitfield'], ['PERSON', 'Omar Vance'], ['PLACE', 'Texas']]);
});

test('speakers: "adding:" right after a quotation goes on with its speaker, after a sentence that names a body', () => {
  assert.deepEqual(quotes('Intro.\n\nThe Unity Party accused the cabinet of delay. Its leader, Tomás Ferrer, said help had come "far too late," adding: "Lives could have been saved."'),
    [['far too late,', 'Tomás Ferrer'], ['Lives could have been saved.', 'Tomás Ferrer']]);
});

test('speakers: a surname with its lowercase particle ("del Campo said") is the person named in full; a body described in apposition speaks', () => {
  const a = analyzeArticle('Intro.\n\nIts spokesman, Rubén del Prado, gave figures. "We have never seen this," del Prado said.\n\nThe Junta Regional, the regional government, said it had followed the "agreed protocol".');
  assert.deepEqual(a.quotes.map(q => [q.text, q.speakerText]), [['We have never seen this,', 'del Prado'], ['agreed protocol', 'Junta Regional']]);
  assert.deepEqual(a.mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['Rubén del Prado', 'del Prado']);
});

test('speakers: a quote opening the sentence after the one that attributed the last quote goes on with its speaker, past "U.S." and a title', () => {
  assert.deepEqual(quotes('Intro.\n\n"Public office is not for sale," U.S. Attorney Ann Vellacott said in a statement. "The verdict sends that message."'),
    [['Public office is not for sale,', 'Ann Vellacott'], ['The verdict sends that message.', 'Ann Vellacott']]);
  // someone else speaking between keeps them apart
  assert.notEqual(speakers('Intro.\n\n"It is over," Ann Vellacott said. Tom Reyes disagreed. "It is not."')[1], 'Ann Vellacott');
});

test('speakers: "who" opening the verb\'s clause, a verb after "but", a platform after "on" is no subject, "a spokesman for her department"', () => {
  assert.deepEqual(speakers('Intro.\n\nThe delegation was led by Foreign Minister Ivan Petrenko, who accused Moscow of "bombing with the other".'), ['Ivan Petrenko']);
  assert.deepEqual(speakers('Intro.\n\nFormer President Ann Marr welcomed the deal in a post on Facebook but urged Lee not to "trade away" the gains.'), ['Ann Marr']);
  assert.deepEqual(speakers('Intro.\n\nJo Abara, Kenya\'s special envoy for climate change, said talks would resume but warned that Nairobi would not accept "more empty pledges".'), ['Jo Abara']);
  assert.deepEqual(speakers('Intro.\n\nMinister Ana Baume will present a plan. A spokesman for her department said it would be "ambitious and targeted".'), [null]);
});

test('speakers: "the Belgian said" is the person named last; "the judge told him" is the one titled Judge', () => {
  assert.deepEqual(speakers('Headline\n\nCoach Piet Vanlaere was less forgiving. "We gave it away," the Belgian said.'), ['Piet Vanlaere']);
  assert.deepEqual(speakers('Headline\n\nSentencing him, Judge Anna Marsh said Tom Reed had shown contempt.\n\n"You knew what you were doing," the judge told him.'), ['Anna Marsh']);
});

test('speakers: "the 49-year-old told" is the person named last', () => {
  assert.deepEqual(speakers('Headline\n\nGustavo Lemos, who presented the trophy, wept. "He plays with more power," the 49-year-old told reporters. "But the heart is the same."'), ['Gustavo Lemos', 'Gustavo Lemos']);
  // no one named near it: no speaker
  assert.deepEqual(speakers('Headline\n\n"It was close," the 49-year-old told reporters.'), [null]);
});

test('speakers: "the Bavarian politician told" is the person the article described so, or named last', () => {
  assert.deepEqual(speakers('Headline\n\nCritics blamed party chief Anton Huber.\n\nHuber rejected that. "We do not bargain," the Bavarian politician told a broadcaster. "The text is on the table."'),
    ['Huber', 'Huber']);
});

test('speakers: a quote opening the sentence after the attribution goes on with its speaker, across "Dr." and a relative clause or an appositive naming others', () => {
  assert.deepEqual(speakers('Headline\n\n"The signal is strong," said Dr. Ines Varga, a colleague of Tom Reyes. "It does not prove cause."'), ['Ines Varga', 'Ines Varga']);
  assert.deepEqual(speakers('Headline\n\n"We had chances," said captain Omar Hadi, who dropped Sam Lowe on 40. "That is the game."'), ['Omar Hadi', 'Omar Hadi']);
  // a new person as the subject of a sentence between is no relative clause: the quote is not the first speaker's
  assert.notEqual(speakers('Headline\n\n"We had chances," said captain Omar Hadi. Sam Lowe disagreed. "That is not the game."')[1], 'Omar Hadi');
});

test('speakers: "the judge" is the person titled Justice as well as Judge', () => {
  assert.deepEqual(speakers('Headline\n\nJustice Amina Odhiambo ordered the release.\n\nLawyers for the police argued that he was not held. The judge called that response "wholly inadequate."'), ['Amina Odhiambo']);
});

test('speakers: a quote after the attribution goes on with its speaker across people named after the verb', () => {
  assert.deepEqual(speakers('Headline\n\n"This is a beginning," Prince Khalid told a news conference, flanked by Foreign Minister Omar Saleh. "People have waited too long."'), ['Khalid', 'Khalid']);
});

test('speakers: a paragraph that is only a quote, after a paragraph about one person, is that person\'s', () => {
  assert.deepEqual(speakers('Headline\n\nMaria Okafor, who has run a bakery in the town for 20 years, spent the night in the hall.\n\n"We watched the glow over the ridge. Nobody slept."\n\nThe fire service said the blaze was under control.'), ['Maria Okafor']);
  // a paragraph naming two people leaves it unattributed
  assert.deepEqual(speakers('Headline\n\nMaria Okafor and Tom Reyes spent the night in the hall.\n\n"Nobody slept."'), [null]);
});

test('a double surname alone after the full name is that person, as speaker too; a spokeswoman "for the agency" is a person', () => {
  const linked = (text: string) => annotateCorpus([{ file: 'a.txt', text }]).articles[0];
  const a = linked('Intro.\n\nPortugal\'s Tiago Monteiro Sousa finished second. "It is nothing," Monteiro Sousa said.');
  const people = a.mentions.filter(m => m.type === 'PERSON');
  assert.equal(people.length, 2);
  assert.ok(people[0].entity !== null);
  assert.equal(people[0].entity, people[1].entity);
  assert.deepEqual(a.quotes.map(q => q.speaker), [people[0].entity]);
  // two people who share the double surname: the bare one joins neither
  const b = linked('Intro.\n\nAna Ruiz Vega and Luis Ruiz Vega arrived. "We won," Ruiz Vega said.');
  assert.equal(new Set(b.mentions.filter(m => m.type === 'PERSON').map(m => m.entity)).size, 3);
  assert.deepEqual(speakers('Intro.\n\nShelby Okafor, a spokeswoman for the agency, said: "We are ready."'), ['Shelby Okafor']);
  assert.deepEqual(analyzeArticle('Intro.\n\nShelby Okafor, a spokeswoman for the agency, said so.').mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['Shelby Okafor']);
});

test('speakers named with a title of several words, a hyphenated given name after a title, or "Leader of the Opposition"', () => {
  assert.deepEqual(speakers('Intro.\n\n"It failed," said Professor Park Ji-woo (박지우), who led the research.'), ['Park Ji-woo']);
  assert.deepEqual(speakers('Intro.\n\n"It failed," said Dr. Park Ji-woo.'), ['Park Ji-woo']);
  assert.deepEqual(speakers('Intro.\n\nSecretary of State Dana Holloway, whose office counts the votes, said in a statement that she would "apply the law."'), ['Dana Holloway']);
  assert.deepEqual(speakers('Intro.\n\nLeader of the Opposition K. Ramaiah told reporters the budget was "a debt trap."'), ['K. Ramaiah']);
  assert.deepEqual(analyzeArticle('Intro.\n\nLeader of the Opposition K. Ramaiah spoke.').mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['K. Ramaiah']);
  // a title word hyphenated after the Arabic article is a surname
  assert.deepEqual(analyzeArticle('Intro.\n\nNadia al-Sayed, who studies batteries, spoke.').mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['Nadia al-Sayed']);
});

test('speakers: a body with its own-language acronym in brackets, then an appositive', () => {
  const text = 'Intro.\n\nThe National Institute of Water Resources (Inarh), an industry body, said investors needed "clear and stable rules".';
  assert.deepEqual(speakers(text), ['Inarh']);
  const c = annotateCorpus([{ file: 'a.txt', text }]);
  const a = c.articles[0];
  const byId = new Map(c.entities.map(e => [e.id, e.name]));
  assert.equal(byId.get(a.quotes[0].speaker!), 'National Institute of Water Resources');
  assert.deepEqual(a.mentions.filter(m => m.type === 'ORG').map(m => m.text), ['National Institute of Water Resources', 'Inarh']);
});

test('speakers named after the quote with a title whose remit has "and" in it', () => {
  assert.deepEqual(speakers('"We have lost no one," Agriculture and Forestry Minister Selim Aydemir said. "But the wind gave us no break."'),
    ['Selim Aydemir', 'Selim Aydemir']);
  assert.deepEqual(speakers('"The talks are over," Foreign and Commonwealth Secretary Jane Hollis told reporters.'), ['Jane Hollis']);
});

test('a quote right after the sentence that introduces a person with an age, in the same paragraph, is theirs', () => {
  assert.deepEqual(speakers('Aylin Demirtaş, 64, fled with only her cat. "We heard the fire before we saw it." She now sleeps in a gym.'), ['Aylin Demirtaş']);
  // no age, no introduction: a person merely named before a quote does not speak it
  assert.deepEqual(speakers('Aylin Demirtaş fled with only her cat. "The fire is out," the mayor said.'), [null]);
});

test('speakers: "the <place> <noun> said" after the person the paragraph named; a verb after "and" keeps the subject', () => {
  // two captains are introduced; the place tells them apart only through the paragraph's own subject
  const text = 'Ireland were led by captain Ivo Marsh and Sri Lanka by captain Tomas Perera.\n\n'
    + 'Marsh admitted that his side had thrown the game away. "We gave them the match," the Ireland captain said. "It hurts."';
  const out = annotateCorpus([{ file: 'a.txt', text }]);
  const a = out.articles[0];
  const name = (k: string | null) => (k === null ? null : out.entities.find(e => e.id === k)?.name ?? null);
  assert.deepEqual(a.quotes.map(q => name(q.speaker)), ['Ivo Marsh', 'Ivo Marsh']);
  // '..., and said the party would ...': what follows "and said" is what was said
  assert.deepEqual(speakers('Mayor Petra Holm went further. Speaking in Kiel, she called the plan "a disgrace", and said the Green Union would not back it "in any form".'),
    ['Petra Holm', 'Petra Holm']);
});

test('speakers: a quote after a sentence whose subject is "she" or "he", and a second quote after an attribution with "a.m."', () => {
  assert.deepEqual(speakers('Ana Ruiz won the prize twice.\n\nIn an interview in 2015, she dismissed the honours. "Prizes are for the people who give them."'), ['Ana Ruiz']);
  assert.deepEqual(speakers('"Prices must fall," Commissioner Eva Lind told reporters in Brussels at 11 a.m. local time. "The firm built a wall around its customers."'),
    ['Eva Lind', 'Eva Lind']);
});

test('speakers: a clause opened by "while" after a quote attributes nothing of it', () => {
  assert.deepEqual(speakers('Tom Hale of the Unity Party accused the minister of "hiding behind the operators", while Green Union MPs called for a review.'), ['Tom Hale']);
});

test('speakers: a title, a name and "of" a place before the verb; "according to" a role and the name; a role inside reported speech', () => {
  assert.deepEqual(speakers('"She has followed the law," Republican Senator Dale Kerrigan of Idaho said on the Senate floor. "That is the job."'),
    ['Dale Kerrigan', 'Dale Kerrigan']);
  assert.deepEqual(speakers('The outbreak is "under control in the capital", according to Uganda\'s health minister, Grace Atim.'), ['Grace Atim']);
  assert.deepEqual(speakers('Anna Berg said the hotel manager had told guests to leave. She said: "We stood in the water."'), ['Anna Berg']);
});

test('speakers: "his" or "her" and a noun for what is said, before a colon, speak for that person', () => {
  assert.deepEqual(speakers('Mayor Ellen Carrick toured the shelters on Friday. Her message to residents was simple: "Stay on high ground and wait for us."'), ['Ellen Carrick']);
  assert.deepEqual(speakers('The coach, Tom Reyes, was asked about the defeat. His answer was blunt: "We were not good enough."'), ['Tom Reyes']);
  // the person the pronoun fits, not the last one named
  assert.deepEqual(speakers('The singer Ana Lind thanked her guitarist, Tom Reyes. His words: "She saved the night."'), ['Tom Reyes']);
  // "its" and "their" stand for bodies and groups: no person speaks for them
  assert.deepEqual(speakers('Tom Reyes read out the ministry\'s notice on Monday. Its advice: "Stay indoors."'), [null]);
});

test('speakers: a title, a hyphenated name and "of the" a place after the quote; a participle after a document is no verb of speaking', () => {
  assert.deepEqual(speakers('Intro.\n\n"Families cannot wait for a perfect text," Deputy Ambassador Ines Marlow-Reyes of the United Kingdom told the council after the vote. "They need help now."'),
    ['Ines Marlow-Reyes', 'Ines Marlow-Reyes']);
  // "posted" describes the video; the one who said it opens the sentence
  assert.deepEqual(speakers('Intro.\n\nGunmen loyal to Remy Dorval attacked two stations. Dorval, who has been under sanctions since 2021, said in a video posted on Sunday that his men would "take the port before the rains end."'),
    ['Dorval']);
});

test('speakers: a description opening the sentence, then a relative clause, before the verb is the one it stands for', () => {
  assert.deepEqual(speakers('Intro.\n\nThe Nordic Dockworkers Federation opposed the plan. The federation, which led the No campaign, called the outcome "a victory for every crane driver."'),
    ['Nordic Dockworkers Federation']);
  assert.deepEqual(speakers('Intro.\n\nLena Varga, the health minister, backed the plan. The minister, who led the campaign, called it "long overdue."'), ['Lena Varga']);
});

test('speakers: three name-like words with a person\'s job in apposition after the quote are that person', () => {
  assert.deepEqual(speakers('Intro.\n\n"Nobody argued, nobody panicked," Sigurður Þór Ólafsson, the department\'s head of operations, told reporters.'), ['Sigurður Þór Ólafsson']);
});

test('speakers: "said Norway\'s coach, Name": a place\'s or a body\'s role after the verb, then the name in apposition', () => {
  const text = 'Norway beat Romania.\n\n"We were nervous for 20 minutes," said Norway\'s coach, Marit Eide. "Then Kari took over."';
  assert.deepEqual(quotes(text).map(q => q[1]), ['Marit Eide', 'Marit Eide']);
  assert.deepEqual(quotes('"We need more time," said South Korea\'s chief negotiator, Park Ji-ho.').map(q => q[1]), ['Park Ji-ho']);
});

test('speakers: a paragraph ending in a colon, opened by a place, a role and a person, leads into the quotes after it', () => {
  const text = 'Germany won.\n\nTurkey coach Emre Kaya was philosophical afterwards:\n\n"They are one of the best teams in the world.\n\n"When we play them again, it will be different."\n\nThe coach left.';
  assert.deepEqual(quotes(text).map(q => q[1]), ['Emre Kaya', 'Emre Kaya']);
});

test('a name in apposition after "a spokesperson for X," is a person\'s, whose given name no data has', () => {
  const text = 'Intro.\n\nA spokesperson for the IFC, Itziar Ibáñez Sarasola, said the fund had committed $8 million. "Climate shocks hit farmers first," she said.';
  assert.deepEqual(analyzeArticle(text).mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['Itziar Ibáñez Sarasola']);
  assert.deepEqual(quotes(text).map(q => q[1]), ['Itziar Ibáñez Sarasola']);
});

test('speakers: "the company said" stands for a body that acts, not one named only as where something happened', () => {
  const text = 'Shares in Norland Feeds fell 4 percent on the Stock Exchange of Thailand on Thursday. In a statement, the company said it "fully supports cleaner air".';
  assert.deepEqual(quotes(text).map(q => q[1]), ['Norland Feeds']);
});

test('a name that "which" stands for, and that then speaks, is a body and the quote\'s speaker', () => {
  const text = 'Intro.\n\nKestrel Brightwater, which runs the hospital, said in a statement on Wednesday that "patient safety has been maintained".';
  assert.deepEqual(analyzeArticle(text).mentions.filter(m => m.type === 'ORG').map(m => m.text), ['Kestrel Brightwater']);
  assert.deepEqual(quotes(text).map(q => q[1]), ['Kestrel Brightwater']);
});

test('speakers: "said the study\'s lead author, Dr Name": a courtesy title after the comma', () => {
  assert.deepEqual(quotes('Intro.\n\n"This is not a subtle effect," said the study\'s lead author, Dr Aoife Brennan of the University of Aberdeen.').map(q => q[1]), ['Aoife Brennan']);
});

test('speakers: "the <adjective> institute said" stands for the body whose name holds both words', () => {
  const text = 'The Slovak Seismological Institute recorded the tremor on Monday.\n\n"Aftershocks are likely for several days," the seismological institute said. "Stay out of damaged buildings," said the seismological institute.';
  assert.deepEqual(speakers(text), ['Slovak Seismological Institute', 'Slovak Seismological Institute']);
});

test('a name no list knows, in apposition after a noun for someone\'s job, is a person\'s, and speaks', () => {
  const text = 'Intro.\n\nIts lead mediator, Haylemaryam Gebrekidan Asfaw, said the ceasefire had been "the firmest in a decade".\n\nThe returning officer, Siobhán Nic Giolla Phádraig, declared the result.';
  assert.deepEqual(analyzeArticle(text).mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['Haylemaryam Gebrekidan Asfaw', 'Siobhán Nic Giolla Phádraig']);
  assert.deepEqual(speakers(text), ['Haylemaryam Gebrekidan Asfaw']);
  // a body's noun before the comma leaves the name to the other rules
  assert.deepEqual(analyzeArticle('Intro.\n\nThe retailer, Varnholt Kestelmann, said sales fell.').mentions.filter(m => m.type === 'PERSON').map(m => m.text), []);
});

test('speakers: "said X\'s sports director, Name" and "said X team principal Name": the person the role names speaks', () => {
  assert.deepEqual(speakers('Intro.\n\n"The legs were gone," said Corvina\'s sporting director, Matteo Ferraresi. "We will be back."'), ['Matteo Ferraresi', 'Matteo Ferraresi']);
  assert.deepEqual(speakers('Intro.\n\n"The tyres held," said Brevik team principal Sunniva Aas, who joined in 2023.'), ['Sunniva Aas']);
});

test('speakers: "he" or "she" and a verb before a colon speak for the person the pronoun stands for', () => {
  assert.deepEqual(speakers('Intro.\n\nTomas Riedel scored the winner in the 89th minute. Asked about the goal, he smiled: "My boots did the work."'), ['Tomas Riedel']);
});

test('speakers: a comma inside a body\'s name parts no clause: "the Ministry of Fisheries, Oceans and Ports said it ..."', () => {
  assert.deepEqual(speakers('Intro.\n\nIn Valparaíso, the Ministry of Fisheries, Oceans and Ports said it "will not reopen the bay this year".'), ['Ministry of Fisheries, Oceans and Ports']);
});

test('speakers: "the Pole told reporters" is the person the article gave that people\'s country, not the one named last; a demonym noun is no body', () => {
  const text = 'Final report\n\nMELBOURNE — Anna Kovač of Croatia won the final on Saturday, beating Poland\'s Zofia Nowicka 6-4, 6-3 after a long rally with Maria Lopes.\n\n"I had my chances," the Pole told reporters.';
  const a = analyzeArticle(text);
  assert.deepEqual(a.quotes.map(q => q.speakerText), ['Zofia Nowicka']);
  assert.ok(!a.mentions.some(m => m.text === 'Pole'));
  assert.deepEqual(speakers('Officials met.\n\nDutch rider Pieter de Vries finished second behind Carlos Ruiz. "It was hard," the Dutchman said.'), ['Pieter de Vries']);
});

test('a person named with their party, then a relative clause, speaks, not the party', () => {
  assert.deepEqual(speakers('Senator Lucía Ferrán Ortega of the Civic Union party (Unión Cívica), who filed the suit in May, said the court had "defended every citizen."'), ['Lucía Ferrán Ortega']);
  assert.deepEqual(speakers('Mayor Tomas Hrubý of the Liberal Party, who lost the vote, said the result was "a warning."'), ['Tomas Hrubý']);
});

test('"the office said" after a person\'s quote is the body named before with "Office" in its name', () => {
  assert.deepEqual(speakers('Professor Ines Dahl wrote that the study had "missed the sickest patients". She wants another trial.\n\n'
    + 'The Nordic Regional Office for Health warned last month that infections were rising. The office said that fewer antibiotics were "the best lever we have".'),
    ['Ines Dahl', 'Nordic Regional Office for Health']);
  // "the statement said" still goes on with the last quote's speaker
  assert.deepEqual(speakers('Minister Ana Reyes said the plan was "ready". The statement said it would start "next week".'), ['Ana Reyes', 'Ana Reyes']);
});

test('a palace or a castle that speaks is a body; a party named by its members in the plural is a body', () => {
  const a = analyzeArticle('Tourists visited Brno Castle. Later Brno Castle said in a statement that the president would "meet everyone".');
  assert.deepEqual(a.mentions.filter(m => m.type === 'PLACE' || m.type === 'ORG').map(m => [m.type, m.text]), [['PLACE', 'Brno Castle'], ['ORG', 'Brno Castle']]);
  assert.deepEqual(a.quotes.map(q => q.speakerText), ['Brno Castle']);
  const b = analyzeArticle('The coalition fell when the Christian Democrats walked out. Senate Republicans objected.');
  // (a chamber before the plural is a name of its own: "Senate" and the party, "Republicans")
  assert.deepEqual(b.mentions.filter(m => m.type === 'ORG').map(m => m.text), ['Christian Democrats', 'Senate', 'Republicans']);
});

test('a person named after a phrase of place that ends in a type noun ("on the island, Name,") is that person, and speaks', () => {
  const a = analyzeArticle('Speaking at a reception centre on the island, Tesfay Woldemariam Haile, a 24-year-old from Eritrea, described "hours in the dark" waiting for rescue.');
  assert.deepEqual(a.mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['Tesfay Woldemariam Haile']);
  assert.deepEqual(a.quotes.map(q => q.speakerText), ['Tesfay Woldemariam Haile']);
});

test('"States" inside "the United States" is no verb of speaking', () => {
  assert.deepEqual(speakers('The deputy ambassador, Marta Whitlow, said the United States remained "the largest donor" but would "not write a blank cheque".'), ['Marta Whitlow', 'Marta Whitlow']);
});

test('a Vietnamese middle name tells "she" ("Thị") or "he" ("Văn"), not the family name before it', () => {
  // (name lists hold "Nguyễn", a family name, as a man's given name)
  assert.deepEqual(speakers('Envoy Liu Wenqing spoke first. Nguyễn Thị Lan listened.\n\n"It will not last," she said.'), ['Nguyễn Thị Lan']);
});

test('"the statement said" is the statement\'s issuer named before, not the last quote\'s speaker', () => {
  assert.deepEqual(speakers('Its president, Kenji Arima, said he was "deeply sorry".\n\nSakuragawa Denki said in a statement on Thursday that it was recalling the units.\n\n"We are cooperating fully with the authorities," the statement said.'),
    ['Kenji Arima', 'Sakuragawa Denki']);
  // the one who speaks right before "in a statement", not the body named before them
  assert.deepEqual(speakers('Regulator commissioner Rhys Calder said in a statement that he had "targeted" savers. The statement added: "Today\'s sentence shows the law works."'), ['Rhys Calder', 'Rhys Calder']);
});

test('", which said" after a body (and its short form in brackets) is that body speaking; "Alhaji" is a title', () => {
  assert.deepEqual(speakers('Aid was led by the Regional Office for Humanitarian Affairs (ROHA), which said the region had "barely recovered" from the drought.'), ['ROHA']);
  assert.deepEqual(speakers('Its national spokesman, Alhaji Musa Danladi, told reporters the party was "ready".'), ['Musa Danladi']);
});

test('speakers: letters after the name before the comma; "the council said" paragraphs later; "the Oslo-based company said"', () => {
  assert.deepEqual(speakers('Counsel for the accused, Gráinne Nic Cárthaigh SC, said he had been "a driver and nothing more".'), ['Gráinne Nic Cárthaigh']);
  const council = 'The Mackay Regional Council was told of the case in May.\n\n'
    + ['The CCC said it would act.', 'The QPS said so.', 'The CCC said more.', 'The ABC asked the QPS.', 'The CCC said again.', 'The QPS agreed with the CCC.', 'The ABC said it was told.'].join('\n\n')
    + '\n\nIn a short statement, the council said it had "cooperated fully".';
  assert.deepEqual(speakers(council), ['Mackay Regional Council']);
  assert.deepEqual(speakers('Her publisher, Gummerus, said the novel sold well. In a statement, the Helsinki-based company said it had "never seen such a thing".'), ['Gummerus']);
});

test('speakers: a possessive in the sentence that names a person tells her gender before a "he" about someone else', () => {
  const text = 'H\n\n"The numbers are new," said Parwana Noori, who heads the office in Herat.\n\n'
    + 'Gulalai Sherzad, 34, crossed with her children after police detained her husband at a site where he had worked. She said they had lived in Iran since 2009.\n\n'
    + '“We had nothing left,” she said.';
  assert.deepEqual(speakers(text), ['Parwana Noori', 'Gulalai Sherzad']);
});

test('speakers: "her father said" is a relative, unnamed; a draft "seen by" a paper is not the paper\'s', () => {
  assert.deepEqual(speakers('H\n\nKirsty Lennox, 29, died in the crash. Her sister, Fiona Lennox, was in court.\n\nIn a statement, her father said: "She was the first of us to go to university."'), [null]);
  assert.deepEqual(speakers('H\n\nAccording to a draft seen by Reuters, the ministers will "welcome the plan" on Friday.'), [null]);
});

test('speakers: an owner\'s role and the name in apposition open the sentence; "noting that X" names no source', () => {
  assert.deepEqual(speakers('H\n\nLatvia\'s foreign minister, Ilze Kalniņa, opened the meeting with a call for "practical cooperation".'), ['Ilze Kalniņa']);
  assert.deepEqual(speakers('H\n\nIn a written statement, Dr Gareth Pryce, a consultant, said the time Mr Hale spent on the floor had "very probably" contributed. He described the delay as "a significant factor", noting that Mr Hale had heart failure.'),
    ['Gareth Pryce', 'Gareth Pryce']);
  // (a person named inside what the subject said is talked about: "he" goes on with the one who spoke)
  assert.deepEqual(speakers('H\n\nIn a statement, Dr Gareth Pryce, a consultant, said the time Mr Hale spent on the floor mattered.\n\n"It was far too long," he said.'), ['Gareth Pryce']);
});

test('speakers: "Its leader, Senator X, told"; "It described" after a body\'s sentence; an opening phrase before a body and a colon; a given name in the quote', () => {
  assert.deepEqual(speakers('H\n\nIts leader, Senator Ana Ruiz, told El Tiempo that the party accepted the result but asked the court to explain why the count had been "suspended for hours."'), ['Ana Ruiz']);
  assert.deepEqual(speakers('H\n\nSenator Ana Ruiz told El Tiempo that the count had been "slow."\n\nThe Electoral Observation Mission (MOE) said in its report that turnout was 48 percent. It described the voting as "generally calm" but said it had recorded complaints.'),
    ['Ana Ruiz', 'Electoral Observation Mission']);
  assert.deepEqual(speakers('H\n\nThe National Emergency Operations Centre (NEOC) runs the campaign.\n\nIn a statement issued on Sunday, the NEOC appealed to parents directly:\n\n"Every missed child is a gap."'), ['NEOC']);
  // (a body's own sentence comes first: "which it said")
  assert.deepEqual(speakers('H\n\nThe NEOC said it would act.\n\nUNICEF said women made up most of the vaccinators, which it said "makes it easier to reach mothers".'), ['UNICEF']);
  assert.deepEqual(speakers('H\n\nThe court barred Renato Gusmão Ferraz on Monday. His lawyer, Otávio Brandão Lins, said they would appeal.\n\n“Our candidate is Renato. There is no plan B,” he said.'), ['Otávio Brandão Lins']);
});

test('speakers: "the midfielder said" after a sentence about a player; "the captain said" is the captain the sentence before is about; "the governing body added"', () => {
  assert.deepEqual(speakers('H\n\nThe club named a new coach on Monday.\n\nCaptain Emre Kaya welcomed the appointment in a video. "The last weeks have been hard," the midfielder said.'), ['Emre Kaya']);
  const two = 'H\n\nCaptain Omar Rauf made a hundred. Sri Lanka captain Dinesh Perera was out for 12.\n\n'
    + 'Rauf said Iqbal had earned his place. "He averaged 19 there," the captain said.';
  assert.deepEqual(speakers(two), ['Rauf']);
  assert.deepEqual(speakers('H\n\nWorld Athletics said on Monday that 40,000 tickets had been sold. The governing body added that the city had "set a standard for future hosts".'), ['World Athletics']);
  // (a body named by its noun as the subject leaves the name after the verb to what was said)
  assert.deepEqual(speakers('H\n\nIn a statement, the club said Ferreira had "the hunger to win".'), [null]);
});

test('speakers: "the company said" is no court named just before; "the utility said"; "he" after a hyphened Korean given name; two titles joined by "and"', () => {
  assert.deepEqual(speakersLinked('The regulator fined Brenlow Mobile on Tuesday. Brenlow can appeal to the General Court in Luxembourg. In a statement, the company said the ruling "ignores the real risks".'), ['Brenlow Mobile']);
  assert.deepEqual(speakersLinked('The town buys water from Kestrel Water, the state-owned utility. In a statement, the utility said its supply had been "stable all month".'), ['Kestrel Water']);
  // the family's name first ("Lee", which name lists hold as a woman's given name too) tells no gender
  assert.deepEqual(speakersLinked('Park Soo-bin, 34, said she was worried. Lee Dong-hyun, a professor at Seoul National University, said the repairs would take time. "It will take weeks," he said.'), ['Lee Dong-hyun']);
  assert.deepEqual(speakersLinked('The start-up Zuvira launched its app on Monday.\n\n“Most people have five apps,” Zuvira co-founder and chief executive Ada Obi said at the launch.'), ['Ada Obi']);
});

test('speakers: "it wrote" after "a post on Facebook" is the body, not the platform; a university named with "Queen\'s" keeps its speaker', () => {
  assert.deepEqual(speakersLinked('The campaign group Fair Beds Now said the plan was too small. In a post on Facebook on Sunday, it wrote: “Good news for some.”'), ['Fair Beds Now']);
  assert.deepEqual(speakersLinked('Dr Mairead Quinn of Queen\'s University Belfast, who led the trial, said the results were “encouraging, but not yet a reason to screen”.'), ['Mairead Quinn']);
  assert.deepEqual(analyzeArticle('She studied at King\'s College London.').mentions.map(m => [m.type, m.text]), [['ORG', 'King\'s College London']]);
});

test('speakers: a source the article keeps anonymous names no speaker', () => {
  assert.deepEqual(speakers('Anna Kowal runs the clinic. A nurse, who was not authorised to speak to the media, said it needed staff. "We have two nurses for fifty patients," she said.'), [null]);
  assert.deepEqual(speakers('The Electoral Commission met on Monday. An official, who spoke on condition of anonymity, said the commission was "relieved but not complacent".'), [null]);
  assert.deepEqual(speakers('Farah Aziz testified on Monday. Another witness was there. "I was afraid," she said, asking not to be named.'), [null]);
  assert.deepEqual(speakers('Maria Lopez, who has never asked for anonymity, said the plan was "a disaster".'), ['Maria Lopez'], 'the named source stays');
});

test('speakers: an unnamed jury or panel speaks, not the person who chairs it', () => {
  assert.deepEqual(speakers('The festival closed on Sunday. The jury, chaired by the Chilean director Rosa Vidal, praised the film\'s "quiet patience".'), [null]);
  assert.deepEqual(speakers('The festival closed on Sunday. Rosa Vidal, who chaired the jury, praised the film\'s "quiet patience".'), ['Rosa Vidal']);
});

test('speakers: a colon that ends a paragraph hands the quotes after it to the subject named after an opening phrase and an owned role', () => {
  const text = 'Talks opened.\n\nIn a statement posted on Facebook on Monday, its leader, Anan Sukprasert, set out the party\'s terms:\n\n“We will support any government that keeps the budget.\n\n“We will also ask for the transport ministry.”\n\nOthers disagreed.';
  assert.deepEqual(quotes(text).map(q => q[1]), ['Anan Sukprasert', 'Anan Sukprasert']);
  // (a name right after the opening phrase is the subject too)
  assert.deepEqual(quotes('Talks opened.\n\nIn Bangkok on Monday, Anan Sukprasert set out the party\'s terms:\n\n“We will support any government that keeps the budget.”').map(q => q[1]), ['Anan Sukprasert']);
});

test('speakers: "the fund said", "the museum said" find the body named with that noun; "her secretariat said" is the body, not "her"', () => {
  const text = 'Rates rose.\n\nThe Global Relief Fund (GRF) had urged restraint. In a statement, the fund said that "a credible plan is essential".\n\nCulture Secretary Ana Rivas heads the Secretariat of Culture. In a statement on Sunday, her secretariat said the cuts were "temporary".';
  assert.deepEqual(quotes(text).map(q => q[1]), ['Global Relief Fund', 'Secretariat of Culture']);
});

test('speakers: an unnamed spokesperson after a quote, or for a body with its short form in brackets, names no speaker', () => {
  const text = 'Talks continued.\n\nThe Halden Museum said it was "disappointed". "The statue was found at sea," a museum spokesperson said, adding that the museum "remains confident".\n\nA spokesperson for the Office for Arts and Heritage (OAH) said there were "no plans to change the law".';
  assert.deepEqual(quotes(text).map(q => q[1]), ['Halden Museum', null, null, null]);
  // (a spokesperson named after that stays the speaker)
  assert.deepEqual(quotes('Talks went on.\n\n"We are ready," a spokesman for Acme, John Doe, said.').map(q => q[1]), ['John Doe']);
});

test('speakers: "the agency said" finds the public body named last, though its name has no "agency" in it', () => {
  const text = 'Food runs short.\n\nThe World Nutrition Programme (WNP) fed 40,000 people in March. In a report on Monday, the agency said the region had lost "most of its harvest".\n\nFarmers in the hills said they had eaten their seed.';
  assert.deepEqual(speakersLinked(text), ['World Nutrition Programme']);
});

test('speakers: "the union said" finds a trade union named as a society or a federation, "the bloc said" a community of states, "the force said" a police force, by full name behind an acronym', () => {
  const union = 'Rail strikes loom.\n\nThe Associated Society of Train Drivers (ASTD) called a ban. The union said the ban was "a last resort".';
  assert.deepEqual(speakersLinked(union), ['Associated Society of Train Drivers']);
  const bloc = 'Talks stalled.\n\nThe Economic Community of Coastal States (ECOCS) met in Accra. Later, ECOCS called for calm. In a statement, the bloc urged both sides to show "restraint and patience".';
  assert.deepEqual(speakersLinked(bloc), ['Economic Community of Coastal States']);
  // ("the agency" for a board; a modifier the union's name lacks names no union)
  const board = 'Ships were tracked.\n\nThe Coast and Border Board (CBB) followed the vessel. "No law was broken," the agency said.';
  assert.deepEqual(speakersLinked(board), ['Coast and Border Board']);
  const force = 'Police closed the case.\n\nNorth Weald Police reviewed the file. In a statement on Wednesday, the force said: "Officers carefully considered the evidence."';
  assert.deepEqual(speakersLinked(force), ['North Weald Police']);
  const drivers = 'Rail strikes loom.\n\nThe National Union of Rail Workers called a strike. The drivers\' union said the ban was "a last resort".';
  assert.deepEqual(speakersLinked(drivers), [null]);
});

test('quotes: a title in another language, capitalised on its first word only, is a work\'s title; a sentence in another language stays a quotation', () => {
  assert.deepEqual(quotes('Awards were given.\n\nShe won for her second feature, “La casa de los pájaros”, a drama about three sisters.'), []);
  assert.deepEqual(quotes('Awards were given.\n\nThe jury prize went to "Das Zimmer am Ende des Flurs" by Jonas Albrecht.'), []);
  assert.deepEqual(quotes('Votes were counted.\n\nThat evening Aminata Diallo wrote on X: “Le Sénégal a voté dans la paix.”').map(q => q[0]), ['Le Sénégal a voté dans la paix.']);
  assert.deepEqual(quotes('Fans marched.\n\nThe crowd chanted "Orchard, vete ya" for an hour.').map(q => q[0]), ['Orchard, vete ya']);
});

test('speakers: a title with its remit in lowercase before the name after a quote; "the statement added" after "the company said" in a statement; a quoted term leaves a lead-in sentence one', () => {
  assert.deepEqual(speakers('Cricket news.\n\n"Contact will not be tolerated," league general manager of cricket operations Rohan Iyer said.'), ['Rohan Iyer']);
  const statement = 'Care news.\n\nBrookfield Lodge is run by Ashdale Care Group. In a statement read to the inquest by its solicitor, the company said it had "fully co-operated" with the Care Quality Commission (CQC). "We are deeply sorry," the statement added.';
  assert.deepEqual(speakersLinked(statement), ['Ashdale Care Group', 'Ashdale Care Group']);
  const leadIn = 'Regulators met.\n\nRivals complained. At a press conference later that day, Annika Sjöberg said the case had shaped the rules for the largest "gatekeeper" platforms.\n\n"We learned from this case that the market does not wait for us."';
  assert.deepEqual(speakersLinked(leadIn), ['Annika Sjöberg']);
});

test('speakers: after the quote, a description, then a name with a title\'s abbreviation and its full stop ("Dr. Ana Ruiz"), then the verb and more', () => {
  assert.deepEqual(speakers('Astronomy news.\n\n“We did not expect it,” the study’s lead author, Dr. Ilse Marek, said at a briefing in Brno on Tuesday.'), ['Ilse Marek']);
  assert.deepEqual(speakers('"We will appeal," the union\'s lawyer, Prof. Tomasz Lis, told reporters outside the court.'), ['Tomasz Lis']);
});

test('speakers: "citing UN reports of torture" after a quote names no speaker; "the company wrote on Instagram:" is a company named before it, not the platform', () => {
  assert.deepEqual(speakersLinked('Rights groups objected.\n\nAmnesty International said the bloc was "outsourcing its borders," citing UN reports of abuse.'), ['Amnesty International']);
  assert.deepEqual(speakersLinked('Talks.\n\nKarsa Rail runs the line. After delays on Saturday, the company wrote on Instagram on Sunday: “Trains run on time today.”'), ['Karsa Rail']);
});

test('speakers: a description, then a body\'s name with "the" in apposition, then the verb ("The third partner, the Deccan Congress, said")', () => {
  assert.deepEqual(speakersLinked('Talks.\n\nThe third partner, the Deccan Congress, said in a statement that the alliance needed "one candidate in every seat" before the vote.'), ['Deccan Congress']);
});

test('speakers: "dismissed X as", "hailed X as", "branded X": verbs of judging introduce a quote, and what they judge is no speaker', () => {
  assert.deepEqual(speakersLinked('Talks.\n\nParty spokesperson Ravi Menon dismissed the pact as "a marriage of convenience" and said his party would "fight every seat".'), ['Ravi Menon', 'Ravi Menon']);
  assert.deepEqual(speakersLinked('Talks.\n\nThe Polish minister described the EU court ruling as "the end of a dark chapter".'), [null]);
  assert.deepEqual(speakersLinked('Talks.\n\nOla Berg hailed the NATO decision as "a good day for Europe".'), ['Ola Berg']);
});

test('speakers: a surname inside a longer name or word in the quote does not name its bearer ("my mother in Hà Nội" is no mention of Ms Hà)', () => {
  const text = 'Launch.\n\nProfessor Mai Sato, who led the team, said it worked.\n\nNguyễn Thị Thu Hà, a student, said she had watched the launch.\n\n“I called my mother in Hà Nội straight away,” she said.';
  assert.deepEqual(speakersLinked(text), ['Nguyễn Thị Thu Hà']);
});

test('speakers: who "addressed the crowd" speaks the quote that opens the next paragraph', () => {
  assert.deepEqual(speakersLinked('Farmers marched.\n\nBack in Eldoret, Amina Wekesa, who chairs the Uasin Gishu branch of the growers union (UGU), addressed the crowd from the back of a pickup truck.\n\n"We are not against the government. We want a fair price.\n\n"If the board will not pay, the brokers will come."'), ['Amina Wekesa', 'Amina Wekesa']);
});

test('quotes: the titles in a list of sources, each followed by a dash, its publisher and a date, are no quotations', () => {
  const text = 'Headline\n\nAnna Berg said: "We are ready."\n\nSources\n\n"Ferry operator cuts winter sailings to Orkney" – Shetland Times, March 3, 2026\n "Veerdienst schrapt afvaarten" — Dagblad Noord, 3 maart 2026\n';
  assert.deepEqual(quotes(text), [['We are ready.', 'Anna Berg']]);
  // (no name inside a source's title is a mention either)
  assert.ok(!analyzeArticle(text).mentions.some(m => m.text === 'Orkney'));
  // an epigraph with its speaker after a dash, and no date, stays a quotation
  assert.deepEqual(quotes('Headline\n\n"So far, it is two to nil. But it is a long game." - Matthew Ingram\n\nMore text.').map(q => q[0]), ['So far, it is two to nil. But it is a long game.']);
});

test('speakers: "he" or "she" stands for no body, and a body after "with the" is no subject of a verb after it', () => {
  const found = speakers('Headline\n\nIlse Marten runs the ferry line.\n\n"Our crews did everything right," Marten told reporters on Monday. She added that the line would "cooperate fully" with the NTSB and hoped to sail "as soon as the inspectors allow".');
  assert.deepEqual(found.slice(0, 2), ['Marten', 'Marten']);
  // (the second partial quote after "hoped" is not the board's either; it is left without a speaker)
  assert.notEqual(found[2], 'NTSB');
});

test('speakers: a name opening a clause after "while" or "but", with a body in its appositive, speaks', () => {
  assert.deepEqual(speakers('Headline\n\nTomas Reyes, a councillor, praised the plan as "bold," while Lucia Ferro, a senator from the opposition Civic Union (UC), accused the mayor of "governing by decree".'),
    ['Tomas Reyes', 'Lucia Ferro']);
});

test('speakers: a byline\'s writer speaks for no one; a role and its relative clause after the quote, then the verb, name the speaker', () => {
  assert.deepEqual(speakers('Steelmaker admits it\nMonday, June 3, 2019\nBy Haruka Ono\n\nTOKYO — The steelmaker admitted it had falsified data, blaming what he called "a culture of silence" in the boardroom.'), [null]);
  assert.deepEqual(speakers('Headline\n\nMayor Halina Wrześniewska called the vote a waste. “I was elected to build,” the mayor, who has not said whether she will run again, added.'), ['Halina Wrześniewska']);
});

test('speakers: a headline quote given to a body before a noun for its leader goes to the person the body quotes with its words', () => {
  assert.deepEqual(speakers('Havenbond leader vows ‘no retreat’ as port strike spreads\nThursday, November 17, 2016\n\nROTTERDAM — "They sold it," Ruud Verhoeven, the Havenbond union\'s regional leader, told strikers. "There will be no retreat."'),
    ['Ruud Verhoeven', 'Ruud Verhoeven', 'Ruud Verhoeven']);
});

test('speakers: a Vietnamese name\'s gender is its last word\'s, the given name, not the family name first', () => {
  const a = analyzeArticle('Headline\n\nIn Beijing, Gao Wenbo, a spokesman, said it was lawful.\n\nLê Quang Đức, director of a seafood company, said buyers were nervous. “Every time there is news like this, our customers ask,” Đức said.\n\nHe added: “We have lost two contracts this year.”');
  assert.deepEqual(a.quotes.map(q => q.speakerText), ['Đức', 'Đức']);
});

test('speakers: "the post read" is the body that posted on its account; "the statement said" of an unnamed issuer has no speaker', () => {
  assert.deepEqual(speakers('Headline\n\nIgnacio Muñoz, a student leader, spoke on Monday. "We march," he said.\n\nThe FEVal said on its Twitter account that it would call a fourth march. "We are not tired," the post read.\n\nThe ministry issued a statement on Tuesday. "The reform stands," the statement said.'),
    ['Ignacio Muñoz', 'FEVal', null]);
});

test('speakers: an unnamed role with a relative clause before its verb speaks, not the person named before it', () => {
  assert.deepEqual(speakers('Headline\n\nThe crew\'s lawyer, Henrik Aasvik, said the captain would appeal.\n\nOn the quayside, a crew member who declined to give his name said the men were treated well. "The coast guard gave us coffee," he said.'),
    [null]);
});

test('speakers: a person named in full is not told a gender by another bearer of the surname, nor by a particle opening a surname', () => {
  assert.deepEqual(speakers('Headline\n\nAmong the dead was Wellington Moraes dos Anjos, 19. Prosecutor Márcio Azevedo spoke first.\n\nLuzia Moraes dos Anjos wept as the verdict was read. “They called my son a bandit,” she said.'),
    ['Luzia Moraes dos Anjos']);
  assert.deepEqual(speakers('Headline\n\nThe panel, led by Marieke van der Heijden and including Sanne de Vries, ruled. Reading the ruling, Van der Heijden spoke. “A bank is not a bystander,” she said.'),
    ['Van der Heijden']);
});

test('speakers: "the release said" is the body that issued the press release, not the person named since', () => {
  assert.deepEqual(speakers('Headline\n\nMonday, June 9, 2025\n\nThe Gozo Civic Forum, a watchdog, issued a press release on Monday calling for an inquiry. "For five weeks, ministers handed out grants," the release said. "The commissioner must act." Prime Minister Daniel Borg called the election in April.'),
    ['Gozo Civic Forum', 'Gozo Civic Forum']);
});

test('speakers: after "asked X whether ...", "he replied" is the one asked, not the last man the question names', () => {
  assert.deepEqual(speakers('Headline\n\nWednesday, April 16, 2025\n\nTamás Orbán, a translator, knew the poet Béla Kertai for decades.\n\nWikinews asked Orbán whether Kertai would be read abroad. "Less than he deserves," he replied. "Translation hid him."'),
    ['Orbán', 'Orbán']);
});

test('speakers: "That was the view of X" and "The words were those of X" after a quote name its speaker', () => {
  assert.deepEqual(speakers('Headline\n\nMonday, June 9, 2025\n\nThe Varnek Press Club welcomed the ruling. “It will be quoted in every court in the land.” That was the view of Meera Koshy, a lawyer.\n\n"He checked every fact three times." The words were those of Tomás Ibarra, the weekly\'s editor.'),
    ['Meera Koshy', 'Tomás Ibarra']);
});

test('speakers: "the unit wrote" is the body with "Unit" in its name; an appositive after a question mark; "That warning came from X", "Those words, from X\'s statement"', () => {
  assert.deepEqual(speakers('Headline\n\nMonday, June 9, 2025\n\nThe Varnek Revenue Intelligence Unit froze 212 accounts. "Following the money was decisive," the unit wrote.'), ['Varnek Revenue Intelligence Unit']);
  assert.deepEqual(speakers('Headline\n\nMonday, June 9, 2025\n\nThe hearing opened late. "Where did the vials go?" Senator Ramon Tagle, chairman of the health committee, asked.'), ['Ramon Tagle']);
  assert.deepEqual(speakers('Headline\n\nMonday, June 9, 2025\n\nNurses marched on Monday. “The hospitals can wait out a strike.” That warning came from Kim Do-yun, a former director.\n\n“Every day a patient pays more.” Those words, from Kim\'s opening statement, drew applause.'),
    ['Kim Do-yun', 'Kim']);
});

test('speakers: a headline\'s one quoted word before a noun is a quotation when the body quotes the word, and takes that quote\'s speaker', () => {
  assert.deepEqual(speakers('Lawmakers open inquiry into ‘abusive’ drug prices\n\nMonday, May 5, 2025\n\nThe commission opened an investigation into what its chairman, Deputy Tomás Llancao, called "abusive" prices for common medicines.'),
    ['Tomás Llancao', 'Tomás Llancao']);
});

test('speakers: "She was blunt:" before a quote is the woman just named; "the note said" is the note\'s issuer; "She was told:" is no one', () => {
  assert.deepEqual(speakers('Headline\n\nMonday, May 5, 2025\n\nNadia Orlov, the city\'s IT director, urged residents to be wary of calls. She was blunt: "These groups will use whatever they can."\n\nAnalysts at Varnek Capital said in a note that the margin was wide. "The national read-through is positive," the note said.\n\nAnna Berg met the minister. She was told: "You will wait."'),
    ['Nadia Orlov', 'Varnek Capital', null]);
});

test('speakers: "the regulator said" is the public body named before, not the company it regulates', () => {
  assert.deepEqual(speakers('Headline\n\nMonday, May 5, 2025\n\nThe Varnek Competition Authority opened an investigation into Orbitek Inc on Monday. The regulator said the merger "raises serious doubts" about prices.'),
    ['Varnek Competition Authority']);
});

test('speakers: a headline\'s one quoted word that the body quotes inside a longer quotation is that quotation\'s speaker\'s, not the headline\'s company\'s', () => {
  assert.deepEqual(speakers('Tarrow Water shares slump after judge finds \'systematic\' sewage failures\n\nMonday, May 5, 2025\n\nJustice Ann Hale rejected the company\'s argument, finding that its failures had been "systematic and avoidable" over nearly a decade.'),
    ['Ann Hale', 'Ann Hale']);
});

test('speakers: "according to" a body with a long name, before the quote or ending the sentence after it', () => {
  assert.deepEqual(speakers('According to the Northern Coastal Fisheries and Ice Research Centre (NCFIRC) in Tromsø, the ice "has reached its minimum" this week.'),
    ['Northern Coastal Fisheries and Ice Research Centre']);
  assert.deepEqual(speakers('Lorries wait "an average of 31 hours" at the Varkosi border crossing alone, according to the Kavrani Revenue Authority (KRA).'),
    ['Kavrani Revenue Authority']);
});

test('speakers: "said a spokeswoman for the agency X, Name," names the spokeswoman far after the verb; "She summed up ... in one sentence:" is a clause of its own', () => {
  assert.deepEqual(speakers('"Our goal is fewer cars," said a spokeswoman for the state agency Visit Norland, Kari Brenne, adding that it was fine.'), ['Kari Brenne']);
  assert.deepEqual(speakersLinked('Headline\n\nEmma Lind, an office manager from Gothenburg, was soaking in the pools. She summed up the appeal in one sentence: "There is no casino, and that is why I came."'), ['Emma Lind']);
});

test('speakers: "said the 24-year-old" after the quote is the person the article named last, as "the 49-year-old said" is', () => {
  assert.deepEqual(speakersLinked('Headline\n\nA late header from Tomás Varela sealed the win, and it was Varela\'s night.\n\n"I just closed my eyes and jumped," said the 24-year-old, who grew up nearby. "My father was in the stand today."'),
    ['Tomás Varela', 'Tomás Varela']);
});
