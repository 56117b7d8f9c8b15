// The names the data knows (places and organizations, nicknames, name particles): all that linking
// needs of the gazetteer, apart from the rest of it (gazetteer.ts), which only the analysis needs.
import gazetteer from './data/gazetteer.json';
import lexicon from './data/lexicon.json';
import features from './data/features.json';
import { rememberedPerWord } from './detached';
import { fold, NON_ASCII } from './fold';

export interface KnownName { type: 'PLACE' | 'ORG'; canonical: string }

export const known = new Map<string, KnownName>();
const add = (name: string, value: KnownName) => { const k = fold(name); if (k && !known.has(k)) known.set(k, value); };

for (const o of lexicon.organizations) { add(o.name, { type: 'ORG', canonical: o.name }); for (const a of o.aliases) add(a, { type: 'ORG', canonical: o.name }); }
const countryNames = new Set<string>();
for (const c of gazetteer.countries) {
  countryNames.add(fold(c.name));
  add(c.name, { type: 'PLACE', canonical: c.name });
  for (const a of c.aliases) add(a, { type: 'PLACE', canonical: c.name });
  if (c.capital) add(c.capital, { type: 'PLACE', canonical: c.capital });
  // "Democratic Republic of Congo", "Republic of Gambia": news often drops the "the" of a country's long name.
  for (const n of [c.name, ...c.aliases]) if (/ of the /i.test(n)) add(n.replace(/ of the /i, ' of '), { type: 'PLACE', canonical: c.name });
}
for (const p of lexicon.placeNames) add(p, { type: 'PLACE', canonical: p });
for (const f of lexicon.formerStates) for (const n of [f.name, ...f.aliases]) add(n, { type: 'PLACE', canonical: f.name });
for (const p of gazetteer.continents) add(p, { type: 'PLACE', canonical: p });
for (const p of gazetteer.provinces) add(p, { type: 'PLACE', canonical: p });
// The places above are countries, capitals, regions and provinces (the bodies are not places); the
// city list below holds many small towns whose names are also surnames ("Lopez", "Lincoln").
export const major = new Set([...known].filter(([, v]) => v.type === 'PLACE').map(([k]) => k));
const cities: Record<string, string> = gazetteer.cities;
const cityCountry = (name: string): string | undefined => Object.prototype.hasOwnProperty.call(cities, name) ? cities[name] : undefined;
/** A name whose only letters beyond ASCII are a romanization's long vowels, dotted, cedilla'd or underlined consonants and ayn/hamza marks ("Rafaḩ"). */
const ONLY_TRANSLITERATION_MARKS = /^[\x00-\x7fāēīōūĀĒĪŌŪḥṣṭḍẓṇṛḤṢṬḌẒṆṚḩḨẖḏḎṯṮẕẔʻʼ]*$/u;
for (const p of Object.keys(gazetteer.cities)) {
  if (p.length < 3) continue;
  // The city list has both spellings ("Lodz" and "Łódź", "Bogota" and "Bogotá"); the place's name
  // keeps its own letters, also where a capital was first known in plain ASCII.
  const k = fold(p), had = known.get(k);
  // Not another country's town of the same letters ("Los Ángeles" in Chile is not Los Angeles), and
  // not a romanization's macrons and dots ("Jalālābād", "Islāmābād"), which English writes without.
  if (had && had.type === 'PLACE' && NON_ASCII.test(p) && !NON_ASCII.test(had.canonical) && !countryNames.has(k)
    && (cityCountry(had.canonical) === undefined || cityCountry(had.canonical) === cityCountry(p)) && !ONLY_TRANSLITERATION_MARKS.test(p)) known.set(k, { type: 'PLACE', canonical: p });
  else add(p, { type: 'PLACE', canonical: p });
}
// Regions from CLDR's subdivision names ("Sicily", "Catalonia"): first-level regions and, for small
// countries, their municipalities, so they rank with the towns.
for (const p of gazetteer.regions) add(p, { type: 'PLACE', canonical: p });
// Places compromise's lexicon knows that no other list has ("Bengaluru", "Danube", "Yorkshire").
for (const p of gazetteer.lexiconPlaces) add(p, { type: 'PLACE', canonical: p });

/**
 * The folded first words of a set of names, and a test that rules a name out by its first word
 * alone: folding a long, new span of text costs far more than folding one word that recurs.
 */
export function firstWordFilter(keys: Iterable<string>): (name: string) => boolean {
  const firsts = new Set<string>();
  for (const k of keys) firsts.add(k.split(' ')[0]);
  return name => {
    const cut = name.search(/[\s\-‐–]/);
    if (cut <= 0) return true;
    const f = fold(name.slice(0, cut));
    return f === '' || firsts.has(f);
  };
}
const mayBeKnown = firstWordFilter(known.keys());
/**
 * No known name is longer than this as written (its folded key, with room for the marks and
 * spellings folding removes): a longer span is ruled out before it is folded, so that asking about
 * every tail of a long run of capitalised words costs the same for each, not ever more.
 */
const MAX_KNOWN_CHARS = 3 * Math.max(...[...known.keys()].map(k => k.length)) + 20;

/**
 * A place or organization the data knows under this exact name (folded). The answer is remembered
 * per name as written: the rules ask about the same words and phrases many times per article, and
 * each question cost a search for the first word's end, two folds and three hash lookups.
 */
// ("St Lucia" for Saint Lucia: a saint's short title, where the data writes it out, for a country, a
// capital, a province or a region; "St Kitts", an island the data does not list alone, stays unknown)
const SAINT_SHORT = /^(St|Ste)\.? (?=\p{Lu})/u;
const knownAs = rememberedPerWord(name => (mayBeKnown(name) ? known.get(fold(name)) : undefined)
  ?? (SAINT_SHORT.test(name) ? knownSaint(fold(name.replace(SAINT_SHORT, (_, t: string) => (t === 'St' ? 'Saint ' : 'Sainte ')))) : undefined));
/** A country, a capital, a province or a region written with "Saint" ("St Jerome" is the saint; "Saint-Jérôme" a town). */
const knownSaint = (k: string) => (major.has(k) ? known.get(k) : undefined);
export function lookup(name: string): KnownName | undefined {
  return name.length > MAX_KNOWN_CHARS ? undefined : knownAs(name);
}

// Rivers, ranges, deserts, straits, regions and islands news names bare ("the Rhine", "the Tian
// Shan", "the Sahel", "the Ruhr"), which no package lists (features.json, scripts/build-features.mjs).
// They are kept apart from the names above: many a company, a party or a ship bears one ("Vistula",
// "Tisza", "Caspian Meridian Shipping"), so they decide only what the rules left to a guess.
const featureNames = new Map<string, string>();
for (const [p, aliases] of Object.entries(features.places as Record<string, string[]>)) for (const n of [p, ...aliases]) if (!featureNames.has(fold(n))) featureNames.set(fold(n), p);
/** The canonical name of a named geographic feature written so ("Tonle Sap" → "Tonlé Sap"), if it is one (remembered per name as written). */
export const featureName = rememberedPerWord((name: string): string | undefined => featureNames.get(fold(name)));

const nicknameGroups = new Map<string, Set<number>>();
lexicon.nicknames.forEach((group, k) => { for (const n of group) { const key = n.toLowerCase(); if (!nicknameGroups.has(key)) nicknameGroups.set(key, new Set()); nicknameGroups.get(key)!.add(k); } });
/** Two given names can denote the same person: equal, or listed together as nickname and full form. */
export function sameGivenName(a: string, b: string): boolean {
  const x = fold(a), y = fold(b);
  if (x === y) return true;
  const gx = nicknameGroups.get(x), gy = nicknameGroups.get(y);
  return !!gx && !!gy && [...gx].some(g => gy.has(g));
}

export const nameParticles = new Set(lexicon.nameParticles);

/** A country, by any of its names the data knows ("US", "Britain", "Saudi Arabia"). */
export function isCountryName(name: string): boolean {
  const k = lookup(name);
  return !!k && k.type === 'PLACE' && countryNames.has(fold(k.canonical));
}
const continentNames = new Set(gazetteer.continents.map(fold));
/**
 * A city or a town of the city list ("Barcelona", "Toyota"), not a country, a continent or a region
 * only ("England", "Bavaria"): a place whose name a club or a company may bear.
 */
export function isCityName(name: string): boolean {
  const k = lookup(name);
  return !!k && k.type === 'PLACE' && cityCountry(k.canonical) !== undefined && !countryNames.has(fold(k.canonical)) && !continentNames.has(fold(k.canonical));
}

const orgContexts = new Map<string, RegExp>();
for (const o of lexicon.organizations as { name: string; context?: string[] }[]) if (o.context) orgContexts.set(o.name, new RegExp(`\\b(?:${o.context.join('|')})\\b`));
/**
 * The words an article must hold somewhere for a body's short name to mean it, where the short name
 * means other things elsewhere ("Labor" is Australia's party in an article about Australia, and
 * work in one about American farms); undefined for a body whose names need no such words.
 */
export const orgContext = (canonical: string): RegExp | undefined => orgContexts.get(canonical);

/** An organization known to the data, by acronym or name, for linking "EU" and "European Union". */
export function orgCanonical(name: string): string | undefined {
  const k = lookup(name);
  return k?.type === 'ORG' ? k.canonical : undefined;
}
