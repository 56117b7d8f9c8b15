import gazetteer from './data/gazetteer.json';
import lexicon from './data/lexicon.json';
import names from './data/names.json';
import commonWords from './data/words.json';
import { detached, rememberedPerWord } from './detached';
import { fold, foldOnce } from './fold';
import { known, major, firstWordFilter } from './known';

// fold has no data, and the linker needs only the names known to the data: they live in fold.ts
// and known.ts, so that the LSP thread, which only folds, and the link worker, which also looks
// names up, do not build the analysis's tables (word lists, given names and surnames, demonyms).
export { fold };
export { lookup, sameGivenName, nameParticles, orgCanonical, orgContext, isCityName, isCountryName, featureName, type KnownName } from './known';

// Towns of 15,000 to 50,000 people whose names are no ordinary word or person's name ("Moline",
// "Svendborg"): a hint for the typer, never a place for certain (build-gazetteer.mjs says more).
const smallTowns = new Map<string, string>();
for (const p of gazetteer.smallTowns) { const k = fold(p); if (!known.has(k) && !smallTowns.has(k)) smallTowns.set(k, p); }
/** The canonical name of a small town spelled `name`, if the data lists one. */
export const smallTown = (name: string): string | undefined => smallTowns.get(fold(name));
// GeoNames' villages, one word each, that no other list has and that are no ordinary word or
// person's name ("Alcolea", "Dobbiaco"): read only where the text already puts a place. They are a
// file of their own, read the first time one is asked about (the threads that only look names up
// never load it), and kept as one sorted string with the offsets of its lines, searched by halves:
// 75,000 names are some 2 MB so, against 8 MB as a Set of strings. The towns of two words or more
// (below) are a second such string in the same file.
interface SortedNames { all: string; at: Uint32Array }
let villages: SortedNames | undefined, towns: SortedNames | undefined;
// (the build folded, deduplicated and sorted each list: only the offsets of its lines are counted here)
function sortedNames(lines: string): SortedNames {
  const all = lines + '\n';
  let n = 0;
  for (let i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', i + 1)) n++;
  const at = new Uint32Array(n + 1);
  for (let i = all.indexOf('\n'), k = 1; i >= 0; i = all.indexOf('\n', i + 1)) at[k++] = i + 1;
  return { all, at };
}
type VillageFile = { villages: string; towns: string };
function loadVillages(): void {
  const file = require('./data/villages.json') as VillageFile;
  villages = sortedNames(file.villages);
  towns = sortedNames(file.towns);
}
// (the lines are compared where they lie, code unit by code unit as "<" compares strings: a lookup
// makes no substring, and its fold is not kept, the stretches asked about being mostly people's
// names that are asked about once)
function listed({ all, at }: SortedNames, name: string): boolean {
  const key = foldOnce(name);
  let lo = 0, hi = at.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, c = compareLine(all, at[mid], at[mid + 1] - 1, key);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}
/** all.slice(start, end) compared with key: negative, zero or positive, as the strings order. */
function compareLine(all: string, start: number, end: number, key: string): number {
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const d = all.charCodeAt(start + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return (end - start) - key.length;
}
export const isVillage = (name: string): boolean => { if (!villages) loadVillages(); return listed(villages!, name); };
// GeoNames' towns and villages named in two to four words that no other list has ("Pedrógão
// Grande", "Flin Flon"): read only where the typer guessed a person, or nothing, for the stretch.
export const isTownOfWords = (name: string): boolean => { if (!towns) loadVillages(); return listed(towns!, name); };

// Brands with a logo in simple-icons, one word each, no ordinary word, name or place ("Netflix",
// "Hyundai"): a company or a platform when nothing in the article says otherwise.
const brands = new Set(gazetteer.brands);
export const isBrand = (word: string) => brands.has(word);
const orgAcronyms = new Set<string>(gazetteer.orgAcronyms);
/** A body, company or team that compromise's lexicon knows by a word it writes in capitals here ("NASA", "FIFA", "UNESCO"). */
export const isOrgAcronym = (word: string) => orgAcronyms.has(word);

// Words that open or close a sports club's name after or before its town's: "Real Madrid",
// "Sporting Lisbon", "Leeds United", "Manchester City", "Bristol Rovers".
const clubLeads = new Set(lexicon.clubLeads), clubTails = new Set(lexicon.clubTails);
/** Words that open the names of bodies in other European languages: "Partido dos Trabalhadores", "Banco de España". */
const foreignOrgLeads = new Set(lexicon.foreignOrgLeads);
export const isForeignOrgLead = (word: string) => foreignOrgLeads.has(word);
export const isClubLead = (word: string) => clubLeads.has(word);
export const isClubTail = (word: string) => clubTails.has(word);
const companyTails = new Set(lexicon.companyTails);
/** A word that closes a company's name by its legal form or its trade ("Corp", "Holdings", "Therapeutics"). */
export const isCompanyTail = (word: string) => companyTails.has(word);
const tradeTails = new Set(lexicon.tradeTails);
/** A word of trade that closes a company's name after a word no dictionary has ("Hanamura Electric", "Alliant Energy"). */
export const isTradeTail = (word: string) => tradeTails.has(word) || companyTails.has(word);
// (and any subdivision on CLDR's list that no other list has, which leaves out the United States'
// states: "Rakhine State", "Shan State", "Kassala State")
const statesNamedState = new Set([...gazetteer.statesNamedState, ...gazetteer.regions]);
/** "Edo State", "Rakhine State": a state that English names with the word "State" (Nigeria's, Myanmar's; "Ohio State" is a university). */
export const isStateNamedState = (name: string) => statesNamedState.has(name);
const sports = new Set(lexicon.sports);
/** A sport's name, capitalised ("Cricket", "Swimming"). */
export const isSport = (word: string) => sports.has(word);
const countryBodyWords = new Set<string>(lexicon.countryBodyWords);
/** A sector's word that names a country's national body beside the country's name: "Tourism" in "Tourism Ireland". */
export const isCountryBodyWord = (word: string) => countryBodyWords.has(word);

/** A country, capital, continent, region or province (not only a town from the city list). */
export const isMajorPlace = rememberedPerWord(name => major.has(fold(name)));
const countriesWithAnd = new Set(gazetteer.countries.flatMap(c => [c.name, ...c.aliases]).filter(n => n.includes(' and ')).map(fold));
/** A country whose name holds "and" ("Bosnia and Herzegovina", "Trinidad and Tobago"). */
export const isCountryWithAnd = (name: string) => countriesWithAnd.has(fold(name));

const titleSet = new Set(lexicon.titles.map(t => t.toLowerCase()));
/**
 * One-word abbreviations with a full stop that come before a name: the titles' ("Rev.", "Sens.",
 * "Adm.") and "Bros." (the tokenizer reads some of them as a word and the end of a sentence).
 */
export const nameAbbreviations: readonly string[] = [...lexicon.titles, ...lexicon.orgHeads]
  .filter(t => /^\p{Lu}\p{Ll}+\.$/u.test(t) && (lexicon.titles.includes(t) || t === 'Bros.')).map(t => t.slice(0, -1));
const titleWords = new Set(lexicon.titles.flatMap(t => t.toLowerCase().split(/\s+/)));
export const maxTitleWords = Math.max(...lexicon.titles.map(t => t.split(/\s+/).length));
export const isTitle = (phrase: string) => (wordClass(phrase) & TITLE) !== 0;
const titleFirstWords = new Set(lexicon.titles.map(t => t.toLowerCase().split(' ')[0]));
/** Whether a title can start with this word (a single word, without spaces): most words cannot. */
export const isTitleStart = (word: string) => (wordClass(word) & TITLE_START) !== 0;
export const isTitleWord = (word: string) => titleWords.has(word.toLowerCase());

const titleModifiers = new Set(lexicon.titleModifiers.map(t => t.toLowerCase()));
/** A word that can stand before a title and belongs to it: "Deputy", "Acting", "Outgoing". */
export const isTitleModifier = (word: string) => (wordClass(word) & TITLE_MODIFIER) !== 0;
const remitWords = new Set(lexicon.remitWords.map(t => t.toLowerCase()));
/** A word naming the remit of an office or a body: "Education" in "Minister of Education", "Relations" in "Council on Foreign Relations". */
export const isRemitWord = (word: string) => (wordClass(word) & REMIT) !== 0;
/** Lowercase nouns after which a name is a news medium: "al-Arabiya television". */
export const mediaNouns = lexicon.mediaNouns;
const typeNouns = new Map<string, 'ORG' | 'PLACE'>([
  ...lexicon.typeNouns.ORG.map(w => [w, 'ORG'] as const), ...lexicon.typeNouns.PLACE.map(w => [w, 'PLACE'] as const),
]);
/** The type a lowercase noun gives the name right before it ("the Wagner group", "the Donetsk region"). */
export const typeNounOf = (word: string) => typeNouns.get(word);
const orgLeads = new Set(lexicon.orgLeads.map(t => t.toLowerCase()));
/** A word that opens the name of a body: "Radio Free Asia", "Voice of America". */
export const isOrgLead = (word: string) => (wordClass(word) & ORG_LEAD) !== 0;

const orgHeads = new Set(lexicon.orgHeads.map(h => h.toLowerCase()));
const ordinaryWords = new Set<string>(commonWords.words);
/** The head words that are English words and so have plurals. */
const headPlurals = new Set([...orgHeads].filter(h => ordinaryWords.has(h)));
const placeHeads = new Set(lexicon.placeHeads.map(h => h.toLowerCase()));
export const isOrgHead = (word: string) => (wordClass(word) & ORG_HEAD) !== 0;
const legislatures = new Set(lexicon.legislatures.map(h => h.toLowerCase()));
/** A chamber or cabinet that news names by its head word alone: "the Senate voted", "Parliament". */
export const isLegislature = (word: string) => (wordClass(word) & LEGISLATURE) !== 0;
/**
 * A head word or its plural ("Homeland Security Departments", "Regional Councils"); only an English
 * word makes one ("Dumas" is a surname, not two Dumas, and "Radas" or "Sas" no plural).
 */
export const isOrgHeadOrPlural = (word: string) => isOrgHead(word) || (/s$/.test(word) && headPlurals.has(word.toLowerCase().slice(0, -1)));
const eventHeads = new Set(lexicon.eventHeads.map(h => h.toLowerCase()));
export const isEventHead = (word: string) => (wordClass(word) & EVENT_HEAD) !== 0;
const eventOnlyHeads = new Set(lexicon.eventOnlyHeads);
/** The last word of a name that is only ever an event's, with no body holding it: "Paris Air Show", "Super Bowl". */
export const isEventOnlyHead = (word: string) => eventOnlyHeads.has(word);
const eventLeads = new Set<string>(lexicon.eventLeads);
/** One or two words that open an event's name: "Storm Ciaran", "Tropical Storm Alberto", "Operation Barbarossa". */
export const isEventLead = (words: string) => eventLeads.has(words);
const eventLeadStarts = new Set<string>([...eventLeads].map(w => w.split(' ')[0]));
/** The first word of an event lead, asked before a lead's words are joined. */
export const isEventLeadStart = (word: string) => eventLeadStarts.has(word);
export const placeCues = lexicon.placeCues;
const facilityHeads = new Set<string>(lexicon.facilityHeads);
/** The last word of a building's or a site's name: "Kennedy Space Center", "Wembley Stadium". */
export const isFacilityHead = (word: string) => facilityHeads.has(word);
const centreBodyWords = new Set<string>(lexicon.centreBodyWords);
/** "Research Centre", "Medical Center", "Art Center": a centre named for its work is a body, not a building. */
export const isBodyCentre = (before: string, word: string) => (word === 'Center' || word === 'Centre') && centreBodyWords.has(before);
const venueCentreWords = new Set<string>(lexicon.venueCentreWords);
/** "Convention Centre", "Shopping Center": a venue, a building and no entity (ANNOTATION.md: buildings are no places). */
export const isVenueCentre = (before: string, word: string) => (word === 'Center' || word === 'Centre') && venueCentreWords.has(before);
const newspaperHeads = new Set<string>(lexicon.newspaperHeads);
/** The last word of a newspaper's name before "on Sunday": "The Mail on Sunday", "The Independent on Sunday". */
export const isNewspaperHead = (word: string) => newspaperHeads.has(word);
const siteHeads = new Set<string>(lexicon.siteHeads);
/** The last word of a site's name that is never a body's either: "Wembley Stadium", "Heathrow Airport", "Union Station". */
export const isSiteHead = (word: string) => siteHeads.has(word);

/**
 * What the lexicon's word lists say of a word or phrase, as bits, worked out once per distinct
 * string: the tests below are asked of the same capitalised words over and over, and each used to
 * lowercase its word anew.
 */
const TITLE = 1, TITLE_START = 2, TITLE_MODIFIER = 4, REMIT = 8, ORG_LEAD = 16, ORG_HEAD = 32, EVENT_HEAD = 64, PLACE_HEAD = 128, LEGISLATURE = 256;
// ("Vice-Minister of National Defence", "Deputy-Governor": a title with "vice" or "deputy"
// hyphened onto it is a title, as it is written apart)
const HYPHENED_RANK = /^(?:vice|deputy)-(?=\p{L})/u;
const wordClass = rememberedPerWord(word => {
  const w = word.toLowerCase(), t = w.replace(HYPHENED_RANK, '');
  return (titleSet.has(w) || titleSet.has(t) ? TITLE : 0) | (titleFirstWords.has(w) || titleFirstWords.has(t) ? TITLE_START : 0) | (titleModifiers.has(w) ? TITLE_MODIFIER : 0) |
    (remitWords.has(w) ? REMIT : 0) | (orgLeads.has(w) ? ORG_LEAD : 0) | (orgHeads.has(w) ? ORG_HEAD : 0) |
    (eventHeads.has(w) ? EVENT_HEAD : 0) | (placeHeads.has(w) ? PLACE_HEAD : 0) | (legislatures.has(w) ? LEGISLATURE : 0);
});
export const isPlaceHead = (word: string) => (wordClass(word) & PLACE_HEAD) !== 0;

// Religions and their followers are no entities (the guidelines treat "Muslims" as a demonym).
const notEntities = new Set([...lexicon.notEntities, ...lexicon.religions].map(fold));
const mayBeNotEntity = firstWordFilter(notEntities);
// ("told MPs", "MEPs voted": an acronym's plural is a kind of person or thing, never one entity)
export const isNotEntity = rememberedPerWord(phrase => mayBeNotEntity(phrase) && notEntities.has(fold(phrase)) || /^\p{Lu}{2,5}s$/u.test(phrase));

/** First words of geographic names: "Mount Everest", "Lake Tanganyika", "Cape Horn", "Port Harcourt". */
export const placeLeads = new Set(lexicon.placeLeads);
/** Of those, the ones many companies are named with too ("Serra Dourada", "Cordillera Shale"): a place's only with a particle after ("Serra da Estrela"). */
export const placeLeadsBeforeParticle = new Set(lexicon.placeLeadsBeforeParticle);
/** Nouns for an unnamed person that a relative clause may follow before the verb: "a crew member who declined to give his name said". */
export const unnamedRoles = new Set(lexicon.unnamedRoles);
/** Definite articles of other languages that open the names of newspapers and works ("Le Monde", "Der Spiegel", "El País"). */
export const foreignArticles = new Set(lexicon.foreignArticles);
export const speechVerbs = new Set(lexicon.speechVerbs);
/** Nouns for what someone says: "Her message to residents was simple:" speaks for her. */
export const speechNouns = new Set(lexicon.speechNouns);
/** speechVerbs.has(w.toLowerCase()), remembered per word as written (asked of the word after every capital). */
export const isSpeechVerb = rememberedPerWord(w => speechVerbs.has(w.toLowerCase()));
export const personPronouns = new Set(lexicon.pronouns.person);
/** Nouns for sources with no name ("officials", "a spokesman"): "Police officers said" names no speaker. */
export const unnamedSources = new Set(lexicon.unnamedSources);
/** Nouns that stand for an organization named before ("the company said", "said the ministry"). */
export const bodyNouns = new Set([...lexicon.bodyNouns.named, ...lexicon.bodyNouns.any]);
/** Those of them that may stand for any organization, whatever its name ("the company" for Acme). */
export const anyBodyNouns = new Set(lexicon.bodyNouns.any);
/** Those that stand only for a body with the noun in its name ("the ministry", "the court"). */
export const namedBodyNouns = new Set(lexicon.bodyNouns.named);
/** Nouns a title or a motto follows in quotation marks ("the song", "the slogan"). */
export const workNouns: readonly string[] = lexicon.workNouns;
/** Short words a title in Title Case keeps in lowercase ("Scientology vs. the Internet"). */
export const titleFunctionWords = new Set(lexicon.titleFunctionWords);
export const roleNouns = new Set(lexicon.roleNouns);
/** Lowercase nouns for people: "Icelandic singer Björk", "striker Haaland". */
export const personNouns = new Set<string>(lexicon.personNouns);
/** Nouns for a person by their kin or their place beside another: "his son", "the king's widow", "her successor". */
export const kinNouns = new Set<string>(lexicon.kinNouns);
/** What a party has, after its adjective: "the Socialist candidate", "the Liberal government", "the Green vote". */
export const partyNouns = new Set<string>(lexicon.partyNouns);
/** Participles that read as prepositions: "Following", "Including". */
export const participlePrepositions = new Set<string>(lexicon.participlePrepositions);
/** Prepositions that wink may tag as adjectives or adverbs at a sentence's start ("Outside", "Despite"). */
export const openingPrepositions = new Set<string>(lexicon.openingPrepositions);
/** Words for people and work at a university: "a professor at Harvard". */
export const academicCues = new Set<string>(lexicon.academicCues);

// (with the nouns for one person of a people that the packages lack: "the Pole told reporters", "the Dutchman won")
const nationalityWords = new Set([...gazetteer.nationalities, ...lexicon.demonymNouns].map(n => n.toLowerCase()));
const languageNames = new Set<string>(gazetteer.languages);
/** A language's English name, as written: "Arabic", "Amharic", "English" (CLDR, in the gazetteer). */
export const isLanguage = (w: string) => languageNames.has(w);
const placeStems: string[] = [...new Set([
  ...gazetteer.countries.flatMap(c => [c.name, ...c.aliases]),
  ...gazetteer.continents, ...lexicon.placeNames, ...lexicon.formerStates.map(f => f.name),
].filter(n => /^[\p{L} ]+$/u.test(n) && n.length > 3).map(n => n.toLowerCase()))];
const DEMONYM_SUFFIX = /^(?:n|an|ian|ean|ese|ish|i|ic|ite|er|ine)$/;
// States, provinces and regions make regional adjectives too ("Bavarian", "Californian",
// "Sicilian"), with the commonest suffixes only: there are thousands of them, and "Guarda" + "ian"
// or "Orde" + "r" would make words that are no demonyms.
const regionStems: string[] = [...new Set([...gazetteer.provinces, ...gazetteer.regions]
  .filter(n => /^\p{L}+$/u.test(n) && n.length > 4).map(n => n.toLowerCase()))].filter(n => !placeStems.includes(n));
const REGION_DEMONYM_SUFFIX = /^(?:n|an|ian|ese)$/;
/**
 * The bases a demonym is made from (the stem, and the stem without its final vowel, "-ia", "-ium"
 * or "-istan"), of at least `min` letters, by their first letter: a word is tried only against the
 * stems that begin as it does, and no base is made again for each word.
 */
function demonymBases(stems: readonly string[], strip: RegExp, min: number): Map<number, { base: string; stem: string }[]> {
  const out = new Map<number, { base: string; stem: string }[]>();
  for (const stem of stems) {
    for (const base of new Set([stem, stem.replace(strip, '')])) {
      if (base.length < min) continue;
      const k = base.charCodeAt(0);
      (out.get(k) ?? out.set(k, []).get(k)!).push({ base, stem });
    }
  }
  return out;
}
const placeBases = demonymBases(placeStems, /(?:[aeiouy]|ia|ium|istan)$/, 3);
const regionBases = demonymBases(regionStems, /(?:[aeiouy]|ia)$/, 4);
const surnameSet = new Set<string>(names.surnames);

/**
 * A nationality or regional adjective ("Ukrainian", "Latin American", "Argentinian"): from
 * i18n-nationality's list, or a place name from the gazetteer plus a demonym suffix, with the
 * place's final vowel or "-y" dropped ("Hungary" → "Hungar-ian", "Argentina" → "Argentin-ian").
 */
const nationalityMemo = new Map<string, boolean>();
const givenNames = new Set<string>(names.given);
/** A letter with an accent (Latin-1 and Latin Extended-A/B): only such words are asked without their accents. */
const ACCENTED = /[\u00C0-\u024F]/;
/** A word without its accents, its case kept: "Seán" → "Sean", "Kristín" → "Kristin". */
const unaccented = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
/**
 * A given name in the name data (many scripts), as written ("Maria", "Łukasz"), or with accents
 * the data's spelling lacks ("Seán", "Ciarán", "Kristín": the data has "Sean", "Ciaran", "Kristin").
 * (remembered per word: asked of the same capitalised words over and over)
 */
export const isGivenName = rememberedPerWord(w => givenNames.has(w) || ACCENTED.test(w) && givenNames.has(unaccented(w)));
const womensNames = new Set<string>(names.female), mensNames = new Set<string>(names.male);
/** The sex a given name tells, when the name data only ever lists it for one ("Maria", "Joe"): 'f', 'm' or null. */
export const givenNameGender = (w: string): 'f' | 'm' | null => {
  const g = womensNames.has(w) ? 'f' : mensNames.has(w) ? 'm' : null;
  if (g || givenNames.has(w) || !ACCENTED.test(w)) return g;
  const u = unaccented(w);
  return womensNames.has(u) ? 'f' : mensNames.has(u) ? 'm' : null;
};
export function isNationality(phrase: string): boolean {
  let v = nationalityMemo.get(phrase);
  if (v === undefined) { v = computeNationality(phrase); if (nationalityMemo.size < 50000) nationalityMemo.set(detached(phrase), v); }
  return v;
}
function computeNationality(phrase: string): boolean {
  const p = phrase.toLowerCase();
  if (nationalityWords.has(p)) return true;
  // The plural of one names the people: "Afghans", "Israelis", "Canadians".
  if (p.length > 4 && p.endsWith('s') && !p.endsWith('ss') && computeNationality(phrase.slice(0, -1))) return true;
  if (!/^[a-z ]+$/.test(p) || p.length < 5) return false;
  // "Francis", "Ghani", "Malin": a given name is no demonym made from a country's name
  if (isGivenName(phrase) || phrase.endsWith('s') && isGivenName(phrase.slice(0, -1))) return false;
  for (const { base, stem } of placeBases.get(p.charCodeAt(0)) ?? []) {
    if (p.startsWith(base) && p !== stem && DEMONYM_SUFFIX.test(p.slice(base.length))) return true;
  }
  if (ordinaryWords.has(p) || surnameSet.has(phrase)) return false;
  for (const { base, stem } of regionBases.get(p.charCodeAt(0)) ?? []) {
    if (p.startsWith(base) && p !== stem && REGION_DEMONYM_SUFFIX.test(p.slice(base.length))) return true;
  }
  return false;
}

