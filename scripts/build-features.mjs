// Builds server/src/analysis/data/features.json, the named geographic features (rivers, lakes
// written without "Lake", mountain ranges, deserts, straits, regions, islands) that no maintained
// npm package lists, from the hand-compiled list scripts/data/geographic-features.json (see its
// _about for the inclusion criteria: standard reference lists, not any article).
// Left out here: what the list marks ambiguous (also a word, a person's name, a company, a country
// or a city), what is an ordinary English word or a given name or a surname in the name data, and
// what the data already knows (a country, a city, a region, a body).
// Run: npm run build && node scripts/build-features.mjs   (the output is committed)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const source = JSON.parse(readFileSync(root + 'scripts/data/geographic-features.json', 'utf8'));
const { isCommonWord, isGivenName, isSurname } = require(root + 'out/server/src/analysis/typer.js');
const { lookup } = require(root + 'out/server/src/analysis/known.js');

// (the built file is part of what lookup knows: its own names are no reason to leave a name out)
const built = JSON.parse(readFileSync(root + 'server/src/analysis/data/features.json', 'utf8')).places;
const builtNames = new Set(Object.entries(built).flatMap(([k, v]) => [k, ...v]));
const dropped = { ambiguous: 0, word: 0, person: 0, known: 0 };
const places = {};
for (const f of source.features) {
  if (f.ambiguous) { dropped.ambiguous++; continue; }
  const names = [f.name, ...(f.aliases ?? [])].filter((n, i, a) => a.indexOf(n) === i);
  const keep = names.filter(n => {
    const words = n.split(/\s+/);
    if (words.length === 1 && isCommonWord(n)) { dropped.word++; return false; }
    if (words.length === 1 && (isGivenName(n) || isSurname(n))) { dropped.person++; return false; }
    if (lookup(n) && !builtNames.has(n)) { dropped.known++; return false; }
    return true;
  });
  if (!keep.length) continue;
  const canonical = keep.includes(f.name) ? f.name : keep[0];
  places[canonical] = [...new Set([...(places[canonical] ?? []), ...keep.filter(n => n !== canonical)])];
}
const out = {
  _about: 'Named geographic features that no maintained npm package lists: ' + source._about + ' Built by scripts/build-features.mjs, which leaves out names marked ambiguous, ordinary English words, given names and surnames, and names the gazetteer already knows. Each key is the canonical name, each value its other spellings.',
  places,
};
writeFileSync(root + 'server/src/analysis/data/features.json', JSON.stringify(out) + '\n');
console.log(`features: ${Object.keys(places).length} places kept of ${source.features.length}; dropped ${JSON.stringify(dropped)}`);
