import { Token, TokenizedText, makeToken, lastAtOrBefore, lastTokenAtOrBefore, overlapIndex, capital, startsSentence, afterNewline, afterSpace, afterOneSpace, SENTENCE_START, NEWLINE } from './tokens';
import { Mention } from './types';
import { typeCandidate, articleSpeakers, RuleHint, isCommonWord, isGivenName, isSurname, BODY_ACTS, apposedPerson } from './typer';
import { initials } from './link';
import { isCalendarName } from './dates';
import { detached } from './detached';
import {
  fold, lookup, featureName, orgContext, foreignArticles, isTitle, maxTitleWords, isOrgHead, isPlaceHead, isNotEntity, isNationality, nameParticles,
  isEventHead, isEventOnlyHead, isEventLead, isEventLeadStart, isCountryWithAnd, placeCues, isLegislature, isOrgHeadOrPlural, isMajorPlace, isTitleStart, isTitleModifier, isRemitWord, mediaNouns, isOrgLead, typeNounOf, speechVerbs, placeLeads, placeLeadsBeforeParticle, isFacilityHead, isSiteHead, isVenueCentre, isNewspaperHead, isLanguage, isTitleWord, smallTown, isVillage, isTownOfWords, isBrand, isClubLead, isClubTail, isForeignOrgLead, isCompanyTail, isTradeTail, isOrgAcronym, isCityName, isCountryName, isSport, isCountryBodyWord, isStateNamedState, workNouns, roleNouns, personNouns, kinNouns, partyNouns, bodyNouns, anyBodyNouns, participlePrepositions, openingPrepositions, academicCues,
} from './gazetteer';

export type EntityType = 'PERSON' | 'ORG' | 'PLACE';

/** A recognised named mention, before corpus-wide linking. */
export interface NamedMention extends Mention {
  readonly type: EntityType;
  /** Canonical name when the data knows it ("US" → "United States"); else the text. */
  readonly key: string;
  /** For people introduced with a title: "President", and the nationality or country before it. */
  readonly role?: { title: string; nationality: string | null };
}

/**
 * A word-like piece of the text: a wink token, or part of one ("HouseThe", "#NATO"), in the
 * token's own shape. `index` is the token's; a piece's place in the piece list is pieceIndex().
 */
type Piece = Token;
const BLOCKED = '\u0000';
const LETTER = /[\p{L}]/u;

const ACRONYM = /^(?:[\p{Lu}](?:[\p{Lu}\d]|[.\-/&](?=[\p{Lu}\d]))+\.?|[\p{Lu}]-?\d+)$/u;
const FUNCTION_POS = new Set(['ADP', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'PRON']);
const EMPHASIS_POS = new Set([...FUNCTION_POS, 'ADV', 'PART']);
// "UN-backed", "anti-Pyongyang": a name glued by a hyphen to an ordinary lowercase word.
// ("ex-Central Java governor": "ex" too; "Pro-Beijing lawmakers", "Anti-Moscow protests": a prefix
// capitalised where it opens the sentence, before a name the data knows and no other capital, as
// "Anti-Corruption Commission" is a name of its own)
const HYPHENATED = /^(?:([\p{Lu}][\p{L}\d.]*)-(\p{Ll}{3,}[\p{L}-]*)|(\p{Ll}{3,}|ex|Pro|Anti|Ex|Non)-([\p{Lu}][\p{L}]*))$/u;
const CAPITAL_PREFIX = /^(?:Pro|Anti|Ex|Non)-/;
function prefixedName(tokens: readonly Token[], i: number): boolean {
  const m = HYPHENATED.exec(tokens[i].text);
  if (!m) return false;
  if (!CAPITAL_PREFIX.test(tokens[i].text)) return true;
  const next = tokens[i + 1];
  return !!m[4] && !!lookup(m[4]) && !(next && capital(next) && next.sentence === tokens[i].sentence);
}
// Words glued to the next sentence by a missing line break: "White HouseThe planned".
const GLUE = /^([\p{Lu}][\p{Ll}]+)(The|A|An|In|On|At|This|That|It|He|She|They|We|But|And|As|For)$/u;

// Prefixes that make a title-cased compound word, not a name glued to a word: "Co-operation", "Non-proliferation".
const COMPOUND_PREFIX = /^(?:Co|Non|Anti|Counter|Self|Inter|Multi|Post|Pre|Pro|Re|Sub|Trans|Cross|Socio)-\p{Ll}/u;
/** "Organisation for Economic Co-operation and Development": such a compound inside a name, after a capitalised word or a connector. */
function titleCaseCompound(tokens: readonly Token[], i: number): boolean {
  if (!COMPOUND_PREFIX.test(tokens[i].text)) return false;
  const prev = tokens[i - 1];
  return !!prev && !afterNewline(tokens[i]) && (capital(prev) || /^(?:and|for|of|on|the|&)$/.test(prev.text));
}

/** A preposition of place right before a list of names: " in ", " at ", " from ". */
const LIST_PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|across|between) $/u;
/** Up to twelve names of one or two capitalised words listed with commas, then "and" or "or" and a last one. */
const NAME_LIST = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?){1,12},? (?:and|or) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?![\p{L}\p{N}'’-])/gu;
/**
 * "most of them in Dhemaji, Lakhimpur, Morigaon and Barpeta": in a list of three or more names
 * where at least two are places and every name found is a place, a word left untyped (one word no
 * dictionary, given-name list or nationality has) is a place too.
 */
function listedPlaces(text: string, found: (NamedMention & { certain: boolean })[]): void {
  if (!found.some(m => m.type === 'PLACE')) return;
  const byStart = new Map<number, NamedMention & { certain: boolean }>();
  for (const m of found) byStart.set(m.start, m);
  // (whether a stretch overlaps a mention: the mentions indexed once, when first asked, so that a
  // text of thousands of lists costs no more per list than a short one)
  let inFound: ((start: number, end: number) => boolean) | undefined;
  const overlaps = (start: number, end: number) => (inFound ??= overlapIndex(found))(start, end);
  for (const list of text.matchAll(NAME_LIST)) {
    const items: { start: number; end: number }[] = [];
    const re = /\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?/gu;
    for (const x of list[0].matchAll(re)) items.push({ start: list.index! + x.index!, end: list.index! + x.index! + x[0].length });
    let places = 0, ok = true;
    const loose: { start: number; end: number }[] = [];
    // ("vaccinators in Bannu, Lakki Marwat and North Waziristan": two words the rules only guessed
    // were a person's, with no given name, listed among places)
    const guessed: number[] = [];
    for (const it of items) {
      const m = byStart.get(it.start);
      if (m && m.end === it.end && m.type === 'PERSON' && !m.certain && !m.role && m.text.includes(' ') && !isGivenName(m.text.split(' ')[0])) { guessed.push(found.indexOf(m)); continue; }
      if (m && m.end === it.end) { if (m.type === 'PLACE') places++; else ok = false; continue; }
      if (overlaps(it.start, it.end)) { ok = false; continue; }
      const w = text.slice(it.start, it.end);
      if (looseName(w)) loose.push(it);
      else ok = false;
    }
    // ("hotel rooms in Montego Bay, Ocho Rios and Negril", "parking zones in Kalamaja, Kadriorg and
    // Kristiine": one place is enough where a place's cue or a preposition of place opens the list)
    const cued = places === 1 && (afterPlaceCue(text, list.index!) || LIST_PLACE_BEFORE.test(text.slice(Math.max(0, list.index! - 8), list.index!)));
    if (!ok || places < 2 && !cued || !loose.length && !guessed.length) continue;
    for (const i of guessed) found[i] = retyped(found[i], 'PLACE', found[i].text, false);
    for (const it of loose) {
      const w = text.slice(it.start, it.end);
      found.push({ type: 'PLACE', text: w, start: it.start, end: it.end, entity: null, value: null, key: w, certain: false });
    }
  }
}

// "runners in Iten", "a vigil in Antakya", "hotels in Kemi, known for": one capitalised word that
// nothing typed, right after a lowercase "in" mid-sentence, is where something is, a place, and so is
// the same word wherever else the article writes it and nothing typed it; not a word of a title in
// quotation marks or in a headline ("A Field in Carrigtwohill"), not an ordinary word, a language, a
// people, a month or a known name of another kind, and not before a body's or a person's noun
// ("shares in Wegovy maker Novo Nordisk")
function placesAfterIn(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  let places: Set<string> | undefined;
  let inFound: ((start: number, end: number) => boolean) | undefined;
  let placeEnds: Set<number> | undefined;
  const placeEndsAt = (at: number) => (placeEnds ??= new Set(found.filter(o => o.type === 'PLACE').map(o => o.end))).has(at);
  for (const m of text.matchAll(IN_ONE_NAME)) {
    const prep = m[1], w = m[2], start = m.index + m[0].length - w.length, end = start + w.length;
    // (a lowercase word or a comma before "in" and "to", a letter before "and" and "or")
    const before = text.charCodeAt(m.index - 1);
    if (!(prep === 'and' || prep === 'or' ? /\p{L}/u : /[\p{Ll},]/u).test(String.fromCharCode(before)) || m.index < 2) continue;
    // ("flew to Mallorca", "the ferry to Nólsoy": after "to", only where something goes there)
    if (prep === 'to' && !MOVED_TO_BEFORE.test(text.slice(Math.max(0, m.index - 23), m.index + 4))) continue;
    // ("villages on Rhodes", "ashore on Santorini", "Mulifanua on Upolu": after "on", an island's
    // name, only after a word for people, settlements or landing there, or right after a place)
    if (prep === 'on' && !ON_ISLAND_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index + 4)) && !placeEndsAt(m.index)) continue;
    // ("Kobanî and Qamishli", "Kurzeme or Latgale": after "and" or "or", only right after a place, and
    // not before the noun the two modify: "the Irula and Muduga tribal communities")
    if (prep === 'and' || prep === 'or') {
      if (!placeEndsAt(m.index)) continue;
      const k = pieceStartingAt(list, end + 1);
      if (k >= 0 && /^\p{Ll}/u.test(list.pieces[k].text) && (list.pieces[k].pos === 'NOUN' || list.pieces[k].pos === 'ADJ') && !isPlaceHead(list.pieces[k].text)) continue;
    }
    // (nor a compound adjective: "on Chinese-built ships", "in Russian-language schools")
    if (/-\p{Ll}/u.test(w)) continue;
    if (places?.has(w) || isCommonWord(w.toLowerCase()) || isNationality(w) || isLanguage(w) || isCalendarName(w) || isTitleWord(w) || isNotEntity(w) || lookup(w) || isBrand(w)) continue;
    const next = /^ (\p{Ll}+)/u.exec(text.slice(end, end + 24))?.[1];
    if (next && (typeNounOf(next) === 'ORG' || personNouns.has(next) || roleNouns.has(next))) continue;
    if ((inFound ??= overlapIndex(found))(start, end) || inTitle(text, start) || NOT_WHERE_IN.test(text.slice(Math.max(0, m.index - 13), m.index + 4))) continue;
    (places ??= new Set()).add(w);
  }
  if (!places) return;
  const overlaps = inFound ?? overlapIndex(found);
  for (const p of list.pieces) {
    // (nor a word of a longer name: "the Complexo da Maré", "Nagorno-Karabakh", "Barca d'Alva")
    if (!places.has(p.text) || overlaps(p.start, p.end) || inTitle(text, p.start) || /^['’]s?\p{L}/u.test(text.slice(p.end, p.end + 2)) || PARTICLE_BEFORE.test(text.slice(Math.max(0, p.start - 5), p.start))
      || /[-‐–]$/.test(text.slice(p.start - 1, p.start)) || /^(?:[-‐–]\p{L}| \p{Lu}| d['’])/u.test(text.slice(p.end, p.end + 3))) continue;
    found.push(mention({ pieces: [p], strict: false }, p.text, 'PLACE', p.text, false));
  }
}
/** A name's particle right before a word: "da ", "de ", "von ". */
const PARTICLE_BEFORE = /(?:^|[^\p{L}])(?:da|de|do|dos|das|del|della|di|du|von|van|la|le) $/u;
/** Words before "in" that make what follows no place: "believes in", "a stake in", "starred in", "wrote in". */
const NOT_WHERE_IN = /\b(?:believe|believes|believed|believing|faith|trust|stake|stakes|shares|invested|investment|investments|role|roles|starring|starred|appeared|appears|wrote|writes|writing|published|printed) in $/;
/** " in", " to", " and" or " or" and one capitalised word that no capitalised word, "of" or "de" follows (what stands before is checked apart: a literal first is a fast scan). */
const IN_ONE_NAME = / (in|to|on|and|or) (\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll})(?![\p{L}\p{M}'’-]| \p{Lu}| (?:of|de|do|da|del|di)\b| d['’])/gu;
/** Words before "on" that say an island follows: "villages on ", "ashore on ", "born on ", "lies on ". */
const ON_ISLAND_BEFORE = /\b(?:ashore|born|live|lives|lived|living|village|villages|town|towns|farm|farms|family|families|people|residents|communities|community|lies|lay|landed|stranded|based|located|situated|hotels|homes|houses|schools) on $/;
/** A word of going somewhere right before "to": "fly to ", "moved to ", "the ferry to ", "came back to ". */
const MOVED_TO_BEFORE = /\b(?:fly|flies|flew|flown|flying|travel|travels|travelled|traveled|travelling|traveling|move|moves|moved|moving|return|returns|returned|returning|(?:come|came|go|went|get|got) back|drive|drives|drove|driven|sail|sails|sailed|head|heads|headed|bound|fled|flee|flees|evacuated|deported|relocated|ferry|ferries|flight|flights|route|routes|road|roads|train|trains|bus|buses|trip|trips|journey|journeys|door|gateway|north|south|east|west) to $/;
/** Whether `at` is inside a title: a headline (the text's first line) or quotation marks around words all capitalised. */
function inTitle(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (lineStart === 0) return true;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const quoted = /["“]([^"“”\n]{1,120})["”]/g;
  for (const q of line.matchAll(quoted)) {
    const s = lineStart + q.index + 1, e = s + q[1].length;
    if (at >= s && at < e) return q[1].split(/\s+/).every(x => !/^\p{Ll}/u.test(x) || /^(?:a|an|the|of|in|on|and|or|for|to|at|by|with|from|na|de)$/.test(x));
  }
  return false;
}

/** Two to six single names, each after its own "the", listed with commas and "and" or "or": "the Danube, the Elbe and the Vltava". */
const THE_LIST = /(?<![\p{L}])the \p{Lu}[\p{L}'’-]+(?:, the \p{Lu}[\p{L}'’-]+){0,4},? (?:and|or) the \p{Lu}[\p{L}'’-]+(?![\p{L}\p{N}'’-]| \p{Lu})/gu;
/**
 * "swelled the Danube, the Elbe and the Vltava", "on the Danube and the Sava": names each written
 * with its own "the" (as rivers, seas and ranges are), listed with one the data knows as a place,
 * are places too where nothing typed them (one word no dictionary, given-name list or nationality has)
 */
function theListedPlaces(text: string, found: (NamedMention & { certain: boolean })[]): void {
  let byStart: Map<number, NamedMention & { certain: boolean }> | undefined;
  let inFound: ((start: number, end: number) => boolean) | undefined;
  for (const list of text.matchAll(THE_LIST)) {
    byStart ??= new Map(found.map(m => [m.start, m]));
    let places = 0, ok = true;
    const loose: { start: number; end: number }[] = [];
    for (const x of list[0].matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
      const it = { start: list.index! + x.index!, end: list.index! + x.index! + x[0].length };
      const m = byStart.get(it.start);
      if (m && m.end === it.end) { if (m.type === 'PLACE') places++; else ok = false; continue; }
      if ((inFound ??= overlapIndex(found))(it.start, it.end)) { ok = false; continue; }
      const w = x[0];
      if (looseName(w)) loose.push(it);
      else ok = false;
    }
    if (!ok || !places || !loose.length) continue;
    for (const it of loose) {
      const w = text.slice(it.start, it.end);
      found.push({ type: 'PLACE', text: w, start: it.start, end: it.end, entity: null, value: null, key: w, certain: false });
    }
  }
}

/**
 * "in the Swartland", "across the Little Karoo", "at the foot of the Matterhorn", "hotels on the
 * Promenade": after a preposition of place and "the", one to three capitalised words that nothing
 * typed, that no list has and that read as no body, event or law, are a region, a range, a river or
 * a landmark (over the read sets 38 such places to 7 other names and 2 bodies). Not a given name's,
 * a nationality's or a language's, not an acronym or a possessive, not one ordinary word, and not
 * several ending in an ordinary word other than a place's noun ("the Scenic Rim Bushfire", "the
 * Clean Record Law"); a lowercase word right after must be a place's noun or a word that ends the
 * phrase ("in the Dadia forest"; not "the Quimbaya Treasure list"); and not "on the" where shares
 * or an index are spoken of ("fell 1 percent on the Nasdaq"). A guessed person of the same words
 * elsewhere in the article is the place too.
 */
function theRegions(text: string, found: (NamedMention & { certain: boolean })[]): void {
  let inFound: ((start: number, end: number) => boolean) | undefined;
  const places = new Set<string>();
  for (const m of text.matchAll(THE_REGION)) {
    const name = m[2], start = m.index + m[0].length - name.length, end = start + name.length;
    if (!regionName(name)) continue;
    const next = /^ (\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
    if (next && !REGION_FOLLOWER.test(next) && typeNounOf(next) !== 'PLACE') continue;
    if (m[1].toLowerCase() === 'on' && MARKET_WORDS.test(text.slice(Math.max(0, text.lastIndexOf('.', start) + 1), start))) continue;
    if ((inFound ??= overlapIndex(found))(start, end)) continue;
    found.push({ type: 'PLACE', text: name, start, end, entity: null, value: null, key: name, certain: false });
    places.add(name);
  }
  if (places.size) found.forEach((m, i) => { if (m.type === 'PERSON' && !m.certain && !m.role && places.has(m.text)) found[i] = retyped(m, 'PLACE', m.text, false); });
}
const THE_REGION = /\b([Ii]n|[Aa]cross|[Ii]nto|[Nn]ear|[Tt]hrough|[Tt]hroughout|[Aa]round|[Oo]ver|[Ff]rom|[Oo]n|[Aa]long|[Bb]eneath|[Bb]elow|[Aa]bove|[Uu]nder|(?:[Aa]t the foot|[Oo]n the edge|[Oo]n the slopes) of) the (\p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+){0,2})(?![\p{L}\p{N}'’-]| \p{Lu}| (?:of|de|del|da|do|di|dos|das)\b)/gu;
/** Words that may follow a region's name: a conjunction, a preposition, a verb, or a noun for a kind of land. */
const REGION_FOLLOWER = /^(?:and|or|to|in|at|on|near|where|which|that|for|with|from|by|as|after|before|since|during|until|this|last|now|still|also|was|is|has|had|were|are|have|will|would|could|can|may|might|must|should|did|does|do|say|says|said|see|saw|lie|lies|lay|run|runs|ran|stretch|stretches|remain|remains|became|become|hills|forest|forests|plains|range|highlands|lowlands|foothills|slopes)$/;
/** Shares, prices and indexes: "on the" there is an exchange or an index, not a place. */
const MARKET_WORDS = /\b(?:percent|per cent|shares?|stocks?|listed|listing|trading|traded|index|indices)\b/;
/** Whether capitalised words after "in the" can be a region's name (see theRegions). */
function regionName(name: string): boolean {
  const ws = name.split(' ');
  if (lookup(name) || isNationality(ws[0]) || isGivenName(ws[0]) || isCalendarName(ws[0]) || /['’]/.test(name) || ws.some(w => /\p{Lu}\p{Lu}/u.test(w))) return false;
  // ("the Tsars": nor a title in the plural)
  if (ws.length === 1) return !isCommonWord(name) && !isLanguage(name) && !/(?:ian|ean|ese|ic|ish)$/.test(name) && !isTitleStart(name) && !isTitleWord(name.replace(/s$/, ''));
  if (ws.some(w => isOrgHead(w) || isEventHead(w) || isFacilityHead(w) || isSiteHead(w) || isTitleWord(w) || isLegislature(w))) return false;
  const last = ws[ws.length - 1];
  return !isCommonWord(last.toLowerCase()) || isPlaceHead(last) || typeNounOf(last.toLowerCase()) === 'PLACE';
}

/** "off " before a name: a ship's or a storm's position off a coast or an island. */
const OFF_BEFORE = /(?:^|[^\p{L}])off $/u;
/** Verbs of what happens off a coast: "sank off", "anchored off", "was spotted off". */
const AT_SEA = /^(?:sank|sunk|sinks?|sinking|capsized?|capsizes|capsizing|anchored|moored|drowned|fish(?:ed|ing)?|sail(?:ed|ing|s)?|stranded|spotted|sighted|located|lying|lies|lay|seen|found|rescued|swim(?:ming)?|dive|diving|dived|surf(?:ing)?)$/;
/** "'s east coast", "'s northern tip": what has a coast or a tip is a place. */
const COAST_AFTER = /^['’]s (?:(?:far |)(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? )?(?:coast|coastline|shore|tip)\b/u;
/** One word a list of places may hold untyped: no dictionary's, given-name list's, nationality's, title's or calendar's word. */
const looseName = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !isGivenName(w) && !isNationality(w) && !isTitleStart(w) && !isCalendarName(w);

/** Whether a place cue ("town of", "village of") stands right before `start`. */
function afterPlaceCue(text: string, start: number): boolean {
  // every cue ends in a space: without one right before, no cue stands there (and no slice is made)
  if (text.charCodeAt(start - 1) !== 32) return false;
  const before = text.slice(Math.max(0, start - 20), start).toLowerCase();
  // (a whole word: "support of Ahmed" holds no "port of")
  if (!PLACE_CUES.some(c => before.endsWith(c) && !/\p{L}/u.test(before[before.length - c.length - 1] ?? ''))) return false;
  // ("northern Luzon", "central Visayas": a compass adjective cues a place, but not before an
  // ordinary word written with a capital, "the central Bank")
  if (!COMPASS_CUE.test(before)) return true;
  const word = /^\p{L}+/u.exec(text.slice(start, start + 40))?.[0] ?? '';
  return !isCommonWord(word) && !isOrgHeadOrPlural(word);
}
const COMPASS_CUE = /(?:^|[^\p{L}-])(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)? $/u;
const PLACE_CUES = placeCues.map(c => c + ' ');

/** A capitalised word and one space, at the end of a stretch: "Workers' ", "Democratic ". */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}'’.&-])\p{Lu}[\p{L}\p{M}\p{N}'’.&-]* $/u;
/** What a verb in -ing opening a sentence takes as its object: "Reading a summary", "Pausing his speech". */
const GERUND_OBJECT = /^(?:a|an|the|his|her|its|their|our|my|this|that|these|those)$/;

/** The head word of a country's division, which a body's name with an acronym does not end in ("Autonomous Region", "Special Administrative Region"). */
const ADMINISTRATIVE_HEAD = /^(?:Region|Province|Territory|Territories|District|Oblast|Prefecture|Regency|Governorate|Krai|Okrug)$/;
/** A mountain range's leading word in Spanish, which opens no company's or person's name as "Serra", "Valle" or "Monte" do. */
const RANGE_LEAD = /^(?:Cordillera|Sierra)$/;
/** The first word of a geographic feature named "X of Y": "Bay of Bengal", "Isle of Man", "Sea of Azov". */
const GEO_FIRST = /^(?:Sea|Gulf|Bay|Strait|Straits|Lake|Isle|Isles|Island|Islands|Cape|Mount|Gulf|Plain|Plains|Valley)$/;

/** A particle inside a Romance place's name: "del", "di", "della", "de", "d'Ampezzo". */
const PLACE_PARTICLE = /^(?:del|della|delle|dei|degli|di|de|des|du|do|da|dos|das|d['’]\p{Lu}.*)$/u;
/** A head word of land or water, for a place named with a nationality's word: "Dane County", "Scottish Highlands". */
const LAND_HEAD = /^(?:County|River|Sea|Ocean|Lake|Valley|Bay|Gulf|Coast|Island|Islands|Mountains|Highlands|Lowlands|Peninsula|Plains|Hills|Desert|Plateau|Basin|Delta|Steppe|Archipelago|Lagoon|Fjord|Gorge|Strait|Spit|Alps)$/;
/** Members of a legislature, written in capitals: "MPs", "MEPs". */
const MEMBERS_PLURAL = /^(?:MPs|MEPs|MSPs|MLAs|TDs)$/;
/** The reach of a sport's governing body named before the sport: "World Rugby", "European Athletics". */
const SPORT_REACH = /^(?:World|International|European|African|Asian|Oceania|Pan American)$/;
/** A currency's sign, as a token of its own. */
const CURRENCY_SIGN = /^[$¢₵€£¥₹₦₱₩₺₽]$/;
/** A name opened by the Arabic article, in one piece: "al-Shabaab", "Al-Nusra". */
const AL_NAME = /^[Aa]l[-‐ ]\p{Lu}\p{Ll}+$/u;
// "beat Arsenal", "drew with Celtic", "lost to Ajax", "Arsenal 2–1": where a name stands as a side in a match
// (a draw is a match's; a win or a loss may be an election's, so a score in the sentence must say so)
const DRAW_BEFORE = /\b(?:drew|draw|drawn|drawing) (?:with|against)\s+(?:the\s+)?$/;
const MATCH_BEFORE = /\b(?:beat|beats|beating|defeated|defeats|defeating|thrashed|edged|lost to|losing to|defeat to|win over|victory over)\s+(?:the\s+)?$/;
const MATCH_AFTER = /^ (?:beat|beats|edged|edge|edges|thrashed|defeated|defeats|drew with|lost to|routed|stunned|overcame)\b/;
const SCORE_AFTER = /^\s+\d{1,2}\s?[-–—]\s?\d{1,2}\b/;
const SCORE = /\b\d{1,2} ?[-–—] ?\d{1,2}\b/;
/** What a club has and a town has not, right after its name: "Fulham manager", "Liverpool's fans". */
const CLUB_AFTER = /^(?:['’]s)? (?:manager|boss|coach|head coach|striker|midfielder|defender|goalkeeper|keeper|winger|forward|captain|fans|supporters|squad|academy|team-mate|teammates?)\b/;
// "Arsenal host Fulham", "he plays for Marseille", "scored twice against Lyon", "signed for Leeds":
// where a side stands in a match or a player's career (in a report on sport only: "a protest
// against Paris", "the summit Geneva will host")
// ("away to Trabzonspor", "two points clear of Fenerbahçe", "a spell in Lisbon with Sporting", "Turkish
// champions Galatasaray": a side's place in a table, a fixture or a coach's career)
const CLUB_BEFORE = /\b(?:(?:plays?|played|playing|signs?|signed|signing)(?: [\p{Ll}'’-]+){0,3} (?:for|with)|hosts?|hosted|hosting|against|faces?|faced|facing|joins?|joined|(?:final|semi-final|quarter-final|match|game|tie) to|away to|at home to|clear of|spell(?: [\p{L}'’-]+){0,3} (?:with|at)|champions|rivals)\s+(?:the\s+)?$/u;
/** A score or a match's verb right after a side: "a 2-1 win", "equalised", "won 3-0". */
const CLUB_PLAYS_AFTER = /^ (?:(?:an? )?\d{1,2} ?[-–] ?\d{1,2}\b|(?:equalised|equalized|levelled|leveled|trailed|conceded|scored|won \d|beat|thrashed|edged)\b)/;
/** Words only a report on sport uses often. */
const SPORT_WORDS = /\b(?:match|matches|league|goals?|scored|striker|midfielder|defender|goalkeeper|coach|fixture|semi-final|quarter-final|final|innings|wickets?|tries|penalty|kick-off|half-time|season|tournament|squad|championship|stadium)\b/g;
/** A report on sport: three different words of sport in it. */
function sportsReport(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(SPORT_WORDS)) if (seen.add(m[0]).size >= 3) return true;
  return false;
}
/**
 * "a third-round win over Wrenbury Vale", "Castlemere Minster manager Ann Roe", "the derby between
 * Peñarol and Nacional": in a report on sport, a guessed person of two or three words, none a given
 * name, that plays a match (a side's word before it, a result or a coach after it) is a side, and so
 * is every mention of the same words the typer made a person.
 */
function namedSides(text: string, found: (NamedMention & { certain: boolean })[]): void {
  const sides = new Set<string>();
  for (const m of found) {
    if (m.type !== 'PERSON' || m.certain || m.role || sides.has(m.text)) continue;
    const ws = m.text.split(' ');
    if (ws.length < 2 || ws.length > 3 || ws.some(w => !/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || isGivenName(w))) continue;
    const before = text.slice(Math.max(0, m.start - 50), m.start), after = text.slice(m.end, m.end + 24);
    // (not a score or a scorer's verb after it, nor a country's possessive before it: "Wing Eoin
    // Tierney scored", "beat Spain's Aitana Muñoz 6-3" are players)
    if ((CLUB_BEFORE.test(before) || SIDE_BEFORE.test(before) || SIDE_AFTER.test(after) || SIDE_HAS_AFTER.test(after)) && !CLUB_PLAYS_AFTER.test(after) && !/['’]s\s+$/.test(before)) sides.add(m.text);
  }
  if (sides.size) found.forEach((m, i) => { if (m.type === 'PERSON' && !m.certain && !m.role && sides.has(m.text)) found[i] = retyped(m, 'ORG', m.text, false); });
}
/** A match's word before a side: "a win over ", "a 2-1 defeat to ", "League side ", "the derby between X and ". */
const SIDE_BEFORE = /\b(?:(?:win|wins|victory|victories|defeat|defeats|draw|loss|losses|triumph) (?:over|against|to|by|with)|(?:[Ll]eague|[Dd]ivision|[Cc]onference|Premiership|Liga) (?:side|club|outfit|team)|(?:derby|[Cc]lásico|match|game|final|clash|tie|fixture|rivalry|meeting|encounter) between(?: (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2} and)?)\s+(?:the\s+)?$/u;
/** A side's result or fixture right after its name: "drew 1-1", "lost 2-0", "host Braga", "travel north" (people travel to places too). */
const SIDE_AFTER = /^,? (?:(?:who |which )?(?:drew|lost|won|draw|lose|win) (?:\d|at|away|against|with)|host (?=\p{Lu})|hosts (?=\p{Lu})|travel (?:north|south|east|west))/u;
/** What a side has, and no player: "'s coach", "'s fans". */
const SIDE_HAS_AFTER = /^(?:['’]s)? (?:manager|boss|coach|head coach|fans|supporters|squad|academy|scouts)\b/;
/** Where a town is a place: "in Barcelona", "near Toyota", "the city of Novara". */
const LOCATIVE_BEFORE = /\b(?:in|near|outside|around|across|throughout|of)\s+$/;
// "Civic Platform leader X", "Fidesz lawmakers", "the leader of United Russia", "Syriza won 12
// seats": what has members, leaders, lawmakers or seats is a body
const MEMBERS_AFTER = /^ (?:leader|leaders|lawmakers|legislators|MPs|MEPs|deputies|councillors|councilors|candidate|candidates|spokesman|spokeswoman|spokesperson|chairman|chairwoman|members|executives|shareholders|employees)\b/;
const SEATS_AFTER = /^,? (?:(?:also |again )?(?:won|took|secured|gained|lost|holds|held|has|had|wins|takes|gains|loses|kept|retained|keeps|retains)|came (?:first|second|third|fourth|fifth|last) with|with) (?:(?:only |just |nearly |almost |about |around |some )?(?:\d+|[a-z]+(?:-[a-z]+)?|the most|most|a majority of(?: the)?) )?(?:seats|of the \d+ seats)\b/;
const PARTY_AFTER = /^ (?:leader|leaders|lawmakers|legislators|MPs|MEPs|deputies|councillors|councilors|members)\b/;
/** A member of a legislature for a party, right after its name, before the member's own: "Fine Gael TD Ciarán ...", "Labour MP Ann ...". */
const PARTY_MEMBER_AFTER = /^ (?:TD|MP|MEP|MSP|MLA|senator|councillor|councilor|deputy) \p{Lu}/u;
const MEMBERS_BEFORE = /\b(?:leader|leaders|member|members|chairman|chairwoman|founder|founders|spokesman|spokeswoman|spokesperson|lawmakers|shareholders|employees|secretary[ -]general|general secretary) (?:of|for|from) (?:the )?$/i;

/** "Its chief negotiator, ", "India's lead negotiator, ", "The returning officer, ": a job's noun, owned or after "the", and a comma. */
const JOB_APPOSITION_BEFORE = /(?:^|[\s(])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.&'’-]*['’]s)(?: [\p{Ll}-]+){0,3} (\p{Ll}+), $/u;
/** A noun for someone by what they do: the lexicon's roles and people, or an agent's ending that no body's noun has. */
const jobNoun = (w: string) => roleNouns.has(w) || personNouns.has(w) || /(?:er|or|ist|ian|man|woman|person)$/.test(w) && !bodyNouns.has(w) && !anyBodyNouns.has(w) && !mediaNouns.includes(w);
/** Words for a competition's stages and standings: "semi-finals", "qualifying rounds", "the top of the", "a race on". */
const COMPETITION_STAGE = /\b(?:semi-?finals?|semis|stages?|quarter-?finals?|finals?|qualif(?:ying|iers?|ied)|rounds?|standings|group stage|knockout|top of the|race on the|draw in|matchday|title)\b/i;
/** "a spokesperson for the IFC, ", "a spokesman for the ministry, ": a spokesman for someone, then a comma (the name in apposition follows). */
const SPOKESMAN_FOR_BEFORE = /\b(?:spokes(?:man|woman|person)|representative) (?:for|of|at) [^,.;:"“”]{1,60}, $/;
/** The ending of a people's adjective: "Roman", "Byzantine", "Doric", "Gaulish". */
const PEOPLE_ADJECTIVE = /(?:an|ian|ine|ic|ish|ese)$/;
/** ", which runs the hospital, said": a relative clause opened by "which", then a verb of speaking. */
const WHICH_THEN_SAYS = /^, which [^.;:"“”()]{3,120}, (?:said|says|announced|confirmed|added|warned|stated|told)\b/;
/** A name whose last word is capitals with the sentence's full stop glued on: "IE.", "the NHS." */
const ACRONYM_STOP = /(?:^|\s)\p{Lu}{2,}\.$/u;
/** A letter or a digit: every name has one. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A political wing right before a name, after an article: "the left-wing ", "a centre-right ", "the far-right ". */
const WING_BEFORE = /\b(?:the|a|an|its|their)(?: (?:new|small|main|ruling|governing|opposition))? (?:(?:far|hard|extreme|centre|center)-(?:left|right)|(?:left|right)-wing|centrist|(?:left|right)-leaning) $/i;

/** What opens a country's official name, right before its short name: "Kingdom of", "Islamic Republic of the". */
const OFFICIAL_NAME_BEFORE = /(?:(?:Federal|Islamic|Democratic|People['’]s|Socialist|United|Arab|Hashemite|Plurinational|Bolivarian|Federative|Co-operative|Cooperative|Oriental|Independent) )*(?:Kingdom|Republic|Sultanate|Emirate|Principality|Grand Duchy|Commonwealth|State|Federation) of (?:the )?$/u;
/** An acronym with a lowercase letter inside: "BoE", "DfE", "DoJ", "UOKiK". */
const MIXED_ACRONYM = /^(?=.{2,6}$)\p{Lu}+\p{Ll}?\p{Lu}+$/u;
/** A generational suffix that closes a person's name: "Jr.", "Sr.", "III". */
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
/** The most pieces a person's name after a body's can have ("Refugee Council Enver Solomon"), with room to spare. */
const MAX_HOLDER_PIECES = 12;

/** Whether token i may end a line glued to the next: it opens a line, or a capitalised word stands before it (a heading in title case). */
const gluedLine = (tokens: readonly Token[], i: number) => i === 0 || afterNewline(tokens[i]) || capital(tokens[i - 1]) || tokens[i - 1].text.trim() === '';
/** Could match GLUE: longer than four characters, with an ASCII capital among the last four after the second. */
function mayBeGlued(x: string): boolean {
  const n = x.length;
  if (n <= 4) return false;
  for (let k = Math.max(2, n - 4); k < n; k++) { const c = x.charCodeAt(k); if (c >= 65 && c <= 90) return true; }
  return false;
}

/**
 * The pieces of an article, the positions of those that start with a capital letter, and the start
 * of every piece (for pieceStartingAt: a binary search that reads numbers from one array instead of
 * piece objects scattered over the heap, and calls no key function).
 */
interface PieceList { readonly pieces: readonly Piece[]; readonly capitals: readonly number[]; readonly starts: readonly number[] }

function piecesOf(tokenized: TokenizedText, blocked: Uint8Array): PieceList {
  const { tokens, firstChar, text } = tokenized;
  // The tokens to cut or block, found from the tokenizer's indexes: a date's tokens, a glued
  // sentence start, a hyphenated name, a hashtag. Every other token is a piece as it is.
  // (marked in a byte per token and read back in order: a long text has tens of thousands of
  // blocked tokens, which a set copied, grew and sorted with a comparator)
  // (a copy of the blocked tokens' bytes, which start it off)
  const special = blocked.slice();
  let specials = 0;
  for (let i = 0; i < special.length; i++) specials += special[i];
  const mark = (i: number) => { if (special[i] === 0) { special[i] = 1; specials++; } };
  // (the line so glued is a heading's, in title case, or the word opens a line: "... Pleas From White
  // HouseThe planned"; "on LinkedIn the next day", "a LinkedIn post" are a name written in camel case)
  for (const i of tokenized.capitals) if (mayBeGlued(tokens[i].text) && GLUE.test(tokens[i].text) && gluedLine(tokens, i)) mark(i);
  for (const i of tokenized.hyphenated) if (prefixedName(tokens, i) && !titleCaseCompound(tokens, i)) mark(i);
  // "T-shirt", "X-ray", "U-turn": a capital letter hyphenated to a word is a common noun; "NZ$",
  // "NZ $ 26", "A$": a currency's country prefix is no name (ANNOTATION.md, PLACE).
  const common = new Set<number>();
  for (const i of tokenized.capitals) {
    const x = tokens[i].text;
    if (x.length > 2 && x.charCodeAt(1) === 45 /* - */ && /^\p{Lu}-\p{Ll}/u.test(x) || x.charCodeAt(x.length - 1) === 36 /* $ */ && /^\p{Lu}{1,3}\$$/u.test(x)) common.add(i);
    // ("fined Orlando Pirates R150,000", "K2,500", "Rs 500": a sum in rand, kwacha, naira or rupees is no name)
    else if (CURRENCY_PREFIXED.test(x) || SHORT_SUM.test(x) && /^[.,]$/.test(tokens[i + 1]?.text ?? '') && !afterSpace(tokens[i + 1]) && /^\d/.test(tokens[i + 2]?.text ?? '') && !afterSpace(tokens[i + 2])) common.add(i);
    else if (x.length === 1 && firstChar[i + 1] === 45 && /^\p{Lu}$/u.test(x) && !afterSpace(tokens[i + 1]) && tokens[i + 2] && !afterSpace(tokens[i + 2]) && /^\p{Ll}/u.test(tokens[i + 2].text)) common.add(i);
    // ("GH¢64,000", "GH₵", "HK$", "R$": any currency's sign after the prefix)
    else if (tokens[i + 1] && CURRENCY_SIGN.test(tokens[i + 1].text) && /^\p{Lu}{1,3}$/u.test(x) && !startsSentence(tokens[i + 1])) common.add(i);
  }
  for (const i of common) if (blocked[i] === 0) mark(i);
  for (let i = 0; i < firstChar.length; i++) if (firstChar[i] === 35 /* # */ && isHashtag(tokens[i].text)) mark(i);
  const given = new Set<number>(); // "Hsien" of "Lee Hsien-loong", "Seongbuk" of "Seongbuk-dong": the first of three tokens made one piece
  for (const i of tokenized.capitals) if (firstChar[i + 1] === 45 /* - */ && (isHyphenatedGivenName(tokens, i) || isKoreanDistrict(tokens, i)) && blocked[i] === 0 && blocked[i + 1] === 0 && blocked[i + 2] === 0) { mark(i); given.add(i); }
  // "Lashkar-e-Taiba", "Tehrik-i-Taliban", "Hizb-ut-Tahrir": two capitalised words joined by a
  // Persian or Urdu ezafe or an Arabic article ("e", "i", "ul", "ut"), which wink splits into five
  // tokens, are one word of one name
  // ("Fos-sur-Mer", "Saint-Germain-en-Laye": and a French place's words joined by "sur", "en", "de")
  const compounds = new Map<number, number>(); // first token → last token of the word
  for (const i of tokenized.capitals) {
    if (firstChar[i + 1] !== 45 /* - */) continue;
    // (a capitalised part of a word begun before it opens none: "Germain" of "Saint-Germain-en-Laye")
    if (i >= 2 && tokens[i - 1].text === '-' && tokens[i - 1].start === tokens[i - 2].end && tokens[i - 1].end === tokens[i].start) continue;
    const end = compoundEnd(tokens, i);
    if (end > i && blocked.subarray(i, end + 1).every(b => b === 0)) { mark(i); compounds.set(i, end); }
  }
  if (specials === 0) return { pieces: tokens, capitals: tokenized.capitals, starts: tokenized.starts };

  // Both lists are written by index into arrays made at their largest size, then cut to length: a
  // special token becomes at most three pieces and adds at most one capitalised piece. A long text
  // has a hundred thousand pieces, and push() into an array that large cost about three times as
  // much as the copy itself (every growth of the backing store is a new large object).
  const caps = tokenized.capitals;
  const pieces: Piece[] = new Array(tokens.length + 2 * specials);
  const capitals: number[] = new Array(caps.length + specials);
  let n = 0; // pieces written so far
  let nc = 0; // capitals written so far
  let c = 0; // next entry of `caps`
  let from = 0; // first token not yet copied
  const add = (p: Piece) => { if (capital(p)) capitals[nc++] = n; pieces[n++] = p; };
  for (let i = 0; i < special.length; i++) {
    if (special[i] === 0) continue;
    if (i < from) continue; // inside a given name joined just before
    // tokens from..i-1 are pieces as they are; their capitals move by the pieces added so far
    const shift = n - from;
    for (let k = from; k < i; k++) pieces[n++] = tokens[k];
    for (; c < caps.length && caps[c] < i; c++) capitals[nc++] = caps[c] + shift;
    if (c < caps.length && caps[c] === i) c++;
    from = i + 1;
    const t = tokens[i];
    const x = t.text;
    if (blocked[i] === 1) {
      add(makeToken(BLOCKED, t.start, t.end, t.pos, t.sentence, t.flags, false));
      continue;
    }
    if (common.has(i)) {
      add(makeToken(x, t.start, t.end, 'NOUN', t.sentence, t.flags, false));
      continue;
    }
    if (given.has(i)) {
      const end = tokens[i + 2].end;
      add(makeToken(text.slice(t.start, end), t.start, end, 'PROPN', t.sentence, t.flags));
      from = i + 3;
      continue;
    }
    const last = compounds.get(i);
    if (last !== undefined) {
      const end = tokens[last].end;
      add(makeToken(text.slice(t.start, end), t.start, end, 'PROPN', t.sentence, t.flags));
      from = last + 1;
      continue;
    }
    const glued = x.length > 4 && capital(t) && gluedLine(tokens, i) ? GLUE.exec(x) : null;
    const hyphen = x.length > 4 && x.includes('-') ? HYPHENATED.exec(x) : null;
    if (glued) {
      const a = t.start + glued[1].length;
      add(makeToken(glued[1], t.start, a, t.pos, t.sentence, t.flags));
      add(makeToken(glued[2], a, t.end, 'DET', t.sentence, SENTENCE_START | NEWLINE)); // as if after a line break, with no space
    } else if (hyphen) {
      const [left, right] = hyphen[1] ? [hyphen[1], hyphen[2]] : [hyphen[3], hyphen[4]];
      const a = t.start + left.length;
      // (a prefix is no capital even where the sentence capitalises it: "Pro-Beijing")
      add(makeToken(left, t.start, a, hyphen[1] ? 'PROPN' : 'ADJ', t.sentence, t.flags, !!hyphen[1]));
      add(makeToken('-', a, a + 1, 'PUNCT', t.sentence, 0));
      add(makeToken(right, a + 1, t.end, hyphen[1] ? 'ADJ' : 'PROPN', t.sentence, 0));
    } else {
      add(makeToken(x.slice(1), t.start + 1, t.end, 'PROPN', t.sentence, t.flags)); // a hashtag
    }
  }
  const shift = n - from;
  for (let k = from; k < tokens.length; k++) pieces[n++] = tokens[k];
  for (; c < caps.length; c++) capitals[nc++] = caps[c] + shift;
  pieces.length = n;
  capitals.length = nc;
  const starts: number[] = new Array(n);
  for (let k = 0; k < n; k++) starts[k] = pieces[k].start;
  return { pieces, capitals, starts };
}

// One syllable of a romanized Korean or Chinese name ("Hsien", "loong", "Jae", "in", "hwan", "Myung"):
// an optional onset, vowels with an optional glide, an optional final n, ng, m, k, l, p, t, r or h.
// (Cantonese spellings too: "Sze-man", "Tsz-kin")
const SYLLABLE = /^(?:(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|hs|ts|tz|sz|kk|tt|pp|ss|jj|hw|[gkhmpnrb]y)?[wy]?[aeiou]{1,3}(?:ng|ck|[nmklptrh])?|tsz)$/;
/**
 * "Lee Hsien-loong", "Ban Ki-moon": a given name of two syllables joined by a hyphen, the second in
 * lowercase, after a capitalised surname. wink splits it into three tokens; "Kremlin-backed",
 * "Biden-era" or "Trump-style" are not syllables and stay apart.
 */
function isHyphenatedGivenName(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i], h = tokens[i + 1], b = tokens[i + 2], before = tokens[i - 1];
  if (!b || !before || h.text !== '-' || afterSpace(h) || afterSpace(b) || !afterSpace(a) || startsSentence(a)) return false;
  if (!capital(before) || FUNCTION_POS.has(before.pos) || b.text.length > 5 || a.text.length > 6) return false;
  return SYLLABLE.test(b.text) && SYLLABLE.test(a.text.toLowerCase());
}

/** A club's lead or tail written as initials: "FC", "VfL", "BSC", "SpVgg". */
const CLUB_INITIALS = /^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u;
/** A lowercase adjective of French, Spanish, Italian or Portuguese by its ending: "française", "nationale", "civil", "italiana". */
const FOREIGN_ADJECTIVE = /^\p{Ll}{3,}(?:aise|ais|ale|ales|aux|ique|iques|ienne|ien|al|ana|ano|ola|ol|ese|esa|eira|eiro|ense|ina|ino|ica|ico|ile|il)$/u;
/** The letters of a currency glued onto a sum: rand, kwacha, naira, pesos or pula, rupees, shillings, taka. */
const SUM_PREFIX = '(?:R|K|N|P|Rs|Sh|KSh|Tk)';
/** A sum written with its currency's letters glued on: "R150", "R1.2", "P500", "Rs500". */
const CURRENCY_PREFIXED = new RegExp(`^${SUM_PREFIX}\\d{3,}$|^${SUM_PREFIX}\\d+[.,]\\d`);
/** Its first token where wink splits the sum at its separator: "R1" of "R1.2 billion", "K45" of "K45,000". */
const SHORT_SUM = new RegExp(`^${SUM_PREFIX}\\d{1,2}$`);
/** The saint's word that opens many towns' names in Spanish, Portuguese and Italian. */
const SAINT_LEAD = /^(?:San|Santa|Santo|São|Sant'|Sant’)$/;
const ORG_EZAFE = /^\p{Lu}\p{Ll}+-(?:e|i|ut|ush)-\p{Lu}/u;
/** "Seongbuk-dong", "Buyeo-gun", "Jangheung-myeon": a Korean place with its district's, county's or township's suffix, which wink splits off. */
const KOREAN_SUFFIX = '(?:dong|gu|gun|myeon|eup|ri|si)';
const KOREAN_DIVISION = new RegExp(`^${KOREAN_SUFFIX}$`);
const KOREAN_PLACE = new RegExp(`^\\p{Lu}\\p{Ll}+-${KOREAN_SUFFIX}$`, 'u');
function isKoreanDistrict(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i], h = tokens[i + 1], b = tokens[i + 2];
  return !!b && h.text === '-' && h.start === a.end && b.start === h.end && KOREAN_DIVISION.test(b.text) && /^\p{Lu}\p{Ll}+$/u.test(a.text) && (!tokens[i + 3] || !/^[-\p{L}]/u.test(tokens[i + 3].text) || afterSpace(tokens[i + 3]));
}
/** The joining words of "Lashkar-e-Taiba", "Mazar-i-Sharif", "Harakat-ul-Mujahideen", "Hizb-ut-Tahrir". */
const EZAFE = /^(?:e|i|ul|ud|ut|us|ur|un|ush|ash|al|el)$/;
/** The joining words of a French place's name: "Fos-sur-Mer", "Aix-en-Provence", "Saint-Jean-de-Luz", "Villeneuve-lès-Avignon". */
const FRENCH_JOINS = '(?:sur|sous|en|lès|lez|le|la|les|de|du|des|aux)';
const FRENCH_JOIN = new RegExp(`^${FRENCH_JOINS}$`);
/** A French place's name read as one word, joined by one of those ("Fos-sur-Mer"). */
const FRENCH_PLACE = new RegExp(`^\\p{Lu}[\\p{L}-]*-${FRENCH_JOINS}-\\p{Lu}`, 'u');
/**
 * The last token of a word of capitalised parts joined by hyphens, one joint at least an ezafe
 * or a French place's joining word ("Tehrik-i-Taliban", "Saint-Germain-en-Laye"), with no space
 * anywhere; -1 where tokens from i are no such word.
 */
function compoundEnd(tokens: readonly Token[], i: number): number {
  if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text)) return -1;
  let k = i, joined = false;
  const touching = (a: number) => !!tokens[a] && tokens[a].start === tokens[a - 1].end;
  for (;;) {
    if (tokens[k + 1]?.text !== '-' || !touching(k + 1) || !touching(k + 2)) break;
    const x = tokens[k + 2];
    if ((EZAFE.test(x.text) || FRENCH_JOIN.test(x.text)) && tokens[k + 3]?.text === '-' && touching(k + 3) && touching(k + 4) && capital(tokens[k + 4])) { k += 4; joined = true; continue; }
    if (capital(x) && /^\p{Lu}\p{Ll}/u.test(x.text)) { k += 2; continue; }
    break;
  }
  return joined ? k : -1;
}

const isHashtag = (x: string) => x.length > 1 && x.charCodeAt(0) === 35 /* # */ && LETTER.test(x[1]);

/** The index of the piece that starts exactly at `offset`, or -1 (pieces are sorted by start). */
function pieceStartingAt({ starts }: PieceList, offset: number): number {
  const k = lastTokenAtOrBefore(starts, offset);
  return k >= 0 && starts[k] === offset ? k : -1;
}
/** The pieces that make up exactly the text [start, end), or null where no piece starts at `start` or none ends at `end`. */
function piecesSpanning(list: PieceList, start: number, end: number): Piece[] | null {
  const a = pieceStartingAt(list, start), b = lastTokenAtOrBefore(list.starts, end - 1);
  return a >= 0 && b >= a && list.pieces[b].end === end ? list.pieces.slice(a, b + 1) : null;
}

/**
 * A place after "in", between a body's name and its acronym in brackets, is the end of the body's
 * name when the acronym ends in the place's initial ("the United Nations Integrated Office in Haiti
 * (BINUH)", "the Evangelical Church of the Lutheran Confession in Brazil (IECLB)"). Found mentions
 * are changed in place.
 */
function placeInBodyName(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  if (!text.includes(' (')) return;
  const byEnd = new Map<number, number>();
  found.forEach((m, i) => byEnd.set(m.end, i));
  const drop = new Set<number>();
  for (let at = text.indexOf(' (', 0); at >= 0; at = text.indexOf(' (', at + 2)) {
    const i = byEnd.get(at);
    const place = i !== undefined && found[i].type === 'PLACE' ? found[i] : undefined;
    const acronym = place && /^\((\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu})\)/u.exec(text.slice(at + 1, at + 14));
    if (!place || !acronym || text.slice(place.start - 4, place.start) !== ' in ') continue;
    const body = byEnd.get(place.start - 4);
    if (body === undefined || found[body].type !== 'ORG' || acronym[1].slice(-1) !== place.text[0]) continue;
    const ps = piecesSpanning(list, found[body].start, place.end);
    if (!ps) continue;
    const name = text.slice(found[body].start, place.end);
    found[body] = mention({ pieces: ps, strict: false }, name, 'ORG', name, found[body].certain);
    drop.add(i!);
  }
  if (drop.size) { const kept = found.filter((_, k) => !drop.has(k)); found.length = 0; found.push(...kept); }
}

/**
 * "an MP for Law and Justice (PiS)", "Freedom and Direct Democracy (SPD)": capitalised words joined
 * by "and", right before a body's acronym in brackets whose letters they do not spell (it is
 * another language's), are that body, where no given name opens them and the data knows them as
 * nothing else. What was found inside them ("Law" as a person) gives way.
 */
function conjoinedBeforeAcronym(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  if (!text.includes(' and ')) return;
  const add: (NamedMention & { certain: boolean })[] = [];
  for (const a of found) {
    if (a.type !== 'ORG' || text.slice(a.start - 2, a.start) !== ' (' || text[a.end] !== ')' || !/^\p{Lu}[\p{L}&]{1,6}$/u.test(a.text) || !/\p{Lu}.*\p{Lu}/u.test(a.text)) continue;
    const m = CONJOINED_BEFORE.exec(text.slice(Math.max(0, a.start - 2 - 60), a.start - 2));
    if (!m) continue;
    const name = m[1], start = a.start - 2 - name.length, end = a.start - 2;
    const first = name.split(' ')[0];
    if (isGivenName(first) || isTitleStart(first) || lookup(name) || isCountryWithAnd(name)) continue;
    if (found.some(f => f.start < end && start < f.end && (f.type !== 'PERSON' || f.certain))) continue;
    const ps = piecesSpanning(list, start, end);
    if (ps) add.push(mention({ pieces: ps, strict: false }, name, 'ORG', name, false));
  }
  for (const o of add) {
    for (let k = found.length - 1; k >= 0; k--) if (found[k].start < o.end && o.start < found[k].end) found.splice(k, 1);
    found.push(o);
  }
}
/** Capitalised words, "and", capitalised words, at the end of a stretch: "Law and Justice", "Freedom and Direct Democracy". */
const CONJOINED_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,3} and (?:the )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,3})$/u;

/**
 * "a Gallup poll", "an Invamer poll for El Tiempo", "a new YouGov survey": one or two capitalised
 * words between an article and "poll" or "survey" name the pollster, a body, even where the data
 * knows a small town of that name (a country, a state or a big city stays a place: "an Iowa poll").
 */
function pollsters(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  if (!text.includes(' poll') && !text.includes(' survey')) return;
  POLLSTER.lastIndex = 0;
  for (let m = POLLSTER.exec(text); m; m = POLLSTER.exec(text)) {
    const name = m[1], start = m.index + m[0].indexOf(' ') + 1, end = start + name.length;
    if (isMajorPlace(name) || isNationality(name) || isCommonWord(name) || isGivenName(name.split(' ')[0])) continue;
    const known = lookup(name);
    if (known && known.type !== 'PLACE') continue;
    const i = found.findIndex(f => f.start < end && start < f.end);
    if (i >= 0 && (found[i].start !== start || found[i].end !== end || found[i].type === 'ORG')) continue;
    const ps = piecesSpanning(list, start, end);
    if (!ps) continue;
    const org = mention({ pieces: ps, strict: false }, name, 'ORG', name, false);
    if (i >= 0) found[i] = org; else found.push(org);
  }
}
const POLLSTER = /\b(?:[Aa]n?|[Tt]he|[Nn]ew|[Ll]atest|[Rr]ecent) (\p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+)?) (?:opinion |exit |phone |online )?(?:poll|survey)s?\b/gu;

/** A piece's place in the piece list, found by its start (no two pieces start at one offset). */
function pieceIndex(list: PieceList, p: Piece): number {
  return pieceStartingAt(list, p.start);
}

const WEB_DOMAIN = /^(?:com|org|net|gov|edu|info|io)$/;
/** The party letter of a US politician's tag: "D-Calif.", "R-Texas", "I-Vt.". */
const PARTY_LETTER = /^[DRI]$/;
/** The word of a medium that a channel's number follows: "BBC Radio 4", "Channel 4", "Sky Sports 1". */
const BROADCAST_WORD = /^(?:Radio|Channel|TV|FM|Sports|News)$/;
const isCap = capital;
/** Initials that stand for common nouns, not names: "AI", "EV", "LNG", "GDP". */
const COMMON_INITIALS = /^(?:AI|EV|EVs|LNG|LPG|GDP|VAT|GPS|DNA|HIV|IT|TV|5G|4G|VR|AR)$/;
const QUANTIFIER = /^(?:Several|Many|Some|Few|Both|Most|Various|Numerous)$/;
/** A company's legal form, which closes only a company's name. */
const LEGAL_FORM = /^(?:Inc\.?|Ltd\.?|LLC|LLP|PLC|Plc|GmbH|AG|SA|S\.A\.|SpA|S\.p\.A\.|SRL|Srl|S\.R\.L\.|SARL|SAS|BV|B\.V\.|NV|N\.V\.|Oy|Oyj|AB|ASA|KK|Kft|Zrt|Pty|ApS|Bhd|Tbk)$/;
/** Maximal runs of capitalised pieces, joined across name particles, "of", hyphens, slashes and "'s Cathedral". */
function runs({ pieces, capitals }: PieceList): Piece[][] {
  const out: Piece[][] = [];
  let i = 0;
  for (const c of capitals) {
    if (c < i) continue; // already taken into the run before
    // ("Several Democratic lawmakers warned": a quantifier capitalised because it opens the sentence is no part of a name)
    if (startsSentence(pieces[c]) && QUANTIFIER.test(pieces[c].text)) continue;
    // "al-Ikhbariya", "ash-Sharq": a lowercase Arabic article hyphenated onto the name opens it
    i = c >= 2 && c - 2 >= i && isArticleJoin(pieces, c - 2) ? c - 2 : c;
    const run = [pieces[i]];
    let j = i + 1;
    if (i < c) { run.push(pieces[i + 1], pieces[c]); j = c + 1; }
    // ("a video on X. Then she left": the platform's letter ends its sentence, no initial of a name)
    const platformLetter = run.length === 1 && pieces[i].text === 'X.' && pieces[i - 1]?.text === 'on';
    while (j < pieces.length && !platformLetter) {
      const p = pieces[j];
      if (afterNewline(p) || p.sentence !== pieces[j - 1].sentence && !isCap(p)) break;
      // ("Liberal Democrat MPs called": members of a legislature, in capitals, are no part of a name)
      // ("the Haifa AI chip start-up", "the Ulsan AI data centre": a common noun's initials before a
      // lowercase noun modify the noun, no part of the name before them)
      if (COMMON_INITIALS.test(p.text) && pieces[j + 1] && /^\p{Ll}/u.test(pieces[j + 1].text) && pieces[j + 1].pos === 'NOUN' && afterOneSpace(pieces[j + 1])) break;
      if (isCap(p) && !startsSentence(p) && !MEMBERS_PLURAL.test(p.text)) { run.push(p); j++; continue; }
      if (MEMBERS_PLURAL.test(p.text)) break;
      const next = pieces[j + 1];
      const last = run[run.length - 1];
      // "Liam Ó hAodha", "Máire Ní hÉigeartaigh": an Irish surname after Ó, Ní or Mac keeps the
      // lowercase letter its grammar puts before it
      if (IRISH_MUTATED.test(p.text) && IRISH_PARTICLE.test(last.text) && afterOneSpace(p)) { run.push(p); j++; continue; }
      // "the Académie française", "the Assemblée nationale", "the Guardia civil": a lowercase adjective
      // of another language (no English word) right after a body's first word in that language
      if ((run.length === 1 || run.length === 2 && run[0].text === 'The') && isForeignOrgLead(last.text) && afterOneSpace(p) && FOREIGN_ADJECTIVE.test(p.text) && !isCommonWord(p.text) && !(next && isCap(next) && afterOneSpace(next) && next.sentence === p.sentence)) { run.push(p); j++; continue; }
      // "Kim Jong-un": a short lowercase syllable hyphenated onto a name.
      if (p.text === '-' && !afterSpace(p) && next && !afterSpace(next) && /^\p{Ll}{1,2}$/u.test(next.text)) { run.push(p, next); j += 2; continue; }
      if (/^-\p{Ll}{1,2}$/u.test(p.text) && !afterSpace(p)) { run.push(p); j += 1; continue; }
      // "Gawker.com": a web address is a site's name.
      if (p.text === '.' && !afterSpace(p) && next && !afterSpace(next) && WEB_DOMAIN.test(next.text)) { run.push(p, next); j += 2; continue; }
      // "Suleiman al-Amr", "Abd el-Fattah": an Arabic article hyphenated onto the next name.
      if (isArticleJoin(pieces, j)) { run.push(p, next, pieces[j + 2]); j += 3; continue; }
      // "Ursula von der Leyen", "Rafael van der Vaart", "Juan de la Cruz": two particles before a name
      if (nameParticles.has(p.text) && next && nameParticles.has(next.text) && afterOneSpace(next) && pieces[j + 2] && isCap(pieces[j + 2]) && afterOneSpace(pieces[j + 2]) && !afterNewline(pieces[j + 2])) { run.push(p, next, pieces[j + 2]); j += 3; continue; }
      // "the Security Council on Friday", "the Commission in March": a date is no part of a name
      // (a Sunday paper's is: "The Mail on Sunday", "Scotland on Sunday")
      if (next && isCap(next) && !afterNewline(next) && !(FUNCTION_POS.has(p.pos) && isCalendarName(next.text)
        && !(next.text === 'Sunday' && (isNewspaperHead(last.text) || lookup(last.text)?.type === 'PLACE')))) {
        if ((p.text === '-' || p.text === '/') && !afterSpace(p) && !afterSpace(next)) { run.push(p, next); j += 2; continue; }
        // ("Lakas–CMD": an en dash joins a short form in capitals onto a party's name; "Russia–Ukraine" stays two)
        if (p.text === '–' && !afterSpace(p) && !afterSpace(next) && /^\p{Lu}{2,}$/u.test(next.text) && !lookup(next.text)) { run.push(p, next); j += 2; continue; }
        // ("the Minnesota Democratic–Farmer–Labor Party": or words joined by en dashes on the way to a body's head word)
        if (p.text === '–' && !afterSpace(p) && !afterSpace(next) && !(lookup(last.text)?.type === 'PLACE' && lookup(next.text)?.type === 'PLACE')) {
          let e = j + 1;
          while (e + 2 < pieces.length && e < j + 7 && pieces[e + 1].text === '–' && !afterSpace(pieces[e + 1]) && !afterSpace(pieces[e + 2]) && isCap(pieces[e + 2])) e += 2;
          const head = pieces[e + 1];
          if (head && isCap(head) && afterOneSpace(head) && isOrgHead(head.text)) { run.push(...pieces.slice(j, e + 2)); j = e + 2; continue; }
        }
        if (nameParticles.has(p.text)) { run.push(p, next); j += 2; continue; }
        // "Bosnia and Herzegovina", "Turks and Caicos Islands": a country the data knows, with "and" in its name.
        if (p.text === 'and' && run.length <= 2) {
          const third = pieces[j + 2] && isCap(pieces[j + 2]) && !afterNewline(pieces[j + 2]) ? [pieces[j + 2]] : [];
          if (third.length && isCountryWithAnd(textOf0([...run, p, next, ...third]))) { run.push(p, next, ...third); j += 3; continue; }
          if (isCountryWithAnd(textOf0([...run, p, next]))) { run.push(p, next); j += 2; continue; }
          // "the England and Wales Cricket Board", "the Bosnia and Herzegovina Football Federation":
          // two places joined by "and", then words that end in a body's head word, name one body
          if (lookup(textOf0(run).replace(/^The /, ''))?.type === 'PLACE' && lookup(next.text)?.type === 'PLACE') {
            let e = j + 2;
            while (e < pieces.length && e < j + 5 && isCap(pieces[e]) && !afterNewline(pieces[e]) && !isOrgHead(pieces[e].text)) e++;
            if (e > j + 2 && e < pieces.length && isCap(pieces[e]) && !afterNewline(pieces[e]) && isOrgHead(pieces[e].text)) { run.push(...pieces.slice(j, e + 1)); j = e + 1; continue; }
          }
        }
        // "Fire and Emergency New Zealand", "Fisheries and Oceans Canada": ordinary nouns joined by "and",
        // then a country's name, are one national body
        if (p.text === 'and' && run.length === 1 && isCommonWord(last.text) && !isNationality(last.text) && !isTitleStart(last.text)) {
          const e = nationalBodyEnd(pieces, j + 1, isRemitWord(last.text));
          if (e > 0) { run.push(...pieces.slice(j, e)); j = e; continue; }
        }
        // "Organization for Security and Co-operation in Europe": a body the data knows, with "in" in its name.
        if (p.text === 'in' && run.length >= 3 && lookup(textOf0([...run, p, next]))?.type === 'ORG') { run.push(p, next); j += 2; continue; }
        // "African Union Transition Mission in Somalia", "UN Assistance Mission in Afghanistan", "EU
        // Monitoring Mission in Armenia": a mission's country after "in" or "to" is part of its name
        if ((p.text === 'in' || p.text === 'to') && run.length >= 2 && /^Missions?$/.test(last.text)) {
          let n = 3;
          while (n > 0 && !(pieces[j + n] && lookup(textOf0(pieces.slice(j + 1, j + 1 + n)))?.type === 'PLACE' && pieces.slice(j + 1, j + 1 + n).every(q => isCap(q) && !afterNewline(q)))) n--;
          if (n > 0) { run.push(...pieces.slice(j, j + 1 + n)); j += 1 + n; continue; }
        }
        // "the ACLU of Michigan", "the NAACP of Ohio": a body's acronym and the state or city of its branch
        if (p.text === 'of' && run.length === 1 && ACRONYM.test(last.text) && lookup(last.text)?.type !== 'PLACE' && !isNotEntity(last.text) && !isTitle(last.text) && lookup(next.text)?.type === 'PLACE' && !isCountryName(next.text)
          && !(pieces[j + 2] && isCap(pieces[j + 2]) && afterOneSpace(pieces[j + 2]) && pieces[j + 2].sentence === next.sentence)) { run.push(p, next); j += 2; continue; }
        // "Committee to Protect Journalists", "Campaign to End Loneliness": a body's head word and its
        // purpose, "to" and a capitalised verb with its object (common words the data knows no name by)
        if (p.text === 'to' && run.length <= 3 && isOrgHead(last.text) && isCommonWord(next.text) && !lookup(next.text) && afterOneSpace(next) && !startsSentence(next)) {
          let e = j + 2;
          while (e < pieces.length && e < j + 5 && isCap(pieces[e]) && afterOneSpace(pieces[e]) && pieces[e].sentence === next.sentence && isCommonWord(pieces[e].text) && !lookup(pieces[e].text)) e++;
          if (e > j + 2) { run.push(...pieces.slice(j, e)); j = e; continue; }
        }
        // "Council on Foreign Relations", "Committee on Human Rights": a body's remit after "on".
        if (p.text === 'on' && (isOrgHead(last.text) || isOrgLead(last.text))) { run.push(p, next); j += 2; continue; }
        // "Commission of Inquiry into Federal Digital Procurement", "Independent Inquiry into Child Sexual Abuse": an inquiry's remit after "into"
        if (p.text === 'into' && last.text === 'Inquiry' && !lookup(next.text)) { run.push(p, next); j += 2; continue; }
        // "Minister of Education", "Voice of America": a title or a body's first word with its remit.
        // ("Joint Chiefs of Staff": or a body the data knows by the whole)
        if ((p.text === 'of' || p.text === 'for') && (isOrgLead(last.text) || isTitle(last.text) && !isNationality(next.text) || lookup(textOf0([...run, p, next]).replace(/^The /, ''))?.type === 'ORG')) { run.push(p, next); j += 2; continue; }
        // "Ministry of Energy and Mines", "Minister for Foreign Affairs and Trade": a remit of two parts.
        if (p.text === 'and' && run.length > 2 && isRemitWord(last.text) && isRemitWord(next.text) && run.some(r => r.text === 'of' || r.text === 'for' || r.text === 'on') && !namesBody(pieces, j + 1)) { run.push(p, next); j += 2; continue; }
        // ("Ministry of Culture and National Heritage", "Ministry of Defence and Public Security": the
        // second remit may open with an adjective)
        if (p.text === 'and' && run.length > 2 && isRemitWord(last.text) && isCommonWord(next.text) && !isOrgHeadOrPlural(next.text) && !lookup(next.text) && pieces[j + 2] && isCap(pieces[j + 2]) && afterOneSpace(pieces[j + 2]) && isRemitWord(pieces[j + 2].text)
          && run.some(r => r.text === 'of' || r.text === 'for' || r.text === 'on') && !namesBody(pieces, j + 1)) { run.push(p, next, pieces[j + 2]); j += 3; continue; }
        // "Food and Drug Administration", "Securities and Exchange Commission", "Fish and Wildlife
        // Service": two common words joined by "and" before a body's head word name one body.
        // ("Independent Electoral and Boundaries Commission", "UN Relief and Works Agency": two common
        // words, or a body's acronym and a common word, before "and" are no name by themselves
        // either; one word, as in "Labour and Conservative Party", may be)
        if (p.text === 'and' && run.length <= 3 && (run.slice(0, -1).every(q => q.text === 'The' || lookup(q.text)?.type === 'PLACE') || run.filter(q => q.text !== 'The').length >= 2 && run.every((q, i) => q.text === 'The' || (isCommonWord(q.text) || (i === 0 || i === 1 && run[0].text === 'The') && ACRONYM.test(q.text) && lookup(q.text)?.type === 'ORG') && !isOrgHead(q.text) && !startsSentence(q))) && isCommonWord(last.text) && commonOrPrefixed(next.text) && !lookup(last.text) && !startsSentence(next)) {
          let e = j + 2;
          while (e < pieces.length && e < j + 4 && isCap(pieces[e]) && !afterNewline(pieces[e]) && !isOrgHead(pieces[e].text)) e++;
          if (e < pieces.length && isCap(pieces[e]) && !afterNewline(pieces[e]) && isOrgHead(pieces[e].text) && pieces.slice(j + 1, e + 1).every(q => commonOrPrefixed(q.text) || isOrgHead(q.text))) {
            run.push(...pieces.slice(j, e + 1)); j = e + 1; continue;
          }
        }
        // "National Disaster Prevention and Response Service", "Hydrographic and Oceanographic Service":
        // a body's two remits joined by "and", of ordinary words or adjectives, before its head word.
        // (the part before "and" is no name by itself: no head word, nothing the data knows, no
        // given name; "Labour and Conservative Party" and "the Foreign Office and Home Office" stay two)
        if (p.text === 'and' && !startsSentence(next)) {
          const left = run[0].text === 'The' ? run.slice(1) : run;
          // ("European Border and Coast Guard Agency": a nationality may open it)
          if (left.length >= 1 && left.length <= 4 && left.every((q, i) => i === 0 && left.length > 1 && isNationality(q.text) || remitLike(q.text) && !isOrgHeadOrPlural(q.text) && !lookup(q.text) && !isGivenName(q.text))) {
            let e = j + 1;
            while (e < pieces.length && e < j + 5 && isCap(pieces[e]) && !afterNewline(pieces[e]) && !isOrgHead(pieces[e].text) && remitLike(pieces[e].text) && !lookup(pieces[e].text)) e++;
            if (e > j + 1 && e < pieces.length && isCap(pieces[e]) && !afterNewline(pieces[e]) && isOrgHead(pieces[e].text)) { run.push(...pieces.slice(j, e + 1)); j = e + 1; continue; }
          }
        }
        // "Movimento 5 Stelle", "Group 4 Services": a short number between two capitalised words.
        if (p.text.charCodeAt(0) <= 57 && /^\d{1,3}$/.test(p.text) && afterSpace(p) && afterSpace(next) && !startsSentence(next)) { run.push(p, next); j += 2; continue; }
        // "Hatay 4th High Criminal Court", "Istanbul 13th Heavy Penal Court": an ordinal numbers a court
        // or a body of its town, before a name ending in a body's head word
        if (p.text.charCodeAt(0) <= 57 && /^\d{1,3}(?:st|nd|rd|th)$/.test(p.text) && afterOneSpace(p) && afterOneSpace(next) && !startsSentence(next)) {
          let e = j + 1;
          while (e < pieces.length && e < j + 5 && isCap(pieces[e]) && afterOneSpace(pieces[e]) && !isOrgHead(pieces[e].text)) e++;
          if (e < pieces.length && isCap(pieces[e]) && afterOneSpace(pieces[e]) && isOrgHead(pieces[e].text)) { run.push(...pieces.slice(j, e + 1)); j = e + 1; continue; }
        }
        // "Department for Environment, Food and Rural Affairs", "Ministry of Housing, Communities and
        // Local Government": a body's remit listed with commas, its last item after "and"
        // (the first item may be any common word: "Ministry of Land, Infrastructure and Transport";
        // or two or three: "Ministry of National Health Services, Regulations and Coordination")
        if (p.text === ',' && !afterSpace(p) && run.length > 2 && (isRemitWord(last.text) || isCommonWord(last.text) && !lookup(last.text) && (run[run.length - 2]?.text === 'of' || firstRemitItem(run))) && run.some((r, k) => (r.text === 'of' || r.text === 'for') && k > 0 && (isOrgHead(run[k - 1].text) || isOrgLead(run[k - 1].text)))) {
          const e = listedRemitEnd(pieces, j);
          if (e > 0) { run.push(...pieces.slice(j, e)); j = e; continue; }
        }
        // "Union of Rationalist Atheists and Agnostics": a one-word last conjunct of a body's remit.
        if (p.text === 'and' && run.length > 2 && !startsSentence(next) && !(pieces[j + 2] && isCap(pieces[j + 2]) && !afterNewline(pieces[j + 2])) && run.some((r, k) => (r.text === 'of' || r.text === 'for') && k > 0 && isOrgHead(run[k - 1].text)) && !lookup(next.text)) { run.push(p, next); j += 2; continue; }
        // "Centers for Disease Control and Prevention", "Center for Strategic and International
        // Studies": a last conjunct of common words, after a body's first word and its "for" or "of"
        if (p.text === 'and' && run.length > 2 && !startsSentence(next) && run.some((r, k) => (r.text === 'of' || r.text === 'for') && k > 0 && (isOrgHead(run[k - 1].text) || isOrgLead(run[k - 1].text)))) {
          let e = j + 1;
          while (e < pieces.length && isCap(pieces[e]) && !afterNewline(pieces[e]) && afterSpace(pieces[e])) e++;
          const tail = pieces.slice(j + 1, e);
          // ("Centre for Volcanology and Geological Hazard Mitigation": an abstract noun the word list lacks counts, by its suffix)
          if (tail.length <= 3 && tail.every(q => (isCommonWord(q.text) || isNationality(q.text) || ABSTRACT_NOUN.test(q.text)) && !isTitleStart(q.text) && !lookup(q.text))) { run.push(p, ...tail); j = e; continue; }
        }
        // "University of Texas at Austin": a university's campus after "at".
        // ("University of Illinois at Urbana-Champaign": a small town's name, or two hyphenated)
        if (p.text === 'at' && run.some((r, k) => r.text === 'of' && run[k - 1]?.text === 'University')) {
          const town = (w: string) => lookup(w)?.type === 'PLACE' || !!smallTown(w);
          const hyphened = pieces[j + 2]?.text === '-' && !afterSpace(pieces[j + 2]) && pieces[j + 3] && isCap(pieces[j + 3]) && !afterSpace(pieces[j + 3]);
          if (hyphened && (town(next.text) || town(pieces[j + 3].text))) { run.push(p, next, pieces[j + 2], pieces[j + 3]); j += 4; continue; }
          if (town(next.text) || pieces[j + 2] && isCap(pieces[j + 2]) && lookup(next.text + ' ' + pieces[j + 2].text)?.type === 'PLACE') { run.push(p, next); j += 2; continue; }
        }
        // "McGill and Partners", "Harland and Sons", "Bain and Company": a firm named after its founder
        // and its partners, sons or associates (with "and" spelled out)
        if (p.text === 'and' && FIRM_PARTNERS.test(next.text) && run.length <= 2 && !isGivenName(run[0].text) && !startsSentence(next) && !(pieces[j + 2] && isCap(pieces[j + 2]) && afterOneSpace(pieces[j + 2]))) { run.push(p, next); j += 2; continue; }
        // "Marks & Spencer", "Mary & Leigh Block Museum": an ampersand between capitalised words.
        if (p.text === '&' && afterSpace(p) && !startsSentence(next)) { run.push(p, next); j += 2; continue; }
        // "Council on American - Islamic Relations": a spaced hyphen inside a body's name.
        if (p.text === '-' && afterOneSpace(p) && afterOneSpace(next) && run.some(r => isOrgHead(r.text))) { run.push(p, next); j += 2; continue; }
        // ("National Institutes of Health", "National Museums of Kenya": a head word's plural too, after
        // a word of the name: "Funds for HIV and TB care fell" is no body)
        // ("the Gorno-Badakhshan Autonomous Region of Tajikistan": a named place's head word, "of" and a
        // country is the place and its country, two names; "the Province of Quebec" is one)
        if ((p.text === 'of' || p.text === 'for') && (isOrgHead(last.text) || run.length > 1 && isOrgHeadOrPlural(last.text) || isPlaceHead(last.text) && !(run.length > 1 && p.text === 'of' && isCountryName(next.text) && !(pieces[j + 2] && isCap(pieces[j + 2]) && afterOneSpace(pieces[j + 2]))) || p.text === 'of' && run.length === 1 && GEO_FIRST.test(last.text) || isTitle(run.map(r => r.text).join(' ') + ' of ' + next.text) || p.text === 'of' && lookup(`${textOf0(run)} of ${next.text}`))) {
          run.push(p, next); j += 2; continue;
        }
        // "Alternative for Germany", "Together for Catalonia": a capitalised common word mid-sentence,
        // "for" and a country or region names a party or a movement
        // ("Brothers of Italy", "Friends of Syria": a plural, "of" and a country or a continent, likewise)
        if ((p.text === 'for' || p.text === 'of' && /\p{Ll}s$/u.test(last.text)) && run.length === 1 && !startsSentence(last) && isCommonWord(last.text) && !isTitle(last.text) && isMajorPlace(next.text) && !(pieces[j + 2] && isCap(pieces[j + 2]) && !afterNewline(pieces[j + 2]))) { run.push(p, next); j += 2; continue; }
        // "UN High Commissioner for Refugees", "EU Commissioner for Trade": a body's office named after its remit.
        if (p.text === 'for' && isBodyOffice(run)) { run.push(p, next); j += 2; continue; }
        // "St. Michael's Cathedral", "Korean People's Army": a possessive inside a name, when what
        // comes before is not itself a known name ("Ukraine's Black Sea" stays two mentions).
        // ("William Ruto's United Democratic Alliance": a person's full name before it owns the body)
        // "Leeds Magistrates' Court", "the Workers' Party", "the Teachers' Union": a plural's
        // possessive mark inside a body's name, before its head word
        // ("the Philippines' Department of Health", "the United States’ embassy": not after a place's
        // name, whose possessive owns what follows; a saint's is a hospital's or a church's own: "St Thomas' Hospital")
        if ((p.text === "'" || p.text === '’') && !afterSpace(p) && /\p{Ll}s$/u.test(last.text) && afterOneSpace(next) && isCap(next) && !placeOwner(run)) {
          // ("Ghana Union of Traders' Associations": the head word may be plural; "the Bangladesh General
          // Students' Rights Protection Council": up to three words before it; "the Ministry of
          // Agriculture and Farmers' Welfare": or none, the name a body's since its first word)
          let e = isOrgHeadOrPlural(next.text) || isFacilityHead(next.text) ? j + 2 : 0;
          // ("the Greens’ Australian Research Council Amendment Bill": not a name of its own that opens with a nationality)
          for (let h = j + 2; !e && !isNationality(next.text) && !lookup(next.text) && h <= j + 4 && pieces[h] && isCap(pieces[h]) && afterOneSpace(pieces[h]); h++) if (isOrgHead(pieces[h].text)) e = h + 1;
          if (!e && isOrgHead(run[0].text) && run.length >= 3) { e = j + 2; while (e < j + 4 && pieces[e] && isCap(pieces[e]) && afterOneSpace(pieces[e])) e++; }
          if (e) { run.push(...pieces.slice(j, e)); j = e; continue; }
        }
        // ("the BoE's Monetary Policy Committee", "the DoJ's Civil Rights Division": nor after an acronym)
        // ("In Vietnam's Mekong Delta": the preposition opening the sentence is no part of the owner's name)
        // ("St Paul's Cathedral", "St. Mary's Church": a saint's possessive before a building's head word
        // names the building, though "St Paul" is also a city)
        if ((p.text === '’s' || p.text === "'s") && !afterSpace(p) && (!lookup(textOf0(ownerWords(run))) || saintsBuilding(run, pieces, j)) && !ACRONYM.test(run[run.length - 1].text) && !MIXED_ACRONYM.test(run[run.length - 1].text)) {
          let e = j + 1;
          while (e < pieces.length && e < j + 4 && isCap(pieces[e]) && afterSpace(pieces[e])) e++;
          const tail = pieces.slice(j + 1, e);
          // ("Cox's Bazar", "Martha's Vineyard": a name the data knows with the possessive inside)
          const known = tail.length && run.length <= 2 ? [tail.length, 1].find(n => lookup(`${textOf0(run)}${p.text} ${textOf0(tail.slice(0, n))}`)) : undefined;
          if (known) { run.push(p, ...tail.slice(0, known)); j += 1 + known; continue; }
          // ("Sydney Children's Hospital": a building is named so, whoever the words before may be)
          const building = tail.length > 0 && isFacilityHead(tail[tail.length - 1].text);
          // ("the Taliban's Ministry of Refugees": a head word with its remit after it is a body's whole name, which the owner only owns)
          // ("the People's Party for Freedom and Democracy": not after ordinary words, one name with its possessive inside)
          // ("the Parliament's Committee on Constitutional Affairs": a body owning one is no ordinary word)
          const remitted = tail.length === 1 && isOrgHead(tail[0].text) && /^(?:of|for|on)$/.test(pieces[e]?.text ?? '') && !!pieces[e + 1] && isCap(pieces[e + 1]) && (!run.every(r => isCommonWord(r.text)) || isOrgHead(run[run.length - 1].text));
          // ("Queen's University Belfast", "King's College London": a sovereign's possessive opening a body's name)
          const royal = run.length === 1 && ROYAL_OWNER.test(last.text) && tail.length > 0 && isOrgHead(tail[0].text) && isCommonWord(tail[0].text);
          if (royal) { run.push(p, ...tail); j = e; continue; }
          // ("Heidelberg University's South Asia Institute": a body's whole name owning another's is two bodies)
          const ownedBody = run.length >= 2 && isOrgHead(last.text) && tail.length >= 2 && isOrgHead(tail[tail.length - 1].text);
          if (tail.length && !remitted && !ownedBody && (building || !personBefore(run) && !ownerBefore(run, pieces, j) && !roleBefore(run, pieces)) && (isPlaceHead(tail[tail.length - 1].text) || isOrgHead(tail[tail.length - 1].text) || building)) { run.push(p, ...tail); j = e; continue; }
        }
      }
      // "The City of Cape Town has warned", "an official of the City of Tshwane": a city's council named
      // as "the City of" the city is a body (as "the Municipality of Livorno" is)
      const cityEnd = p.text === 'of' && last.text === 'City' && (run.length === 1 || run.length === 2 && run[0].text === 'The') && next && isCap(next) && !afterNewline(next)
        && /^the$/i.test(pieces[j - 2]?.text ?? run[0].text) ? cityAfter(pieces, j + 1) : 0;
      if (cityEnd > 0) { run.push(...pieces.slice(j, cityEnd)); j = cityEnd; continue; }
      // "Save the Children", "Friends of the Earth": a name the data knows, across a lowercase "the"
      if ((p.text === 'the' || p.text === 'of') && next && !afterNewline(next)) {
        const n2 = next.text === 'the' ? pieces[j + 2] : next;
        const end = next.text === 'the' ? j + 2 : j + 1;
        if (n2 && isCap(n2) && !afterNewline(n2) && lookup(`${textOf0(run)} ${textOf0(pieces.slice(j, end + 1))}`)?.type === 'ORG') { run.push(...pieces.slice(j, end + 1)); j = end + 1; continue; }
      }
      // "Joint Council for the Welfare of Immigrants"
      // "Chancellor of the Exchequer Rachel Reeves": a title with its remit after "of the".
      // "Democratic Republic of the Congo", "Isle of the Dead": a name the data knows with "of the" inside.
      // ("U.S. Court of Appeals for the Ninth Circuit": or "for the" once the run holds a body's head word)
      // ("served two terms in the Senate for the Liberal Party": not a chamber alone before "for the")
      if ((p.text === 'of' || p.text === 'for') && next?.text === 'the' && pieces[j + 2] && isCap(pieces[j + 2]) && !afterNewline(pieces[j + 2]) && !(p.text === 'for' && run.length === 1 && isLegislature(run[0].text))
        // ("KINSHASA — The Democratic Republic of the Congo": a run that opens with "The" mid-sentence holds it)
        && (isOrgHead(run[run.length - 1].text) || isTitle(run[run.length - 1].text) || lookup(`${textOf0(run)} ${p.text} the ${pieces[j + 2].text}`.replace(/^The /, ''))
        || p.text === 'for' && run.length >= 3 && run.some(r => isOrgHead(r.text)) && !isNationality(pieces[j + 2].text) && !startsSentence(pieces[j + 2])
        // ("Assembly of the Representatives of the People": or "of the" and one word no data knows, after a
        // plural of a body's remit; "Ministry of Foreign Affairs of the United Arab Emirates" is the country's)
        || p.text === 'of' && run.length >= 3 && run.some(r => isOrgHead(r.text)) && /\p{Ll}s$/u.test(run[run.length - 1].text) && (isCommonWord(run[run.length - 1].text.slice(0, -1)) || /ies$/.test(run[run.length - 1].text) && isCommonWord(run[run.length - 1].text.slice(0, -3) + 'y')) && !isNationality(pieces[j + 2].text) && !lookup(pieces[j + 2].text) && !(pieces[j + 3] && isCap(pieces[j + 3]) && afterOneSpace(pieces[j + 3])))) {
        run.push(p, next, pieces[j + 2]); j += 3; continue;
      }
      // "BBC Radio 2", "Channel 4": a broadcaster's channel numbered after its medium's word
      if (p.text.charCodeAt(0) <= 57 && /^\d{1,3}$/.test(p.text) && afterOneSpace(p) && BROADCAST_WORD.test(run[run.length - 1].text)) { run.push(p); j++; continue; }
      // "... for the Welfare of Immigrants": once a run holds a body's head word, "of X" continues it.
      if (p.text === 'of' && next && isCap(next) && !afterNewline(next) && run.some(r => isOrgHead(r.text))) { run.push(p, next); j += 2; continue; }
      // ("Bureau of Enquiry and Analysis for Civil Aviation Safety": and "for" a remit after "of" and "and")
      if (p.text === 'for' && next && isCap(next) && !afterNewline(next) && run.some(r => r.text === 'of') && run.some(r => r.text === 'and') && isOrgHead(run[0].text) && (isRemitWord(next.text) || isCommonWord(next.text))) { run.push(p, next); j += 2; continue; }
      break;
    }
    out.push(run);
    i = j;
  }
  return out;
}

/**
 * Entity m's other name at [start, end): a mention of the same body or place, in place of the guesses
 * inside that stretch, unless a mention reaches past it or one that `keeps` says must stay.
 */
function otherNameOf(text: string, found: (NamedMention & { certain: boolean })[], m: NamedMention & { certain: boolean }, start: number, end: number,
  keeps: (o: NamedMention & { certain: boolean }) => boolean, certain = true): void {
  const over = found.filter(o => o.start < end && start < o.end);
  if (over.some(o => keeps(o) || o.start < start || o.end > end)) return;
  for (const o of over) found.splice(found.indexOf(o), 1);
  found.push({ ...m, text: text.slice(start, end), start, end, certain });
}

/**
 * "The National Search and Rescue Agency, known as Basarnas,", "the Turkish Red Crescent, known in
 * Turkey as Kızılay,": a body's or a place's other name after "known (in X) as" is the same entity,
 * there and wherever the article uses it alone (where the rules only guessed a type for it).
 */
function knownAs(text: string, found: (NamedMention & { certain: boolean })[]): void {
  if (!text.includes('known ')) return;
  const added: { name: string; of: NamedMention & { certain: boolean } }[] = [];
  for (const m of found) {
    if (m.type !== 'ORG' && m.type !== 'PLACE') continue;
    const x = KNOWN_AS.exec(text.slice(m.end, m.end + 90));
    if (!x || isNotEntity(x[1]) || isNationality(x[1])) continue;
    added.push({ name: x[1], of: m });
  }
  // ("The authority, known in Italy simply as the Garante,", "the regulator, known as Ofcom,": or a
  // body the article names only by its type noun: the other name is a body's)
  for (const b of text.matchAll(BODY_NOUN_KNOWN)) {
    const after = b.index + b[0].length, x = KNOWN_AS.exec(text.slice(after, after + 90));
    if (!x || isNotEntity(x[1]) || isNationality(x[1]) || lookup(x[1])?.type === 'PLACE' || isGivenName(x[1].split(' ')[0])) continue;
    const at = after + x[0].lastIndexOf(x[1]);
    added.push({ name: x[1], of: { type: 'ORG', text: x[1], start: at, end: at + x[1].length, entity: null, value: null, key: x[1], role: undefined, certain: false } });
  }
  for (const { name, of } of added) {
    for (let at = text.indexOf(name, of.text === name ? of.start : of.end); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      otherNameOf(text, found, of, at, end, o => o.certain, false);
    }
  }
}
/** A body named by its type noun alone, before ", known as": "The authority", "the country's data regulator". */
const BODY_NOUN_KNOWN = /\b(?:the|its|The|Its) (?:[\p{Ll}-]+(?:['’]s)? ){0,3}(?:authority|agency|regulator|watchdog|commission|council|ministry|company|group|union|association|federation|organi[sz]ation|institute|office|board|bank|broadcaster|newspaper|party|alliance|movement)(?=,? (?:(?:also|locally|widely|commonly|better|officially) )?known )/gu;
/** After a body's or a place's name: ", known as Basarnas", ", known in Turkey as Kızılay", ", also known locally as the X". */
const KNOWN_AS = /^,? (?:(?:also|locally|widely|commonly|better|officially|simply) )?known (?:(?:locally |widely |simply )?(?:in|to) [^,.;:"“”\n]{1,40} )?(?:simply )?as (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3})(?=[,.;)\s])/u;

/**
 * "Alasdair and Fiona Buchanan", "John and Mary Smith": a given name before "and" and a person's
 * given name and surname shares the surname; the first is that person, in full, too
 * (ANNOTATION.md §1 on elided names). A word no data knows, not opening its sentence, counts as the
 * first given name when the second is one the lists know.
 */
function sharedSurnames(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  const { pieces } = list;
  for (let i = 0; i < found.length; i++) {
    const n = found[i];
    if (n.type !== 'PERSON' || n.role) continue;
    const words = n.text.split(' ');
    if (words.length !== 2 || !isGivenName(words[0]) || text.slice(n.start - 5, n.start) !== ' and ') continue;
    const k = pieceStartingAt(list, n.start);
    const p = pieces[k - 2];
    // (one word alone before "and": "By Jan Lopatka and Robert Muller" gives no "Lopatka")
    if (!p || pieces[k - 1]?.text !== 'and' || !/^\p{Lu}\p{Ll}+$/u.test(p.text) || !afterSpace(p) || !/(?:[,(:;]|\b\p{Ll}+)\s$/u.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
    const key = `${p.text} ${words[1]}`;
    const at = found.findIndex(m => m.start === p.start && m.end === p.end);
    if (at >= 0) {
      const m = found[at];
      if (m.type === 'PERSON' && !m.role && m.key === m.text) found[at] = { ...m, key };
      continue;
    }
    if (startsSentence(p) || afterNewline(p) || isCommonWord(p.text) || lookup(p.text) || isTitleWord(p.text) || found.some(m => m.start < p.end && p.start < m.end)) continue;
    found.push(mention({ pieces: [p], strict: false }, p.text, 'PERSON', key, false));
  }
}

/**
 * "Disney's Marvel Studios", "Alphabet's Google DeepMind Labs": a name no dictionary has before the
 * possessive, and after it a body's full name of two or more words, are an owner and what it owns
 * ("People's Liberation Army", "St. Michael's Cathedral" are one name: ordinary words, or one word after it).
 */
function ownerBefore(run: readonly Piece[], pieces: readonly Piece[], j: number): boolean {
  if (run.length !== 1 || isCommonWord(run[0].text) || !/^\p{Lu}\p{Ll}+$/u.test(run[0].text)) return false;
  let e = j + 1;
  while (e < pieces.length && isCap(pieces[e]) && afterSpace(pieces[e]) && !afterNewline(pieces[e])) e++;
  return e - (j + 1) >= 2 && isOrgHead(pieces[e - 1].text);
}

/** "'s Office of Goiás", "'s Department for Wales": after a possessive, a body's head word, "of" or "for", and capitalised words. */
function officeOfPlace(right: readonly Piece[]): boolean {
  const h = right.findIndex((p, i) => i > 0 && isOrgHead(p.text));
  return h > 0 && h + 2 < right.length && right.slice(1, h).every(isCap) && (right[h + 1].text === 'of' || right[h + 1].text === 'for')
    && right.slice(h + 2).every((p, i) => isCap(p) || i === 0 && p.text === 'the');
}

/** "St Paul" before "'s" and one building's head word ("Cathedral", "Church", "Hospital") and nothing capitalised after it. */
function saintsBuilding(run: readonly Piece[], pieces: readonly Piece[], j: number): boolean {
  const head = pieces[j + 1];
  return run.length === 2 && SAINT.test(run[0].text) && !!head && isCap(head) && afterSpace(head) && (isPlaceHead(head.text) || isFacilityHead(head.text))
    && !(pieces[j + 2] && isCap(pieces[j + 2]) && afterSpace(pieces[j + 2]));
}

/** The words of a run before a possessive, without a "The" or a function word opening the sentence ("In Vietnam", "The Philippines"). */
function ownerWords(run: Piece[]): Piece[] {
  return run.length > 1 && (run[0].text === 'The' || startsSentence(run[0]) && FUNCTION_POS.has(run[0].pos)) ? run.slice(1) : run;
}

/** The end (exclusive) of a city's name of one to three words from piece k, or 0 if none there is one the data knows. */
function cityAfter(pieces: readonly Piece[], k: number): number {
  for (let n = 3; n >= 1; n--) {
    const ps = pieces.slice(k, k + n);
    if (ps.length === n && ps.every((q, i) => isCap(q) && (i === 0 || afterOneSpace(q))) && isCityName(textOf0(ps))) return k + n;
  }
  return 0;
}

/** Whether the words before a plural's possessive name a place the data knows, not after a saint's title ("the Philippines'", not "St Thomas'"). */
function placeOwner(run: Piece[]): boolean {
  const owner = ownerWords(run);
  return !SAINT.test(owner[0].text) && lookup(textOf0(owner))?.type === 'PLACE';
}
const SAINT = /^(?:St|Ste|Saint)\.?$/;

/** Titles, a given name and at least one more capitalised word: "President William Ruto". */
function personBefore(run: readonly Piece[]): boolean {
  let i = 0;
  // ("Prime Minister Narendra Modi's": "Prime" is a title's word, not a title of its own)
  while (i < run.length && (isTitle(run[i].text) || isTitleModifier(run[i].text) || isTitleWord(run[i].text))) i++;
  // ("N. Chandrababu Naidu's Telugu Desam Party": or an initial)
  return i < run.length - 1 && (isGivenName(run[i].text) || /^\p{Lu}\.$/u.test(run[i].text) && isCap(run[i + 1])) && run.slice(i).every(isCap);
}

/** "Opposition leader Raila Odinga's": a lowercase role right before a name of two or more words makes it a person's. */
function roleBefore(run: readonly Piece[], pieces: readonly Piece[]): boolean {
  if (run.length < 2 || !run.every(isCap) || run.some(p => isOrgHeadOrPlural(p.text) || isPlaceHead(p.text))) return false;
  const k = lastAtOrBefore(pieces, run[0].start - 1, p => p.start);
  return k >= 0 && !capital(pieces[k]) && roleNouns.has(pieces[k].text) && pieces[k].sentence === run[0].sentence;
}

/** The capitalised words from piece k on end in a body's head word ("Foreign Office"): a name of its own. */
function namesBody(pieces: readonly Piece[], k: number): boolean {
  for (let e = k; e < pieces.length && e < k + 5 && isCap(pieces[e]) && (e === k || !afterNewline(pieces[e])); e++) if (isOrgHead(pieces[e].text)) return true;
  return false;
}

const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|adh|ath|ul)$/;
/** A surname that opens with an Arabic article: "al-Sharif", "El-Husseiny", "Abd al-Rahman" ends in one. */
const ARABIC_SURNAME = /^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa](?:sh|dh|th))[- ]\p{Lu}[\p{L}\p{M}'’]+$/u;
/** The same, wherever the text writes it. */
const ARABIC_SURNAME_IN_TEXT = /(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa](?:sh|dh|th))[- ]\p{Lu}[\p{L}\p{M}'’]+(?<!['’])/gu;
/** Pieces k, k+1, k+2 are a lowercase Arabic article, a hyphen and a capitalised name, with no space inside: "al-Amr". */
function isArticleJoin(pieces: readonly Piece[], k: number): boolean {
  const a = pieces[k], h = pieces[k + 1], b = pieces[k + 2];
  return !!b && h.text === '-' && !afterSpace(h) && !afterSpace(b) && isCap(b) && ARABIC_ARTICLE.test(a.text) && !afterNewline(b);
}

/**
 * A known body followed by "High Commissioner" ("United Nations High Commissioner"): with its remit
 * ("for Refugees", "for Human Rights") this names an agency, not only the post.
 */
function isBodyOffice(all: Piece[]): number {
  const lead = all[0]?.text === 'The' ? 1 : 0, ps = all.slice(lead);
  for (let m = 1; m <= Math.min(3, ps.length - 1); m++) {
    if (/^High Commissioner$/i.test(textOf0(ps.slice(ps.length - m))) && lookup(textOf0(ps.slice(0, ps.length - m)))?.type === 'ORG') return lead + ps.length - m;
  }
  return 0;
}

// A single piece's text is the text's own (and its hash is cached): no slice needed.
const textOf = (text: string, ps: Piece[]) => (ps.length === 1 && ps[0].text !== BLOCKED ? ps[0].text : withoutMarks(text.slice(ps[0].start, ps[ps.length - 1].end)));
/** A name's text as its pieces read it, without the ʻokina or an ayin's mark (tokens.ts): "ʻOfa Latu" is tested as "Ofa Latu". */
const withoutMarks = (s: string) => (s.includes('\u02bb') || s.includes('\u02bf') ? s.replace(MARK_IN_NAME, '') : s);
/** An ʻokina or an ayin's mark opening a word or inside one, before a letter. */
const MARK_IN_NAME = /(?<=\p{L}|^|\s)[\u02bb\u02bf](?=\p{L})/gu;
const textOf0 = (ps: Piece[]) => ps.map(p => p.text).join(' ');
/**
 * Where a national body's name that goes on from piece k ends, or -1: one or two capitalised ordinary
 * nouns (one of them a body's remit unless `remit` says one came before), then a country's name of
 * one or two words, then no capitalised word ("Emergency New Zealand", "Climate Change Canada").
 * A piece "and" may come first after one noun ("Fire and Emergency New Zealand").
 */
function nationalBodyEnd(pieces: readonly Piece[], k: number, remit = false): number {
  const capAt = (i: number) => i < pieces.length && isCap(pieces[i]) && !afterNewline(pieces[i]) && pieces[i].sentence === pieces[k].sentence;
  const noun = (i: number) => capAt(i) && isCommonWord(pieces[i].text) && !isNationality(pieces[i].text) && !COMPASS_WORD.test(pieces[i].text) && !isTitleStart(pieces[i].text);
  if (k + 2 < pieces.length && noun(k) && pieces[k + 1].text === 'and') { remit ||= isRemitWord(pieces[k].text); k += 2; }
  for (let nouns = 1; nouns <= 2; nouns++) {
    if (!noun(k + nouns - 1)) return -1;
    remit ||= isRemitWord(pieces[k + nouns - 1].text);
    if (!remit) continue;
    for (const n of [2, 1]) {
      const end = k + nouns + n;
      if (Array.from({ length: n }, (_, i) => k + nouns + i).every(capAt) && !capAt(end) && isCountryName(textOf0(pieces.slice(k + nouns, end) as Piece[]))) return end;
    }
  }
  return -1;
}

interface Segment { pieces: Piece[]; strict: boolean; role?: { title: string; nationality: string | null }; forced?: EntityType; forcedKey?: string }

/** The prefixes of ships' names: "HMS", "USS", "RMS", "HMCS", "MV", "HMC" (a customs cutter); not "MS" or "SS", which are initials too. */
const SHIP_PREFIX = /^(?:HMS|HMCS|HMAS|HMNZS|HMC|USS|USNS|USCGC|RMS|MV|INS)$/;
/** Splits a run at capitalised function words, titles, nationality words and hyphen joins of known names. */
function segments(text: string, run: Piece[]): Segment[] {
  // "HMS Queen Elizabeth", "the USS Gerald R. Ford", "MV Dali": a ship's name after its prefix names a
  // vessel, no entity, and no name inside it is one (ANNOTATION.md §5)
  {
    const at = run[0].text === 'The' ? 1 : 0;
    if (run.length >= at + 2 && SHIP_PREFIX.test(run[at].text) && isCap(run[at + 1])) return [];
  }
  // "the Estádio do Dragão", "the Stade de France", "Stadionul Arcul de Triumf": a stadium named in
  // another language is a facility, no entity, with no name inside it ("Stade Toulousain", with no
  // particle after "Stade", is a club)
  {
    const at = run[0].text === 'The' ? 1 : 0;
    if (run.length >= at + 2 && (FOREIGN_STADIUM.test(run[at].text) || run[at].text === 'Stade' && /^(?:de|du|des|de la)$/.test(run[at + 1].text))) return [];
  }
  // "Jane Doe, D-Calif., said", "R-Texas": a US politician's party letter and state between commas;
  // the letter is no name, and the state is the name in the hyphenated compound (ANNOTATION.md §4)
  if (run.length >= 3 && PARTY_LETTER.test(run[0].text) && run[1].text === '-' && !afterSpace(run[1]) && !afterSpace(run[2]) && text[run[0].start - 2] === ',') {
    // (a state the data does not know in this short form, "Calif.", "N.Y.", is left out)
    return lookup(textOf(text, run.slice(2)))?.type === 'PLACE' ? segments(text, run.slice(2)) : [];
  }
  // "in The Hague": a place or a body the data knows with "The" in its name; the span leaves the
  // "The" out (ANNOTATION.md §1), the key keeps it
  if (run.length >= 2 && run[0].text === 'The') {
    const k = lookup(textOf(text, run));
    if (k && !lookup(textOf(text, run.slice(1)))) return [{ pieces: run.slice(1), strict: false, forced: k.type, forcedKey: k.canonical }];
  }
  // 0. "Doctors Without Borders", "Save the Children": a name the data knows is kept whole, its
  // function words and all (a leading "The" aside).
  const lead = run[0].text === 'The' && run.length > 2 ? 1 : 0;
  if (run.length - lead >= 3 && run.some(p => FUNCTION_POS.has(p.pos)) && lookup(textOf(text, run.slice(lead)))?.type === 'ORG') return [{ pieces: run.slice(lead), strict: false }];
  // ("Queen's University Belfast", "King's College London": one body, whose first word is no title here)
  if (run.length >= 3 && ROYAL_OWNER.test(run[0].text) && /^['’]s$/.test(run[1].text) && isOrgHead(run[2].text)) return [{ pieces: run, strict: false, forced: 'ORG' }];
  // "House Republicans", "Texas Democrats": a chamber or a place, then the party its members are of,
  // are two names (a party the data knows by that plural; a country's is a party's own name: "the Sweden Democrats")
  {
    const last = run[run.length - 1], rest = run.slice(run[0].text === 'The' ? 1 : 0, -1);
    if (rest.length >= 1 && rest.length <= 2 && PARTY_MEMBERS.test(last.text) && lookup(last.text)?.type === 'ORG' && afterOneSpace(last)
      && (rest.length === 1 && (CHAMBER.test(rest[0].text) || isLegislature(rest[0].text)) || lookup(textOf(text, rest))?.type === 'PLACE' && !isCountryName(textOf(text, rest))))
      return [...segments(text, rest), { pieces: [last], strict: false }];
  }
  // "the Toronto Star", "the Arizona Daily Star", "the London Evening Standard": a place's name, maybe
  // a word for when it comes out, then a newspaper's head word (one that is an ordinary word too)
  {
    const ps = run[0].text === 'The' ? run.slice(1) : run;
    if (ps.length >= 2 && ps.length <= 5 && isNewspaperHead(ps[ps.length - 1].text) && ps.every(isCap) && !lookup(textOf(text, ps))) {
      let e = ps.length - 1;
      if (e > 1 && /^(?:Daily|Evening|Morning|Sunday|Weekly)$/.test(ps[e - 1].text)) e--;
      if (lookup(textOf(text, ps.slice(0, e)))?.type === 'PLACE') return [{ pieces: ps, strict: false, forced: 'ORG' }];
    }
  }
  // "Drogheda, County Louth", "Ennis, Co. Clare": an Irish or British county, written with its word first
  if (run.length >= 2 && run.length <= 3 && /^(?:County|Co\.?)$/.test(run[0].text) && run.slice(1).every(p => /^\p{Lu}\p{Ll}+$/u.test(p.text) && !isOrgHeadOrPlural(p.text) && !isEventHead(p.text) && !isFacilityHead(p.text) && !isCommonWord(p.text) || lookup(p.text)?.type === 'PLACE'))
    return [{ pieces: run, strict: false, forced: 'PLACE', forcedKey: `County ${textOf(text, run.slice(1))}` }];
  // "the Kenya Red Cross", "the Syrian Arab Red Crescent": nationalities or a country before a body
  // the data knows by two or more words name its national branch, one body (ANNOTATION.md §3)
  {
    let e = lead;
    while (e < run.length - 2 && e - lead < 3 && (isNationality(run[e].text) || isCountryName(run[e].text))) e++;
    if (e > lead && run.slice(e).every(isCap) && lookup(textOf(text, run.slice(e)))?.type === 'ORG' && !lookup(textOf(text, run.slice(lead)))) return [{ pieces: run.slice(lead), strict: false, forced: 'ORG' }];
  }
  // ("in Da Nang": wink reads "Da" as a determiner; a place the data knows is kept whole too)
  if (run.length - lead >= 2 && run.slice(lead).some(p => FUNCTION_POS.has(p.pos)) && lookup(textOf(text, run.slice(lead)))?.type === 'PLACE') return [{ pieces: run.slice(lead), strict: false }];
  // 1. Capitalised function words ("From", "Of", "During") split the run; what is left is headline-like.
  const parts: Piece[][] = [];
  let cur: Piece[] = [];
  let strict = false;
  for (const p of run) {
    // "Later Ewa Berg", "Now North America": an adverb or a number opening the sentence is no part of a name
    if (p === run[0] && startsSentence(p) && (p.pos === 'ADV' || p.pos === 'NUM') && /^\p{Lu}\p{Ll}+$/u.test(p.text)) continue;
    // "Following Smetana's example", "Including Macron, the leaders ...": a participle opening the
    // sentence, before a name, reads as a preposition and is no part of it (unless the whole is known)
    // ("Outside Bank Indonesia's headquarters, he said": or a preposition wink reads as an adjective)
    if (p === run[0] && run.length >= 2 && startsSentence(p) && (participlePrepositions.has(p.text.toLowerCase()) || openingPrepositions.has(p.text.toLowerCase())) && !lookup(textOf(text, run))) continue;
    // "Make-A-Wish": a function word hyphenated inside a name is part of it
    // ("All Progressives Congress", "All India Radio", "the All India Institute of Medical Sciences":
    // "All" opening a body's name mid-sentence is part of it)
    // ("Fundación El Libro", "Partido de La Liberación": another language's article after a body's head
    // word in that language is inside the body's name)
    if (FUNCTION_POS.has(p.pos) && isCap(p) && !ACRONYM.test(p.text) && !(cur.length && cur[cur.length - 1].text === '-' && !afterSpace(p))
      && !(cur.length && foreignArticles.has(p.text) && isForeignOrgLead(cur[0].text))
      // ("the far-right Our Homeland Movement": nor "Our" so)
      && !(/^(?:All|Our)$/.test(p.text) && (p === run[0] || p === run[1] && run[0].text === 'The') && !startsSentence(p) && run.length >= 3 && (isOrgHeadOrPlural(run[run.length - 1].text) || run.some(q => isOrgHead(q.text))))
      // ("starred Will Smith", "argued by Can Dündar": nor a given name that is also a verb, opening
      // the run mid-sentence before a surname or a word no dictionary has)
      && !(p === run[0] && p.pos === 'AUX' && !startsSentence(p) && run.length >= 2 && isGivenName(p.text) && /^\p{Lu}\p{Ll}+$/u.test(p.text) && afterOneSpace(run[1])
        && /^\p{Lu}\p{Ll}/u.test(run[1].text) && !FUNCTION_POS.has(run[1].pos) && (isSurname(run[1].text) || !isCommonWord(run[1].text)))) {
      if (cur.length) parts.push(cur);
      cur = [];
      if (!startsSentence(p)) strict = true;
      continue;
    }
    cur.push(p);
  }
  if (cur.length) parts.push(cur);
  if (run.length >= 4 && parts.length > 1) strict = true;

  const out: Segment[] = [];
  MEDIUM_AFTER.lastIndex = run[run.length - 1].end;
  const medium = text.charCodeAt(MEDIUM_AFTER.lastIndex) === 32 && MEDIUM_AFTER.test(text);
  for (const part of parts) {
    // 2. Hyphen or slash joins between two known names ("Russia-US") split; others ("Jean-Pierre", "RFE/RL") stay.
    // ("Montréal-Nord", "Paris-Sud", "Bruxelles-Est": a place and a compass word of its language after a
    // hyphen are one place, a district or a town of its own)
    if (part.length === 3 && part[1].text === '-' && !afterSpace(part[1]) && !afterSpace(part[2]) && HYPHENED_COMPASS.test(part[2].text) && lookup(part[0].text)?.type === 'PLACE' && !lookup(textOf(text, part))) {
      out.push({ pieces: part, strict, forced: 'PLACE' });
      continue;
    }
    const split: Piece[][] = [[]];
    for (let k = 0; k < part.length; k++) {
      const p = part[k];
      if ((p.text === '-' || p.text === '/' || p.text === '&') && k > 0 && k < part.length - 1 && isCap(part[k + 1]) && lookup(part[k - 1].text) && lookup(part[k + 1].text) && !lookup(textOf(text, part))
        && !(p.text === '-' && doubleSurname(part, k))) {
        split.push([]);
        continue;
      }
      split[split.length - 1].push(p);
    }
    for (const s of split.filter(s => s.length)) out.push(...titleSplit(text, s, strict));
  }
  // ("the Socialist Workers' Party of Prime Minister Pedro Sánchez": once a title and its holder are
  // split off, a joining word left at the end of what comes before is no part of that name)
  for (let k = 0; k < out.length; k++) {
    let ps = out[k].pieces;
    while (ps.length > 1 && TRAILING_JOIN.test(ps[ps.length - 1].text) && afterSpace(ps[ps.length - 1])) ps = ps.slice(0, -1);
    if (ps !== out[k].pieces) out[k] = { ...out[k], pieces: ps };
  }
  // "al-Arabiya television", "Kommersant newspaper": a name just before a medium's noun is that medium.
  const last = out[out.length - 1];
  if (medium && last && !last.role && !last.forced && last.pieces[last.pieces.length - 1] === run[run.length - 1]) {
    const name = textOf(text, last.pieces);
    if (lookup(name)?.type !== 'PLACE' && !demonymShaped(name)) out[out.length - 1] = { pieces: last.pieces, strict: last.strict, forced: 'ORG' };
  }
  return out;
}

/**
 * "Sheriff Ramón Ibarra-Lugo", "Maria Teresa Villanueva-Santos", "Ibarra-Lugo was blunt": two
 * surnames joined by a hyphen are one person's, though towns bear both names, after a given name
 * that is no major place's ("Ramón" is a town's too), or on their own where one of them is no major place ("Madrid-Toledo" stays two).
 */
function doubleSurname(part: readonly Piece[], k: number): boolean {
  const a = part[k - 1].text, b = part[k + 1].text;
  if (!isSurname(a) || !isSurname(b) || isCountryName(a) || isCountryName(b) || k + 2 !== part.length) return false;
  if (k >= 2) return isGivenName(part[k - 2].text) && !isMajorPlace(part[k - 2].text) && isCap(part[k - 2]);
  return !(isMajorPlace(a) && isMajorPlace(b));
}
/** "maker": after a product's name, what makes it ("Wegovy maker Novo Nordisk"), which is no body itself. */
const MAKER = /^makers?$/;
/** A compass word in French, Spanish, Portuguese, Italian or German, closing a hyphenated place's name. */
const HYPHENED_COMPASS = /^(?:Nord|Sud|Est|Ouest|Norte|Sur|Sul|Este|Oeste|Nordest|Sudest|Süd|Ost)$/;
/** Lowercase words that join the parts of a name and never end one. */
const TRAILING_JOIN = /^(?:of|for|and|the|on|in|at|to|&)$/;
/** A player's position after a space, with a capital opening the player's name after it ("... midfielder Emre"). */
const CLUB_POSITION = / (?:striker|midfielder|defender|goalkeeper|keeper|winger|forward|full-back|centre-back|center-back|playmaker|captain) (?=\p{Lu})/gu;
/** Up to three capitalised words (or short abbreviations, "St.") that end a stretch of text. */
const NAME_AT_END = /(?<![\p{L}\p{N}'’.-])(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\p{L}{0,2}\.)(?: (?:\p{Lu}[\p{L}'’-]+|\p{Lu}\p{L}{0,2}\.)){0,2}$/u;
/** A word for a member of a legislature, after a space. */
const PARTY_MEMBER = / (?:MPs?|MEPs?|TDs?|MSPs?|MLAs?|lawmakers?|legislators?|parliamentarians?|senators?|councillors?|councilors?|congressman|congresswoman)\b/g;
/** A determiner, then one to four capitalised words, "and", "of" or "for" allowed between them, ending the text. */
/** One capitalised word opening a sentence, a line or a clause after a comma, ending the text. */
const PARTY_OPENING = /((?:^|[.!?]["”’]?\s+|\n|, ))(\p{Lu}[\p{L}'’-]+)$/u;
/** A capitalised name right after a member's noun: " Alejandro". */
const MEMBER_NAMED = /^ \p{Lu}/u;
/** Words that describe a member of a legislature and name no party: "Local TD", "Opposition senator", "Veteran MP". */
const MEMBER_DESCRIPTION = /^(?:Local|Town|City|County|Opposition|Government|Ruling|Senior|Junior|Veteran|Independent|Backbench|Rebel|Former|Fellow|Young|Longtime|Prominent|Rural|Regional|State|Federal)$/;
const PARTY_BEFORE_MEMBER = /(\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Oo]ther|[Oo]ne|[Ff]ormer|while|whereas|but|and) )(\p{Lu}[\p{L}'’-]+(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]+){0,3})$/u;
/** Words before a club's name that are no part of it: determiners, possessives, weekdays and months. */
const CLUB_POSITION_LEAD = /^(?:The|A|An|Ex|Its|His|Her|Their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words of a footballer's transfer right before a club's name: "joined from", "signed from", "on loan from". */
/** A fee after a club's name: " for a fee", " for €58 million", " for an undisclosed sum". */
const FEE_AFTER = /^ for (?:an? (?:[\p{Ll}-]+ ){0,2}(?:fee|sum)|[€£$]|US\$|R\$|\d)/u;
/** A verb of a player's transfer. */
const TRANSFER_VERB = /\b(?:sell|sells|sold|selling|buy|buys|bought|buying|sign|signs|signed|signing|transfer|transfers|transferred|loan|loaned|move|moves|moved|join|joins|joined|joining)\b/;
const TRANSFER_BEFORE = /\b(?:joined|signed|arrived|moved) (?:from|for) $|\bon loan (?:from|at|to) $/;
const MEDIUM_AFTER = new RegExp(` (?:${mediaNouns.join('|')})\\b`, 'y');
/** A hyphen, a particle or a lowercase syllable inside a person's name: "Thomas-Greenfield", "al-Amr", "von". */
const isNameJoin = (p: Piece, k: number, ps: readonly Piece[]) => p.text === '-' && !afterSpace(p) ||
  k + 1 < ps.length && (nameParticles.has(p.text) && isCap(ps[k + 1]) || ARABIC_ARTICLE.test(p.text) && ps[k + 1].text === '-');
/** A word for a player by where they play, that word lists may lack: "Defenceman", "Goaltender", "Netminder". */
/** The particles of Irish surnames: "Ó Dálaigh", "Ní Bhriain", "Mac Giolla Phádraig", "Uí Néill". */
const IRISH_PARTICLE = /^(?:Ó|Ní|Nic|Mac|Mhic|Uí|Ua)$/;
/** An Irish surname as its grammar writes it after a particle: "hAodha", "hÉigeartaigh", "tSaoir". */
const IRISH_MUTATED = /^[hnt]\p{Lu}\p{Ll}+$/u;
/** ", 34, of ", ", of ": between a person's name (and age) and where they live. */
const RESIDENCE_BEFORE = /, (?:\d{1,3}, )?of $/;
const PLAYER_WORD = /^\p{Lu}\p{Ll}+(?:man|keeper|tender|minder|fielder)$/u;
/** A profession's word by its ending, which no dictionary may have: "Volcanologist", "Astrophotographer", "Paediatrician". */
const PROFESSION_WORD = /^\p{Lu}\p{Ll}+(?:ologist|ographer|ician|iatrist|ometrist|\p{Ll}{3}ist)$/u;
const STATUS = /^(?:Former|Outgoing|Incoming|Acting|Interim|Veteran|Retired|Late|Then|Ex|Longtime|Caretaker)$/;
/** A title's modifier that says when someone held it (a status, or "Designate", "Elected"), which no body's name opens with. */
const heldWhen = (w: string) => STATUS.test(w) || w === 'Designate' || w === 'Elected';
const GROUPING = /^G-?\d{1,2}$/;
const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;
const ADHERENT = /^\p{Lu}\p{Ll}{4,}ists?$/u;
/** A lowercase noun for a party or a movement right after a name (" party", " movement's"). */
const PARTY_NOUN_AFTER = /^ (?:party|movement|group|faction|militia|alliance|coalition)\b/;
/** The words after a power plant's name: "nuclear power station", "coal-fired plant", "nuclear site". */
const POWER_PLANT = /^(?:nuclear|atomic|coal-fired|gas-fired|hydroelectric|hydropower|geothermal)(?: power)? (?:plant|station|site|complex|facility)\b/;
const MEDIA_LEADS = /^(?:Radio|Television)$/;
/** What follows "and" in a firm's name after its founder's: "McGill and Partners", "Harland and Sons". */
const FIRM_PARTNERS = /^(?:Partners|Sons|Associates|Brothers|Company)$/;
const REMIT_JOINS = /^(?:and|&|-|of|for|on|the)$/;

/**
 * The end (exclusive) of the remit that starts at piece m: remit words ("Foreign Affairs",
 * "Education"), nationality words and known places ("of Texas", "on American - Islamic
 * Relations"), joined by "and", "&", hyphens, "of", "the". m itself when there is none.
 */
function remitEnd(text: string, ps: Piece[], m: number, places: boolean): number {
  let e = m;
  for (let k = m; k < ps.length;) {
    const w = ps[k].text;
    if (isRemitWord(w) || places && isNationality(w)) { e = k = k + 1; continue; }
    // "Minister for Canal Affairs", "of Veterans' Affairs": any capitalised word before "Affairs" is its remit
    if (/^\p{Lu}\p{Ll}+$/u.test(w) && !isGivenName(w) && ps[k + 1]?.text === 'Affairs' && afterOneSpace(ps[k + 1])) { e = k = k + 2; continue; }
    // "of National Intelligence", "for Public Safety": a modifier that opens a remit
    if (isTitleModifier(w) && k + 1 < ps.length && isRemitWord(ps[k + 1].text)) { k++; continue; }
    if (places) {
      let n = Math.min(3, ps.length - k);
      while (n > 0 && lookup(textOf(text, ps.slice(k, k + n)))?.type !== 'PLACE') n--;
      if (n > 0) { e = k = k + n; continue; }
    }
    if (k > m && REMIT_JOINS.test(w) && k + 1 < ps.length && isCap(ps[k + 1])) { k++; continue; }
    // "Minister of Emergency Situations Tofiq Ağayev": an ordinary noun the remit list lacks, right
    // after a remit word, goes on with the remit when a name follows it (no name of its own)
    if (k > m && k === e && isRemitWord(ps[k - 1].text) && isCommonWord(w) && /^\p{Lu}\p{Ll}+$/u.test(w) && !isGivenName(w) && !isSurname(w) && !isOrgHeadOrPlural(w) && !lookup(w)
      && k + 1 < ps.length && isCap(ps[k + 1]) && afterOneSpace(ps[k + 1])) { e = k = k + 1; continue; }
    break;
  }
  return e;
}

/** Whether a run ends in "of" and two or three capitalised common or remit words ("of National Health Services"). */
function firstRemitItem(run: readonly Piece[]): boolean {
  const k = run.length;
  for (let n = 2; n <= 3; n++) {
    if (run[k - n - 1]?.text !== 'of') continue;
    const ws = run.slice(k - n);
    return ws.every(q => isCap(q) && (isRemitWord(q.text) || isCommonWord(q.text)) && !isCalendarName(q.text)) && !lookup(ws.map(q => q.text).join(' '));
  }
  return false;
}

/**
 * Whether capitalised words name a law or an event: the last an event's or a law's head word
 * ("Affordable Care Act", "General Data Protection Regulation"), no body's head word or first word
 * among them, and no plural opening them ("Office of Financial Regulation", "Parties to the Nauru
 * Agreement" are bodies).
 */
function isLawName(words: readonly string[]): boolean {
  // ("National Rally (RN)", "the Rally for the Republic": a rally names a party too)
  if (!words.length || !isEventOnlyHead(words[words.length - 1]) || words[words.length - 1] === 'Rally') return false;
  if (words.some(w => isOrgHead(w) || isOrgLead(w))) return false;
  return !(words.length > 1 && (isOrgHeadOrPlural(words[0]) || /^\p{Lu}\p{Ll}+s$/u.test(words[0]) && isCommonWord(words[0])));
}
/** Words right before a ship's name: "the vessel ", "the tanker ", "-flagged ". */
const VESSEL_BEFORE = /(?:\b(?:vessel|ship|tanker|freighter|trawler|yacht|frigate|destroyer|submarine|icebreaker|warship|dredger|barge)|\p{L}-flagged) $/u;
/** A common noun and one capital letter or a number: "Line D", "Route 9". */
const LETTERED_THING = /^\p{Lu}\p{Ll}+ (?:\p{Lu}|\d{1,3})$/u;
/** A word and a capital letter or a short number hyphened onto it: "Vega-C", "Soyuz-2". */
const MODEL_DESIGNATION = /^\p{Lu}\p{Ll}+-(?:\p{Lu}|\d{1,3})$/u;
/** A law's or an event's head word and the capitals in brackets after it: "Act (ACA)", "Regulation (GDPR)". */
const LAW_ACRONYM = /\b(\p{Lu}\p{Ll}+) \((\p{Lu}{2,7})\)/gu;

/**
 * Where a remit listed with commas ends: from the comma at piece j, items of one to three
 * capitalised common words, separated by commas, the last after "and" (", and", "and the"). 0 when
 * the pieces are no such list (no "and", or an item that is a known name, or has a body's head word
 * and a word that is no remit: "Sky Sport", where "Local Government" is a remit).
 */
function listedRemitEnd(ps: readonly Piece[], j: number): number {
  let k = j, items = 0;
  const item = (from: number): number => {
    let e = from;
    if (ps[e]?.text === 'the' && ps[e + 1] && isCap(ps[e + 1])) e++;
    const first = e;
    while (e < ps.length && e - first < 3 && isCap(ps[e]) && afterSpace(ps[e]) && !afterNewline(ps[e]) && (isRemitWord(ps[e].text) || isCommonWord(ps[e].text) || ABSTRACT_NOUN.test(ps[e].text)) && !isCalendarName(ps[e].text)) e++;
    if (e === first) return 0;
    // an item that is a known body or a major place is a name of its own, unless it is all remit words
    const words = ps.slice(first, e).map(q => q.text), name = words.join(' ');
    if (!words.every(isRemitWord) && (words.some(isOrgHead) || lookup(name)?.type === 'ORG' || isMajorPlace(name))) return 0;
    return e;
  };
  for (;;) {
    const sep = ps[k]?.text;
    if (sep === ',' && ps[k + 1]?.text === 'and') k++;
    else if (sep !== ',' && sep !== 'and') return 0;
    const last = ps[k].text === 'and';
    const e = item(k + 1);
    if (!e) return 0;
    items++;
    if (last) return items >= 2 && !(ps[e] && (isCap(ps[e]) || /^\d/.test(ps[e].text)) && afterSpace(ps[e]) && !afterNewline(ps[e])) ? e : 0;
    k = e;
  }
}

/**
 * "Ministry of Culture", "Council on American - Islamic Relations", "University of Texas Arlington":
 * a body's first word followed by "of", "for" or "on" and its remit. Returns where the body ends
 * (after the remit, or the whole run when its remit is no word the data knows), or 0.
 */
function bodyWithRemit(text: string, ps: Piece[]): number {
  for (let k = 0; k < ps.length - 2; k++) {
    const p = ps[k], x = ps[k + 1].text;
    if (!(x === 'of' || x === 'for' || x === 'on') || !(isOrgHead(p.text) || isOrgLead(p.text))) continue;
    if (ps.slice(0, k).some(q => !isCap(q))) return 0;
    const m = ps[k + 2].text === 'the' ? k + 3 : k + 2;
    const e = remitEnd(text, ps, m, true);
    if (e === m) return ps.length;
    const rest = ps.slice(e);
    // what follows the remit is another name only when it is two or more capitalised words that do
    // not themselves end in a body's or place's head word
    if (rest.length >= 2 && (!isCap(rest[0]) || rest.some((q, i) => !(isCap(q) || isNameJoin(q, i, rest))) || isOrgHead(rest[rest.length - 1].text) || isPlaceHead(rest[rest.length - 1].text) || lookup(textOf(text, rest)))) return ps.length;
    return e;
  }
  return 0;
}

/**
 * Two or three words that no dictionary has and no data knows (a town's name may be a surname),
 * hyphenated parts aside: the shape
 * of a person's name from anywhere ("Wojciech Szczęsny", "Gugu Mbatha-Raw"), after an
 * occupation that opens the sentence ("Goalkeeper", "Actress").
 */
function unknownNameWords(ps: readonly Piece[]): boolean {
  // (Irish surnames' particles aside: "Ciarán Ó Dálaigh", "Áine Ní Bhriain")
  const words = ps.filter((p, k) => (k === 0 || afterSpace(p)) && !IRISH_PARTICLE.test(p.text)).map(p => IRISH_MUTATED.test(p.text) ? { ...p, text: p.text.slice(1) } : p);
  return words.length >= 2 && words.length <= 3 && words.every(p => /^\p{Lu}\p{Ll}+$/u.test(p.text) && !isCommonWord(p.text) && !(lookup(p.text)?.type === 'ORG' || isMajorPlace(p.text)) && !isOrgHead(p.text) && !isPlaceHead(p.text))
    && !lookup(ps.map(p => p.text).join(' '));
}

/** The type a plural type noun gives: "companies", "carmakers", "parties", "regions"; undefined for a singular. */
const pluralTypeNoun = (w: string) => !w.endsWith('s') ? undefined : w.endsWith('ies') ? typeNounOf(w.slice(0, -3) + 'y') ?? typeNounOf(w.slice(0, -1)) : typeNounOf(w.slice(0, -1)) ?? (w.endsWith('es') ? typeNounOf(w.slice(0, -2)) : undefined);
/** Type nouns for a body that a person can be too: "the developer", "the publisher". */
const PERSON_OR_BODY = /^(?:developer|operator|publisher|broadcaster|provider|distributor|supplier|exporter|importer|contractor|miner|maker|manufacturer|brewer|refiner|insurer|lender|retailer)$/;
/** Words of parties' names: "Democratic", "Socialist", "Liberal", "Republican". */
const PARTY_WORD = /^(?:Democratic|Socialist|Liberal|Republican|Conservative|Communist|Labour|Labor|Progressive)$/;
/** British and Irish police ranks in capitals that are other names' letters too: "PC Ieuan Griffiths", "DS Mark Pugh" ("PC World", "DC United"). */
const CAPS_RANK = /^(?:PC|WPC|PCSO|DC|DS)$/;
/** Letters after a name for an office or an honour: "KC", "QC", "SC" (senior counsel), "MP", "OBE". */
export const POSTNOMINAL = /^(?:KC|QC|SC|SAN|MP|MEP|MSP|MLA|OBE|MBE|CBE|KBE|DBE|CH|PhD|MD|FRS)$/;
const typeNounOrPlural = (w: string) => typeNounOf(w) ?? (w.endsWith('s') ? typeNounOf(w.slice(0, -1)) : undefined);

/** A word shaped like a name that no data knows as a word, a place, a body or a head word: "Quispe", "Ñancupil". */
/** A title's word among the capitalised words and joining words ("of", "for", "and", "the") right before `start`. */
function afterTitle(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = /(?:(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|&) )+$/u.exec(before);
  return !!m && m[0].split(' ').some(w => /^\p{Lu}/u.test(w) && isTitleStart(w));
}
const unknownNameWord = (p: Piece) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(p.text) && !isCommonWord(p.text) && !lookup(p.text) && !isOrgHeadOrPlural(p.text) && !isPlaceHead(p.text) && !isFacilityHead(p.text) && !isTitleStart(p.text);
function titleSplit(text: string, ps: Piece[], strict: boolean): Segment[] {
  // "Sarah Forshaw KC", "Tom Reed MP", "Ann Lee OBE": letters after a given name and a surname are
  // honours and offices, no part of the name ("Fionnuala Nic Aodha SC": a given name no list has too)
  if (ps.length >= 3 && POSTNOMINAL.test(ps[ps.length - 1].text) && (isGivenName(ps[0].text) || unknownNameWord(ps[0])) && ps.slice(1, -1).every(p => isCap(p) && /\p{Ll}/u.test(p.text) || p.text === '-' && !afterSpace(p))) ps = ps.slice(0, -1);
  // "Actor Tom Hanks said", "Striker Harry Kane scored": an ordinary noun capitalised only because it
  // opens the sentence, before a given name or an initial, describes the person and is no part of the name.
  // (a title keeps its place: "President Yoon Suk Yeol spoke" gives the name its holder's role below)
  // ("Midfielder Declan Rice scored": or a noun for a person that no dictionary has)
  // ("Defenceman Ana Kos", "Goaltender Jan Berg": or a word for a player's place that no list has, by its ending)
  // ("Volcanologist Þorgerður Sveinsdóttir", "Astrophotographer Mariela Ccori": or a profession's, by its ending)
  // ("Ho Chi Minh City police said": unless the data knows the whole)
  if (ps.length >= 3 && startsSentence(ps[0]) && (isCommonWord(ps[0].text) || personNouns.has(ps[0].text.toLowerCase()) || (PLAYER_WORD.test(ps[0].text) || PROFESSION_WORD.test(ps[0].text)) && !isSurname(ps[0].text)) && !isGivenName(ps[0].text) && !lookup(ps[0].text) && !isTitle(ps[0].text) && !lookup(textOf(text, ps))
    && (isGivenName(ps[1].text) || /^(?:\p{Lu}\.)+$/u.test(ps[1].text) || unknownNameWords(ps.slice(1))) && ps.slice(1).every((q, i, r) => isCap(q) || isNameJoin(q, i, r))
    // ("National Marine Protection Authority said": not before a body's head word; "Marine" is a given name too)
    && !isOrgHeadOrPlural(ps[ps.length - 1].text)) ps = ps.slice(1);
  // "Neighbouring Uruguay and Argentina", "Landlocked Bolivia": an ordinary word capitalised only
  // because it opens the sentence, before a name the data knows, is no part of it (unless the
  // whole is known too: "Northern Ireland", "New Zealand").
  // (an adjective or a participle, before a country, a capital or a region: "North Oakland", "Team
  // Estonia" and "Vagabond Tours" stay as they are)
  // ("Rural Mexico was robbed twice", "Coastal Kenya": or an ordinary adjective by its ending, before
  // a country's name; a body named for its country stays whole: "Tennis Australia", "Health New
  // Zealand", "Digital Norway")
  if (ps.length >= 2 && startsSentence(ps[0]) && !COMPASS_WORD.test(ps[0].text) && !isGivenName(ps[0].text) && !lookup(ps[0].text) && !isTitleStart(ps[0].text) && !lookup(textOf(text, ps))
    && ((ps[0].pos === 'ADJ' || ps[0].pos === 'VERB' || ps[0].pos === 'ADV' || isCommonWord(ps[0].text) && /(?:ed|ing|ly)$/.test(ps[0].text)) && isMajorPlace(textOf(text, ps.slice(1)))
      || isCommonWord(ps[0].text) && /\p{Ll}(?:al|ous|ive|ful|less)$/u.test(ps[0].text) && !isCountryBodyWord(ps[0].text) && !isTradeTail(ps[0].text) && !isTitleModifier(ps[0].text) && !isNationality(ps[0].text) && !isOrgHeadOrPlural(ps[0].text)
        && isCountryName(textOf(text, ps.slice(1))))) ps = ps.slice(1);
  // ("Eastern DRC has been", "in Southern Lebanon": a compass adjective before a country is no part of
  // its name, unless the data knows the whole: "Northern Ireland")
  if (ps.length >= 2 && /^(?:Eastern|Western|Northern|Southern|Central)$/.test(ps[0].text) && isCountryName(textOf(text, ps.slice(1))) && !lookup(textOf(text, ps))) ps = ps.slice(1);
  // "Carmaker Stellantis said", "Broadcaster Kanal 9 reported": a body's type noun capitalised only
  // because it opens the sentence says what the name after it is (a head word that opens names of
  // bodies itself, "Bank Negara", "Club Med", stays).
  // ("Insurers Lloyd's", "Carmakers Ford and Kia": the plural too)
  if (ps.length >= 2 && startsSentence(ps[0]) && typeNounOrPlural(ps[0].text.toLowerCase()) === 'ORG' && !isOrgHead(ps[0].text) && !isOrgLead(ps[0].text)
    && !lookup(textOf(text, ps)) && isCap(ps[1]) && !isTitle(ps[1].text)) return [{ pieces: ps.slice(1), strict, forced: 'ORG' }];
  // "G-7 Summit" names an event; the mention is the body that holds it.
  // "FIRST Global Challenge Robot Olympics": an event's name runs from its first head word on.
  // "the Paris Air Show", "London Fashion Week": an event that no body holds; no name inside it is a mention (ANNOTATION.md §5).
  // "the Davis Cup", "the Cannes Film Festival", "the US Open": a contest, a festival or a prize, likewise.
  // (A company the data knows by such a name stays: "Epic Games".)
  // ("Asian Network for Free Elections", "Commission on Presidential Debates": an event in a body's remit is the body's)
  // "Storm Ciaran", "Tropical Storm Alberto", "Operation Desert Storm": a storm's or an operation's
  // name is an event's, no entity, and no name inside it is one (ANNOTATION.md §5)
  // (unless the data knows the whole: "Storm Lake" is a town)
  if (ps.length > 1 && isEventLeadStart(ps[0].text)) for (const n of [2, 1]) {
    // ("Copa do Brasil", "Coupe de France": a particle inside it too)
    if (ps.length > n && isEventLead(textOf0(ps.slice(0, n))) && ps.slice(n).every(p => isCap(p) || nameParticles.has(p.text)) && !lookup(textOf(text, ps))) return [];
  }
  const remit = ps.length > 2 && ps.some((p, k) => k > 0 && k < ps.length - 1 && /^(?:for|of|on)$/.test(p.text) && (isOrgHead(ps[k - 1].text) || isOrgLead(ps[k - 1].text)));
  if (!remit) {
    if (ps.length > 1 && isEventOnlyHead(ps[ps.length - 1].text) && lookup(textOf(text, ps))?.type !== 'ORG') return [];
    if (ps.length > 1 && isEventHead(ps[ps.length - 1].text)) ps = ps.slice(0, Math.max(1, ps.findIndex((p, k) => k > 0 && isEventHead(p.text))));
    while (ps.length > 1 && isEventHead(ps[ps.length - 1].text)) ps = ps.slice(0, -1);
  }
  if (lookup(textOf(text, ps))) return [{ pieces: ps, strict }];
  // "United Nations High Commissioner for Refugees" is one ORG; a name after the remit
  // ("... for Syria Geir Pedersen") is the office holder.
  const forAt = ps.findIndex((p, k) => p.text === 'for' && k > 1 && isBodyOffice(ps.slice(0, k)));
  if (forAt > 0) {
    const remit = ps.slice(forAt + 1);
    const body = remit.length > 2 ? ps.slice(0, forAt + 2) : ps;
    const holder = remit.length > 2 ? ps.slice(forAt + 2) : [];
    const title = textOf0(ps.slice(isBodyOffice(ps.slice(0, forAt)), forAt + 2));
    return [{ pieces: body, strict, forced: 'ORG' }, ...(holder.length ? [{ pieces: holder, strict, role: { title, nationality: null } }] : [])];
  }
  // "Council on Foreign Relations", "Ministry of Culture Ana Reyes": a body's head word with its
  // remit is one ORG; capitalised words after the remit are someone else's name.
  const body = bodyWithRemit(text, ps);
  if (body) {
    const rest = ps.slice(body);
    if (rest.length === 1 && !isTitleStart(rest[0].text)) return [{ pieces: ps, strict, forced: 'ORG' }];
    return [{ pieces: ps.slice(0, body), strict, forced: 'ORG' }, ...(rest.length ? titleSplit(text, rest, strict) : [])];
  }
  // "Movimento 5 Stelle": a name with a number inside is a body's, not a person's.
  // ("Ward 5 Alderwoman Lakeisha Purchase", "District 9 Councilman ...": unless a title follows the
  // number, the seat's name before its holder's)
  // ("the Boeing 737 Max", "an Airbus A320 Neo": after a company's name the number is a model's, and
  // the whole a product, no entity, with no name inside it (ANNOTATION.md §5))
  if (ps.length > 2 && ps.some((p, k) => k > 0 && k < ps.length - 1 && /^\d+$/.test(p.text) && !isTitleStart(ps[k + 1].text))) {
    // ("the North 24 Parganas district": a place's type noun after it makes it the place)
    const noun = /^ (\p{Ll}+)/u.exec(text.slice(ps[ps.length - 1].end, ps[ps.length - 1].end + 20));
    if (noun && typeNounOf(noun[1]) === 'PLACE') return [{ pieces: ps, strict, forced: 'PLACE' }];
    return isBrand(ps[0].text) && !lookup(textOf(text, ps)) && !isOrgHeadOrPlural(ps[ps.length - 1].text) && !isTradeTail(ps[ps.length - 1].text) ? [] : [{ pieces: ps, strict, forced: 'ORG' }];
  }
  // "Marks & Spencer", "Simon & Schuster": partners joined by an ampersand name a firm.
  if (ps.length > 2 && ps.some((p, k) => p.text === '&' && k > 0 && k < ps.length - 1)) return [{ pieces: ps, strict, forced: 'ORG' }];
  // "Radio Free Asia", "Television Kosovo": a broadcaster named after its medium.
  if (ps.length > 1 && MEDIA_LEADS.test(ps[0].text) && !isTitleStart(ps[1].text)) return [{ pieces: ps, strict, forced: 'ORG' }];
  // "Bank Leumi", "Bank Mandiri", "Bank Negara Malaysia": a bank named with "Bank" first (not "the August Bank Holiday")
  if (ps.length > 1 && ps[0].text === 'Bank' && /^\p{Lu}/u.test(ps[1].text) && !/^Holidays?$/.test(ps[1].text) && !isTitleStart(ps[1].text)) return [{ pieces: ps, strict, forced: 'ORG' }];
  // "Channel 4", "Sky Sports 1": a channel's number after its medium's word (joined so by runs())
  if (ps.length > 1 && /^\d{1,3}$/.test(ps[ps.length - 1].text) && BROADCAST_WORD.test(ps[ps.length - 2].text)) return [{ pieces: ps, strict, forced: 'ORG' }];
  // "the Refugee Council Enver Solomon", "United States Hamdullah Mohib": a body or place
  // directly followed by a person's name.
  // From the right, the longest tail that can be a name (capitalised words, hyphens and particles,
  // no head word) bounds where the split may fall.
  let tail = ps.length;
  while (tail > 0 && (isCap(ps[tail - 1]) || isNameJoin(ps[tail - 1], tail - 1, ps)) && !isOrgHead(ps[tail - 1].text) && !isPlaceHead(ps[tail - 1].text) && !isFacilityHead(ps[tail - 1].text)) tail--;
  // (A person's name after the body is a few words long: the split is looked for only that far back,
  // so that a run of thousands of capitalised words costs no more than a short one.)
  for (let k = ps.length - 3; k >= 0 && k + 1 >= tail && ps.length - k <= MAX_HOLDER_PIECES; k--) {
    const head = ps.slice(0, k + 1), rest = ps.slice(k + 1);
    if (!isCap(rest[0]) || lookup(textOf(text, rest))) continue;
    // ("Castilla-La Mancha": no split inside a hyphenated compound)
    if (ps[k].text === '-' && !afterSpace(ps[k]) && !afterSpace(rest[0])) continue;
    // ("Kansas City Royals": the place goes on into the next word and a plural closes the run, a team's name)
    if (k + 3 === ps.length && TEAM_PLURAL.test(ps[k + 2].text) && lookup(textOf(text, ps.slice(0, k + 2)))?.type === 'PLACE') continue;
    // ("Boston Red Sox", "Toronto Blue Jays": or a town, a word that is no one's name and the plural)
    if (k === 0 && ps.length === 3 && TEAM_PLURAL.test(ps[2].text) && lookup(ps[0].text)?.type === 'PLACE' && !isGivenName(ps[1].text) && !isSurname(ps[2].text) && !isOrgHead(ps[1].text) && !isTitleStart(ps[1].text)) continue;
    // "George W. Bush": a given name that is also a town's opens a person's name, not a place before one
    if (k === 0 && isGivenName(ps[0].text) && lookup(ps[0].text)?.type === 'PLACE' && !isMajorPlace(ps[0].text)) continue;
    // ("Unión Agrícola del Norte", "Fundación Mapfre": a body's head word in another language opens
    // the body's whole name, even where a town has that word for its name)
    if (k === 0 && isForeignOrgLead(ps[0].text)) continue;
    // ("Aurora Ñancupil Sepúlveda", "Victoria Rojas Molina": or a city's or a region's, before two or
    // more words that close in a surname, the way Spanish and Portuguese names give two surnames; a
    // country's name stays a place before a person's)
    if (k === 0 && isGivenName(ps[0].text) && rest.length >= 2 && rest.length <= 3 && rest.every(isCap) && (isSurname(rest[rest.length - 1].text) || rest.every(unknownNameWord)) && !isGivenName(rest[0].text) && !isCountryName(ps[0].text) && !isTitleStart(rest[0].text)) continue;
    // ("Sofía Villanueva-Ruiz": or a capital's, before one hyphenated surname, as in two words it already is)
    if (k === 0 && isGivenName(ps[0].text) && rest.length === 3 && rest[1].text === '-' && !afterSpace(rest[1]) && !afterSpace(rest[2]) && !lookup(textOf(text, rest)) && !isTitleStart(rest[0].text)) continue;
    // (a person's name does not end in a country's: "Bank Negara Malaysia" is one body)
    // ("Council Member Ana Reyes": not inside a title of two words)
    // ("Labour Minister Ana Reyes": nor a remit that names a party too, before "Minister")
    if ((isOrgHead(ps[k].text) || lookup(textOf(text, head))) && !isMajorPlace(rest[rest.length - 1].text) && !isTitle(`${ps[k].text} ${rest[0].text}`)
      && !(k === 0 && rest[0].text === 'Minister' && isRemitWord(ps[0].text))) {
      return [...titleSplit(text, head, strict), ...titleSplit(text, rest, strict)];
    }
  }
  for (let k = 0; k < ps.length; k++) {
    if (!isTitleStart(ps[k].text)) continue;
    // "Saint-Germain", "Saint-Denis": a title word hyphenated onto a name is part of that name
    // ("Vice-President" is a title of two words, found as one)
    if (ps[k + 1]?.text === '-' && !afterSpace(ps[k + 1]) && ps[k + 2] && isCap(ps[k + 2]) && !isTitle(`${ps[k].text}-${ps[k + 2].text}`) && !isTitle(`${ps[k].text} ${ps[k + 2].text}`)) continue;
    // ("Amira al-Sayed": a title word hyphenated after the Arabic article is a surname)
    if (k >= 2 && ps[k - 1].text === '-' && !afterSpace(ps[k - 1]) && !afterSpace(ps[k]) && ARABIC_ARTICLE.test(ps[k - 2].text)) continue;
    for (let n = Math.min(maxTitleWords + 1, ps.length - k); n >= 1; n--) {
      const phrase = ps.slice(k, k + n).map(p => p.text).join(' ');
      if (!isTitle(phrase)) continue;
      // ("the Justice and Development Party", "Law and Justice": a title word joined by "and" to a
      // capitalised word is a word of a body's name, as titles come before a name)
      if (n === 1 && (ps[k + 1]?.text === 'and' && ps[k + 2] && isCap(ps[k + 2]) || k >= 2 && ps[k - 1].text === 'and' && isCap(ps[k - 2]))) continue;
      // ("Deputy Trade Minister": a legislator's title that modifies a longer one is found with it)
      if (n === 1 && isTitleModifier(phrase) && k + 1 < ps.length && (isTitleStart(ps[k + 1].text) || isRemitWord(ps[k + 1].text) || isTitleModifier(ps[k + 1].text))) continue;
      // ("the UN General Assembly", "the General Council of the Bar": a title word right before a
      // body's head word that ends the name, or that "of" follows, is a word of the body's name)
      if (n === 1 && k + 1 < ps.length && isOrgHead(ps[k + 1].text) && !isGivenName(ps[k + 1].text) && !isSurname(ps[k + 1].text) && (k + 2 === ps.length || ps[k + 2].text === 'of')) continue;
      // ("DC United", "PC World": a police rank in capitals is a title only before a name, not before
      // an ordinary word or a name the data knows)
      if (n === 1 && CAPS_RANK.test(phrase) && (k + 1 >= ps.length || isCommonWord(ps[k + 1].text) && !isGivenName(ps[k + 1].text) && !isSurname(ps[k + 1].text) || lookup(ps[k + 1].text)?.type === 'ORG' || isMajorPlace(ps[k + 1].text))) continue;
      // "Martin Luther King Jr.": a title word after a given name and another name, closing the run or
      // before a generational suffix, is a surname: titles come before names
      // ("John Constable", "Alan Judge": or right after a given name that is no place's, closing the run)
      if (n === 1 && k >= 2 && isGivenName(ps[0].text) && ps.slice(0, k).every(isCap) && (k + 1 === ps.length || k + 2 === ps.length && SUFFIX.test(ps[k + 1].text))) continue;
      if (n === 1 && k === 1 && ps.length === 2 && isGivenName(ps[0].text) && isCap(ps[0]) && !lookup(ps[0].text) && !isTitleWord(ps[0].text) && /^\p{Lu}\p{Ll}+$/u.test(ps[1].text)) continue;
      // The whole title: "Outgoing Deputy" or "Education" before it, "of Foreign Affairs" after it.
      let a = k, b = k + n;
      // ("Wayne County Clerk Renée Dufresne": "County" after a name is the place's, not the title's)
      if (n >= 2 && k > 0 && /^(?:County|Parish|Borough)$/.test(ps[k].text) && isCap(ps[k - 1]) && !isTitleModifier(ps[k - 1].text) && !isTitleWord(ps[k - 1].text) && isTitle(textOf0(ps.slice(k + 1, k + n)))) { a = k + 1; }
      // ("Metropolitan Police Commissioner": a body's head word after a word of its name ends the body, not the title)
      // ("Labour Minister Ana Reyes": a remit that names a party too is the remit before "Minister")
      while (a > 0 && (isTitleModifier(ps[a - 1].text) || isRemitWord(ps[a - 1].text) && !isNationality(ps[a - 1].text) && (!lookup(ps[a - 1].text) || a === k && /^Minister$/.test(ps[k].text)))
        && !(isOrgHead(ps[a - 1].text) && a >= 2 && isCap(ps[a - 2]) && !isTitleModifier(ps[a - 2].text) && !isRemitWord(ps[a - 2].text))) a--;
      if (b < ps.length - 1 && (ps[b].text === 'of' || ps[b].text === 'for')) {
        const m = ps[b + 1].text === 'the' ? b + 2 : b + 1;
        const e = remitEnd(text, ps, m, false);
        // "President of France Emmanuel Macron": the place is no part of the title, and neither is a
        // body whose name opens with a remit word ("CEO of the Refugee Council Enver Solomon")
        b = e > m && !(e < ps.length && (isOrgHead(ps[e].text) || isOrgHeadOrPlural(ps[e].text))) ? e : m;
        // "Leader of the Opposition R. Ashoka", "Father of the House Peter Bottomley": an ordinary word
        // after "the", before a given name or an initial, closes the title
        if (b === m && m > k + n + 1 && m + 1 < ps.length && isCommonWord(ps[m].text) && !isOrgHeadOrPlural(ps[m].text) && !lookup(ps[m].text) && !isNationality(ps[m].text) && (isGivenName(ps[m + 1].text) || /^\p{Lu}\.$/u.test(ps[m + 1].text))) b = m + 1;
      }
      let l0 = 0;
      // "Outgoing Ukrainian Foreign Minister", "Former U.S. Secretary": status words go, and other
      // modifiers too when a nationality or a known name is left ("State Department Spokesperson" stays)
      while (l0 < a && STATUS.test(ps[l0].text)) l0++;
      let l1 = l0;
      while (l1 < a && isTitleModifier(ps[l1].text)) l1++;
      if (l1 === a || isNationality(textOf(text, ps.slice(l1, a))) || lookup(textOf(text, ps.slice(l1, a)))) l0 = l1;
      const left = ps.slice(l0, a), right = ps.slice(b);
      // "Premier League", "General Motors": a title word opening a body's name is no title
      // ("Major League Baseball": nor one before a short name with a body's head word inside)
      // ("the Tunisian General Labour Union": nor after a nationality)
      if ((a === 0 || isNationality(textOf(text, ps.slice(0, a)))) && b === k + n && right.length && right.every(isCap) && (isOrgHeadOrPlural(right[right.length - 1].text) || right.length <= 3 && !isGivenName(right[0].text) && right.some(r => isOrgHead(r.text))) && !isTitle(textOf(text, ps))) return [{ pieces: ps, strict, forced: 'ORG' }];
      // ("Prosperous Justice Party": nor one between ordinary capitalised words and a body's head word)
      // ("Aberdeen Sheriff Court": or between a place and a court)
      if (a > 0 && b === k + n && right.length === 1 && isOrgHead(right[0].text) && ps.slice(0, a).every(p => isCap(p) && !isNationality(p.text) && (!lookup(p.text) || right[0].text === 'Court' && lookup(p.text)?.type === 'PLACE') && !isTitleModifier(p.text))) return [{ pieces: ps, strict, forced: 'ORG' }];
      // "Massachusetts General Hospital", "Leeds General Infirmary": nor is one between a place and a
      // building's head word
      if (a > 0 && b === k + n && right.length === 1 && isCap(right[0]) && isFacilityHead(right[0].text) && ps.slice(0, a).every(isCap) && !isTitle(textOf(text, ps))) return [{ pieces: ps, strict }];
      // "the General Hospital of Larissa": nor is one right before a building's head word
      if (a === 0 && b === k + n && right.length && isCap(right[0]) && isFacilityHead(right[0].text) && !isTitle(textOf(text, ps))) return [{ pieces: ps, strict }];
      // "the Attorney General's Office", "the Special Prosecutor's Office": an office named after the
      // post it serves is a body, the title and all (runs() joined it across the possessive)
      // ("the Public Prosecutor's Office of Goiás", "the Auditor General's Office of Kenya": and the
      // place it serves after "of")
      if (right.length >= 2 && (right[0].text === "'s" || right[0].text === '’s') && (isOrgHead(right[right.length - 1].text) || officeOfPlace(right))) return [{ pieces: ps.slice(l0), strict, forced: 'ORG' }];
      const title = textOf(text, ps.slice(a, b)).replace(/\s+(?:of|for)(?:\s+the)?$/, '');
      const out: Segment[] = [];
      let nationality: string | null = null;
      if (left.length) {
        const l = textOf(text, left);
        if (isNationality(l)) nationality = l;
        else {
          out.push({ pieces: left, strict });
          const known = lookup(l);
          if (known?.type === 'PLACE') nationality = known.canonical;
        }
      }
      // "Director of Public Prosecutions, Noordin Haji": common words after a title's remit finish
      // the remit; they are no one's name ("Chancellor of the Exchequer Rachel Reeves" goes on below).
      const remitTail = right.length > 0 && right.length <= 2 && ps.slice(a, b).some(p => p.text === 'of' || p.text === 'for')
        && right.every(p => isCommonWord(p.text) && !isGivenName(p.text) && !isSurname(p.text) && !isOrgHeadOrPlural(p.text) && !isPlaceHead(p.text)) && !lookup(textOf(text, right));
      if (right.length && !remitTail) {
        // "Minister Dr Ana Reyes", "President of France Emmanuel Macron": what follows is split in turn,
        // and the last part is the title's holder.
        const segs = titleSplit(text, right, strict);
        const last = segs[segs.length - 1];
        if (last && !last.role && !last.forced) segs[segs.length - 1] = { pieces: last.pieces, strict: last.strict, role: { title, nationality } };
        out.push(...segs);
      }
      return out;
    }
  }
  // "G7", "G-20", "G77": a grouping of countries written with a G and its number.
  if (ps.length === 1 && GROUPING.test(ps[0].text)) return [{ pieces: ps, strict, forced: 'ORG' }];
  // "Former Chelsea", "Veteran BBC": a word of status before a known name is no part of it.
  // ("Late Cho winner", "Veteran Okafor scores": and before a name that is all given names, surnames or
  // words no data knows, as headlines write one)
  if (ps.length > 1 && STATUS.test(ps[0].text) && (lookup(textOf(text, ps.slice(1)))
    || ps.length <= 3 && ps.slice(1).every(p => isGivenName(p.text) || isSurname(p.text) || unknownNameWord(p)))) return titleSplit(text, ps.slice(1), strict);
  // "Minister of Tourism and Antiquities Karim Haddad", "Queen Regent Maria Christina": ordinary
  // words of a title the lists lack, left after a title before a given name and a surname (or two),
  // are no part of the person's name (a building, a body or a place they open is not a title: "Hotel
  // Maria Cristina"; and with no title before them they may be a name's: "said Ram Kumar Shrestha")
  if (ps.length >= 3 && !startsSentence(ps[0]) && afterTitle(text, ps[0].start)) {
    let j = 0;
    // ("Minister of Fisheries and Marine Resources Derek Manehia": a remit word that is a given name too
    // is the remit's before another remit word)
    while (j < ps.length - 2 && j < 3 && /^\p{Lu}\p{Ll}+$/u.test(ps[j].text) && (isCommonWord(ps[j].text) || isRemitWord(ps[j].text))
      && (!isGivenName(ps[j].text) && !isSurname(ps[j].text) || isRemitWord(ps[j].text) && j + 3 < ps.length && isRemitWord(ps[j + 1].text))
      && !lookup(ps[j].text) && !isNationality(ps[j].text) && !isOrgHeadOrPlural(ps[j].text) && !isPlaceHead(ps[j].text) && !isFacilityHead(ps[j].text) && !isOrgLead(ps[j].text) && !placeLeads.has(ps[j].text) && !isForeignOrgLead(ps[j].text)) j++;
    const rest = ps.slice(j);
    // ("Minister of State for Health Adebayo Olusegun": after remit words, a name of words no list
    // has as ordinary words, though no list has its first as a given name either)
    const named = rest.length >= 2 && rest.length <= 4 && rest.every(p => isCap(p) || p.text === '-' && !afterSpace(p)) && !lookup(textOf(text, rest))
      && (isSurname(rest[rest.length - 1].text) || unknownNameWord(rest[rest.length - 1]))
      && (isGivenName(rest[0].text) || rest.length <= 3 && ps.slice(0, j).every(p => isRemitWord(p.text)) && rest.every(p => isSurname(p.text) || unknownNameWord(p)));
    if (j > 0 && named) return titleSplit(text, rest, strict);
  }
  // "part XVII", "Chapter IV": a Roman numeral alone names nothing.
  if (ps.length === 1 && ROMAN.test(ps[0].text)) return [];
  // 3. Leading nationality words ("Ukrainian", "Latin American") are not part of a name, and
  // neither is a follower's word before it ("Scientologist Tom Cruise", "Methodist Ann Lee").
  // ("a Socialist Left Party member": not before a body's name ending in its head word)
  if (ps.length > 2 && ADHERENT.test(ps[0].text) && !isOrgHeadOrPlural(ps[ps.length - 1].text)) return titleSplit(text, ps.slice(1), strict);
  // ("the Islamist Ennahda party", "the Maoist Sendero movement": nor before a body's name that a
  // lowercase noun for a party or a movement follows)
  if (ps.length === 2 && ADHERENT.test(ps[0].text) && PARTY_NOUN_AFTER.test(text.slice(ps[1].end, ps[1].end + 12))) return [{ pieces: ps.slice(1), strict, forced: 'ORG' }];
  for (let n = Math.min(3, ps.length); n >= 1; n--) {
    if (!isNationality(textOf(text, ps.slice(0, n)))) continue;
    const rest = ps.slice(n);
    // ("the European Union Monitoring Mission in Armenia": a body the data knows that opens with a
    // nationality, before a body's head word, opens a body's name)
    if (rest.length >= 2 && lookup(textOf(text, ps.slice(0, n + 1)))?.type === 'ORG' && rest.slice(1).some(q => isOrgHead(q.text))) return [{ pieces: ps, strict, forced: 'ORG' }];
    if (rest.length && (isOrgHead(rest[rest.length - 1].text) || lookup(textOf(text, rest))?.type === 'ORG')) return [{ pieces: ps, strict, forced: 'ORG' }];
    // ("the Canadian Interagency Forest Fire Centre": before a centre's name the nationality is part
    // of it; whether a body's or a building's is the typer's to say)
    if (rest.length >= 2 && /^Cent(?:re|er)$/.test(rest[rest.length - 1].text)) return [{ pieces: ps, strict }];
    // ("Dane County", "the Scottish Highlands": before a land's or a water's head word alone the word
    // is part of the place's name)
    if (rest.length === 1 && n === 1 && LAND_HEAD.test(rest[0].text)) return [{ pieces: ps, strict, forced: 'PLACE' }];
    return rest.length ? [{ pieces: rest, strict }] : [];
  }
  return [{ pieces: ps, strict }];
}

interface Classified { type: EntityType; key: string; certain: boolean }

/**
 * What segments() and classify() make of a run of one capitalised word: null (nothing, e.g. a
 * title or a nationality on its own), 'unknown' (left to the second pass) or a classification.
 * That depends on the word alone, so it is remembered per word (the memo is bounded).
 */
const wordMemo = new Map<string, Classified | null | 'unknown'>();
function classifyWord(p: Piece): Classified | null | 'unknown' {
  if (FUNCTION_POS.has(p.pos) && !ACRONYM.test(p.text)) return null;
  // "Most came across the Mediterranean": an ordinary word that opens a sentence as an adjective or
  // an adverb is that word, not the small town of the same name (countries and big cities stay).
  // ("Man charged after stabbing": likewise a noun)
  if ((p.pos === 'ADJ' || p.pos === 'ADV' || p.pos === 'NOUN') && startsSentence(p) && isCommonWord(p.text) && lookup(p.text)?.type === 'PLACE' && !isMajorPlace(p.text)) return null;
  let c = wordMemo.get(p.text);
  if (c === undefined) {
    const segs = titleSplit(p.text, [p], false);
    c = segs.length === 0 ? null : classify(p.text, segs[0].pieces, segs[0].strict, segs[0].forced);
    if (wordMemo.size >= 50000) wordMemo.clear();
    if (c && c !== 'unknown') c = { type: c.type, key: detached(c.key), certain: c.certain };
    wordMemo.set(detached(p.text), c);
  }
  return c;
}

// "Sen. Jane Doe, D-N.Y.": a US lawmaker's party and state, no name.
const PARTY_STATE = /^[DRI]-[A-Z][A-Za-z]?\.?(?:[A-Z]\.?)?$/;
function classify(name: string, ps: Piece[], strict: boolean, forced?: EntityType, forcedKey?: string): Classified | null | 'unknown' {
  if (isNotEntity(name) || PARTY_STATE.test(name)) return null;
  if (forced) return { type: forced, key: forcedKey ?? name, certain: true };
  if (ps.length === 3 && ps[1].text === '.' && WEB_DOMAIN.test(ps[2].text)) return { type: 'ORG', key: name, certain: true };
  // ("the City of Cape Town": runs() joined a city's council's name)
  if (ps.length >= 3 && ps[0].text === 'City' && ps[1].text === 'of' && !lookup(name) && isCityName(textOf0(ps.slice(2)))) return { type: 'ORG', key: name, certain: true };
  const known = lookup(name);
  // ("BlackRock" is no town "Blackrock": a capital inside a word the place's name lacks is a company's spelling)
  if (known && !(known.type === 'PLACE' && ps.length === 1 && CAMEL_COMPANY.test(name) && known.canonical !== name)) return { type: known.type, key: known.canonical, certain: true };
  // "Greenpeace Southeast Asia", "Save the Children Australia": a body the data knows, then a place
  // it knows, is the body's branch there
  if (!known && ps.length >= 2 && ps.length <= 6) {
    for (let j = 1; j < ps.length; j++) {
      if (!isCap(ps[j])) continue;
      // (neither part an ordinary word: "Democratic" and "Centre" are no body and no place here)
      const body = textOf0(ps.slice(0, j)), place = textOf0(ps.slice(j));
      if (lookup(body)?.type === 'ORG' && lookup(place)?.type === 'PLACE' && !(j === 1 && isCommonWord(body)) && !(j === ps.length - 1 && isCommonWord(place))) return { type: 'ORG', key: name, certain: true };
    }
  }
  // "NASA scientists confirmed it": a body the data knows by its capitals
  // "Ciarán Ó Dálaigh", "Máire Ní Bhriain": a name with an Irish surname's particle inside is a person's
  if (!known && ps.length >= 3 && ps.some((p, k) => k > 0 && k < ps.length - 1 && /^(?:Ó|Ní|Nic|Uí)$/.test(p.text)) && ps.every(p => isCap(p) || IRISH_MUTATED.test(p.text))) return { type: 'PERSON', key: name, certain: true };
  // "Hoshizora Denki", "Kanto Jidosha", "Aurora Holdings": a company's legal form or a word of its
  // trade in Japanese after one or two words no dictionary has names a company, before the shape of
  // a person's name is read ("Hoshizora" looks like a Japanese family name)
  if (!known && (ps.length === 2 || ps.length === 3) && isCompanyTail(ps[ps.length - 1].text) && ps.slice(0, -1).every(p => /^\p{Lu}\p{Ll}+$/u.test(p.text) && !isCommonWord(p.text) && !isTitleWord(p.text) && !isNationality(p.text))) return { type: 'ORG', key: name, certain: true };
  // ("Agrocris Invest SRL", "Nordic Steel Trading AB": a legal form closing the name makes it a company's, ordinary words before it or not)
  if (!known && ps.length >= 2 && ps.length <= 6 && LEGAL_FORM.test(ps[ps.length - 1].text) && ps.slice(0, -1).every(p => isCap(p) || p.text === '&' || nameParticles.has(p.text))) return { type: 'ORG', key: name, certain: true };
  // "Lakas–CMD", "Fidesz–KDNP": a name and a short form in capitals joined by an en dash are a party's or an alliance's
  if (!known && ps.length === 3 && ps[1].text === '–' && /^\p{Lu}{2,}$/u.test(ps[2].text)) return { type: 'ORG', key: name, certain: true };
  if (!known && ps.length === 1 && isOrgAcronym(name)) return { type: 'ORG', key: name, certain: true };
  // "the AfD, which won 41 seats", "PiS lawmakers": capitals with one lowercase letter among them
  // (German "für", Polish "i") are a party's or a body's short form (the dev split and the probes:
  // 7 such words are bodies, 1 the first word of a club's name)
  if (!known && ps.length === 1 && MIXED_ACRONYM.test(name) && /\p{Ll}/u.test(name)) return { type: 'ORG', key: name, certain: true };
  // "Lashkar-e-Taiba", "Pakistan Tehreek-e-Insaf", "Hizb-ut-Tahrir": a word joined by the ezafe "e" or
  // "i" or the article "ut" names a group or a party, unless the data knows the place under either
  // spelling of its ezafe ("Mazar-i-Sharif", "Mazar-e Sharif"); "Zia-ul-Haq" and "Anwar-ul-Haq" are
  // people's given names, and "ul" is left to the typer
  if (!known && ps.length <= 4 && ps.some(p => ORG_EZAFE.test(p.text))) {
    const place = lookup(name.replace(/-i-/g, '-e-')) ?? lookup(name.replace(/-e-/g, '-i-'));
    return place ? { type: place.type, key: place.canonical, certain: true } : { type: 'ORG', key: name, certain: true };
  }
  // "Fos-sur-Mer", "Saint-Jean-de-Luz": a French place's name by its joining words
  if (!known && ps.length === 1 && FRENCH_PLACE.test(name)) return { type: 'PLACE', key: name, certain: true };
  // "Seongbuk-dong", "Buyeo-gun": a Korean district, county or township by its suffix
  if (!known && ps.length === 1 && KOREAN_PLACE.test(name)) return { type: 'PLACE', key: name, certain: true };
  // "Moline", "Svendborg": a small town is a place if the typer agrees
  // (a single word goes with the other unknown words: the article may give it a person first)
  const town = ps.length > 1 && ps.length <= 3 ? smallTown(name) : undefined;
  if (town) return { type: 'PLACE', key: town, certain: false };
  const last = ps[ps.length - 1].text;
  // A head word alone ("the Court", "University exhibits") is a common noun, but a chamber is named
  // by its head word alone ("the Senate voted").
  // ("Lok Sabha", "Rajya Sabha": a chamber of more than one word)
  // ("Andy Warhol Photographic Legacy Program", "the Presidential Scholars Program": a programme is
  // no entity (ANNOTATION.md §5); the UN's programmes are agencies, "World Food Programme", "United
  // Nations Development Programme")
  if (ps.length > 1 && /^Program(?:me)?s?$/.test(last) && !/^(?:World|United|UN|U\.N\.)$/.test(ps[0].text)) return null;
  // ("the Metro Toronto Convention Centre", "Lakeside Shopping Center": a centre named for what it
  // hosts is a venue, a building and no entity)
  if (ps.length > 1 && isVenueCentre(ps[ps.length - 2].text, last)) return null;
  // ("a C-130 Hercules", "a P-8 Poseidon", "F-35 Lightning": a maker's model code before a name is a
  // product, no entity (ANNOTATION.md §5))
  if (/^\p{Lu}{1,3}-\d{1,4}\p{Lu}? \p{Lu}\p{Ll}/u.test(name)) return null;
  if (ps.length > 1 && isOrgHeadOrPlural(last) || ps.length === 1 && isLegislature(last) || ps.length === 2 && isLegislature(name)) return { type: 'ORG', key: name, certain: true };
  // "Joint Council for the Welfare of Immigrants", "Ministry of Defence": a head word with its remit after it.
  // ("Center for Astrophysics", "Museum of Modern Art": a word that opens bodies' names, likewise)
  if (ps.some((p, k) => k < ps.length - 1 && /^(of|for)$/.test(ps[k + 1]?.text ?? '') && (isOrgHead(p.text) || k > 0 && isOrgHeadOrPlural(p.text) || isOrgLead(p.text)))) return { type: 'ORG', key: name, certain: true };
  // "Air Canada", "Air New Zealand", "Air India": "Air" and a country's or a place's name is an airline
  if (ps.length >= 2 && ps.length <= 3 && ps[0].text === 'Air' && ps.slice(1).every(isCap) && lookup(textOf0(ps.slice(1)))?.type === 'PLACE') return { type: 'ORG', key: name, certain: true };
  // "Alternative for Germany": a common word, "for" and a country (joined in runs())
  // ("Brothers of Italy": a plural and "of", too)
  if (ps.length === 3 && (ps[1].text === 'for' || ps[1].text === 'of' && /\p{Ll}s$/u.test(ps[0].text)) && isCommonWord(ps[0].text) && isMajorPlace(ps[2].text)) return { type: 'ORG', key: name, certain: true };
  // "Partido dos Trabalhadores", "Banco de España", "Université Laval": a body's head word in
  // another language opens its name.
  if (ps.length >= 2 && isForeignOrgLead(ps[0].text) && (isCap(ps[ps.length - 1]) || ps.length === 2 && FOREIGN_ADJECTIVE.test(ps[1].text))) return { type: 'ORG', key: name, certain: true };
  // "the Christian Democrats", "the Free Democrats": a party named by its members, in the plural, after
  // words that are no place and no chamber ("Senate Republicans", "Texas Democrats" are members)
  if (ps.length >= 2 && ps.length <= 3 && PARTY_MEMBERS.test(last) && ps.every(isCap) && ps.slice(0, -1).every(p => !lookup(p.text) && !isLegislature(p.text) && !CHAMBER.test(p.text) && !isNationality(p.text))) return { type: 'ORG', key: name, certain: true };
  // "Mount Everest", "Lake Tanganyika", "Cape Horn": a geographic feature's first word before a name
  // (a body named after one ends in its own head word: "Port Authority", "Mount Sinai Hospital" aside)
  // ("Plaza de Bolívar", "Avenue Habib Bourguiba": a square's or a street's too, with a particle
  // inside; "the Plaza Hotel" is a building)
  // ("the Cordillera Blanca", "the Sierra Madre": a mountain range's word before a word no dictionary
  // has names the range too, though less surely: "Cordillera Shale S.A. ... Cordillera Shale said", a company)
  if (ps.length >= 2 && ps.length <= 4 && placeLeads.has(ps[0].text) && (!placeLeadsBeforeParticle.has(ps[0].text) || nameParticles.has(ps[1].text) || RANGE_LEAD.test(ps[0].text) && !isCommonWord(ps[1].text)) && ps.every((p, k) => isCap(p) || k > 0 && k < ps.length - 1 && nameParticles.has(p.text)) && !isOrgHeadOrPlural(last) && !isFacilityHead(last) && !isTitle(ps[1].text)
    // ("Rio Verde Foods", "Port Kembla Steel": a company named after the place ends in its trade)
    && !(ps.length >= 3 && isTradeTail(last)))
    return { type: 'PLACE', key: name, certain: !placeLeadsBeforeParticle.has(ps[0].text) || nameParticles.has(ps[1].text) };
  // A name that ends in a country, with a body's head word opening it ("Bank Negara Malaysia",
  // "Police Scotland") or right before the country (a national branch: "Transparency International
  // Spain", "Amnesty International UK"), is one body.
  // ("Greenpeace Africa", "Save the Children UK": or a body the data knows, then the place)
  if (ps.length >= 2 && isMajorPlace(last) && (isOrgHead(ps[0].text) && ps.every(isCap) || ps.length > 2 && isOrgHead(ps[ps.length - 2].text) || lookup(textOf0(ps.slice(0, -1)))?.type === 'ORG')) return { type: 'ORG', key: name, certain: true };
  // "Al Jazeera English", "VOA Amharic", "RT Arabic": a body the data knows (or an acronym), then a
  // language, is that body's service in the language
  if (ps.length >= 2 && isLanguage(last) && (lookup(textOf0(ps.slice(0, -1)))?.type === 'ORG' || ps.length === 2 && ACRONYM.test(ps[0].text))) return { type: 'ORG', key: name, certain: true };
  // "Health Canada", "Public Health England", "Fisheries and Oceans Canada": a remit, then a country,
  // is that country's department or agency (what no person or place is named)
  if (ps.length >= 2 && isMajorPlace(last) && ps.length <= 6 && ps.slice(0, -1).every((p, k) => isRemitWord(p.text) || k > 0 && (p.text === 'and' || p.text === ',')) && isRemitWord(ps[ps.length - 2].text)) return { type: 'ORG', key: name, certain: true };
  // "Age UK", "Cancer Research UK", "Alzheimer's Research UK": ordinary words, then "UK", name a
  // British body (a charity's, mostly); no person is named so
  if (ps.length >= 2 && ps.length <= 5 && last === 'UK' && ps.slice(0, -1).every(p => /^['’]s$/.test(p.text) || /^\p{Lu}\p{Ll}+$/u.test(p.text) && (isCommonWord(p.text) || isRemitWord(p.text)))) return { type: 'ORG', key: name, certain: true };
  // "Edo State", "Cross River State": a Nigerian state, named with "State"
  if (ps.length >= 2 && last === 'State' && isStateNamedState(textOf0(ps.slice(0, -1)))) return { type: 'PLACE', key: name, certain: true };
  // "Cricket Australia", "Sri Lanka Cricket", "USA Swimming": a sport and a country, either way round,
  // is the country's governing body for the sport
  // ("World Rugby", "World Athletics", "European Aquatics": the world's or a continent's, likewise)
  // ("Tourism Ireland", "Statistics Canada", "Switzerland Tourism": likewise a sector's national body)
  // (not the tail of a hyphened name: "the Lamu Port-South Sudan-Ethiopia Transport corridor")
  if (ps.length === 2 && (ps[0].start === 0 || afterSpace(ps[0])) && (isCountryBodyWord(ps[0].text) && isCountryName(ps[1].text) || isCountryName(ps[0].text) && isCountryBodyWord(ps[1].text))) return { type: 'ORG', key: name, certain: true };
  if (ps.length >= 2 && (isSport(ps[0].text) && isMajorPlace(textOf0(ps.slice(1))) || isSport(last) && (isMajorPlace(textOf0(ps.slice(0, -1))) || ps.length === 2 && SPORT_REACH.test(ps[0].text)))) return { type: 'ORG', key: name, certain: true };
  // "Leeds United", "Minnesota United": a club named after its town ("United" alone heads no body:
  // "the United States").
  // ("Manchester City", "Bristol Rovers", "Real Madrid", "Sporting Lisbon": likewise, with the other
  // words that open or close a club's name, where the whole is no place the data knows)
  // ("Hertha BSC", "VfL Wolfsburg", "TSG Hoffenheim": a club's lead or tail in capitals needs no town the data knows)
  if (ps.length === 2 && (isClubTail(ps[1].text) && (lookup(ps[0].text)?.type === 'PLACE' || CLUB_INITIALS.test(ps[1].text) && /^\p{Lu}\p{Ll}+$/u.test(ps[0].text))
    || isClubLead(ps[0].text) && (lookup(ps[1].text)?.type === 'PLACE' || CLUB_INITIALS.test(ps[0].text) && /^\p{Lu}\p{Ll}+$/u.test(ps[1].text)))) return { type: 'ORG', key: name, certain: true };
  // ("University Hospital Limerick", "University College Dublin": a body's head word, maybe a
  // facility's or another head word, then the town it serves)
  if (ps.length >= 2 && ps.length <= 4 && isOrgHead(ps[0].text) && isCommonWord(ps[0].text) && !isGivenName(ps[0].text) && !isTitleStart(ps[0].text) && ps.every(isCap) && ps.slice(1, -1).every(p => isOrgHead(p.text) || isFacilityHead(p.text)) && lookup(ps[ps.length - 1].text)?.type === 'PLACE' && !isCountryName(ps[ps.length - 1].text)) return { type: 'ORG', key: name, certain: true };
  // ("TV Globo", "Radio Caracas", "Rádio Renascença": a broadcaster's medium opening the name)
  if (ps.length >= 2 && ps.length <= 4 && BROADCAST_LEAD.test(ps[0].text) && ps.slice(1).every(isCap) && !isGivenName(ps[1].text)) return { type: 'ORG', key: name, certain: true };
  // ("Real Betis", "Atlético de Madrid", "Dinamo Zagreb": a club's leading word before a name no one's
  // given name opens is the club's, whatever the town's name)
  if (ps.length >= 2 && ps.length <= 4 && CLUB_OPENING.test(ps[0].text) && isCap(ps[ps.length - 1]) && !isGivenName(ps[1].text) && !isCommonWord(ps[1].text) && ps.slice(1).every(p => isCap(p) || /^(?:de|del|da|do|di)$/.test(p.text))) return { type: 'ORG', key: name, certain: true };
  // "Africa CDC", "China CDC": a place's name before a body's acronym is that body's regional branch.
  if (ps.length >= 2 && /^\p{Lu}{2,6}$/u.test(last) && lookup(name.slice(0, name.length - last.length).trimEnd())?.type === 'PLACE' && lookup(last)?.type !== 'PLACE') return { type: 'ORG', key: name, certain: false };
  // "Karolinska Institutet", "Rijksuniversiteit"-style names: an institute's or a university's word
  // in another language closing the name ("Institutet", "Instituut", "Universitet", "Universiteit")
  if (ps.length >= 2 && /^(?:Institu|Universi)\p{Ll}+$/u.test(last) && !/^(?:Institutes?|Institution|Universit(?:y|ies))$/.test(last)) return { type: 'ORG', key: name, certain: true };
  // "Joy FM", "Citi FM", "Kanal TV": a name and a broadcaster's band or medium in capitals is the station
  if (ps.length >= 2 && /^(?:FM|TV)$/.test(last) && ps.slice(0, -1).every(isCap) && !lookup(name)) return { type: 'ORG', key: name, certain: true };
  // "Samsung SDI", "Hyundai AMC": a brand or a body the data knows, then letters in capitals, is one of its companies
  if (ps.length === 2 && /^\p{Lu}{2,4}$/u.test(last) && (isBrand(ps[0].text) || lookup(ps[0].text)?.type === 'ORG') && !lookup(last) && !isPlaceHead(last)) return { type: 'ORG', key: name, certain: true };
  // "Hanamura Electric", "Alliant Energy", "Toyota Motor": one or two words no dictionary has, then a
  // word of trade or a company's legal form, name a company ("Clean Energy", "Nuclear Power" do not)
  if ((ps.length === 2 || ps.length === 3) && isTradeTail(last) && ps.slice(0, -1).every(p => /^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(p.text) && !isCommonWord(p.text) && !isTitleWord(p.text) && !isNationality(p.text) && lookup(p.text)?.type !== 'ORG')
    && !lookup(name)) return { type: 'ORG', key: name, certain: false };
  // ("McGill and Partners", "Harland and Sons": runs() joined a firm's founder and partners)
  if (ps.length >= 3 && ps[ps.length - 2].text === 'and' && FIRM_PARTNERS.test(last)) return { type: 'ORG', key: name, certain: true };
  // "Team Estonia", "Team USA": a sports team named after its country.
  // ("Team Kovra", "Team Sky": or after its sponsor, a word no dictionary has)
  if (ps.length > 1 && ps[0].text === 'Team' && (lookup(textOf0(ps.slice(1)))?.type === 'PLACE' || ps.length === 2 && !isCommonWord(last) && !isGivenName(last) && /^\p{Lu}/u.test(last))) return { type: 'ORG', key: name, certain: true };
  // "FIRST Global": an all-capitals word opens the names of bodies, not of people.
  // ("KL Rahul", "JK Rowling", "MS Dhoni": two initials before a known given name or surname are a person's)
  if (ps.length > 1 && /^[\p{Lu}]{2,}$/u.test(ps[0].text) && !strict && !(ps.length === 2 && ps[0].text.length === 2 && (isGivenName(ps[1].text) || isSurname(ps[1].text)))) return { type: 'ORG', key: name, certain: false };
  // "Irving Independent School District", "Los Angeles Unified School District": a district that
  // runs schools (or water, or fire services) is a body, not a place
  // ("Troms Police District", "the Gulf of Finland Coast Guard District": or police, or a coast guard)
  if (last === 'District' && ps.length > 2 && /^(?:School|Schools|Water|Fire|Sanitation|Utility|Hospital|Health|Police|Guard)$/.test(ps[ps.length - 2].text)) return { type: 'ORG', key: name, certain: true };
  if (isPlaceHead(last) && ps.length > 1) return { type: 'PLACE', key: name, certain: true };
  // "New York Mets", "New York Yankees": a city the data knows and a plural that is no ordinary word
  // and no place's, body's or nationality's name a team ("Florida Keys" stays a place; plurals
  // that are words, "Chicago Bulls", are the typer's)
  // ("Victoria Rojas", "Aurora Torres": a surname ending in -s after a city that is a given name too is a person's)
  // ("Villarreal midfielder Pau Ribes", "coach Murray Hollis": nor after a town that is a given name
  // too, where a plural no list has is likelier a surname; "Orlando Pirates" and "Sydney Roosters" are
  // plurals of words)
  if (ps.length >= 2 && TEAM_PLURAL.test(last) && !isCommonWord(last) && !(ps.length === 2 && isCommonWord(ps[0].text)) && !(ps.length === 2 && isGivenName(ps[0].text)) && !lookup(name) && !lookup(last) && !isSurname(last) && !isPlaceHead(last) && !isOrgHeadOrPlural(last) && !isNationality(last) && !isFacilityHead(last.slice(0, -1))
    && isCityName(textOf0(ps.slice(0, -1)))) return { type: 'ORG', key: name, certain: true };
  // "North Canterbury", "Central Otago", "Eastern Cape": a direction before a place the data knows names
  // a part of it ("New", "Old", "Great" and "Little" open other names: "New Labour", "Old Trafford")
  // ("South Kordofan": or before one word that is no one's name and no ordinary word: "West Ham" and "North Face" are not places)
  if (ps.length >= 2 && DIRECTION_WORD.test(ps[0].text) && (lookup(textOf0(ps.slice(1)))?.type === 'PLACE'
    || ps.length === 2 && /^\p{Lu}\p{Ll}{3,}$/u.test(ps[1].text) && !isCommonWord(ps[1].text) && !isNationality(ps[1].text) && !isGivenName(ps[1].text) && !isSurname(ps[1].text) && !lookup(ps[1].text))) return { type: 'PLACE', key: name, certain: true };
  // "Tourism Australia", "Emergency Management Australia", "Fire and Emergency New Zealand": ordinary
  // nouns, one of them a body's remit, then a country's name are a national body's name, no person's
  // ("Classical Greece", "Nazi Germany" stay places)
  if (ps.length >= 2 && !lookup(name) && isCommonWord(ps[0].text) && !isGivenName(ps[0].text) && nationalBodyEnd(ps, 0) === ps.length) return { type: 'ORG', key: name, certain: false };
  // "IE6", "MH17", "COVID-19": letters with digits name products, flights and diseases; G7 and G20 are in the data.
  if (ps.length === 1 && ACRONYM.test(name) && name.replace(/[^\p{Lu}]/gu, '').length >= 2 && !/\d/.test(name)) return { type: 'ORG', key: name, certain: false };
  const words = ps.filter(p => /[\p{L}]/u.test(p.text));
  // "Kim Jong-un": a lowercase syllable glued by a hyphen belongs to the name.
  const syllable = (p: Piece) => /^-?\p{Ll}{1,2}$/u.test(p.text) && !afterSpace(p);
  if (!strict && words.length >= 2 && words.length <= 5 && words.every(p => isCap(p) || nameParticles.has(p.text) || syllable(p))) return { type: 'PERSON', key: name, certain: false };
  return 'unknown';
}

/**
 * "OpenAI", "PayPal", "BlackRock", "SoftBank": a capital inside a word after lowercase letters is
 * how companies and platforms write their names (not people's: "McCarthy", "DeSantis", "LaGuardia",
 * "DiCaprio", "MacKenzie", "O'Neill" open with a surname's prefix).
 */
const CAMEL_COMPANY = /^(?!Mc|Mac|De|Le|La|Di|Da|Du|Van|Von|Fitz|St)\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
/** A brand the data knows, or a word written the way companies write theirs: a company where it acts. */
const companyWord = (word: string) => isBrand(word) || CAMEL_COMPANY.test(word);
/** A word shaped like an English abstract noun: "Mitigation", "Volcanology", "Resilience", "Governance". */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ology|ity|ness|ance|ence|ship)s?$/u;
/** What an airline does, right after its name: "cancelled flights", "said it had suspended services", "and Jetstar said they had halted all flights". */
const RUNS_FLIGHTS = /^(?: and \p{Lu}[\p{L}]+)?(?: (?:said|says) (?:that )?(?:it|they) (?:had|has|have|would|will))? (?:cancell?ed|suspended|resumed|halted|grounded|diverted|axed|suspend|cancel|resume|halt) (?:(?:all|some|most|several|its|their|\d+|of|the) )*(?:flights|services|routes)\b/u;
/** Prepositions after an appositive's head noun: "a member of the group", "a spokeswoman for the agency". */
const HEAD_BEFORE = new Set(['of', 'for', 'at', 'with', 'from', 'to', 'on', 'in']);
/** Nouns only a body has, after its acronym: "the APEC summit", "OPEC members", "the WHO chief", "the FIFA president". */
const BODY_HAS = /^(?:summit|summits|meeting|meetings|talks|conference|congress|leaders|leader|members|member|officials|official|delegates|delegation|chief|spokesman|spokeswoman|spokesperson|headquarters|envoy|envoys|ministers|forces|troops|countries|nations|allies|secretariat|chair|chairman|presidency|statement|spokespeople|president|boss|executives|employees|staff)$/;
/** What a company has, after its name: "a Panasonic executive", "Ryanair shares", "a Lufthansa flight". */
const COMPANY_HAS = /^(?:executive|executives|employee|employees|staff|workers|engineers|spokesman|spokeswoman|spokesperson|chief|boss|board|shares|shareholders|investors|headquarters|subsidiary|factory|factories|plant|plants|stores|flight|flights|pilots|crew)$/;
/** What a body says of itself: " said in a statement", " said on Monday it would", " announced that its" (not " said it was"). */
/** Plurals for a party's members that name the party after an adjective ("Christian Democrats"). */
const PARTY_MEMBERS = /^(?:Democrats|Republicans|Socialists|Liberals|Conservatives|Nationalists|Communists)$/;
/** Members' plurals that name a party only after "the" ("the Progressives", "the Greens"), not inside a name ("Scottish Greens" is one). */
const PARTY_MEMBERS_TOO = /^(?:Progressives|Greens)$/;
/** Words for a legislature's chambers, whose members a party plural after them names. */
const CHAMBER = /^(?:House|Senate|Congressional|Assembly|Parliamentary|Council|State)$/;
/** A palace's or a castle's name: the seat of an office ("Prague Castle", "Malacañang Palace"). */
const SEAT_OF_OFFICE = /\s(?:Palace|Castle)$/;
/** A speech verb right after a name. */
const BODY_SPEAKS = /^ (?:said|says|announced|confirmed|denied|stated|added|declined)\b/;
/** "the mayor of ", "the chairman of the ": a title of a place's or a body's office, in lowercase, then "of". */
const TITLE_OF_BEFORE = /\b(?:the|The|its|their|a|an)\s+(?:(?:deputy|acting|former|new|interim|outgoing|current|then)\s+)?(mayor|governor|bishop|archbishop|emir|sultan|premier|chairman|chairwoman|chairperson|chair|leader|head|chief|director)\s+of\s+(?:the\s+)?$/;
/** The titles of those whose office is a place's ("the mayor of", "the bishop of"); the others serve a body. */
const PLACE_TITLES = /^(?:mayor|governor|bishop|archbishop|emir|sultan|premier)$/;
/** " (KMT)": capitals in brackets right after a word. */
const OWN_ACRONYM_AFTER = /^ \((\p{Lu}{2,6})\)/u;
/** "a fishing cooperative called ", "a group known as ": a body's or a place's noun after "a" or "an", then its name. */
const CALLED_BEFORE = /\b(?:a|an|A|An)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+),?\s+(?:called|named|known\s+as|dubbed)\s+$/u;
/** A verb of speech right after a name: " said", ", who said" is not. */
const SPEECH_AFTER = /^,? (?:said|says|told|added|stated|argued|warned|wrote|explained|insisted)\b/;
const BODY_SAYS = /^ (?:said|says|announced|announces|confirmed|confirms|added|reported|warned|stated)(?: (?:on|late|early) \p{Lu}\p{Ll}+day)?(?: in an? (?:(?:emailed|e-mailed|written|brief|short|joint|separate|regulatory|stock exchange) )?(?:statement|filing|release|press release|post)\b| (?:that )?(?:it (?:would|will|had|has|plans|planned|expects|expected|intends|intended)|its)\b)/u;
/** ", south of Cairo", ", 40 km north-east of the capital": where a place lies from another, after its name. */
const LIES_FROM = /^,? (?:about |some |just |nearly |around )?(?:\d[\d,.]* ?(?:km|kilometres|kilometers|miles|mi) )?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of (?:the )?\p{Lu}/u;
/** A party's name holds one of these words after its first: "Party", "Congress", "League", "Sena", "Front". */
const PARTY_HEAD_IN = /\s(?:Party|Congress|League|Sena|Front)\b/;
/** A faction in brackets: " (Marxist)", " (M)", " (Sharadchandra Pawar)". */
const PARTY_QUALIFIER = /^ \((\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})\)/u;
/** The creeds and splits that name a party's faction in brackets. */
const PARTY_CREED = /^(?:Marxist|Leninist|Maoist|Marxist-Leninist|Democratic|Socialist|Secular|United|Unified|Revolutionary|Progressive|Official|Provisional)$/;
/** A short form in brackets, after a space: " (FAE)", " (FSE-CSQ)", " (Senapred)". */
const BRACKETED_SHORT_FORM = / \((\p{Lu}[\p{L}\d&-]{1,11})\)/gu;
/** A word of a name in a Romance language: lowercase or capitalised, elided ("l'enseignement"). */
const ROMANCE_NAME_WORD = /^(?:\p{L}[\p{L}\p{M}-]*|[dlDL]['’]\p{L}[\p{L}\p{M}-]*)$/u;
/** The particles of names in Romance languages. */
const ROMANCE_PARTICLE = /^(?:de|des|du|del|della|delle|dei|degli|di|do|da|dos|das|la|le|les|el|los|las|et|e|y|pour|para|per|ante|sur|en)$/u;
/** " (Hjólreiðasamband Íslands)", " (Dirección del Trabajo)": two to seven words in brackets, capitalised at both ends, short lowercase joiners between. */
const OWN_LANGUAGE_NAME = /^ \((\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Ll}{1,4}|\p{Lu}[\p{L}\p{M}'’.-]*)){0,5} \p{Lu}[\p{L}\p{M}'’.-]*)\)/u;
/** ", known as Guguinha", ", the 19-year-old striker better known as Luquinha", ", known to fans as Tiagão": the nickname after a person's name. */
const KNOWN_AS_AFTER = /^, (?:[^,.;:()"“”\n]{1,60} )?(?:(?:better|popularly|widely|commonly|affectionately) )?known(?: to [\p{Ll} ]{1,20})? as (\p{Lu}[\p{L}\p{M}'’-]+)(?=[\s,.;)])/u;
/** "the coach of ", "the captain of ": a club's people before its name. */
const CLUB_OF_BEFORE = /\b(?:coach|manager|captain|goalkeeper|striker|midfielder|defender|players|fans|supporters|president) of $/;
/** "In a statement, ", "In a statement on Sunday, ": a statement's issuer follows. */
const STATEMENT_BEFORE = /\b[Ii]n (?:a|an|its|their|a joint) (?:statement|press release|news release|communiqué|written statement)(?: (?:on|late on|early on) \p{Lu}\p{Ll}+day| (?:issued|released|published) (?:on \p{Lu}\p{Ll}+day|late|early|overnight))?, $/u;
/**
 * A word shaped like a people's or a region's adjective ("Flemish", "Catalan", "Cantonese",
 * "Hispanic") that no data knows as a place, a body, a given name or a surname, and that is no
 * common word: the nationality data lists countries' and many regions' adjectives, not all.
 */
const demonymShaped = (w: string) => isNationality(w) || DEMONYM_SHAPE.test(w) && !lookup(w) && !isGivenName(w) && !isSurname(w) && !isCommonWord(w) && !isOrgAcronym(w);
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ish|ese|ian|an|ic)$/u;
/** A lowercase word for an award after a name: " award", " prizes", " trophy". */
const AWARD_AFTER = /^((?: \p{Lu}\p{Ll}+){0,3}) (?:awards?|prizes?|trophy|trophies|medals?)\b/u;
/** What only a company has, after its possessive: "'s shares", "'s chief executive", "'s share price", "'s former managing director", "'s general counsel". */
// ("Golkar's deputy chairman", "Vooruit's members": or a body's officers and members, which no person has)
const COMPANY_OWNS = /^['’]s (?:shares|share price|stock price|market value|board of directors|shareholders|(?:former |new |outgoing |interim )?(?:chief executive|CEO|chief [a-z]+ officer|general counsel|managing director)|(?:deputy |vice-?)?(?:chairman|chairwoman|chairperson|secretary-general|general secretary)|members|lawmakers|legislators|MPs|(?:(?:planned|proposed|hostile|agreed) )?(?:(?:US|A|C|NZ)?\$[\d.,]+ (?:billion|million|bn|m) )?(?:takeover|acquisition|purchase|buyout|merger|stores|outlets|customers|subscribers|quarterly|annual (?:results|profit|revenue|sales)))\b/;
/** Where a company's shares are held, right before its name: "shares in ", "a stake in ". */
const SHARES_IN_BEFORE = /\b(?:shares|stakes?|holdings?) (?:in|of) $/;
/** What a company's shares do, right after its name: " shares rose", " shares were". */
const SHARES_AFTER = /^ shares (?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|closed|opened|traded|surged|tumbled|sank|soared|slid|edged|were|are|have|had)\b/;
/** A place's name made a modifier for a company's standing, right before the company: "Toronto-listed ". */
const LISTED_BEFORE = /\p{Lu}[\p{L}.]*-(?:listed|registered|headquartered|owned) $/u;
/** Words right before the medium that carried a speaker's words: " told ", "said on ", "in an interview with ". */
const TOLD_BEFORE = /\b(?:told(?: the)?|(?:said|says|speaking|spoke|appeared|interviewed) on|(?:an|the) interview with) $/;
/** A job, a seat or a membership a body gives, right after its name: " engineer", " vice-president", " members". */
const JOB_AFTER = /^ (?:(?:deputy|vice|senior|chief|former|local|regional|national|board|executive) )?(?:engineers?|employees?|executives?|members?|senators?|lawmakers?|legislators?|MPs?|MEPs?|councillors?|councilors?|vice-president|vice-chairman|chairman|chairwoman|chairperson|directors?|officials?|spokesperson|spokesman|spokeswoman|staffers?|candidates?|shareholders?|subscribers?|deputies)\b/;
/** What follows a medium that was told something: "that", a day, "in an interview", the end of the clause. */
const TOLD_AFTER = /^(?: (?:that|on|in|last|earlier|late|early|this|when|after|about|he|she|it|they|the|a)\b|[,.;:]|['’]s\b)/;
/** The plural that closes a team's name ("Royals", "Jays"; "Sox" is spelled so). */
const TEAM_PLURAL = /^(?:\p{Lu}\p{Ll}+s|Sox)$/u;
/** A lowercase noun for a person or a player, or a role, right before a name ("midfielder ", "Striker "). */
const PERSON_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...personNouns, ...roleNouns].join('|')}) $`, 'iu');
/** "'s Nimbix unit", "'s banking arm": after an owner's name, what it owns is a company's part. */
const OWNS_UNIT = /^['’]s (?:(?:\p{Lu}[\p{L}\p{N}&.-]*|\p{Ll}+) ){1,3}(?:unit|division|subsidiary|arm|affiliate)\b/u;
/** ", the conciliation service,", ", the media regulator.", ", the Danish wind farm developer,": a description of one to four words, the last lowercase, after a name (", the leader of the party," is described by its first noun: see APPOSED_BODY_OF). */
const APPOSED_BODY = /^, the (?:(?!of )(?:[\p{Ll}-]+(?:['’]s)?|\p{Lu}\p{Ll}+(?:-based|['’]s)?) ){0,3}?(\p{Ll}+)(?:[,.;)]| (?:that|which|whose|in|representing|responsible|overseeing|regulating|running|managing)\b)|^, an? (?:[\p{L}-]+ ){0,3}(company|firm|maker|manufacturer|supplier|contractor|startup|start-up|lender|insurer|carmaker|automaker|retailer|chain|charity|bank|airline|operator|conglomerate|marketplace|platform|unit|subsidiary|giant|multinational|brokerage|utility|broadcaster|brewer|refiner|shipbuilder|steelmaker|drugmaker|chipmaker|supermarket)(?:[,.;)]| (?:of|in|for|that|which|whose|based|controlled|owned|run|backed|listed|founded|headed|led)\b)/u;
/** ", one of Europe's largest suppliers", ", one of the country's biggest banks": one of many businesses of a kind. */
const ONE_OF_BUSINESSES = /^, one of (?:the |\p{Lu}[\p{L}.]*['’]s |(?:its|their) )(?:[\p{Ll}-]+(?:['’]s)? ){0,3}(?:companies|firms|makers|manufacturers|suppliers|producers|lenders|banks|insurers|retailers|carmakers|automakers|drugmakers|airlines|operators|conglomerates|brokerages|utilities|broadcasters|brewers|miners|exporters|importers|distributors|chains|developers)\b/u;
/**
 * ", the party of the president": the same, the noun before "of" (the first noun: ", the leader of
 * the party" is a person; ", the group of chemicals" is a collection, not a body).
 */
const APPOSED_BODY_OF = /^, the (?:[\p{Ll}-]+ |\p{Lu}\p{Ll}+ ){0,2}?(?!(?:group|network|family|class|body|union|alliance|coalition|league) of )(\p{Ll}+) of\b/u;
/**
 * ", a civil defence group operating in...", ", an advocacy organisation that...": a body's type noun
 * after "a"/"an" and up to three lowercase words, none of them "of" or "the" (", a member of the
 * group" describes a person).
 */
const APPOSED_GROUP = /^, an? (?!(?:[\p{Ll}-]+ )*?(?:of|the) )(?:[\p{Ll}-]+ ){0,3}(group|organi[sz]ation|coalition|alliance|watchdog|regulator|movement|network|union|agency|nonprofit|non-profit|NGO)(?:[,.;)]| (?:that|which|based|operating|working|in|with)\b)/u;
/** ", Finland's electricity transmission system operator,", ", Norway's largest insurer.", ", Europe's largest airline by passengers,": a body's description owned by a place or a body. */
const APPOSED_OWNED_BODY = /^, (?:\p{Lu}[\p{L}.]+['’]s|(?:the )?\p{Lu}[\p{L}.]+s['’]|the \p{Ll}+['’]s) (?:[\p{Ll}-]+ ){0,4}?(\p{Ll}+)(?:[,.;)]| (?:that|which|whose|by|in|with|since|of)\b)/u;
/** ", a town of about 2,000 people", ", a small fishing village", ", a wetland sanctuary on the lake": a place's description in apposition. */
const APPOSED_PLACE = /^, (?:an?|the) (?:[\p{Ll}-]+ ){0,2}(?:town|village|city|suburb|hamlet|township|borough|district|county|province|region|island|municipality|port|settlement|commune|fjord|glacier|valley|peninsula|archipelago|mountain|peak|volcano|lake|river|massif|sanctuary|reserve|wetland|wetlands|lagoon|oasis|atoll|plateau|gorge|canyon|bay|neighbourhood|neighborhood|delta|basin|islet|reef|crater|(?:national|nature|marine|regional|wildlife) park)(?:[,.;)]| (?:of|in|on|near|(?:north|south)(?:-?(?:east|west))?|east|west|about|with|that|which|where|some|close)\b)/u;
/** The end of a capitalised word, or of one and "for", "of" or "and", right before a stretch: it may be a cut name's tail. */
const CUT_NAME_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’.-]*|\b(?:for|of|and|de|del|la))\s$/u;
/** ", a label founded", ", an independent publisher,", ", a second-division football club from": "a" or "an", up to three words, and a noun closing the appositive or followed by its participle or "in"/"from". */
const APPOSED_KIND = /^, an? (?:(?!of |for |with |from )[\p{L}-]+ ){0,3}?(\p{Ll}[\p{Ll}-]+)(?:[,.;)]| (?:in|from|for|that|which|whose|based|controlled|owned|run|backed|listed|founded|headed|created|formed|launched|specializing|specialising)\b)/u;
/** Whether the text right after a name holds a description in apposition that only a body fits. */
function apposedBody(after: string, before = ''): boolean {
  // ("the Historic Pact (Pacto Histórico), the governing coalition": past a name in brackets)
  if (after.charCodeAt(0) === 32 && after.charCodeAt(1) === 40) after = after.replace(/^ \([^()\n]{1,60}\)/, '');
  const body = APPOSED_BODY.exec(after);
  // (", a Lagos-based online marketplace,": the nouns after "a" that APPOSED_BODY lists are all a body's)
  if (body?.[2] !== undefined) return true;
  // (", one of Europe's largest suppliers of generic drugs,": one of a kind of business, in the plural)
  if (ONE_OF_BUSINESSES.test(after)) return true;
  // (", a label founded in 1998", ", a cooperative based in": or any noun the lexicon gives a body's type)
  // (not for the tail of a longer name the rules cut: "Polish | Smog Alert", "Partnership for | Democracy")
  const kind = APPOSED_KIND.exec(after);
  if (kind && typeNounOf(kind[1]) === 'ORG' && !CUT_NAME_BEFORE.test(before)) return true;
  const m = body ?? APPOSED_GROUP.exec(after) ?? APPOSED_BODY_OF.exec(after) ?? APPOSED_OWNED_BODY.exec(after);
  const noun = m?.[1];
  return noun !== undefined && (typeNounOf(noun) === 'ORG' || BODY_DESCRIPTIONS.test(noun) || /^(?:nonprofit|non-profit|NGO|startup|start-up)$/.test(noun));
}
/** A medium's word opening a broadcaster's name. */
const BROADCAST_LEAD = /^(?:TV|Radio|Rádio|Television|Televisión|Televisão|Télévision)$/;
/** "'s health spokesperson, ", "'s Brussels leader, ", "'s chair, ": a party's office after its name's possessive, before a comma. */
const PARTY_OFFICE_AFTER = /^['’]s (?:(\p{Lu}[\p{L}-]+|\p{Ll}+) )?(leader|chair|chairman|chairwoman|chairperson|spokes(?:person|man|woman)|general secretary|secretary-general|whip), (?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?/u;
/** A stadium's word opening its name in other languages. */
const FOREIGN_STADIUM = /^(?:Estádio|Estadio|Stadionul|Stadio|Stadion|Stadyumu)$/;
/** A sovereign whose possessive opens bodies' names: "Queen's University", "King's College". */
const ROYAL_OWNER = /^(?:Queen|King)$/;
/** The clubs' leading words that open no other kind of name ("Real Betis", "Sporting Braga"; not "Club", "Inter", "AC"). */
const CLUB_OPENING = /^(?:Real|Atlético|Atletico|Sporting|Olympique|Dynamo|Dinamo|Deportivo|Borussia|CSKA|Spartak|Lokomotiv)$/;
/** A club's name of two or three words after its leading word ("Real Betis", "Atlético de Madrid" keeps "de Madrid" out: one word after). */
const CLUB_NAMED = /^(?:Real|Atlético|Atletico|Sporting|Olympique|Dynamo|Dinamo|Deportivo|Borussia) \p{Lu}[\p{L}-]+$/u;
/** "-language", "-speaking", "-medium" hyphened onto a people's or a language's name. */
const LANGUAGE_COMPOUND = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’]+)-(?:language|speaking|speakers?|medium)\b/gu;
/** Heads of a description that only a body fits ("body" is no type noun before a name, nor "service" before a given name: "the Russian service Alexander Gordon"; "organiser" describes people). */
const BODY_DESCRIPTIONS = /^(?:service|body|authority|government|administration|ministry|council|maker|contractor|chain|court|tribunal|chapter|branch|commission|committee|parliament|legislature|department)$/;
/** How many times over inLowercase's searches may read an article before a set of its lowercase words costs less. */
const LOWERCASE_SET_READS = 32;
/**
 * An article of more pieces than this gets the set at once: each search that finds the word reads
 * the pieces at the occurrences before (a binary search each), and in a text of a hundred
 * thousand pieces the set (some 2 ms) costs less than the searches did before reaching the bound.
 */
const LOWERCASE_SET_PIECES = 20000;

/**
 * Finds PERSON, ORG and PLACE mentions. `blocked` has a byte per token, 1 for the tokens already
 * taken by dates and times, so "Wednesday" or "Christmas" never start a name.
 */
/**
 * Runs one pass of namedMentions as a function of its own. namedMentions is a long list of passes
 * over one article's pieces; written inline, they made it one function of 53 KB of bytecode (60 KB
 * is where V8 stops optimising a function at all), and V8's optimising compiler took 1.7-2.4 s and
 * about 180 MB of memory outside the heap to compile it, again after each deoptimisation: in a
 * 10,000-article load that raised the server's resident size by 150-200 MB. The passes of eight
 * lines or more run as functions of their own (namedMentions is 11 KB of bytecode, compiled in about
 * half a second with under 50 MB); they share the article's state through the closure, as they did
 * as blocks. The shorter passes stay inline: with every pass of four lines or more split off (3.4
 * KB), the analysis ran about 6% slower in the steady state, each pass being a fresh closure per
 * article that V8 cannot specialise as it does a function made once.
 */
function inFrameOfItsOwn(pass: () => void): void { pass(); }

export function namedMentions(tokenized: TokenizedText, blocked: Uint8Array): NamedMention[] {
  const { text } = tokenized;
  const list = piecesOf(tokenized, blocked);
  const { pieces, capitals } = list;
  const found: (NamedMention & { certain: boolean })[] = [];
  // Stretches the rules could not type for certain go to the typer (typer.ts), with the rules' guess.
  const open: { seg: Segment; name: string; hint: RuleHint; key: string }[] = [];
  const pending: { seg: Segment; name: string }[] = [];
  /** A wire story's subheadings in capitals ("SPENDING FIGHT"): no name is guessed from their words. */
  const capsRanges = capsLines(text);

  /** Words in capitals given in brackets as a body's acronym where the data knows a town by them. */
  const acronyms = new Map<string, string>();
  // "Typhoon Tala ... Tala weakened": the name a storm or an operation is given is an event's
  // wherever the article uses it alone (ANNOTATION.md §5), unless the rules are sure of it (a small
  // town's name is no such certainty: "Hurricane Milton ... Milton killed")
  const eventNamed = new Set<string>();
  inFrameOfItsOwn(() => {
    for (let i = 0; i < capitals.length; i++) {
      const c = capitals[i];
      if (!isEventLeadStart(pieces[c].text)) continue;
      const n = c + 1 < pieces.length && isEventLead(`${pieces[c].text} ${pieces[c + 1].text}`) ? 2 : isEventLead(pieces[c].text) ? 1 : 0;
      if (!n) continue;
      let e = c + n;
      while (e < pieces.length && isCap(pieces[e]) && !afterNewline(pieces[e]) && pieces[e].sentence === pieces[c].sentence && e - c < n + 3) e++;
      if (e > c + n) eventNamed.add(textOf(text, pieces.slice(c + n, e)));
    }
  });
  const eventNameAlone = (name: string, c: Classified | 'unknown') => eventNamed.size > 0 && eventNamed.has(name)
    && (c === 'unknown' || !c.certain || c.type === 'PLACE' && !isMajorPlace(name));
  /**
   * Whether the article writes the word capitalised, on its own, where no sentence opens ("hit
   * Mobile."). A word inside a longer name is no evidence ("the Christian Democratic Union" does not
   * make "Union officials said" a town's officials).
   */
  let opensNoSentence: Set<string> | undefined;
  const namedMidSentence = (w: string) => {
    if (!opensNoSentence) {
      opensNoSentence = new Set();
      for (const c of capitals) {
        const p = pieces[c];
        // (a capitalised word one space before or after it: "Democratic Union", "Workers' Union")
        if (startsSentence(p) || text.charCodeAt(p.end) === 32 && /^\p{Lu}/u.test(text.slice(p.end + 1, p.end + 2))
          || CAPITALISED_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) continue;
        opensNoSentence.add(p.text);
      }
    }
    return opensNoSentence.has(w);
  };
  inFrameOfItsOwn(() => {
    for (const run of runs(list)) {
      if (run.length === 1) {
        // Most runs are one word ("Biden", "Officials"): their fate depends on the word alone.
        // ("wrote on X", "in a post on X": the platform, where posting is said)
        // ("a video on X.": the full stop that wink kept on the letter stays out)
        // ("followers on X", "paying tribute on X", "On X, where he has a million followers": or where
        // its followers, a tribute or what the post did are said)
        if ((run[0].text === 'X' || run[0].text === 'X.') && (POSTED_ON.test(text.slice(Math.max(0, run[0].start - 48), run[0].start))
          || /\b[Oo]n $/.test(text.slice(Math.max(0, run[0].start - 3), run[0].start)) && X_AFTER.test(text.slice(run[0].end, run[0].end + 30)))) {
          const x = run[0].text === 'X' ? run[0] : makeToken('X', run[0].start, run[0].start + 1, 'PROPN', run[0].sentence, run[0].flags);
          found.push(mention({ pieces: [x], strict: false }, 'X', 'ORG', 'X', true));
          continue;
        }
        // ("Forest guards had rescued ...", "Mobile phones were cut": an ordinary word opening the
        // sentence before a lowercase noun is that word, not the small town of the same name, however
        // wink tags it; "Reading a summary of the ruling, ...": so is a word in -ing before an article)
        // ("a Roman goldsmiths' workshop", "Roman metalwork": and anywhere, a word shaped as a people's
        // adjective right before a lowercase noun describes the noun, however the article writes it)
        const w = run[0], after = pieces[pieceIndex(list, w) + 1];
        const lowerAfter = !!after && !capital(after) && after.sentence === w.sentence && afterOneSpace(after);
        const describes = lowerAfter && after.pos === 'NOUN' && PEOPLE_ADJECTIVE.test(w.text);
        const opens = startsSentence(w) && lowerAfter && (after.pos === 'NOUN' || GERUND_OBJECT.test(after.text) && w.text.endsWith('ing'));
        if ((opens || describes) && isCommonWord(w.text) && lookup(w.text)?.type === 'PLACE' && !isMajorPlace(w.text) && (describes || !namedMidSentence(w.text))) continue;
        let c = classifyWord(run[0]);
        // "the UK Intellectual Property Office (IPO) ... The IPO said": capitals that name a notion
        // alone ("an IPO") are the body's acronym when they follow its name in brackets, and after
        if (c === null && /^\p{Lu}{2,7}$/u.test(run[0].text)) {
          const long = acronyms.get(run[0].text) ?? bracketedAcronym(text, list, run[0]);
          if (long) { c = { type: 'ORG', key: long, certain: true }; acronyms.set(run[0].text, long); }
        }
        if (c === null || eventNameAlone(run[0].text, c)) continue;
        const seg: Segment = { pieces: run, strict: false };
        // "the National Institute for Health and Care Excellence (NICE)": a word in capitals in brackets
        // right after a body's name is its acronym, not the town the same letters spell in title case
        // (a place keeps its type unless the capitals spell its name: "(UAE)" after "... of the United Arab Emirates" stays the country)
        // ("(NEMA)" spells the town "Néma" but for its accent)
        const longForm = c === 'unknown' || c.type === 'ORG' || c.type === 'PLACE' && fold(c.key) === fold(run[0].text) && c.key !== run[0].text ? bracketedAcronym(text, list, run[0]) : null;
        if (longForm) { c = { type: 'ORG', key: longForm, certain: true }; acronyms.set(run[0].text, longForm); }
        if (c === 'unknown') pending.push({ seg, name: run[0].text });
        else if (c.certain) found.push(mention(seg, run[0].text, c.type, c.key, true));
        else open.push({ seg, name: run[0].text, hint: c.type, key: c.key });
        continue;
      }
      for (const seg of segments(text, run)) {
        const name = textOf(text, seg.pieces);
        const c0 = classify(name, seg.pieces, seg.strict, seg.forced, seg.forcedKey);
        // ("The IPO said": an acronym the article gave a body in brackets before stays that body's)
        const c = c0 === null && acronyms.has(name) ? { type: 'ORG' as const, key: acronyms.get(name)!, certain: true } : c0;
        // ("Dr Islam said", "Prof Islam": a word no entity names alone, a faith's, is a surname after a title)
        if (c === null && seg.role && /^\p{Lu}\p{Ll}+$/u.test(name) && isNotEntity(name) && !isTitleWord(name)) { found.push(mention(seg, name, 'PERSON', name, false)); continue; }
        if (c === null || eventNameAlone(name, c)) continue;
        if (c === 'unknown') {
          // (not an ordinary word left over from the title's remit: "Professor of East Asian Studies")
          if (seg.role) { if (!(seg.pieces.length === 1 && isRemitWord(name) && !isGivenName(name) && !isSurname(name))) found.push(mention(seg, name, 'PERSON', name, false)); }
          else if (seg.pieces.length === 1) pending.push({ seg, name });
          else open.push({ seg, name, hint: 'unknown', key: name });
          continue;
        }
        // ("Villarreal midfielder Pau Ribes", "Striker Pau Ribes": a role's holder named by a town and a
        // plural no list has is a person, not a team like the "New York Mets")
        if (c.type === 'ORG' && seg.pieces.length === 2 && TEAM_PLURAL.test(seg.pieces[1].text) && !isCommonWord(seg.pieces[1].text) && isCityName(seg.pieces[0].text)
          && (seg.role || PERSON_NOUN_BEFORE.test(text.slice(Math.max(0, seg.pieces[0].start - 16), seg.pieces[0].start)))) { found.push(mention(seg, name, 'PERSON', name, false)); continue; }
        // "Gov. JB Pritzker", "Sen. JD Vance": initials in capitals after a person's title open the holder's
        // name, not a body's (as all-capital words otherwise do)
        if (seg.role && c.type === 'ORG' && !c.certain && seg.pieces.length === 2 && /^\p{Lu}{2,3}$/u.test(seg.pieces[0].text) && isCap(seg.pieces[1])) { found.push(mention(seg, name, 'PERSON', name, false)); continue; }
        // "Senator Warren", "Mayor Lincoln": a town's name right after a person's title is the holder's
        // surname (a country or a big city stays a place: "Foreign Minister of Iran")
        if (seg.role && c.type === 'PLACE' && seg.pieces.length === 1 && !isMajorPlace(name) && /^\p{Lu}\p{Ll}+$/u.test(name)) { found.push(mention(seg, name, 'PERSON', name, false)); continue; }
        if (seg.role && c.type !== 'PERSON' && !c.certain) continue;
        if (c.certain) found.push(mention(seg, name, c.type, c.key, true));
        else if (seg.role) found.push(mention(seg, name, 'PERSON', c.key, false));
        else open.push({ seg, name, hint: c.type, key: c.key });
      }
    }
  });

  let speakers: Set<string> | undefined;
  // The names the rules are sure of, by where they end and start, for the lists a stretch stands in.
  let sureEnds: Map<number, string> | undefined, sureStarts: Map<number, string> | undefined;
  const coordinated = (first: number, last: number): string[] => {
    if (!sureEnds) {
      sureEnds = new Map(); sureStarts = new Map();
      for (const m of found) if (m.certain) { sureEnds.set(m.end, m.type); sureStarts.set(m.start, m.type); }
    }
    const out: string[] = [];
    const link = (p: Piece | undefined) => p && (p.text === ',' || p.text === 'and' || p.text === 'or') && !afterNewline(p);
    if (link(pieces[first - 1])) {
      const k = pieces[first - 1].text !== ',' && pieces[first - 2]?.text === ',' ? first - 3 : first - 2;
      const t = k >= 0 ? sureEnds.get(pieces[k].end) : undefined;
      if (t) out.push(t);
    }
    if (link(pieces[last + 1])) {
      let k = pieces[last + 1].text === ',' && /^(?:and|or)$/.test(pieces[last + 2]?.text ?? '') ? last + 3 : last + 2;
      // "X and the World Wildlife Fund": the other name's leading "the" is no part of it
      if (pieces[k]?.text === 'the' && !afterNewline(pieces[k])) k++;
      const t = k < pieces.length ? sureStarts!.get(pieces[k].start) : undefined;
      if (t && !out.includes(t)) out.push(t);
    }
    return out;
  };
  const playsMatch = (first: number, last: number, townsToo = false): boolean => {
    const before = text.slice(Math.max(0, pieces[first].start - 24), pieces[first].start);
    if (DRAW_BEFORE.test(before) || SCORE_AFTER.test(text.slice(pieces[last].end, pieces[last].end + 12))) return true;
    if (sideBeforeVerb(first, last, townsToo)) return true;
    if (!MATCH_BEFORE.test(before)) return false;
    const [a, b] = sentenceSpan(first);
    return SCORE.test(text.slice(a, b));
  };
  const hasMembers = (first: number, last: number): boolean => {
    // ("Western leaders", "Arab leaders": an adjective, not a body)
    if (first === last && (isCommonWord(pieces[first].text) || isNationality(pieces[first].text))) return false;
    const after = text.slice(pieces[last].end, pieces[last].end + 40);
    if (MEMBERS_AFTER.test(after) || SEATS_AFTER.test(after)) return true;
    // (not when the name modifies a noun: the members of "the Olympics committee" are the committee's)
    const next = pieces[last + 1];
    return !(next && !capital(next) && next.pos === 'NOUN' && !afterNewline(next)) && MEMBERS_BEFORE.test(text.slice(Math.max(0, pieces[first].start - 30), pieces[first].start));
  };
  // (what follows a party's name and never a person's: a person may have a spokesman or be a
  // candidate, and may win seats for a party, where a party wins a number of them)
  const partyAfter = (last: number): boolean => {
    const after = text.slice(pieces[last].end, pieces[last].end + 40);
    return PARTY_AFTER.test(after) || SEATS_AFTER.test(after) && !/^,? (?:also |again )?\w+ seats\b/.test(after);
  };
  // "as Arsenal beat Bayern Munich 4-2": the side before a verb of winning or losing a match, with a
  // score in its sentence (a town the data knows stays a place: "Dunmore drew with Halcyon")
  const sideBeforeVerb = (first: number, last: number, townsToo = false): boolean => {
    const side = text.slice(pieces[first].start, pieces[last].end);
    if (!MATCH_AFTER.test(text.slice(pieces[last].end, pieces[last].end + 14)) || !townsToo && (lookup(side) || smallTown(side))) return false;
    const [a, b] = sentenceSpan(first);
    return SCORE.test(text.slice(a, b));
  };
  const sentenceSpan = (k: number): [number, number] => {
    let a = k, b = k;
    while (a > 0 && pieces[a - 1].sentence === pieces[k].sentence) a--;
    while (b + 1 < pieces.length && pieces[b + 1].sentence === pieces[k].sentence) b++;
    return [pieces[a].start, pieces[b].end];
  };
  const ask = (seg: Segment, hint: RuleHint) => {
    const first = pieceIndex(list, seg.pieces[0]), last = pieceIndex(list, seg.pieces[seg.pieces.length - 1]);
    const co = coordinated(first, last);
    let type = typeCandidate({ pieces, first, last, hint, speakers: (speakers ??= articleSpeakers(pieces, capitals)), coordinated: co });
    // "Al-Shabaab claimed the attack": a name opened by the Arabic article alone is a body's, unless the
    // article gives it as a person's surname ("Bashar al-Assad ... al-Assad said") or a title stands before it.
    const segText = text.slice(pieces[first].start, pieces[last].end);
    if (type === 'PERSON' && AL_NAME.test(segText) && !seg.role && !isTitle(pieces[first - 1]?.text ?? '')
      && !new RegExp(`\\p{Lu}[\\p{L}'’-]+\\s+[Aa]l${segText.slice(2).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text)) type = 'ORG';
    // ("shadowed the Vega Aurora for six hours", "the return of the Rosetta Stone": a name of two words
    // or more right after "the" is no person's, unless a title makes it one or it modifies the noun
    // after it, "the Tom Cruise video")
    if (type === 'PERSON' && last > first && !seg.role && /^the$/i.test(pieces[first - 1]?.text ?? '') && !isTitle(pieces[first - 2]?.text ?? '')
      && !(pieces[last + 1] && /^\p{Ll}/u.test(pieces[last + 1].text) && afterOneSpace(pieces[last + 1]) && (pieces[last + 1].pos === 'NOUN' || pieces[last + 1].pos === 'ADJ' || pieces[last + 1].pos === 'PROPN' || pieces[last + 1].text === 'and'))) type = 'NONE';
    // ("met negotiators from Pheu Thai", "Pheu Thai won 121 seats": a name that closes in a nationality's
    // word, with no given name to open it, is no person's: a party or a body named for its people)
    // ("Arab American communities": not after another nationality; "at Curah Kobokan": nor after a preposition of place)
    if (type === 'PERSON' && last > first && !seg.role && !isGivenName(pieces[first].text) && isNationality(pieces[last].text) && !isNationality(pieces[first].text) && !lookup(segText)
      && !/\b(?:at|in|near)\s+$/.test(text.slice(Math.max(0, pieces[first].start - 6), pieces[first].start))) type = 'ORG';
    // ("Meridian Resources hired advisers", "Kessler Holdings": no surname is a company's legal form or
    // a trade in the plural; two words or more so closed are a company's name)
    if (type === 'PERSON' && last > first && !seg.role && (isCompanyTail(pieces[last].text) || isTradeTail(pieces[last].text) && /\p{Ll}s$/u.test(pieces[last].text))) return 'ORG';
    // ("the Cordillera Blanca", "the Sierra Madre": after "the", a mountain range's word before a word no
    // dictionary has names the range; "Cordillera Shale said", with no "the", may be a company)
    if (RANGE_LEAD.test(pieces[first].text) && last > first && /^the$/i.test(pieces[first - 1]?.text ?? '') && !isCommonWord(pieces[first + 1].text)) return 'PLACE';
    // "The mayor of Santorini said", "the governor of Lanao", "the leader of Fidesz": what a title's
    // holder is "of" is the place or the body they serve, no person (kin are: "the son of Tom Reed")
    // (not an owner: "the chairman of Anna Berg's company")
    if (type === 'PERSON' && !seg.role && !/^['’]s$/.test(pieces[last + 1]?.text ?? '')) {
      const of = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, pieces[first].start - 30), pieces[first].start));
      if (of) return PLACE_TITLES.test(of[1]) ? 'PLACE' : 'ORG';
    }
    // "a fishing cooperative called Pescadores Unidos del Bajo Coatzacoalcos", "a group known as
    // Tierra Viva", "a village called Ban Nong Khai": what a body or a place is called, after "a"
    // or "an" and its noun, is that body or place (not "The company named Anna Berg its chief":
    // appointing takes "the")
    if (!seg.role) {
      const called = CALLED_BEFORE.exec(text.slice(Math.max(0, pieces[first].start - 60), pieces[first].start));
      const nounType = called ? typeNounOf(called[1]) : undefined;
      if (nounType) return nounType;
    }
    // "Rovers beat Arsenal 2–1": a side in a match that is nothing to the typer is a team (a country
    // or a town the data knows stays a place: the rules typed those before asking)
    if (type === 'NONE' && !startsSentence(pieces[first]) && playsMatch(first, last)) return 'ORG';
    if (type === 'NONE' && hasMembers(first, last)) return 'ORG';
    // "Fine Gael leader X", "Golden Dawn lawmakers", "Sinn Féin won 39 seats": two or more words followed
    // by their leader, members or seats, with no title to make them a person, are a party or a body
    if (type === 'PERSON' && last > first && !seg.role && !isTitle(pieces[first - 1]?.text ?? '') && partyAfter(last)) return 'ORG';
    // "Central Denmark Region, which runs the hospital, said in a statement": what "which" stands for, and
    // then speaks, is a body, no person (people take "who") and no place (places do not speak)
    // (nothing to the typer, or a person with no role and no given name: the typer's weakest guesses)
    const guessed = type === 'NONE' || type === 'PERSON' && !seg.role && !isGivenName(pieces[first].text);
    if (guessed && WHICH_THEN_SAYS.test(text.slice(pieces[last].end, pieces[last].end + 160))) return 'ORG';
    // "A spokesperson for the IFC, Begoña Ibáñez Sarasola, said": a name in apposition after a spokesman
    // (or a representative) for someone, closed by a comma, is the spokesman's, a person's
    if (type !== 'PERSON' && last > first && !seg.role && pieces[last + 1]?.text === ',' && !lookup(segText)
      && SPOKESMAN_FOR_BEFORE.test(text.slice(Math.max(0, pieces[first].start - 80), pieces[first].start))) return 'PERSON';
    // "Its chief negotiator, Gebremedhin Tadesse Wolde, said", "The returning officer, Máiréad Ní
    // Fhátharta, declared": a stretch of two or more words no list knows, closed by a comma, in
    // apposition after a noun for someone who does a job ("-er", "-or", "-ist"; not a body's noun:
    // "the retailer", "its parent") owned or with "the", is that person's name
    if (type !== 'PERSON' && last > first && !seg.role && pieces[last + 1]?.text === ',' && !lookup(segText) && !startsSentence(pieces[first])) {
      const noun = JOB_APPOSITION_BEFORE.exec(text.slice(Math.max(0, pieces[first].start - 70), pieces[first].start))?.[1];
      if (noun && jobNoun(noun) && pieces.slice(first, last + 1).every(p => /^\p{Lu}/u.test(p.text) && !isOrgHead(p.text) && !lookup(p.text) && !isCommonWord(p.text))) return 'PERSON';
    }
    // "the candidate of the left-wing Historic Pact", "the far-right Golden Dawn": a name right after a
    // political wing is a party's (a person so described has a given name: "the far-right Marine Le Pen")
    // (two words or more: a lone word so described is left to the rules that see the rest of the article)
    if (last > first && guessed && WING_BEFORE.test(text.slice(Math.max(0, pieces[first].start - 30), pieces[first].start))) return 'ORG';
    // "across Lombardy and Tuscany": a name that is nothing to the typer, listed with a certain place, is a place
    // "Unilever and the World Wildlife Fund", "Oxfam, Save the Children or CARE": likewise a body
    // (At a sentence start an ordinary word may be capitalised only for that: "Police and the FBI";
    // and a comma alone lists no bodies: "the New Zealand Herald, Emeritus Professor ...".)
    if (type === 'NONE' && co.length === 1 && co[0] === 'ORG' && (/^(?:and|or)$/.test(pieces[first - 1]?.text ?? '') || /^(?:and|or)$/.test(pieces[last + 1]?.text ?? ''))
      && (!startsSentence(pieces[first]) || first === last && !isCommonWord(pieces[first].text))) return 'ORG';
    // "Kevin Simiyu and Mercy Nafula Barasa": likewise two or more words no list knows, listed with a
    // person, are a person's name
    if (type === 'NONE' && last > first && /^(?:and|or)$/.test(pieces[first - 1]?.text ?? '') && found.some(m => m.type === 'PERSON' && m.end === pieces[first - 2]?.end)
      && pieces.slice(first, last + 1).every(p => /^\p{Lu}\p{Ll}/u.test(p.text) && !isOrgHead(p.text) && !lookup(p.text))
      && pieces.slice(first, last + 1).filter(p => isCommonWord(p.text)).length * 2 < last - first + 1) return 'PERSON';
    // ("Speaking in New Delhi, Modi told supporters": a name after a comma with a verb of its own
    // opens a clause; it is listed with nothing)
    const next = pieces[last + 1];
    const opensClause = pieces[first - 1]?.text === ',' && !!next && !capital(next) && !afterNewline(next) && (next.pos === 'VERB' || next.pos === 'AUX')
      // ("in Poland, Law and Justice lost": an ordinary word after a comma is listed with nothing either)
      || pieces[first - 1]?.text === ',' && first === last && isCommonWord(pieces[first].text);
    if (type !== 'NONE' || co.length !== 1 || co[0] !== 'PLACE' || startsSentence(pieces[first]) || opensClause) return type;
    // ("researchers from Depok and University College Cork": a name opened or closed by a body's head
    // word is a body, though listed with a place)
    return last > first && (isOrgHead(pieces[first].text) || isOrgHead(pieces[last].text)) ? 'ORG' : 'PLACE';
  };
  // '"It is over," Smith said.', '"We lost," said Smith': the name that attributes a quotation is a
  // person's, unless the data knows it as a body or a place.
  const QUOTE_CLOSE = /^["”’']$/;
  const attributes = (seg: Segment): boolean => {
    const first = pieceIndex(list, seg.pieces[0]), last = pieceIndex(list, seg.pieces[seg.pieces.length - 1]);
    const verb = (p: Piece | undefined) => !!p && !capital(p) && !afterNewline(p) && speechVerbs.has(p.text);
    const closes = (k: number) => k >= 1 && QUOTE_CLOSE.test(pieces[k].text) && !afterSpace(pieces[k]) && /^[,.!?…]$/.test(pieces[k - 1].text);
    if (afterNewline(pieces[first])) return false;
    // ('"... is cutting." Analysts said': after a full stop a plural common noun opens the next sentence)
    if (first === last && pieces[first - 2]?.text === '.' && isCommonWord(pieces[first].text.toLowerCase()) && /\p{Ll}s$/u.test(pieces[first].text)) return false;
    return (verb(pieces[last + 1]) && closes(first - 1)) || (verb(pieces[first - 1]) && closes(first - 2));
  };
  /** Whether the text [start, end) is whom a speaker told: after "told ", before "that", a day or the clause's end. */
  // ("told the Gleaner on Saturday": after "told the", a word no dictionary has; "told the Economy,
  // Trade and Industry Committee" is a body's name cut short)
  const toldAt = (start: number, end: number) => {
    const told = TOLD_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    return !!told && TOLD_AFTER.test(text.slice(end, end + 24)) && !(told[0].endsWith('the ') && isCommonWord(text.slice(start, end)));
  };
  /** Whether [start, end) is where a player is sold or bought for a fee: "to X for €58 million", "from X for a fee". */
  const soldForFee = (start: number, end: number) => /\b(?:to|from) $/.test(text.slice(Math.max(0, start - 5), start)) && FEE_AFTER.test(text.slice(end, end + 24))
    && TRANSFER_VERB.test(text.slice(...sentenceSpan(Math.max(0, pieceStartingAt(list, start)))));
  /** Whether a listing place's modifier stands right before `start` ("Toronto-listed "). */
  const listedAt = (start: number) => LISTED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
  /** Whether what only a company has follows the possessive at `end` ("'s shares"). */
  const ownsAt = (end: number) => COMPANY_OWNS.test(text.slice(end, end + 40));
  const headlineRuns: Piece[][] = [];
  /** Two-word stretches the typer made nothing of, for the surname rule below. */
  const dropped: (NamedMention & { certain: boolean })[] = [];
  /** The stretches of two words or more the typer made nothing of, for the article's other answers (at the end). */
  let untyped: { seg: Segment; name: string }[] | undefined;
  /** Hyphenated words the typer made nothing of ("Saint-Cyr", "Enkh-Amgalan"), for the people's names below. */
  const droppedHyphened: (NamedMention & { certain: boolean })[] = [];
  // The names of several words the typer has typed so far, by their text: an article that writes a
  // name twice means the same thing by it ("Da'Vine Joy Randolph won ... the award went to Da'Vine
  // Joy Randolph", where "to ... on Sunday" alone reads like a place).
  const typedBefore = new Map<string, EntityType>();
  const headlineEnd = text.indexOf('\n');
  const datelineRanges = datelines(text);
  const placeDatelines = () => {
    for (const d of datelineRanges) {
      for (let i = found.length - 1; i >= 0; i--) if (found[i].start < d.end && d.start < found[i].end) found.splice(i, 1);
      const known = lookup(d.text) ?? lookup(titleCased(d.text));
      found.push({ type: 'PLACE', text: d.text, start: d.start, end: d.end, entity: null, value: null, key: known?.type === 'PLACE' ? known.canonical : titleCased(d.text), role: undefined, certain: true });
    }
  };
  placeDatelines();
  const datelineSpans = datelineRanges.map(d => [d.start, d.end] as [number, number]);
  inFrameOfItsOwn(() => {
    for (const { seg, name, hint, key } of open) {
      const span = { start: seg.pieces[0].start, end: seg.pieces[seg.pieces.length - 1].end };
      if (datelineSpans.length && within(datelineSpans, span)) continue;
      // "the village of San Pietro", "the city of Port Harcourt": a place cue before an unknown stretch
      const cue = hint !== 'ORG' && afterPlaceCue(text, seg.pieces[0].start);
      // "the Bay of Bengal", "the Strait of Hormuz": a feature of the land or sea, then "of"
      const feature = seg.pieces.length > 2 && seg.pieces[1].text === 'of' && GEO_FIRST.test(seg.pieces[0].text);
      const ruled = cue || feature ? 'PLACE' : hint !== 'ORG' && attributes(seg) ? 'PERSON' : null;
      /** The canonical name of a geographic feature the data lists, where that decides the type. */
      let listed: string | undefined;
      // (the typer is asked all the same: each time a name is written is an example for its training)
      // (a subheading in capitals is read like a headline: only what the data knows in it counts)
      if (capsRanges.length && !ruled && within(capsRanges, span)) {
        found.push(...knownParts(text, seg.pieces)); headlineRuns.push(seg.pieces); continue;
      }
      const asked = ruled ?? ask(seg, hint);
      let type = ruled ?? typedBefore.get(name) ?? asked;
      // "the Generalitat Valenciana, the regional government, said": a stretch the typer made nothing
      // of, with a body's description in apposition, is that body
      if (type === 'NONE' && !seg.strict) {
        if (apposedBody(text.slice(span.end, span.end + 80), text.slice(Math.max(0, span.start - 20), span.start))) type = 'ORG';
        else if (APPOSED_PLACE.test(text.slice(span.end, span.end + 60))) type = 'PLACE';
      }
      // ("residents of Nowa Huta, a district in the east of the city": nor is a guessed person with
      // no given name, when a place's description stands in apposition)
      else if (type === 'PERSON' && !seg.role && !seg.strict && !isGivenName(seg.pieces[0].text) && APPOSED_PLACE.test(text.slice(span.end, span.end + 60))) type = 'PLACE';
      // ("Mineração Serra Azul, a company controlled by ...": or a body's description)
      else if (type === 'PERSON' && !seg.role && !seg.strict && !isGivenName(seg.pieces[0].text) && apposedBody(text.slice(span.end, span.end + 80), text.slice(Math.max(0, span.start - 20), span.start))) type = 'ORG';
      // ("working in the riverbed at Curah Kobokan", "fires at Binna Burra": a stretch of words no list
      // has as a given name or a surname, right after "in", "at" or "near", is a place, not a person)
      // ("from Bassano del Grappa to Cortina d'Ampezzo", "at Tre Cime di Lavaredo": or a place's name in
      // Italian, Spanish or French with "del", "di", "de la" or "d'" inside, after a preposition of
      // place or motion and with no given name opening it)
      if (type === 'PERSON' && !seg.role && !ruled && seg.pieces.length >= 2 && !/^['’]/.test(text.slice(span.end, span.end + 1))) {
        const before = text.slice(Math.max(0, span.start - 8), span.start);
        if (/\b(?:[Ii]n|[Aa]t|[Nn]ear)\s$/.test(before) && seg.pieces.every(p => !isGivenName(p.text) && !isSurname(p.text) && !isTitleStart(p.text))
          || /\b(?:in|at|near|from|to|towards|via)\s$/.test(before) && seg.pieces.some(p => PLACE_PARTICLE.test(p.text)) && !isGivenName(seg.pieces[0].text) && !isTitleStart(seg.pieces[0].text)
          // ("shot in San Juan Mixtepec", "born in Santa Cruz del Norte": or a saint's name opening a
          // town's, after "in", "at" or "near", whatever given names follow)
          || /\b(?:[Ii]n|[Aa]t|[Nn]ear)\s$/.test(before) && SAINT_LEAD.test(seg.pieces[0].text) && seg.pieces.length >= 3) type = 'PLACE';
      }
      // ("the largest of them in Arganil, Góis and Pampilhosa da Serra", "evacuated from Flin Flon"): a
      // stretch of two words or more that GeoNames lists as a town, guessed a person's or nothing, with
      // no given name or title opening it and no verb of speech after it, is that town
      // ("the Tian Shan", "across the Tonlé Sap": and so is a named geographic feature the data lists;
      // a given name may open one after "the", which no person's name takes)
      const guessedPlace = (type === 'PERSON' || type === 'NONE') && !seg.role && !ruled && !seg.strict && !isTitleStart(seg.pieces[0].text) && !SPEECH_AFTER.test(text.slice(span.end, span.end + 12));
      if (guessedPlace && seg.pieces.length >= 2 && !isGivenName(seg.pieces[0].text) && isTownOfWords(name)) type = 'PLACE';
      else if (guessedPlace && (!isGivenName(seg.pieces[0].text) || /\bthe\s$/i.test(text.slice(Math.max(0, span.start - 4), span.start))) && (listed = featureName(name))) type = 'PLACE';
      // ("In a statement, Bikenord Velux said": what issues a statement, no given name opening it, is a body)
      if ((type === 'NONE' || type === 'PERSON') && !seg.role && !ruled && !isGivenName(seg.pieces[0].text) && STATEMENT_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start))) type = 'ORG';
      // ("Toronto-listed Kestrel Copper", "Singapore-registered Meridian Supply": what is listed,
      // registered or owned, named right after, is a company)
      if (type !== 'ORG' && !seg.role && !ruled && !isGivenName(seg.pieces[0].text) && listedAt(span.start)) type = 'ORG';
      // ("Pacora's shares fell", "Vantora's chief executive": what has shares or a chief executive,
      // where the data knows no place by the name and no given name opens it, is a company)
      // (or a person's guessed for words that hold no given name: "Sri Perdana's former managing director")
      if ((type === 'PLACE' || type === 'NONE' || type === 'PERSON' && seg.pieces.every(p => !isGivenName(p.text))) && !seg.role && !ruled && !isGivenName(seg.pieces[0].text) && !lookup(name) && ownsAt(span.end)) type = 'ORG';
      // "Garuda Indonesia cancelled flights", "Jetstar said it had suspended services": what runs flights is an airline
      if ((type === 'NONE' || type === 'PERSON') && !seg.role && !seg.strict && RUNS_FLIGHTS.test(text.slice(span.end, span.end + 70))) type = 'ORG';
      // "drew 1-1 with Bayer Leverkusen", "joined from Lech Poznań in the summer": a name ending in a
      // city's, in a sentence with a match's score or after a transfer's words, is a club
      // ("Maria Paris scored twice in the 3-0 win": with a score only, a given name keeps the person)
      if ((type === 'NONE' || type === 'PERSON') && !seg.role && seg.pieces.length >= 2 && isCityName(seg.pieces[seg.pieces.length - 1].text) && !isTitleStart(seg.pieces[0].text)
        && (TRANSFER_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start))
          || !(type === 'PERSON' && isGivenName(seg.pieces[0].text) && !isClubLead(seg.pieces[0].text)) && SCORE.test(text.slice(...sentenceSpan(pieceIndex(list, seg.pieces[0])))))) type = 'ORG';
      // ("agreed to sell midfielder Rodrigo Simões to Juventus for a fee of €58 million", "signed him from
      // Brøndby for £4 million": where a player is sold or bought, for a fee, is a club)
      if ((type === 'NONE' || type === 'PERSON' && !isGivenName(seg.pieces[0].text)) && !seg.role && !ruled && seg.pieces.length <= 2 && soldForFee(span.start, span.end)) type = 'ORG';
      // "he told Dagens Industri", "told VnExpress that": whom a speaker tells, when it is no one's name
      // (no given name opens it, no person the article named has it for a surname, no title stands
      // before it), is the newspaper, the broadcaster or the site that carried the words
      if ((type === 'NONE' || type === 'PERSON' && !isGivenName(seg.pieces[0].text)) && !seg.role && !ruled && toldAt(span.start, span.end)
        && !found.some(o => o.type === 'PERSON' && o.end <= span.start && (o.text === name || o.text.endsWith(' ' + name)))) type = 'ORG';
      // ("TD Caoimhe Brennan, of Sinn Féin, told": what a person is "of", set off by commas, with no given
      // name opening it, is the party or the body they belong to, no second person)
      if (type === 'PERSON' && !seg.role && !ruled && !isGivenName(seg.pieces[0].text) && text.slice(span.start - 5, span.start) === ', of ' && /^,/.test(text.slice(span.end, span.end + 1))
        && found.some(o => o.type === 'PERSON' && o.end === span.start - 5)) type = 'ORG';
      // (a headline's guess of a person with no given name binds nothing: "Comédie-Française cancels
      // shows" opens the article with no cue that the body below has, ", France's oldest theatre company")
      if (type !== 'NONE' && seg.pieces.length > 1 && !typedBefore.has(name) && !(type === 'PERSON' && span.start < headlineEnd && !isGivenName(seg.pieces[0].text))) typedBefore.set(name, type);
      if (type !== 'NONE') found.push(mention(seg, name, type, listed ?? (type === hint ? key : name), false));
      // A headline's run of capitals is not one name: the names the data knows inside it still count.
      // Elsewhere a stretch that is no entity is an event, a work or a product, and the names
      // inside it are not mentions ("Google Science Fair", "Windows Vista").
      else if (seg.strict) { found.push(...knownParts(text, seg.pieces)); headlineRuns.push(seg.pieces); }
      else {
        (untyped ??= []).push({ seg, name });
        if (seg.pieces.length === 2) dropped.push(mention(seg, name, 'PERSON', name, false));
        else if (!name.includes(' ') && name.includes('-')) droppedHyphened.push(mention(seg, name, 'PERSON', name, false));
      }
    }
  });

  // "Andy Warhol ... the Warhol Polaroid exhibits": a guessed two-word person (or a two-word
  // stretch the typer made nothing of) opened by the surname of someone the article names in full,
  // its second word no name and a lowercase noun after it, is that person's name modifying a
  // thing's ("the Biden Doral resort"): the person alone.
  const fullNames = found.filter(m => m.type === 'PERSON' && m.text.includes(' ')).map(m => m.text.split(/\s+/));
  // What surnameFirst asks of the full names other than "ws[0] ws[1]" itself, counted once: how
  // many end in a word, how many hold a word, how many are exactly two given words. (Filtering
  // the full names for every mention was quadratic in a long text.)
  let endingIn: Map<string, number> | undefined, holding: Map<string, number> | undefined, pairs: Map<string, number> | undefined;
  const countFullNames = () => {
    endingIn = new Map(); holding = new Map(); pairs = new Map();
    for (const f of fullNames) {
      const last = f[f.length - 1];
      endingIn.set(last, (endingIn.get(last) ?? 0) + 1);
      for (const w of new Set(f)) holding.set(w, (holding.get(w) ?? 0) + 1);
      if (f.length === 2) { const k = f[0] + ' ' + f[1]; pairs.set(k, (pairs.get(k) ?? 0) + 1); }
    }
  };
  const surnameFirst = (m: NamedMention & { certain: boolean }): (NamedMention & { certain: boolean }) | null => {
    if (m.type !== 'PERSON' || m.certain || m.role) return null;
    const ws = m.text.split(' ');
    if (ws.length !== 2 || isGivenName(ws[1]) || isSurname(ws[1])) return null;
    if (!endingIn) countFullNames();
    // the full names equal to [ws[0], ws[1]] (none of the words hold a space) are left out: each ends in ws[1] and holds it
    const same = pairs!.get(ws[0] + ' ' + ws[1]) ?? 0;
    if ((endingIn!.get(ws[0]) ?? 0) - (ws[0] === ws[1] ? same : 0) <= 0 || (holding!.get(ws[1]) ?? 0) - same > 0) return null;
    const next = pieces[pieceStartingAt(list, m.end + 1)];
    // (wink may tag a plural noun there as a verb: "Warhol Polaroid exhibits")
    if (text.charCodeAt(m.end) !== 32 || !next || capital(next) || !(next.pos === 'NOUN' || next.pos === 'VERB' && /\p{Ll}s$/u.test(next.text) && isCommonWord(next.text.slice(0, -1))) || speechVerbs.has(next.text)) return null;
    const first = pieces[pieceStartingAt(list, m.start)];
    return first && first.text === ws[0] ? mention({ pieces: [first], strict: false }, first.text, 'PERSON', first.text, false) : null;
  };
  found.forEach((m, i) => { const p = surnameFirst(m); if (p) found[i] = p; });
  for (const m of dropped) { const p = surnameFirst(m); if (p) found.push(p); }

  // Second pass: single words and headline fragments, resolved against the article's own names.
  const personParts = new Map<string, string>();
  /** The last words of the people the article names in full (the passes below add no full names). */
  const surnamesOfPeople = new Set<string>();
  // ("Ramon Villareal Jr.": the surname before a generational suffix)
  for (const m of found) if (m.type === 'PERSON' && m.text.includes(' ')) { const ws = m.text.split(/\s+/); surnamesOfPeople.add(fold(ws.length > 2 && SUFFIX.test(ws[ws.length - 1]) ? ws[ws.length - 2] : ws[ws.length - 1])); }
  /** The inner words of names of three or more words ("Muhammad Rizal Fahrudin": news in Indonesia calls him "Rizal"). */
  const innerNamesOfPeople = new Set<string>();
  for (const m of found) if (m.type === 'PERSON') { const ws = m.text.split(/\s+/); for (let w = 1; w < ws.length - 1; w++) innerNamesOfPeople.add(fold(ws[w])); }
  /** Where the article first names a person with each word (of a name of two or more words). */
  const firstPersonWith = new Map<string, number>();
  for (const m of found) if (m.type === 'PERSON') for (const part of m.text.split(/\s+/)) {
    const f = fold(part);
    personParts.set(f, m.text);
    if (m.text.includes(' ') && !(firstPersonWith.get(f)! <= m.start)) firstPersonWith.set(f, m.start);
  }
  // "Wilfrid Saint-Cyr ... Saint-Cyr, who has been under sanctions", "Tsogtbaataryn Enkh-Amgalan ...
  // Enkh-Amgalan was blunt": a hyphenated word the typer made nothing of, that is a word of a person's
  // name the article gave before, is that person (as a single word is, below)
  for (const d of droppedHyphened) {
    const at = firstPersonWith.get(fold(d.text));
    if (at !== undefined && at < d.start && !found.some(m => m.start < d.end && d.start < m.end)) found.push(d);
  }
  // "Valeska Paris, a former member, ... Paris claims she was held", "Leah Jordan ... Jordan said she":
  // after the article names someone in full, their surname alone, though the data knows it as a
  // place, is that person where a person's verb follows: a verb of speaking, "was born", or a verb
  // then "he" or "she" in the same clause
  const personSurnames = new Set<string>();
  inFrameOfItsOwn(() => {
    for (let i = 0; i < found.length; i++) {
      const m = found[i];
      if (m.type !== 'PLACE' || m.text.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) continue;
      // ("Augusto Villanueva Prado ... Villanueva said": the first of two surnames after a given name,
      // as Spanish and Portuguese news writes a person alone, counts as the surname)
      const full = personParts.get(fold(m.text))?.split(/\s+/);
      const named = firstPersonWith.get(fold(m.text))! < m.start && (surnamesOfPeople.has(fold(m.text))
        || !!full && full.length === 3 && fold(full[1]) === fold(m.text) && isGivenName(full[0]) && !isCountryName(m.text));
      // ("Muhammad Rizal Fahrudin ... Rizal's ticket was backed by": an inner word of a person's full
      // name, owning something, is that person too)
      const inner = firstPersonWith.get(fold(m.text))! < m.start && innerNamesOfPeople.has(fold(m.text));
      // ("Jackson said she would appeal": with no one so named, a small town's name needs "he" or "she" after the verb)
      if (!named && !inner && (isMajorPlace(m.text) || isCountryName(m.text))) continue;
      const at = pieceStartingAt(list, m.start), p = pieces[at], before = pieces[at - 1];
      if (!p || p.end !== m.end) continue;
      let k = at + 1;
      while (k < pieces.length && pieces[k].pos === 'ADV' && !capital(pieces[k])) k++;
      const v = pieces[k];
      // ("Ramon Villareal Jr. ... Villareal, who ran under the banner of": a surname of someone named in full, then "who" opening a relative clause)
      const asPerson = () => { found[i] = mention({ pieces: [p], strict: false }, p.text, 'PERSON', p.text, true); personSurnames.add(fold(p.text)); };
      if (named && k === at + 1 && v?.text === ',' && pieces[k + 1]?.text === 'who' && v.sentence === p.sentence) { asPerson(); continue; }
      // ("Villanueva, a former mayor of Miraflores, said": or a person's description in apposition)
      if (named && k === at + 1 && v?.text === ',' && v.sentence === p.sentence && apposedPerson(pieces, at)) { asPerson(); continue; }
      if (inner && k === at + 1 && v && /^['’]s$/.test(v.text) && !afterSpace(v) && pieces[k + 1] && !capital(pieces[k + 1])) { asPerson(); continue; }
      if (!v || v.sentence !== p.sentence || capital(v) || !(v.pos === 'VERB' || v.pos === 'AUX' || speechVerbs.has(v.text))) continue;
      const clause = pieces.slice(k + 1, k + 5).filter(q => q.sentence === p.sentence);
      const cut = clause.findIndex(q => /^[,;:]$/.test(q.text));
      const near = cut < 0 ? clause : clause.slice(0, cut);
      if (!named && before && before.sentence === p.sentence && !/^[,;:"“]$/.test(before.text) && !startsSentence(p)) continue;
      if (named && (speechVerbs.has(v.text) || v.text === 'was' && near[0]?.text === 'born') || near.some(q => /^(?:he|she)$/.test(q.text))) asPerson();
    }
  });
  // (once so, the surname alone is that person elsewhere in the article too, but after a preposition of place)
  if (personSurnames.size) for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type !== 'PLACE' || !personSurnames.has(fold(m.text)) || !(firstPersonWith.get(fold(m.text))! < m.start)) continue;
    const k = pieceStartingAt(list, m.start), p = pieces[k], before = pieces[k - 1];
    if (!p || p.end !== m.end || before && before.sentence === p.sentence && /^(?:in|at|from|to|into|near|outside|across|around|through|toward|towards)$/i.test(before.text)) continue;
    found[i] = mention({ pieces: [p], strict: false }, p.text, 'PERSON', p.text, true);
  }
  // "Merkel Meets Macron In Paris": in a headline's run that names nothing the data knows, the
  // surnames of the people the article names in full are those people.
  for (const run of headlineRuns) for (const p of run) {
    if (!isCap(p) || !surnamesOfPeople.has(fold(p.text)) || found.some(m => m.start < p.end && p.start < m.end)) continue;
    found.push(mention({ pieces: [p], strict: true }, p.text, 'PERSON', p.text, false));
  }
  // "Glenmore Data Systems ... Glenmore shares fell": a company's first word alone is the company,
  // when it is a name of its own (no common word, nationality or place).
  /** A word with no capitalised word on either side in its sentence (not "Sotaro" of "Sotaro Hanamura"). */
  const standsAlone = (k: number) => !(k > 0 && capital(pieces[k - 1]) && !startsSentence(pieces[k]) && !afterNewline(pieces[k]))
    && !(k + 1 < pieces.length && capital(pieces[k + 1]) && !afterNewline(pieces[k + 1]) && pieces[k + 1].sentence === pieces[k].sentence);
  /** The first words of the article's bodies, each with where the first such body is named. */
  const orgFirsts = bodyFirstWords(found);
  const placeFirsts = placeFirstWords(found);
  // "the Tampa Bay Rays ... joined the Rays": a team named by its town and a plural is that plural
  // alone later on (the town alone stays a place).
  const teamNames = new Map<string, string>();
  inFrameOfItsOwn(() => {
    for (const m of found) {
      if (m.type !== 'ORG') continue;
      const ws = m.text.split(/\s+/);
      const last = ws[ws.length - 1];
      if (ws.length < 2 || ws.length > 4 || !/^\p{Lu}\p{Ll}+s$/u.test(last) || isOrgHeadOrPlural(last) || lookup(last) || isGivenName(last) || isSurname(last)) continue;
      // (the town may be the whole of what comes before or its first words: "Tampa Bay Rays")
      const town = lookup(ws[0])?.type === 'PLACE' || lookup(`${ws[0]} ${ws[1]}`)?.type === 'PLACE' || lookup(ws.slice(0, -1).join(' '))?.type === 'PLACE';
      if (town && !isMajorPlace(ws[0]) && !teamNames.has(fold(last))) teamNames.set(fold(last), m.text);
    }
  });
  // "as Arsenal beat Bayern Munich 4-2": a word that no data knows as a place, before a verb of
  // winning or losing a match with a score in its sentence, is a side, wherever the article names it
  for (const { name, seg } of pending) {
    const p = seg.pieces[0];
    if (seg.pieces.length !== 1 || startsSentence(p) || afterNewline(p) || isGivenName(name) || !/^\p{Lu}\p{Ll}+$/u.test(name) || teamNames.has(fold(name))) continue;
    const k = pieceIndex(list, p);
    if (sideBeforeVerb(k, k)) teamNames.set(fold(name), name);
  }
  // "the Boston Red Sox ... Rays edge Red Sox": a team's name without its town, guessed a person's, is the team
  const teamTails = new Map<string, NamedMention>();
  for (const m of found) {
    if (m.type !== 'ORG' || !(m.text.endsWith('s') || m.text.endsWith('Sox'))) continue;
    const ws = m.text.split(/\s+/);
    if (ws.length === 3 && TEAM_PLURAL.test(ws[2]) && (lookup(ws[0])?.type === 'PLACE' || smallTown(ws[0]))) teamTails.set(`${ws[1]} ${ws[2]}`, m);
  }
  inFrameOfItsOwn(() => {
    if (teamTails.size) {
      for (let i = 0; i < found.length; i++) {
        const m = found[i], team = (m.type === 'PERSON' || m.type === 'ORG') && !m.certain && !m.role ? teamTails.get(m.text) : undefined;
        if (team) found[i] = retyped(m, 'ORG', team.key, false);
      }
      // (and where the typer made nothing of it: "Rays edge Blue Herons", a headline's run or not)
      for (const d of dropped) {
        const team = teamTails.get(d.text);
        if (team && !found.some(m => m.start < d.end && d.start < m.end)) found.push(retyped(d, 'ORG', team.key, false));
      }
      for (const run of headlineRuns) for (let j = 0; j + 1 < run.length; j++) {
        const team = teamTails.get(`${run[j].text} ${run[j + 1].text}`);
        if (team && !found.some(m => m.start < run[j + 1].end && run[j].start < m.end)) found.push(mention({ pieces: [run[j], run[j + 1]], strict: true }, `${run[j].text} ${run[j + 1].text}`, 'ORG', team.key, false));
      }
    }
  });
  const seenTypes = new Map<string, EntityType>();
  for (const m of found) seenTypes.set(fold(m.text), m.type);
  // "warnings for Beechmont ... the people of Beechmont", "at Saqqara, south of Cairo": a word no data
  // knows that the article once puts after a place's cue, or before where it lies from another place,
  // is that place wherever the article writes it (a word the article gives a person stays theirs)
  const matchReport = SCORE.test(text) && sportsReport(text);
  for (const { seg, name } of pending) {
    const p = seg.pieces[0], k = fold(name);
    if (seg.pieces.length !== 1 || seg.role || seenTypes.has(k) || personParts.has(k) || !/^\p{Lu}\p{Ll}/u.test(name) || isGivenName(name)) continue;
    // ("Brightmart's planned $24.6 billion takeover ... Brightmart argued", "shares in Albertsons",
    // "Calder shares fell": a word no data knows that the article once gives what only a company has,
    // or whose shares it names, is that company wherever it writes it, before that too)
    const unlisted = !isSurname(name) && !lookup(name);
    if (unlisted && (ownsAt(p.end) || SHARES_IN_BEFORE.test(text.slice(Math.max(0, p.start - 16), p.start)) || SHARES_AFTER.test(text.slice(p.end, p.end + 24)))) { seenTypes.set(k, 'ORG'); continue; }
    // ("to sell midfielder Rodrigo Simões to Juventus for a fee of €58 million": or where a player is sold for a fee, a club)
    if (unlisted && soldForFee(p.start, p.end)) { seenTypes.set(k, 'ORG'); continue; }
    // ("a former Safaricom engineer", "an Isamaa member of the committee", "Lukoil vice-president
    // Pavel Korotkov": or that stands before a job, a seat or a membership a body gives, where no
    // dictionary has the word; not "a Biden adviser": an aide is a person's too)
    // ("Rapido said in an emailed statement that it ...", "Gassco said it would": or that speaks in a
    // statement or of itself as "it", though the article also lists it where nothing tells)
    if (unlisted && !isNationality(name) && !isCommonWord(name) && (JOB_AFTER.test(text.slice(p.end, p.end + 32)) || BODY_SAYS.test(text.slice(p.end, p.end + 60)))) { seenTypes.set(k, 'ORG'); continue; }
    if (startsSentence(p)) continue;
    if (afterPlaceCue(text, p.start) || LIES_FROM.test(text.slice(p.end, p.end + 40))) seenTypes.set(k, 'PLACE');
    // ("the Springboks were left to rue", "nine goals for the Reds": in a match report, a capitalised
    // plural after "the" that names no place, people, event or body the data knows is a team's nickname)
    else if (matchReport && TEAM_NICKNAME.test(name) && /^the$/.test(text.slice(Math.max(0, p.start - 4), p.start - 1)) && !lookup(name) && !featureName(name)
      && !isNationality(name) && !isPlaceHead(name) && !isEventHead(name) && !isEventOnlyHead(name) && !isNotEntity(name) && !isOrgHeadOrPlural(name)) seenTypes.set(k, 'ORG');
  }
  // Whether a pending single word is also written capitalised mid-sentence, or in lowercase
  // ("officials" makes a sentence-initial "Officials" a common noun). Each answer is worked out
  // when first asked, for that word only: hashing every word of a long article into a set cost
  // more than the rest of this pass.
  let capitalisedMidSentence: Set<string> | undefined;
  const midSentence = (k: string) => {
    if (!capitalisedMidSentence) {
      capitalisedMidSentence = new Set();
      for (const c of capitals) { const p = pieces[c]; if (!startsSentence(p)) capitalisedMidSentence.add(fold(p.text)); }
    }
    return capitalisedMidSentence.has(k);
  };
  // Whether some piece is exactly that word and not capitalised. The text is searched for the word,
  // and the piece at each occurrence read: common words are found at once, and a search that finds
  // nothing reads the text at some 1.5 GB/s, ten to forty times cheaper than hashing every piece
  // into a set. But a long text has hundreds of words it never holds in lowercase (120 in the
  // 400 KB of seeds and news-gold four times over), each a search to its end: the cost grows with
  // the square of the length. So once the searches have read the text LOWERCASE_SET_READS times
  // over, the texts of all the lowercase pieces go into a set, and each word left is one lookup.
  // The answers are the same: every piece's text is the text's own at its start (the tokenizer's
  // tests check that for every token), so an occurrence where a lowercase piece is exactly the word
  // exists iff such a piece does.
  const lowercaseWords = new Map<string, boolean>();
  let lowercase: Set<string> | undefined;
  let read = 0; // characters read by the searches so far
  const inLowercase = (w: string) => {
    let v = lowercaseWords.get(w);
    if (v === undefined) {
      v = false;
      if (lowercase || pieces.length > LOWERCASE_SET_PIECES) {
        if (!lowercase) { lowercase = new Set(); for (const p of pieces) if (!capital(p)) lowercase.add(p.text); }
        v = lowercase.has(w);
      } else if (w.length <= 2) v = pieces.some(p => p.text === w && !capital(p)); // inside too many words to search for
      else {
        // An occurrence in the text counts where a piece is exactly that word.
        for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
          const k = pieceStartingAt(list, at);
          if (k >= 0 && pieces[k].text === w && !capital(pieces[k])) { v = true; read += at; break; }
        }
        if (!v) read += text.length;
        if (read > LOWERCASE_SET_READS * text.length) {
          lowercase = new Set();
          for (const p of pieces) if (!capital(p)) lowercase.add(p.text);
        }
      }
      lowercaseWords.set(w, v);
    }
    return v;
  };
  // The names found so far by start, for "North and South Korea" (elidedHead): made when first asked.
  const foundBefore = found.length;
  let byStart: Map<number, NamedMention> | undefined;
  const startingAt = () => (byStart ??= new Map(found.slice(0, foundBefore).map(m => [m.start, m])));

  /**
   * The word at piece k is a verb's subject or an owner ("Netflix said", "Hyundai's plant"), or
   * names the company whose people, shares or flights follow ("a former Panasonic executive", "a
   * Lufthansa cargo flight").
   */
  const brandActs = (k: number) => {
    const next = pieces[k + 1];
    return !!next && !afterNewline(next) && (/^['’]s$/.test(next.text) || !capital(next) && (next.pos === 'VERB' || next.pos === 'AUX' || COMPANY_HAS.test(next.text)
      || /^(?:cargo|passenger|charter)$/.test(next.text) && /^flights?$/.test(pieces[k + 2]?.text ?? '')));
  };
  /** The word at piece k acts on what is its own: "Jefferies cut its target price", "the Bundesbank cut its forecast". */
  const actsOnItsOwn = (k: number) => pieces[k + 2]?.text === 'its' && BODY_ACTS.test(pieces[k + 1]?.text ?? '') && !afterNewline(pieces[k + 1]);
  /** The word at piece k is in a list ("A, B and C", "A and B") with a body the rules are sure of, or with a brand. */
  // (the bodies found so far, sure or guessed, by where they start and end: made when first asked)
  // (kept up to date as the loop below finds more: "beat Netflix and Disney titles")
  let bodyStarts: Set<number> | undefined, bodyEnds: Set<number> | undefined, bodiesSeen = 0;
  const listedWithBody = (k: number) => {
    if (!bodyStarts) { bodyStarts = new Set(); bodyEnds = new Set(); }
    for (; bodiesSeen < found.length; bodiesSeen++) { const m = found[bodiesSeen]; if (m.type === 'ORG') { bodyStarts.add(m.start); bodyEnds!.add(m.end); } }
    const brand = companyWord(pieces[k].text);
    const link = (p: Piece | undefined, comma: boolean) => !!p && (comma && p.text === ',' || p.text === 'and' || p.text === 'or') && !afterNewline(p);
    // (a brand listed with a word no dictionary has: "Netflix and Disney")
    const alone = (j: number) => !(pieces[j + 1] && capital(pieces[j + 1])) && !(pieces[j - 1] && capital(pieces[j - 1]));
    const bodyAt = (j: number, side: Set<number>) => j >= 0 && j < pieces.length && capital(pieces[j])
      && (side.has(j > k ? pieces[j].start : pieces[j].end) || alone(j) && (companyWord(pieces[j].text)
        || brand && /^\p{Lu}\p{Ll}+$/u.test(pieces[j].text) && !isCommonWord(pieces[j].text) && !isGivenName(pieces[j].text) && !lookup(pieces[j].text)));
    // (a word no dictionary has needs "and" or "or": a comma alone lists no bodies, "the New Zealand
    // Herald, Emeritus Professor ..."; a brand may stand in a list of commas, "Ubisoft, Microsoft and Sony")
    const right = pieces[k + 1]?.text === ',' && /^(?:and|or)$/.test(pieces[k + 2]?.text ?? '') ? k + 3 : k + 2;
    const left = pieces[k - 1]?.text !== ',' && pieces[k - 2]?.text === ',' ? k - 3 : k - 2;
    return link(pieces[k + 1], brand || right === k + 3) && bodyAt(right, bodyStarts)
      || link(pieces[k - 1], brand) && bodyAt(left, bodyEnds!);
  };
  // "Gustavo Lacerda, known as Guguinha,", "Lucas de Assis, the striker better known as Luquinha":
  // a name given after a person's as what they are known as is that person, wherever it stands
  const nicknames = new Map<string, string>();
  for (const m of found) {
    if (m.type !== 'PERSON' || text.charCodeAt(m.end) !== 44 /* , */) continue;
    const nick = KNOWN_AS_AFTER.exec(text.slice(m.end, m.end + 100));
    if (nick && !isCommonWord(nick[1])) nicknames.set(fold(nick[1]), m.key);
  }
  /** A town's name that plays a match with a score, or has a coach or players ("the coach of Palmeiras"), is its club's. */
  const playsAsClub = (p: Piece, k0: number) => CLUB_OF_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))
    || !LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 10), p.start)) && (playsMatch(k0, k0) || CLUB_AFTER.test(text.slice(p.end, p.end + 16)));
  inFrameOfItsOwn(() => {
    for (const { seg, name } of pending) {
      const ps = seg.pieces;
      const k = fold(name);
      if (seg.role) { found.push(mention(seg, name, 'PERSON', name, false)); continue; }
      if (nicknames.has(k)) { found.push(mention(seg, name, 'PERSON', nicknames.get(k)!, false)); continue; }
      // "A Kuomintang (KMT) legislator", "Sindmotoristas (SM) said": one word right before capitals in
      // brackets that open with its letter is a body and those its acronym
      const own = ps.length === 1 && !isGivenName(name) ? OWN_ACRONYM_AFTER.exec(text.slice(ps[0].end, ps[0].end + 12)) : null;
      if (own && own[1][0] === name[0] && /^\p{Lu}\p{Ll}{3,}$/u.test(name) && !isCommonWord(name)) {
        found.push(mention(seg, name, 'ORG', name, false)); seenTypes.set(k, 'ORG');
        if (!acronyms.has(own[1]) && !lookup(own[1])) acronyms.set(own[1], name);
        continue;
      }
      if (seenTypes.has(k)) {
        // ("KILMARNOCK, Scotland — ... gave Kilmarnock a 2-1 win over Motherwell": the dateline's town,
        // where it plays a match or has a coach, is its club)
        const club = seenTypes.get(k) === 'PLACE' && ps.length === 1 && !!smallTown(name) && playsAsClub(ps[0], pieceIndex(list, ps[0]));
        found.push(mention(seg, name, club ? 'ORG' : seenTypes.get(k)!, name, false));
        continue;
      }
      // ("Hanamura Electric Industries ... Hanamura, which supplies ... chairman Takeshi Hanamura": a
      // family's company named before any of the family is the company where the word stands alone)
      // (after the full name, or in the headline before it: "Tarrowby fined ... Tarrowby Water")
      if (ps.length === 1 && orgFirsts.has(k) && (orgFirsts.get(k)! <= ps[0].start || text.lastIndexOf('\n', ps[0].start) < 0) && (!personParts.has(k) || orgFirsts.get(k)! < (firstPersonWith.get(k) ?? -1) && standsAlone(pieceIndex(list, ps[0])))) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
      // ("the Gelati Monastery ... Gelati drew 180,000 visitors", "Thwaites Glacier ... Thwaites":
      // a place named by a word of its own and a place's head word is that word alone later on)
      const placeFirst = ps.length === 1 ? placeFirsts.get(k) : undefined;
      if (placeFirst && placeFirst.start < ps[0].start && !personParts.has(k) && !orgFirsts.has(k)) { found.push(mention(seg, name, 'PLACE', placeFirst.key, false)); continue; }
      if (ps.length === 1 && personParts.has(k)) {
        // ("Moon Seung-hee ... touched down on the Moon": a word right after "the", with no noun after it
        // that the person would modify ("the Trump administration"), is not that person)
        const k1 = pieceIndex(list, ps[0]), next = pieces[k1 + 1];
        if (/^the$/i.test(pieces[k1 - 1]?.text ?? '') && !(next && !capital(next) && next.pos === 'NOUN' && afterOneSpace(next))) continue;
        found.push(mention(seg, name, 'PERSON', name, false)); continue;
      }
      if (ps.length === 1 && teamNames.has(k) && !personParts.has(k)) { found.push(mention(seg, name, 'ORG', teamNames.get(k)!, false)); continue; }
      // ("... affected," Ryanair said.": a brand the data knows that gives a quote is the company, a
      // word no dictionary has is a person)
      if (attributes(seg)) { found.push(mention(seg, name, ps.length === 1 && isBrand(name) ? 'ORG' : 'PERSON', name, false)); continue; }
      // ("barges on the Rhine", "the Ruhr", "tourists in the Sahel": a named geographic feature the
      // data lists, that no rule has typed and no one in the article is named by)
      const feature = ps.length === 1 && !personParts.has(k) ? featureName(name) : undefined;
      if (feature) { found.push(mention(seg, name, 'PLACE', feature, false)); continue; }
      const p = ps[0];
      if (afterPlaceCue(text, p.start)) { found.push(mention(seg, name, 'PLACE', name, false)); continue; }
      // "ran aground off Vunisea", "landfall on Efate's east coast": what a ship is off, or what has a
      // coast, is a place (a name the typer left, of words no dictionary or name list has)
      // (not after a verb that takes its rival off: "Nadal held off Djokovic", "saw off Harlow")
      const kp = pieceIndex(list, p);
      const offSea = OFF_BEFORE.test(text.slice(Math.max(0, p.start - 5), p.start)) && !(pieces[kp - 2]?.pos === 'VERB' && !AT_SEA.test(pieces[kp - 2].text));
      if (ps.every(q => looseName(q.text) && !isSurname(q.text)) && (offSea || COAST_AFTER.test(text.slice(ps[ps.length - 1].end, ps[ps.length - 1].end + 30)))) {
        found.push(mention(seg, name, 'PLACE', name, false)); continue;
      }
      // "Kieran Lacey, of Manningham, was convicted", "Sarah Obi, 34, of Thornbury,": where a person
      // just named (and their age) lives
      const residence = RESIDENCE_BEFORE.exec(text.slice(Math.max(0, p.start - 16), p.start));
      if (residence && /^[,.;]/.test(text.slice(ps[ps.length - 1].end, ps[ps.length - 1].end + 1)) && !isGivenName(name)) {
        const comma = p.start - residence[0].length;
        if (found.some(m => m.type === 'PERSON' && m.end === comma)) { found.push(mention(seg, name, 'PLACE', name, false)); continue; }
      }
      // "told VnExpress that", "told Digi24 on Monday": whom a speaker tells, a word that is no given
      // name, no surname the data knows and no one's in the article, is the medium that carried the words
      // ("Toronto-listed Vendra", "Vantora's chief executive": or what is listed, or has what only a
      // company has, where no place has the word)
      if (ps.length === 1 && !isGivenName(name) && !isSurname(name) && (!startsSentence(p) && (toldAt(p.start, p.end) || listedAt(p.start)) || !lookup(name) && ownsAt(p.end))) {
        found.push(mention(seg, name, 'ORG', name, false)); seenTypes.set(k, 'ORG'); continue;
      }
      // "the Trump administration", "the Lula presidency": a leader's name before the government they head
      if (ps.length === 1 && /^ (?:administration|presidency)\b/.test(text.slice(p.end, p.end + 15)) && /^\p{Lu}\p{Ll}+$/u.test(name) && !lookup(name)) { found.push(mention(seg, name, 'PERSON', name, false)); continue; }
      // "Icelandic singer Björk drew crowds", "striker Haaland scored": a word right after a lowercase
      // noun for a person names that person (a place or a body the data knows aside)
      const before1 = pieceIndex(list, p) > 0 ? pieces[pieceIndex(list, p) - 1] : undefined;
      if (ps.length === 1 && before1 && !capital(before1) && personNouns.has(before1.text) && before1.sentence === p.sentence && !afterNewline(p)
        && /^\p{Lu}[\p{L}'’-]{2,}$/u.test(name) && !lookup(name)) { found.push(mention(seg, name, 'PERSON', name, false)); continue; }
      // "Mark and Lisa Dawes": a given name before "and" and another's full name shares the surname
      const partner = ps.length === 1 && isGivenName(p.text) ? elidedSurname(list, p, startingAt) : null;
      if (partner) { found.push(mention(seg, name, 'PERSON', partner, false)); continue; }
      const elided = elidedHead(list, p, startingAt);
      if (elided) { found.push(mention(seg, name, elided, name, false)); continue; }
      const k0 = pieceIndex(list, p);
      const after1 = pieces[k0 + 1];
      // ("the South and Southeast": the second of two compass regions listed after one "the")
      if (REGION_COMPASS.test(p.text) && /^(?:and|or)$/.test(pieces[k0 - 1]?.text ?? '') && /^(?:North|South|East|West)(?:east|west)?$/.test(pieces[k0 - 2]?.text ?? '') && /^the$/i.test(pieces[k0 - 3]?.text ?? '')) { found.push(mention(seg, name, 'PLACE', name, false)); continue; }
      if (/^the$/i.test(pieces[k0 - 1]?.text ?? '') && !(after1 && (capital(after1) || /^\d/.test(after1.text)) && !afterNewline(after1))) {
        // "the North", "The South retaliated": one half of a divided country the article names in full.
        if (COMPASS.test(p.text) && found.some(m => m.type === 'PLACE' && COMPASS.test(m.text.split(' ')[0]) && m.text.includes(' '))) { found.push(mention(seg, name, 'PLACE', name, false)); continue; }
        // "a late swing in the Northeast", "farm towns across the Midwest", "the Americas": a country's
        // or a continent's region named by a compound compass word ("the South and Southeast": or a
        // plain one listed with such a word)
        if (REGION_COMPASS.test(p.text) || /^(?:North|South|East|West)$/.test(p.text) && /^,? (?:and|or) (?:the )?(?:North|South)(?:east|west)\b/.test(text.slice(p.end, p.end + 20))) { found.push(mention(seg, name, 'PLACE', name, false)); continue; }
        // "crossing the Channel", "in the Gulf": a sea or strait known by its head word alone.
        if (BARE_SEAS.test(p.text)) { found.push(mention(seg, name, 'PLACE', name, false)); continue; }
      }
      // "Gavi, the Vaccine Alliance, said": a word with a body's name in apposition is that body
      const app = /^, the /.exec(text.slice(p.end, p.end + 6));
      if (app && ps.length === 1) {
        const body = startingAt().get(p.end + app[0].length);
        // (and so is the word wherever the article uses it later: "Gavi's chief programme officer")
        if (body && body.type === 'ORG' && /^[,.;)]/.test(text.slice(body.end, body.end + 1))) { found.push(mention(seg, name, 'ORG', name, false)); seenTypes.set(k, 'ORG'); continue; }
      }
      // "McLaren's Lando Norris", "Tesla's Elon Musk", "the Yankees' Aaron Judge": a word no one in the
      // article bears, owning a person named in full, is the body they play or work for (a place the
      // data knows was typed before: "Britain's Mo Farah")
      if (ps.length === 1 && /^\p{Lu}[\p{L}&-]+$/u.test(name) && !isGivenName(name) && !isCommonWord(name) && !lookup(name)) {
        const own = (name.endsWith('s') ? /^['’]s? / : /^['’]s /).exec(text.slice(p.end, p.end + 4));
        const owned = own ? startingAt().get(p.end + own[0].length) : undefined;
        if (owned && owned.type === 'PERSON' && owned.text.includes(' ') && !afterNewline(pieces[k0 + 1] ?? p)) { found.push(mention(seg, name, 'ORG', name, false)); seenTypes.set(k, 'ORG'); continue; }
      }
      // "Acas, the conciliation service, said", "Ofcom, the media regulator": a word with a body's
      // description in apposition is that body (and so it is wherever the article uses it again)
      if (ps.length === 1 && !isGivenName(name) && apposedBody(text.slice(p.end, p.end + 80), text.slice(Math.max(0, p.start - 20), p.start))) { found.push(mention(seg, name, 'ORG', name, false)); seenTypes.set(k, 'ORG'); continue; }
      // "Peosta, a town of about 2,000 people,", "Halden, a fishing village": likewise a place
      if (ps.length === 1 && APPOSED_PLACE.test(text.slice(p.end, p.end + 60))) { found.push(mention(seg, name, 'PLACE', name, false)); seenTypes.set(k, 'PLACE'); continue; }
      // "The Socialists won 25 seats", "rely on the Liberals and the PSD", "The Progressives, led by":
      // a party's members, capitalised after "the", are the party (ANNOTATION.md: parties named with
      // ordinary words)
      if (ps.length === 1 && (PARTY_MEMBERS.test(name) || PARTY_MEMBERS_TOO.test(name)) && /^(?:the|The)$/.test(pieces[pieceIndex(list, p) - 1]?.text ?? '') && !afterNewline(p)) {
        const known = lookup(name);
        found.push(mention(seg, name, 'ORG', known?.type === 'ORG' ? known.canonical : name, false)); continue;
      }
      // A word wink reads as a common noun, an adjective or a number, or one capitalised only where
      // a sentence starts, or also written in lowercase, is a common word ("Aid was sent",
      // "Officials said"): no typer needed. The cheap tests come first: inLowercase searches the text.
      if (p.pos === 'ADJ' || p.pos === 'NUM' || p.pos === 'NOUN') continue;
      if (startsSentence(p) && !midSentence(k)) {
        // "Syriza won 12 seats.", "Fidesz lawmakers walked out.": a word no dictionary has, opening the
        // sentence, with members, leaders or seats, is a body all the same
        const unknownWord = /^\p{Lu}\p{Ll}+$/u.test(p.text) && !isCommonWord(p.text) && !isGivenName(p.text);
        if (unknownWord && hasMembers(k0, k0)) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
        // "Jefferies cut its target price", "Halvorn raised its forecast": such a word acting on what is its own
        if (unknownWord && actsOnItsOwn(k0)) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
        // "Barclays and Deutsche Bank lowered their targets", "Ubisoft, Microsoft and Sony": a word no
        // dictionary has (or a brand) listed with a body the rules are sure of is a body too
        if ((unknownWord || companyWord(name)) && listedWithBody(k0) && !inLowercase(name.toLowerCase())) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
        // "Jones, a lawyer for the family, said": such a word with a person's job in apposition is that person
        if (unknownWord && pieces[k0 + 1]?.text === ',' && apposedPerson(pieces, k0)) { found.push(mention(seg, name, 'PERSON', name, false)); continue; }
        // "Veltro said in a statement", "Veltro said it would appeal": a word no dictionary has that
        // speaks in a statement, or of itself as "it", is a body
        // ("Renfe, which operated both trains, said it would": or what "which" stands for, then speaks)
        if (unknownWord && (BODY_SAYS.test(text.slice(p.end, p.end + 60)) || WHICH_THEN_SAYS.test(text.slice(p.end, p.end + 160))) && !inLowercase(name.toLowerCase())) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
        // "Netflix said on Tuesday", "Hyundai announced": a brand as the subject of a verb
        // ("Samsung, its main rival, will launch": or with an appositive between)
        if (!(companyWord(name) && (brandActs(k0) || /^, (?:its|the|a|an) /.test(text.slice(p.end, p.end + 6))) && !inLowercase(name.toLowerCase()))) continue;
        found.push(mention(seg, name, 'ORG', name, false));
        continue;
      }
      if (inLowercase(name.toLowerCase())) continue;
      // "the Bundesbank cut its forecast": after "the", a word no dictionary has acting on what is its own is a body
      if (/^(?:the|The)$/.test(pieces[k0 - 1]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(name) && !isCommonWord(name) && !isGivenName(name)
        && actsOnItsOwn(k0)) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
      // "forecasters in Moline", "a bike in Svendborg": a small town the article gives no one is a place
      if (OWNS_UNIT.test(text.slice(p.end, p.end + 60))) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
      // "when Deezer reported a loss", "Hyundai's new plant": a brand as the subject of a verb or an
      // owner is a company or a platform (a brand elsewhere may be a product: "the #2 browser after Firefox")
      if (companyWord(name) && !attributes(seg) && brandActs(k0)) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
      const townName = CAMEL_COMPANY.test(name) ? undefined : smallTown(name);
      // "beating Palmeiras 2–1", "the coach of Palmeiras": a small town's name that plays a match with a
      // score or has a coach or players is the club (as a city's is: see bodyTowns)
      if (townName && playsAsClub(p, k0)) {
        found.push(mention(seg, name, 'ORG', name, false)); seenTypes.set(k, 'ORG'); continue;
      }
      // (a brand listed with a body is the company: "to Toyota Motor and Honda")
      if (townName && !attributes(seg) && !(isBrand(name) && listedWithBody(k0))) { found.push(mention(seg, name, 'PLACE', townName, false)); continue; }
      // ("analysts at Morgan Stanley and Bernstein", "Sony, Ubisoft and Tencent": likewise mid-sentence)
      if (!isGivenName(name) && /^\p{Lu}[\p{L}\p{N}&-]*$/u.test(name) && listedWithBody(k0)) { found.push(mention(seg, name, 'ORG', name, false)); continue; }
      let type = ask(seg, 'unknown');
      if ((type === 'NONE' || type === 'PERSON') && !isGivenName(name) && RUNS_FLIGHTS.test(text.slice(p.end, p.end + 70))) type = 'ORG';
      if ((type === 'NONE' || type === 'PERSON') && !isGivenName(name) && !isSurname(name) && WHICH_THEN_SAYS.test(text.slice(p.end, p.end + 160))) type = 'ORG';
      // "In a statement, Vooruit said": what issues a statement, no given name, is a body
      if ((type === 'NONE' || type === 'PERSON') && !isGivenName(name) && !isSurname(name) && STATEMENT_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))) type = 'ORG';
      // "belonged to Ptahmose, a treasurer under the king", "the pharaoh's son, Akhenaten,", "his widow
      // Nefret": a word no dictionary has, with a person's job in apposition after it, or after a
      // noun for someone's kin or office, is that person (the typer's data makes a lone unknown word
      // nothing)
      if (type === 'NONE' && /^\p{Lu}\p{Ll}{2,}$/u.test(name) && !isCommonWord(name) && !afterNewline(p)) {
        const kin = pieces[k0 - 1]?.text === ',' ? pieces[k0 - 2] : pieces[k0 - 1];
        const heldBy = !!kin && !capital(kin) && kin.sentence === p.sentence && (kinNouns.has(kin.text) || roleNouns.has(kin.text))
          && (kin !== pieces[k0 - 1] ? /^(?:[,.;)]|$)/.test(text.slice(p.end, p.end + 1)) : /^(?:his|her|their|its|['’]s)$/i.test(pieces[k0 - 2]?.text ?? ''));
        if (heldBy || pieces[k0 + 1]?.text === ',' && apposedPerson(pieces, k0)) type = 'PERSON';
      }
      // "lived in Asbury since 1979", "flooding near Jhang", "camped at Talmirsk", "sailed from
      // Qorvanet": a word no list has, right after a preposition of place and before a stop or a
      // lowercase word, that the typer made nothing of and no one in the article bears, is a place
      // ("In Konga, volunteers ...": the preposition may open the sentence)
      // ("from Dobbiaco to Bolzano": a village GeoNames lists may follow "to", "via" or "around" too;
      // "between Ostravec and Pelminor": and "and" after a place, when the place is a village or
      // follows "between")
      const prep = pieces[k0 - 1]?.text ?? '';
      // ("the European Commission ... Johanna Berg, a Commission spokesperson,": a body's head word alone
      // before a job's noun, where the article has named a body of that head word, is that body)
      const headOf = type === 'NONE' && ps.length === 1 && isOrgHead(name) && !startsSentence(p) && !afterNewline(p) && pieces[k0 + 1] && !capital(pieces[k0 + 1]) && jobNoun(pieces[k0 + 1].text)
        ? found.find(m => m.type === 'ORG' && m.end <= p.start && m.text.endsWith(' ' + name)) : undefined;
      if (headOf) { found.push(mention(seg, name, 'ORG', headOf.key, false)); continue; }
      const placed = /^(?:in|near|outside|at|from|between|In|Near|Outside|At|From|Between)$/.test(prep) || /^(?:to|towards|via|around)$/.test(prep) && isVillage(name)
        || /^(?:and|or)$/.test(prep) && (isVillage(name) || /^(?:between|Between)$/.test(pieces[k0 - 3]?.text ?? '')) && found.some(m => m.type === 'PLACE' && m.end === pieces[k0 - 2]?.end);
      if (type === 'NONE' && ps.length === 1 && placed && !afterNewline(p) && /^\p{Lu}\p{Ll}{2,}$/u.test(name)
        && !isGivenName(name) && !isSurname(name) && !isCommonWord(name) && !isLanguage(name) && !companyWord(name) && !/^\s*['’]/.test(text.slice(p.end, p.end + 2))) {
        const next = pieces[k0 + 1];
        if (!next || afterNewline(next) || /^[,.;:)]$/.test(next.text) || !capital(next) && next.pos !== 'NOUN') { found.push(mention(seg, name, 'PLACE', name, false)); continue; }
      }
      if (type !== 'NONE') found.push(mention(seg, name, type, name, false));
    }
  });
  // "FIRST Global (For Inspiration and Recognition of Science and Technology)": a long form in
  // brackets whose capitals spell an acronym just before it is the same body, as one ORG.
  inFrameOfItsOwn(() => {
    const longForms = new Set<string>();
    const fitted = longFormsBefore(text, list, found);
    const placeLetters = new Map<string, string>();
    for (const [a, b] of [...expansions(text, list), ...fitted, ...bodiesBeforeAcronyms(text, list, found, fitted)]) {
      const start = pieces[a].start, end = pieces[b].end;
      longForms.add(text.slice(start, end));
      // ("the U.S. Food and Drug Administration (FDA)": a body found with a place's name before the
      // letters' words keeps its whole name)
      if (found.some(m => m.type === 'ORG' && m.end === end && m.start < start && lookup(text.slice(m.start, start).trim())?.type === 'PLACE')) continue;
      for (let i = found.length - 1; i >= 0; i--) if (found[i].start < end && start < found[i].end) found.splice(i, 1);
      // ("the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM)", "the Hong Kong Special
      // Administrative Region (HKSAR)": a long form with a place's head word and no body's is a place)
      // (and so are its letters, wherever the article writes them: "In BARMM the rate fell")
      const words = pieces.slice(a, b + 1);
      const place = words.some(p => ADMINISTRATIVE_HEAD.test(p.text)) && !words.some(p => isOrgHeadOrPlural(p.text) || isOrgLead(p.text) || isFacilityHead(p.text));
      found.push(mention({ pieces: words, strict: true }, text.slice(start, end), place ? 'PLACE' : 'ORG', text.slice(start, end), true));
      if (place && pieces[b + 1]?.text === '(' && pieces[b + 3]?.text === ')') placeLetters.set(pieces[b + 2].text, text.slice(start, end));
      // ("Socialists and Democrats (S&D)": an acronym with "&" in it, which linking by initials does
      // not read, takes the long form as its key here)
      const short = pieces[b + 2];
      // ("Democrats 66 (D66)": or a number)
      if (pieces[b + 1]?.text === '(' && short && (short.text.includes('&') || /\d/.test(short.text)) && pieces[b + 3]?.text === ')') acronyms.set(short.text, text.slice(start, end));
    }
    if (placeLetters.size) for (let i = 0; i < found.length; i++) {
      const long = placeLetters.get(found[i].text);
      if (long) found[i] = retyped(found[i], 'PLACE', long, true);
    }
    // ("Barisan Nasional (BN) ... Barisan Nasional won": the long form, written again, is the body
    // wherever the rules only guessed a person)
    if (longForms.size) for (let i = 0; i < found.length; i++) {
      const m = found[i];
      if (m.type === 'PERSON' && !m.certain && !m.role && longForms.has(m.text)) found[i] = retyped(m, 'ORG', m.text, false);
    }
  });
  typedByNoun(text, list, found, midSentence);
  // "BENGALURU, Feb 12 (Reuters) -", "SÃO PAULO/BRASÍLIA, Oct 5 (Reuters) —", "HALIFAX (CP) —": a
  // dateline's words in capitals, before the date and the agency in brackets, are places (a slash
  // parts two), written as the place is named when the data knows it, else in title case
  // (placed before the typer's turn too, so that the article's later "Thompson" reads as that place)
  placeDatelines();
  // "By WANJIKU MWANGI Associated Press", "By JOSH FUNK and HANNAH FINGERHUT Associated Press": in a
  // byline, the agency the data knows at a name's end is the agency, and the names before it, written
  // in capitals as agencies write them, are people's (keyed in title case)
  inFrameOfItsOwn(() => {
    for (const line of bylines(text)) {
      // ("By Siobhán Ní Bhriain": a byline of names the typer made nothing of, each two to four
      // capitalised words with "and" or a comma between them, names its writers)
      // (names the typer found keep their mention; the others are added: "By Siobhan McAllister and Liam O'Brien")
      const names = BYLINE_NAMES.exec(text.slice(line.start, line.end));
      if (names) {
        // (the line may end in spaces: the names end where its text does)
        let at = line.start + names[0].trimEnd().length - names[1].length;
        const parts = names[1].split(/(, | and )/);
        const ordinary = parts.some(w => w !== ', ' && w !== ' and ' && w.split(' ').some(x => x.length > 2 && isCommonWord(x) && !isGivenName(x)));
        if (!ordinary) for (const part of parts) {
          // ("By Daisuke Ōta": a word of a writer's name that is also a town's is the writer's)
          if (part !== ', ' && part !== ' and ') for (let i = found.length - 1; i >= 0; i--) {
            const m = found[i];
            if (m.type === 'PLACE' && !m.text.includes(' ') && !isCountryName(m.text) && m.start > at && m.end <= at + part.length) found.splice(i, 1);
          }
          if (part !== ', ' && part !== ' and ' && !found.some(m => m.start < at + part.length && at < m.end)) found.push({ type: 'PERSON', text: part, start: at, end: at + part.length, entity: null, value: null, key: part, role: undefined, certain: true });
          at += part.length;
        }
      }
      for (let i = found.length - 1; i >= 0; i--) {
        const m = found[i];
        if (m.start < line.start || m.end > line.end || m.type === 'PLACE') continue;
        const words = m.text.split(' ');
        let agency = -1;
        for (let w = 1; w < words.length && agency < 0; w++) if (lookup(words.slice(w).join(' '))?.type === 'ORG') agency = w;
        const person = agency < 0 ? words : words.slice(0, agency);
        if (person.length < 2 || person.length > 4 || !person.every(w => (agency > 0 ? /^\p{Lu}[\p{L}'’-]+$/u : /^\p{Lu}[\p{Lu}'’-]+$/u).test(w))) continue;
        const personText = person.join(' '), out: typeof found = [{ ...m, type: 'PERSON', text: personText, end: m.start + personText.length, key: /\p{Ll}/u.test(personText) ? personText : titleCased(personText), certain: true }];
        if (agency > 0) {
          const orgText = words.slice(agency).join(' '), start = m.end - orgText.length;
          out.push({ ...m, type: 'ORG', text: orgText, start, end: m.end, key: lookup(orgText)!.canonical, certain: true });
        }
        found.splice(i, 1, ...out);
      }
    }
  });
  // "Hanamura Electric Industries (花村電機)", "Ansar Allah (أنصار الله)", "Pir Baba (پیر بابا)": a name in
  // another script, in brackets right after a name, is the same name written in its own script
  for (const m of found.slice()) {
    const after = /^ ?\(([^()\n]{1,40})\)/.exec(text.slice(m.end, m.end + 45));
    if (!after || /[A-Za-z0-9]/.test(after[1]) || !/\p{L}/u.test(after[1])) continue;
    const inner = after[1].trim(), start = m.end + after[0].indexOf(inner, after[0].indexOf('(')), end = start + inner.length;
    if (!found.some(o => o.start < end && start < o.end)) found.push({ ...m, text: inner, start, end, certain: true });
  }
  // "the Historic Pact (Pacto Histórico)", "Million Moments for Democracy (Milion chvilek pro
  // demokracii)", "the Democratic Current (Attayar)": a name in brackets right after a body's name,
  // capitalised and of a few words, is the body's name in its own language (not a place, a
  // nationality, a person the rules are sure of, an all-capitals short form or lowercase words)
  for (const m of found.slice()) {
    if (m.type !== 'ORG') continue;
    const after = /^ \((\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,7})\)/u.exec(text.slice(m.end, m.end + 80));
    if (!after || /^\p{Lu}+$/u.test(after[1]) || !/\p{Ll}/u.test(after[1])) continue;
    const inner = after[1], start = m.end + 2, first = inner.split(' ')[0];
    if (lookup(inner) && lookup(inner)!.type !== 'ORG' || isNationality(first) || isGivenName(first) || isCommonWord(inner)) continue;
    otherNameOf(text, found, m, start, start + inner.length, o => o.certain && o.type !== 'ORG');
  }
  // "the Keidanren (Japan Business Federation)", "the Bose Levu Vakaturaga (Great Council of Chiefs)":
  // the other way round, a body's English name in brackets after its own-language name, one to
  // four capitalised words no data knows as a place or a person and that the rules are not sure of
  for (const m of found.slice()) {
    if (m.type !== 'ORG' || text[m.start - 1] !== '(' || text[m.start - 2] !== ' ' || text[m.end] !== ')' || !m.text.includes(' ')) continue;
    const before = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})$/u.exec(text.slice(Math.max(0, m.start - 62), m.start - 2));
    if (!before) continue;
    const own = before[1].replace(/^The /, ''), end = m.start - 2;
    if (!own) continue;
    if (lookup(own)?.type === 'PLACE' || isNationality(own) || isGivenName(own.split(' ')[0]) || isCommonWord(own) && !own.includes(' ')) continue;
    otherNameOf(text, found, m, end - own.length, end, o => o.certain);
  }
  // "the Brazilian Institute of Environment and Renewable Natural Resources (Ibama)": a short name
  // written like a word, in brackets right after a body's name of three or more words, is that
  // body's acronym in its own language (a place, a person's name or an ordinary word is not)
  inFrameOfItsOwn(() => {
    for (const m of found.slice()) {
      if (m.type !== 'ORG' || m.text.split(' ').length < 3) continue;
      const after = /^ \((\p{Lu}\p{Ll}{2,7})\)/u.exec(text.slice(m.end, m.end + 12));
      if (!after) continue;
      const short = after[1], start = m.end + 2, end = start + short.length;
      if (isCommonWord(short) || isGivenName(short) || isSurname(short) || lookup(short) || found.some(o => o.start < end && start < o.end)) continue;
      found.push({ ...m, text: short, start, end, certain: true });
      acronyms.set(short, m.key);
    }
  });
  // "the Fédération autonome de l'enseignement (FAE)", "the Centre de services scolaire de Montréal
  // (CSSDM)", "the Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred)": a body named
  // in a Romance language, which writes its name's later words in lowercase, right before its short
  // form in brackets: from its first word (a body's head word) to the bracket, one ORG, and the
  // short form the same body (its first letter is the name's)
  inFrameOfItsOwn(() => {
    for (const b of text.matchAll(BRACKETED_SHORT_FORM)) {
      const short = b[1], open = b.index!;
      const before = text.slice(Math.max(0, open - 160), open);
      const words = [...before.matchAll(/[^\s]+/gu)];
      let lead = -1;
      for (let k = words.length - 1, n = 0; k >= 0 && n < 11; k--, n++) {
        const w = words[k][0];
        if (!ROMANCE_NAME_WORD.test(w)) break;
        if (k < words.length - 1 && (isForeignOrgLead(w) || isOrgHead(w) || isOrgLead(w)) && fold(w)[0] === fold(short)[0]) lead = k;
      }
      if (lead < 0) continue;
      const inner = words.slice(lead + 1).map(w => w[0]);
      if (!inner.some(w => ROMANCE_PARTICLE.test(w) || /^[dl]['’]/.test(w)) || ROMANCE_PARTICLE.test(inner[inner.length - 1])) continue;
      const start = open - before.length + words[lead].index!, end = open;
      // (what the names found already cover stands: "the Centro de Estudios Públicos (CEP)")
      if (found.some(o => o.start === start && o.end === end)) continue;
      const name = text.slice(start, end);
      const inside = found.filter(o => o.start < end && start < o.end);
      if (inside.some(o => o.start < start || o.end > end) || pieceStartingAt(list, start) < 0) continue;
      for (const o of inside) found.splice(found.indexOf(o), 1);
      found.push({ type: 'ORG', text: name, start, end, entity: null, value: null, key: name, certain: true });
      acronyms.set(short, name);
      if (!found.some(o => o.start === open + 2 && o.text === short)) found.push({ type: 'ORG', text: short, start: open + 2, end: open + 2 + short.length, entity: null, value: null, key: name, certain: true });
    }
  });
  // "the Communist Party of India (Marxist)", "the Kerala Congress (M)", "the Nationalist Congress Party
  // (Sharadchandra Pawar)": a party's faction named in brackets after its name is part of the name, a
  // party of its own (a letter, a creed, or a leader's name of two or three words)
  inFrameOfItsOwn(() => {
    for (const m of found.slice()) {
      if (m.type !== 'ORG' || text.charCodeAt(m.end + 1) !== 40 /* ( */ || !PARTY_HEAD_IN.test(m.text)) continue;
      const q = PARTY_QUALIFIER.exec(text.slice(m.end, m.end + 50));
      if (!q) continue;
      const words = q[1].split(' ');
      const leader = words.length >= 2 && words.every(w => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !isOrgHeadOrPlural(w) && !isForeignOrgLead(w) && !lookup(w));
      if (!(words.length === 1 && (/^\p{Lu}\.?$/u.test(q[1]) || PARTY_CREED.test(q[1])) || leader)) continue;
      const end = m.end + q[0].length;
      const inside = found.filter(o => o !== m && o.start < end && m.end < o.end);
      if (inside.some(o => o.end > end)) continue;
      for (const o of inside) found.splice(found.indexOf(o), 1);
      const name = text.slice(m.start, end);
      found.splice(found.indexOf(m), 1, { ...m, text: name, end, key: `${m.key} (${q[1]})`, certain: true });
    }
  });
  // "the Icelandic Cycling Federation (Hjólreiðasamband Íslands)", "the Labour Directorate (Dirección
  // del Trabajo)": a name of two or more words in brackets right after a body's is that body's name
  // in its own language, one entity with it (a place's or a person's name is not)
  inFrameOfItsOwn(() => {
    for (const m of found.slice()) {
      if (m.type !== 'ORG' || text.charCodeAt(m.end + 1) !== 40 /* ( */) continue;
      const after = OWN_LANGUAGE_NAME.exec(text.slice(m.end, m.end + 70));
      if (!after) continue;
      const inner = after[1], start = m.end + 2, end = start + inner.length;
      // ("Our Homeland Movement (Mi Hazánk)": a given name opens a person's only with a surname after it)
      const words = inner.split(' ');
      if (lookup(inner)?.type === 'PLACE' || isGivenName(words[0]) && words.slice(1).some(w => isSurname(w) || isGivenName(w))) continue;
      const inside = found.filter(o => o.start < end && start < o.end);
      if (inside.some(o => o.start < start || o.end > end || o.certain && o.type !== 'ORG')) continue;
      for (const o of inside) found.splice(found.indexOf(o), 1);
      found.push({ ...m, text: inner, start, end, certain: true });
    }
  });
  // (and the same capitals elsewhere in the article are that body too: "Later, NICE said")
  if (acronyms.size) found.forEach((m, i) => { const long = m.type !== 'PERSON' ? acronyms.get(m.text) : undefined; if (long) found[i] = { ...m, type: 'ORG', key: long }; });
  // ("Democrats 66 (D66) ... a plan by D66": an acronym with a number in it, which no rule takes for a
  // name by itself, wherever the article writes it)
  for (const [short, long] of acronyms) {
    if (!/\d/.test(short)) continue;
    let overlaps: ((start: number, end: number) => boolean) | undefined;
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
      const k = pieceStartingAt(list, at);
      if (k < 0 || pieces[k].text !== short || (overlaps ??= overlapIndex(found))(at, at + short.length)) continue;
      found.push(mention({ pieces: [pieces[k]], strict: false }, short, 'ORG', long, true));
    }
  }
  // "said Ann Park", "Sue Park, 52, added": a given name and a place's head word that is also a
  // surname ("Park") name a person where someone speaks or is given an age ("Victoria Park" stays).
  found.forEach((m, i) => {
    if (m.type !== 'PLACE') return;
    const ws = m.text.split(' ');
    if (ws.length !== 2 || !isGivenName(ws[0]) || !isSurname(ws[1])) return;
    const k = pieceStartingAt(list, m.start), after = pieces[k + 2], before = pieces[k - 1];
    const speaks = (p: Piece | undefined) => !!p && !capital(p) && speechVerbs.has(p.text);
    if (speaks(after) || speaks(before) || /^, \d{1,3},/.test(text.slice(m.end, m.end + 6))) found[i] = asPerson(m);
  });
  // "Quillon's Nimbix unit", "Halden's banking arm": the owner of a unit, a division or a subsidiary
  // is a company, not a person.
  found.forEach((m, i) => {
    if (m.type !== 'PERSON' || m.certain || m.role || m.text.includes(' ') || !/^['’]s /.test(text.slice(m.end, m.end + 3))) return;
    if (OWNS_UNIT.test(text.slice(m.end, m.end + 60))) found[i] = { ...m, type: 'ORG', key: m.text };
  });
  // "Gloria, 34, said": a town's name with an age after it is a person's.
  found.forEach((m, i) => {
    if (m.type === 'PLACE' && !m.text.includes(' ') && !isMajorPlace(m.text) && /^, \d{1,2},/.test(text.slice(m.end, m.end + 5))) found[i] = asPerson(m);
  });
  // "Barcelona beat Bayern 2-1", "Fulham manager Marco Silva", "Toyota Motor Corp ... Toyota said":
  // a city or town the data knows (no country or region: "England won" stays a place) that plays a match
  // with a score, has a manager, players or fans, or opens the name of a company the article gives
  // in full, is that club or company wherever the article writes it alone, except where it says
  // where something is ("in Barcelona", "the city of Toyota", "Toyota, Japan").
  // (a company's name is the town's and its legal form or trade alone: "Austin Housing Finance
  // Corporation" lends "Austin" nothing)
  // (the company's full name is the short form's key, so that both link to it)
  const bodyTowns = new Map<string, string>();
  let sporty: boolean | undefined;
  inFrameOfItsOwn(() => {
    for (const m of found) {
      if (m.type === 'ORG') {
        const ws = m.text.split(' ');
        if (ws.length >= 2 && ws.slice(1).every(isCompanyTail) && /^\p{Lu}\p{Ll}+$/u.test(ws[0]) && isCityName(ws[0]) && !bodyTowns.has(ws[0])) bodyTowns.set(ws[0], m.key);
        // ("Bayern Munich ... Bayern coach Vincent Kompany": a region's name before a city's is a club's
        // first word, and the club's name alone)
        else if (ws.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(ws[0]) && isCityName(ws[1]) && lookup(ws[0])?.type === 'PLACE' && !isCityName(ws[0]) && !isCountryName(ws[0]) && !bodyTowns.has(ws[0])) bodyTowns.set(ws[0], m.key);
      } else if (m.type === 'PLACE' && /^\p{Lu}\p{Ll}+$/u.test(m.text) && (isCityName(m.text) || smallTown(m.text))) {
        // ("Dunmore drew with Halcyon": a small town already typed here as a city is; the small towns
        // typed later are read by the pass for reports on sport near the end)
        const k = pieceStartingAt(list, m.start);
        if (k >= 0 && !bodyTowns.has(m.text) && (playsMatch(k, k, true) || CLUB_AFTER.test(text.slice(m.end, m.end + 16))
          || CLUB_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && (sporty ??= sportsReport(text)))) bodyTowns.set(m.text, m.text);
      }
    }
  });
  if (bodyTowns.size) found.forEach((m, i) => {
    const key = m.type === 'PLACE' ? bodyTowns.get(m.text) : undefined;
    if (key && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) && !/^,\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3))) found[i] = { ...m, type: 'ORG', key, certain: false };
  });
  // "Sinn Féin's Nic Dhonncha wins ... Sinn Féin candidate Aoife Nic Dhonncha ... Sinn Féin leader
  // Dónal Mac Aodha": a name of two or more words that the article once gives a party's members,
  // leader or candidate after, or seats won, is a party wherever the article writes it (the typer,
  // and the article's first use, may have made it a person; no given name opens a party's name)
  inFrameOfItsOwn(() => {
    const parties = new Set<string>();
    for (const m of found) {
      if (m.type !== 'PERSON' || m.role || !m.text.includes(' ') || isGivenName(m.text.split(' ')[0])) continue;
      const after = text.slice(m.end, m.end + 40);
      // ("Fianna Fáil's Pádraig Ó Cualáin": or a person of its own after its possessive)
      const owns = /^['’]s \p{Lu}/u.test(after) && found.some(o => o.type === 'PERSON' && o.start === m.end + 3 && o.text.includes(' '));
      if (owns || MEMBERS_AFTER.test(after) || PARTY_MEMBER_AFTER.test(after) || SEATS_AFTER.test(after) && !/^,? (?:also |again )?\w+ seats\b/.test(after)) parties.add(m.text);
    }
    if (parties.size) found.forEach((m, i) => { if (m.type === 'PERSON' && !m.role && parties.has(m.text)) found[i] = retyped(m, 'ORG', m.text, false); });
  });
  // "Galatasaray midfielder Emre Kaya", "Lech Poznań winger Jan Nowak": a name between a sentence's
  // words and a player's position before a person's name is the player's club, known to the data or
  // not (a country's or a nationality's stays what it is: "Poland goalkeeper", "Polish forward")
  // (the position word is looked for first: it is rare, and a name before it is read backwards)
  inFrameOfItsOwn(() => {
    for (const pos of text.matchAll(CLUB_POSITION)) {
      const end = pos.index!, from = Math.max(0, end - 60);
      const hit = NAME_AT_END.exec(text.slice(from, end));
      if (!hit || hit.index === 0 && from > 0 && /[\p{L}\p{N}'’.-]/u.test(text[from - 1])) continue;
      const c = { index: from + hit.index, 1: hit[0] };
      const inside = found.filter(m => m.start < end && c.index < m.end);
      // a name the article has already found ends there, or no name at all: "On Monday Legia Warsaw forward"
      const last = inside[inside.length - 1];
      if (last && (last.end !== end || last.start < c.index || last.type === 'ORG')) continue;
      const words = (last ? last.text : c[1]).split(' ');
      while (words.length && (isTitleModifier(words[0]) || CLUB_POSITION_LEAD.test(words[0]))) words.shift();
      const name = words.join(' '), start = end - name.length;
      if (!words.length || words.length === 1 && isCommonWord(name) && /(?:^|[.!?]["”’]?\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start))) continue;
      if (isCountryName(name) || isNationality(name) || isTitleWord(name) || lookup(name)?.type === 'PLACE' && !isCityName(name)) continue;
      if (last) found.splice(found.indexOf(last), 1);
      found.push({ type: 'ORG', text: name, start, end, entity: null, value: null, key: name, certain: false });
    }
  });
  // "a Law and Justice MP", "the Fidesz lawmaker Anna Kis": a name between a determiner and a word for
  // a member of a legislature is the member's party (a place's is the seat's: "a Leeds MP"; a
  // nationality's is no party: "a Polish lawmaker")
  inFrameOfItsOwn(() => {
    for (const role of text.matchAll(PARTY_MEMBER)) {
      const end = role.index!, from = Math.max(0, end - 60);
      // ("Morena senator Alejandro Peña said": or one word opening its sentence or clause, with the
      // member's own name after the noun)
      const opening = MEMBER_NAMED.test(text.slice(role.index! + role[0].length, role.index! + role[0].length + 2)) ? PARTY_OPENING.exec(text.slice(from, end)) : null;
      const hit = PARTY_BEFORE_MEMBER.exec(text.slice(from, end)) ?? opening;
      if (!hit) continue;
      // ("Local TD Caoimhe Brennan said", "Opposition senator X": a word of rank or place opening the
      // sentence describes the member; "Liberal senator X" names the party)
      if (hit === opening && MEMBER_DESCRIPTION.test(hit[2])) continue;
      const start = from + hit.index + hit[1].length, name = text.slice(start, end);
      if (isCountryName(name) || isNationality(name) || isTitleWord(name) || isTitle(name) || lookup(name)?.type === 'PLACE' || isCalendarName(name)) continue;
      const inside = found.filter(m => m.start < end && start < m.end);
      // (a guess the typer made, a person or a place no data knows, gives way)
      if (inside.length > 1 || inside.length === 1 && !(inside[0].start === start && inside[0].end === end && (inside[0].type === 'PERSON' || inside[0].type === 'PLACE' && !inside[0].certain))) continue;
      if (inside.length) found.splice(found.indexOf(inside[0]), 1);
      found.push({ type: 'ORG', text: name, start, end, entity: null, value: null, key: name, certain: false });
    }
  });
  // "the Kingdom of Saudi Arabia", "the Republic of Korea", "the State of Qatar": a country's official
  // name is one mention of the country (not after "Secretary of": "Secretary of State of the US")
  found.forEach((m, i) => {
    if (m.type !== 'PLACE' || !isCountryName(m.text)) return;
    const before = text.slice(Math.max(0, m.start - 70), m.start);
    const official = OFFICIAL_NAME_BEFORE.exec(before);
    if (!official || /\bof\s+$/.test(before.slice(0, official.index))) return;
    const start = m.start - official[0].length;
    if (found.some(o => o !== m && o.start < m.start && start < o.end)) return;
    found[i] = { ...m, start, text: text.slice(start, m.end) };
  });
  // "Maria Lopez ... with Lopez stating": a surname the article gave a person is that person, not a
  // small town of the same name (countries, capitals and regions stay places).
  // "Elizabeth Okafor ... Elizabeth said": so is a given name the article gave a person, the way
  // news names ordinary people (victims, children, witnesses) once they are introduced.
  const full = found.filter(m => m.type === 'PERSON' && m.text.includes(' ')).map(m => m.text.split(/\s+/));
  const surnames = new Set(full.map(ws => ws[ws.length - 1]));
  // ("Karim El Ouardighi ... El Ouardighi went further": an Arabic article before the last word, with a space, is the surname's)
  for (const ws of full) if (ws.length >= 3 && /^(?:Al|El|al|el)$/.test(ws[ws.length - 2])) surnames.add(`${ws[ws.length - 2]} ${ws[ws.length - 1]}`);
  const givens = new Set(full.map(ws => ws[0]).filter(isGivenName));
  // ("Regina Campos Salles ... Campos Salles said": the last two of three or more names may stand for the person too)
  const doubleSurnames = new Set(full.filter(ws => ws.length >= 3 && ws.slice(-2).every(w => /^\p{Lu}/u.test(w))).map(ws => ws.slice(-2).join(' ')));
  found.forEach((m, i) => {
    if (m.type === 'PLACE' && (surnames.has(m.text) || givens.has(m.text)) && !isMajorPlace(m.text)) found[i] = asPerson(m);
    else if (m.type === 'ORG' && doubleSurnames.has(m.text) && !lookup(m.text)) found[i] = asPerson(m);
  });
  // "Mostafa El-Husseiny ... El-Husseiny said", "Nadia al-Sharif ... al-Sharif, who lives": a surname
  // with an Arabic article that the article gave a person is that person wherever it stands alone,
  // though "Al" and "El" open many bodies' names and a lowercase "al-" opens no other name
  const arabic = new Map<string, string>();
  for (const w of surnames) if (ARABIC_SURNAME.test(w)) arabic.set(w.toLowerCase(), w);
  inFrameOfItsOwn(() => {
    if (arabic.size) {
      found.forEach((m, i) => {
        if (m.type === 'ORG' && !m.certain && arabic.has(m.text.toLowerCase())) found[i] = asPerson(m);
      });
      for (const hit of text.matchAll(ARABIC_SURNAME_IN_TEXT)) {
        const start = hit.index!, end = start + hit[0].length;
        if (!arabic.has(hit[0].toLowerCase()) || /[\p{L}\p{N}'’-]/u.test(text[start - 1] ?? '') || found.some(o => o.start < end && start < o.end)) continue;
        found.push({ type: 'PERSON', text: hit[0], start, end, entity: null, value: null, key: hit[0], certain: false });
      }
    }
  });
  // "a VIP guest", "the ICI system", "IQ tests": an acronym no data knows, never spelled out, that
  // only ever modifies a lowercase noun names a thing or a notion, not a body (in GUM, such
  // acronyms are organizations one time in eight). One the article uses as a name ("USI's
  // exhibit", "USI is holding", "(USI)") stays.
  const modifierOnly = new Map<string, boolean>();
  inFrameOfItsOwn(() => {
    for (const m of found) {
      // ("R&D spending", "M&A activity": two capitals joined by "&" likewise)
      if (m.type !== 'ORG' || m.certain || !/^(?:\p{Lu}{2,5}|\p{Lu}&\p{Lu})$/u.test(m.text)) continue;
      const next = pieces[pieceStartingAt(list, m.end + 1)];
      // (a body's type noun after it names the body: "the BRICS group", "the KLV party")
      // (nor a noun only a body has: "the APEC summit", "OPEC members", "the WHO chief")
      // (or a body's type noun after one lowercase modifier: "the EVG rail union", "the KTV news channel")
      // (or a medium's noun: "Germany's ZDF television", "the RTS radio")
      const next2 = next ? pieces[pieceStartingAt(list, next.end + 1)] : undefined;
      const modifies = text.charCodeAt(m.end) === 32 && next !== undefined && next.pos === 'NOUN' && !capital(next) && typeNounOf(next.text) !== 'ORG' && !BODY_HAS.test(next.text) && !mediaNouns.includes(next.text) && !/[(\[]\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start))
        && !(next2 && next2.start === next.end + 1 && !capital(next2) && typeNounOf(next2.text) === 'ORG');
      modifierOnly.set(m.text, (modifierOnly.get(m.text) ?? true) && modifies);
    }
  });
  for (const [acronym, only] of modifierOnly) {
    // (nor one the article gives in brackets after a body's name, whatever language its letters
    // spell: "the Municipal Court of Auditors (TCM) ... the TCM report")
    if (!only || acronyms.has(acronym) || found.some(m => m.text.includes(' ') && initials(m.text) === acronym || m.certain && m.type === 'ORG' && m.text === acronym)) continue;
    for (let i = found.length - 1; i >= 0; i--) if (found[i].text === acronym && found[i].type === 'ORG') found.splice(i, 1);
  }
  // "reactive oxygen species (ROS)", "GDP (gross domestic product)": an acronym the article spells
  // out in lowercase words is a term, not a body's name, and so is every later use of it.
  const terms = new Map<string, boolean>();
  for (const m of found) {
    if (m.type !== 'ORG' || m.certain || !/^\p{Lu}{2,6}$/u.test(m.text) || terms.has(m.text)) continue;
    terms.set(m.text, !found.some(n => n.text.includes(' ') && initials(n.text) === m.text) && spelledOutInLowercase(text, m.text));
  }
  // "We will serve ALL of the people", "NOW, THEREFORE": a function word or an adverb in capitals is
  // emphasis, not an acronym ("CARE said", "ACORN organized" are read as names; two letters, as in
  // "IS fighters", are too short to tell).
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type !== 'ORG' || m.certain || !/^\p{Lu}{2,6}$/u.test(m.text)) continue;
    if (terms.get(m.text) || m.text.length >= 3 && EMPHASIS_POS.has(pieces[pieceStartingAt(list, m.start)]?.pos ?? '') && isCommonWord(m.text)) found.splice(i, 1);
  }
  // "Alternative for Germany (AfD)", "Law and Justice (PiS)", "Movimento 5 Stelle (M5S)": a short
  // form in brackets right after a body's name is that body, wherever the article uses it, also
  // when its letters are not the name's initials (a translated name, or letters in mixed case).
  inFrameOfItsOwn(() => {
    for (const m of found.slice()) {
      if (m.type !== 'ORG' || !m.text.includes(' ')) continue;
      const short = /^ \((\p{Lu}[\p{L}\d]{1,7})\)/u.exec(text.slice(m.end, m.end + 12))?.[1];
      if (!short || short.replace(/[^\p{Lu}\d]/gu, '').length < 2 || isNotEntity(short)) continue;
      // (letters that spell the name are left to the linker, unless the data gives them to another
      // body: "International Cricket Council (ICC)" is not the International Criminal Court)
      const known = lookup(short);
      if (known ? known.type !== 'ORG' || known.canonical === m.key || lookup(m.text)?.canonical === known.canonical : initials(m.text) === short) continue;
      const at = pieceStartingAt(list, m.end + 2);
      if (at < 0 || pieces[at].end !== m.end + 2 + short.length) continue;
      if (!found.some(n => n.start === pieces[at].start)) found.push(mention({ pieces: [pieces[at]], strict: true }, short, 'ORG', m.key, true));
      found.forEach((n, i) => { if (n.text === short && n.start > m.start) found[i] = retyped(n, 'ORG', m.key, true); });
    }
  });
  // "her album The Tortured Poets Department", "the film Oppenheimer": a name right after a work's
  // noun is the work's title (ANNOTATION.md §5), whatever its words would name elsewhere.
  for (let i = found.length - 1; i >= 0; i--) {
    const k = pieceStartingAt(list, found[i].start);
    const prev = k > 0 ? pieces[k - 1] : undefined;
    const noun = prev && /^(?:The|A|An)$/.test(prev.text) && k > 1 ? pieces[k - 2] : prev; // ("the album The …")
    if (noun && !capital(noun) && workNounSet.has(noun.text) && noun.sentence === pieces[k].sentence && !found[i].role) found.splice(i, 1);
  }
  // A guessed name in quotes after "named", "dubbed", "called" is what something is called (a robot,
  // an operation, a song), not a person.
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type === 'PERSON' && !m.certain && !m.role && NAMING.test(text.slice(Math.max(0, m.start - 40), m.start))) found.splice(i, 1);
  }
  // 'won best supporting actress for "Emilia Pérez"': a guessed name that is all a quotation holds
  // is a title in quotation marks (a film's, a book's, a song's: ANNOTATION.md §5), unless the
  // article also names it outside marks
  // (read a character at a time: this runs over every mention of a long text)
  const isMark = (c: number) => c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 39;
  const quotedAll = (m: NamedMention) => {
    if (!isMark(text.charCodeAt(m.start - 1))) return false;
    const c = text.charCodeAt(m.end);
    return isMark(c) || (c === 44 || c === 46 || c === 33 || c === 63) && isMark(text.charCodeAt(m.end + 1));
  };
  let titled = false;
  for (const m of found) if (m.type === 'PERSON' && quotedAll(m)) { titled = true; break; }
  inFrameOfItsOwn(() => {
    if (titled) {
      const unquoted = new Set<string>();
      for (const m of found) if (!(m.type === 'PERSON' && quotedAll(m))) unquoted.add(m.text);
      for (let i = found.length - 1; i >= 0; i--) {
        const m = found[i];
        if (m.type === 'PERSON' && !m.certain && !m.role && m.text.includes(' ') && !unquoted.has(m.text) && quotedAll(m)) found.splice(i, 1);
      }
    }
  });
  // "the FTSE 100", "the STOXX 600 index": letters then a number name a market index, no body
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type === 'ORG' && !m.certain && /^\p{Lu}[\p{Lu}&]+$/u.test(m.text) && !lookup(m.text) && /^ \d{2,4}\b(?![.,]\d)/.test(text.slice(m.end, m.end + 6))) found.splice(i, 1);
  }
  // "the Indian National Congress ... Congress leader Rahul Gandhi": a chamber's or a party's head word
  // alone, in an article that names one such body in full, is that body (not the one the data
  // gives the word: "Congress" is the United States Congress only where no other is named)
  const fullBodies = new Map<string, string | null>();
  inFrameOfItsOwn(() => {
    for (const m of found) {
      if (m.type !== 'ORG' || !m.text.includes(' ')) continue;
      const head = m.text.slice(m.text.lastIndexOf(' ') + 1);
      // ("House": "the White House" is no chamber)
      if (!isLegislature(head) || head === 'House') continue;
      soleKey(fullBodies, head, m.key);
    }
  });
  if (fullBodies.size) for (let i = 0; i < found.length; i++) {
    const m = found[i], body = m.type === 'ORG' && !m.text.includes(' ') ? fullBodies.get(m.text) : undefined;
    if (body && body !== m.key && lookup(body)?.canonical !== m.key) found[i] = { ...m, key: body };
  }
  // '"...," del Campo said': a surname written with its lowercase particle, by a person the article
  // names in full with that particle ("Rubén del Campo"), keeps the particle.
  inFrameOfItsOwn(() => {
    for (let i = 0; i < found.length; i++) {
      const m = found[i];
      // (a space then a lowercase letter or "-" before it: most mentions have neither, and are passed at once)
      if (m.type !== 'PERSON' || text.charCodeAt(m.start - 1) !== 32 || !/[a-z]/.test(text[m.start - 2] ?? '') || m.text.includes(' ')) continue;
      const k = pieceStartingAt(list, m.start);
      const prev = k > 0 ? pieces[k - 1] : undefined;
      if (!prev || !nameParticles.has(prev.text) || afterNewline(pieces[k]) || text.slice(prev.end, m.start) !== ' ') continue;
      const withParticle = `${prev.text} ${m.text}`;
      const full = found.filter(n => n.type === 'PERSON' && n.text.endsWith(' ' + withParticle));
      if (!full.length) continue;
      found[i] = { ...m, text: withParticle, start: prev.start, key: full.every(n => n.text === full[0].text) ? full[0].key : withParticle };
    }
  });
  // "Emma Lindqvist of Morningstar said", "Tom Reyes of Wingline": after a person named in full, "of"
  // and a name the article made a person of is where that person works, a body (a place stays a place)
  const fullNameEnding = new Map<number, NamedMention>();
  for (const m of found) if (m.type === 'PERSON' && m.text.includes(' ')) fullNameEnding.set(m.end, m);
  for (let i = 0; i < found.length; i++) {
    const m = found[i], p = fullNameEnding.get(m.start - 4);
    if (m.type !== 'PERSON' || m.role || !p || text.slice(p.end, m.start) !== ' of ') continue;
    if (!isGivenName(p.text.split(' ')[0]) || isGivenName(m.text.split(' ')[0]) || found.some(n => n !== m && n.type === 'PERSON' && n.text.includes(' ') && n.text.endsWith(' ' + m.text))) continue;
    found[i] = { ...m, type: 'ORG', key: m.text };
  }
  // "The Duma approved it": a chamber's name after "the" is the chamber, though a town bears it (Duma, Syria)
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type !== 'PLACE' || m.text.includes(' ') || !isLegislature(m.text)) continue;
    const k = pieceStartingAt(list, m.start), before = pieces[k - 1];
    if (before && /^the$/i.test(before.text) && before.sentence === pieces[k].sentence) found[i] = mention({ pieces: [pieces[k]], strict: false }, m.text, 'ORG', m.text, true);
  }
  // "a professor at Harvard", "researchers at Oxford said", "graduated from Yale": one or two
  // capitalised words right after a university's people or work and "at" (or "graduated from"),
  // with a few lowercase words between ("a professor of economics at"), name the university, a
  // body, even where the data knows a town of that name; so do names coordinated after it
  // ("researchers at Stanford and Oxford"). Not a country, and not before a noun ("students at
  // Gaza schools"); "a student from Valencia" is where she comes from.
  const cue = (p: Piece) => academicCues.has(p.text.toLowerCase());
  inFrameOfItsOwn(() => {
    for (let k = 1; k < pieces.length - 1; k++) {
      const at = pieces[k];
      if (at.text !== 'at' && at.text !== 'from') continue;
      let c = k - 1;
      while (c > 0 && k - c <= 3 && !cue(pieces[c]) && /^\p{Ll}+$/u.test(pieces[c].text) && pieces[c].sentence === at.sentence) c--;
      if (!cue(pieces[c]) || pieces[c].sentence !== at.sentence || at.text === 'from' && !/^graduat/i.test(pieces[c].text)) continue;
      for (let a = k + 1; a < pieces.length;) {
        const b = universityEnd(a, at.sentence);
        if (b < 0) break;
        const ps = pieces.slice(a, b + 1), name = textOf(text, ps), start = ps[0].start, end = pieces[b].end;
        const i = found.findIndex(m => m.start < end && start < m.end);
        if (!(i >= 0 && (found[i].start !== start || found[i].end !== end || found[i].type === 'ORG' || found[i].type === 'PERSON' && found[i].certain))) {
          const org = mention({ pieces: ps, strict: false }, name, 'ORG', name, true);
          if (i >= 0) found[i] = org; else found.push(org);
        }
        if (pieces[b + 1]?.text !== 'and') break;
        a = b + 2;
      }
    }
  });
  /** The last piece of a university named by one or two capitalised words from piece a, or -1. */
  function universityEnd(a: number, sentence: number): number {
    const same = (p: Piece | undefined) => !!p && p.sentence === sentence && !afterNewline(p);
    if (!same(pieces[a]) || !isCap(pieces[a])) return -1;
    const b = same(pieces[a + 1]) && isCap(pieces[a + 1]) ? a + 1 : a;
    const after = pieces[b + 1];
    // (nor before a noun or a hyphen: "students at Gaza schools", "an economist at Nairobi-based Sterling Capital")
    if (same(after) && (isCap(after) || after.pos === 'NOUN' && !capital(after) || after.text === '-' && !afterSpace(after))) return -1;
    const ps = pieces.slice(a, b + 1);
    if (!ps.every(p => /^\p{Lu}[\p{L}'’-]+$/u.test(p.text) && !isCommonWord(p.text) && !isTitleStart(p.text))) return -1;
    const name = textOf(text, ps);
    return isCountryName(name) || isNationality(name) ? -1 : b;
  }
  placeInBodyName(text, list, found);
  conjoinedBeforeAcronym(text, list, found);
  pollsters(text, list, found);
  keepKnownInCapsLines(capsRanges, found);
  // "the Best Actress award", "a Lifetime Achievement prize": ordinary words capitalised before a
  // word for an award name the award, no entity (ANNOTATION.md §5)
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.certain || text.charCodeAt(m.end) !== 32) continue;
    const award = AWARD_AFTER.exec(text.slice(m.end, m.end + 50));
    if (award && (m.text + award[1]).split(' ').every(w => isCommonWord(w) && !isGivenName(w))) found.splice(i, 1);
  }
  // "to reach the Champions League semi-finals", "the fourth round of the UEFA Nations League", "a race
  // on the UCI Asia Tour": a league, tour or series in a sentence about a competition's stages is the
  // competition, an event, no entity (ANNOTATION.md §5); a body that is a league keeps its acronym
  // in brackets ("the National Hockey League (NHL)") or stands in another kind of sentence ("the
  // Arab League summit", "the Muslim League won 17 seats")
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type !== 'ORG' || !/ (?:League|Tour|Series)$/.test(m.text) || /^ ?\(/.test(text.slice(m.end, m.end + 2))) continue;
    const k = pieceStartingAt(list, m.start);
    if (k < 0) continue;
    const [a, b] = sentenceSpan(k);
    if (COMPETITION_STAGE.test(text.slice(Math.max(a, m.start - 60), Math.min(b, m.end + 60)))) found.splice(i, 1);
  }
  // "including Best Film and Best Director for Kim Ji-woo", "Best Supporting Actress went to": an
  // award's category is no entity either, nor is "Best" left before a title split off it
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.certain || !/^Best(?: |$)/.test(m.text)) continue;
    const words = m.text === 'Best' ? /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(m.end, m.end + 30))?.[1] : m.text.slice(5);
    if (words && words.split(' ').every(w => !isGivenName(w) && !isSurname(w) && !lookup(w))) found.splice(i, 1);
  }
  // "Former Niger Delta minister pleads not guilty": a title's modifier opening the sentence before a
  // name that no title opens is no part of it (the title follows the name: "Former Brazil striker").
  // (Trimmed after typing, so that the typer's training examples stay the stretches it was asked about.)
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.role) continue;
    const k = pieceStartingAt(list, m.start);
    const p = pieces[k], q = pieces[k + 1];
    if (!p || !q || q.end > m.end || !startsSentence(p) || !isTitleModifier(p.text) || isGivenName(p.text) || isTitleStart(q.text) || lookup(m.text)) continue;
    // ("National Prosecuting Authority spokesperson Anél Swanepoel said", "Federal Aviation Agency
    // officials": a body's name may open with "National" or "Federal", never with "Former")
    if (m.type === 'ORG' && !heldWhen(p.text)) continue;
    const ps = piecesSpanning(list, q.start, m.end);
    const rest = text.slice(q.start, m.end);
    if (ps) found[i] = mention({ pieces: ps, strict: false }, rest, m.type, m.key === m.text ? rest : m.key, m.certain);
  }
  laterFirstWords(found, pending, personParts);
  partyAdjectives(text, list, found);
  bodyByHeadAlone(list, found);
  bodyWithoutItsCountry(found);
  nameInItsOwnScript(text, found);
  camelCaseBodies(text, list, found);
  bodiesBeforeRoles(list, found);
  placesBeforeOffices(list, found);
  bodyAliases(text, list, found);
  quotedNicknames(text, list, found);
  mediaByCue(text, list, found);
  // "Prague Castle said in a statement", "Buckingham Palace said": a palace or a castle that speaks
  // is the office of the head of state it houses, a body (where it is visited it is a site)
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type === 'PLACE' && SEAT_OF_OFFICE.test(m.text) && BODY_SPEAKS.test(text.slice(m.end, m.end + 16))) found[i] = { ...m, type: 'ORG', key: m.key };
  }
  // "gave Kilmarnock a 2-1 win over Motherwell ... Kilmarnock equalised ... Kilmarnock said in a
  // statement": in a report on sport, a town (a city or a small town) that once plays a match there,
  // or has a coach or players, is its club wherever the article names it, but after "in", "near",
  // "of" and the like, or before ", Scotland" (as bodyTowns does for cities, before the small towns
  // are typed; the dateline's town may be its club too)
  const sports = sportsReport(text);
  // "in Luxembourg City", "north-east of Hualien City": outside a report on sport, a place's name and
  // "City" after a word of where is the city, not the club it names elsewhere ("Manchester City beat")
  if (!sports) for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type === 'ORG' && m.text.endsWith(' City') && m.key === m.text && lookup(m.text.slice(0, -5))?.type === 'PLACE'
      && /\b(?:in|near|outside|around|of|from|to|at)\s+$/.test(text.slice(Math.max(0, m.start - 10), m.start))) found[i] = retyped(m, 'PLACE', m.key, true);
  }
  if (sports) inFrameOfItsOwn(() => {
    const clubs = new Set<string>();
    for (const m of found) {
      // ("Leinster head coach ...", "the Crusaders and Canterbury": a region's too, as provinces' sides;
      // not a nation's, "England", which stays a place as countries do)
      // ("the derby between Peñarol and Nacional": or a place only the typer or a village list made one)
      if (!/^\p{Lu}\p{Ll}+$/u.test(m.text) || !(isCityName(m.text) || smallTown(m.text) || m.type === 'PLACE' && !isMajorPlace(m.text)) || isCountryName(m.text) || clubs.has(m.text)) continue;
      // (one of its mentions a club already, or one with a score or a match's verb right after it:
      // "gave Kilmarnock a 2-1 win", "Kilmarnock equalised")
      if (m.type === 'ORG' && m.key === m.text) { clubs.add(m.text); continue; }
      if (m.type !== 'PLACE') continue;
      const k = pieceStartingAt(list, m.start);
      if (k >= 0 && pieces[k].end === m.end && (playsAsClub(pieces[k], k) || CLUB_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))
        || CLUB_PLAYS_AFTER.test(text.slice(m.end, m.end + 24)))) clubs.add(m.text);
    }
    if (clubs.size) found.forEach((m, i) => {
      if ((m.type === 'PLACE' || m.type === 'PERSON' && !m.certain && !m.role) && clubs.has(m.text) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) && !/^,\s+\p{Lu}|^-based/u.test(text.slice(m.end, m.end + 7))) found[i] = { ...m, type: 'ORG', key: m.text, certain: false };
    });
    // "five points ahead of Benfica, who drew 1-1", "Benfica host Braga", "Sporting levelled before
    // half-time", "Sporting's coach": a word left unnamed that no list knows (or an ordinary word
    // capitalised mid-sentence) and that plays a match, or has a coach, is a club wherever the
    // article writes it capitalised
    const sides = new Set<string>();
    const lonePerson = (m: NamedMention & { certain: boolean }) => m.type === 'PERSON' && !m.certain && !m.role && !m.text.includes(' ');
    let inFound: ((start: number, end: number) => boolean) | undefined;
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(p.text) || sides.has(p.text) || isGivenName(p.text) || lookup(p.text) || isNationality(p.text) || isCalendarName(p.text) || isTitleWord(p.text)
        || isCommonWord(p.text) && (startsSentence(p) || afterNewline(p)) || nameGoesOn(p, pieces[k + 1])) continue;
      const after = text.slice(p.end, p.end + 24);
      // (not a scorer's verb: "Radović scored twice", "Moriyama equalised" are players)
      if (!(SIDE_AFTER.test(after) || SIDE_HAS_AFTER.test(after) || CLUB_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)))) continue;
      // (a guessed person's name of this one word may be the side: "Vardar levelled"; a surname the
      // article gave a person in a longer name is not)
      if ((inFound ??= overlapIndex(found))(p.start, p.end) && !found.some(m => m.start === p.start && m.end === p.end && lonePerson(m))) continue;
      if (found.some(m => m.type === 'PERSON' && m.text !== p.text && m.text.split(/[\s-]+/).includes(p.text))) continue;
      sides.add(p.text);
    }
    namedSides(text, found);
    if (sides.size) {
      found.forEach((m, i) => { if (sides.has(m.text) && lonePerson(m)) found[i] = retyped(m, 'ORG', m.text, false); });
      const overlaps = overlapIndex(found);
      pieces.forEach((p, k) => {
        // (not the first word of a longer name: "Sporting CP")
        if (sides.has(p.text) && !overlaps(p.start, p.end) && !nameGoesOn(p, pieces[k + 1])) found.push(mention({ pieces: [p], strict: false }, p.text, 'ORG', p.text, false));
      });
    }
  });
  listedPlaces(text, found);
  theListedPlaces(text, found);
  theRegions(text, found);
  placesAfterIn(text, list, found);
  sharedSurnames(text, list, found);
  knownAs(text, found);
  // ("Sinn Féin's health spokesperson, Séamus Ó Briain,", "Vooruit's Brussels chair, Anouk Verstraeten,":
  // a name whose possessive owns a party's office (a leader, a chair, a spokesperson for a remit), with
  // a person named in apposition after it, is a party's or a body's; a person has no such office
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type !== 'PERSON' || m.role || lookup(m.text)) continue;
    const office = PARTY_OFFICE_AFTER.exec(text.slice(m.end, m.end + 60));
    // (a spokesperson only for a remit: "Biden's spokesperson" is a person's; nor after a given name)
    // ("Fine Gael's health spokesperson": a remit's spokesperson is a party's, whatever its first word)
    if (!office || office[1] && !isRemitWord(office[1]) && !lookup(office[1]) || office[2].startsWith('spokes') && !(office[1] && isRemitWord(office[1]))
      || isGivenName(m.text.split(' ')[0]) && !(office[1] && isRemitWord(office[1]))) continue;
    const after = m.end + office[0].length;
    if (!found.some(o => o.type === 'PERSON' && o.start >= after && o.start <= after + 1)) continue;
    found[i] = retyped(m, 'ORG', m.text, false);
  }
  // ("Real Betis ... Betis coach Txema Olabarria": a club named with its leading word is the same club by
  // the rest of its name)
  {
    // ("the Teatro Colón ... the city government, which funds the Colón": and so is a body named by a
    // foreign head word and one name by that name alone after "the", though a town bears it)
    const clubs = new Map<string, string>(), heads = new Map<string, string>();
    for (const m of found) {
      if (m.type !== 'ORG') continue;
      const sp = m.text.indexOf(' '), rest = m.text.slice(sp + 1);
      if (CLUB_NAMED.test(m.text)) clubs.set(rest, m.key);
      if (/^\S+ \p{Lu}[\p{L}-]+$/u.test(m.text) && isForeignOrgLead(m.text.slice(0, sp))) heads.set(rest, m.key);
    }
    if (clubs.size || heads.size) found.forEach((m, i) => {
      if (m.role) return;
      const club = m.type !== 'PLACE' ? clubs.get(m.text) : undefined;
      if (club && club !== m.key) found[i] = m = { ...m, type: 'ORG', key: club };
      const body = m.type !== 'PERSON' ? heads.get(m.text) : undefined;
      if (body && body !== m.key && /(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, m.start - 4), m.start))) found[i] = { ...m, type: 'ORG', key: body };
    });
  }
  // ("a Māori-language school ... the council's Māori ward seats": the words the article hyphens onto
  // "-language", "-speaking" or "-medium" name a people or a language, no place or body, unless the
  // data knows a place by them)
  const languages = new Set<string>();
  if (/-(?:language|speaking|speakers?|medium)\b/.test(text)) for (const m of text.matchAll(LANGUAGE_COMPOUND)) languages.add(m[1]);
  // ("a Kaingang leader ... Kaingang and Guarani communities": a language's name (CLDR's) that the
  // article once writes before a lowercase noun names its people, as a nationality does, not a body
  // or a place, wherever it stands)
  const peoples = new Set<string>();
  const askedLanguages = new Set<string>();
  for (const m of found) {
    if (m.type === 'PERSON' || m.text.includes(' ') || askedLanguages.has(m.text) || !isLanguage(m.text) || lookup(m.text)) continue;
    askedLanguages.add(m.text);
    for (let at = text.indexOf(m.text + ' '); at >= 0; at = text.indexOf(m.text + ' ', at + 1)) {
      const k = pieceStartingAt(list, at + m.text.length + 1);
      if (k >= 0 && (pieces[k].pos === 'NOUN' || pieces[k].pos === 'ADJ') && /^\p{Ll}/u.test(pieces[k].text)) { peoples.add(m.text); break; }
    }
  }
  // "the Caspian Sea ... across the Caspian", "the Danube River ... along the Danube": a water's or a
  // land's name the article gives with its head word is that place after "the" without it too
  const headed = new Map<string, string>();
  for (const m of found) {
    const w = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u.exec(m.text);
    if (m.type === 'PLACE' && w && ELIDED_HEAD.test(w[2]) && !lookup(w[1])) headed.set(w[1], m.key);
  }
  for (const [word, key] of headed) {
    let overlaps: ((start: number, end: number) => boolean) | undefined;
    for (let at = text.indexOf(`the ${word}`); at >= 0; at = text.indexOf(`the ${word}`, at + 1)) {
      const start = at + 4, end = start + word.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || !/^(?:[,.;:!?)"”’]|\s+(?:\p{Ll}+\b(?<!sea|ocean|river|desert|mountains))|$)/u.test(text.slice(end, end + 12))) continue;
      const k = pieceStartingAt(list, start);
      // (not a people's word before the noun it describes: "the Norwegian gas pipeline network")
      if (k < 0 || pieces[k].end !== end || isNationality(word) || pieces[k + 1] && /^\p{Ll}/u.test(pieces[k + 1].text) && (pieces[k + 1].pos === 'NOUN' || pieces[k + 1].pos === 'ADJ')) continue;
      const i = found.findIndex(o => o.start < end && start < o.end);
      if (i >= 0 && (found[i].certain || found[i].start !== start || found[i].end !== end)) continue;
      if (i < 0 && (overlaps ??= overlapIndex(found))(start, end)) continue;
      const place = mention({ pieces: [pieces[k]], strict: false }, word, 'PLACE', key, false);
      if (i >= 0) found[i] = place; else found.push(place);
    }
  }
  // "Papua New Guinea ... fishing in PNG waters", "British Columbia ... In B.C. alone": capitals that
  // spell the initials of a place of two words or more the article names are that place, not a body
  // the rules guessed
  const placeInitials = new Map<string, string>();
  for (const m of found) {
    if (m.type !== 'PLACE' || !m.text.includes(' ')) continue;
    const words = m.text.split(/[\s-]+/).filter(w => /^\p{Lu}/u.test(w));
    if (words.length >= 2) placeInitials.set(words.map(w => w[0]).join(''), m.key);
  }
  if (placeInitials.size) found.forEach((m, i) => {
    if (m.type !== 'ORG' || m.certain || !/^(?:\p{Lu}\.?){2,5}$/u.test(m.text)) return;
    const key = placeInitials.get(m.text.replace(/\./g, ''));
    // (letters the article gives in brackets are a name's own short form, which the rules for those read:
    // "the Indonesia Morowali Industrial Park (IMIP)", a body)
    if (key && !lookup(m.text) && !text.includes(`(${m.text})`)) found[i] = retyped(m, 'PLACE', key, false);
  });
  // "government spokesman Yao Sylvain N'Guessan", "spokesman Paris Hilton Mbeki": a person's role,
  // then a town's name and a person's name with one space between, is one name, the town's word the
  // given name (no country's: "Kenya" opens no one's name)
  {
    const personAt = new Map<number, NamedMention & { certain: boolean }>();
    for (const m of found) if (m.type === 'PERSON' && !m.role) personAt.set(m.start, m);
    for (let i = found.length - 1; i >= 0; i--) {
      const a = found[i], b = a.type === 'PLACE' ? personAt.get(a.end + 1) : undefined;
      if (!b || text.charCodeAt(a.end) !== 32 || a.text.includes(' ') || isCountryName(a.text)) continue;
      const k = pieceStartingAt(list, a.start), before = pieces[k - 1];
      if (!before || capital(before) || before.sentence !== pieces[k].sentence || !roleNouns.has(before.text)) continue;
      const whole = text.slice(a.start, b.end);
      found[found.indexOf(b)] = { type: 'PERSON', text: whole, start: a.start, end: b.end, entity: null, value: null, key: whole, role: b.role, certain: b.certain };
      found.splice(i, 1);
    }
  }
  // "the Affordable Care Act (ACA) ... the ACA", "the General Data Protection Regulation (GDPR)": the
  // capitals a law's or an event's name gives in brackets name no entity either (ANNOTATION.md §5),
  // nor does what the rules kept of the name before them
  const lawLetters = new Set<string>();
  // ("the Office of Financial Regulation (OFR)", "the Parties to the Nauru Agreement (PNA)": not a
  // body's name that ends in such a word, with a body's head word in it or opened by a plural)
  for (const m of text.matchAll(LAW_ACRONYM)) {
    const end = m.index + m[1].length, named = found.find(o => o.end === end);
    if (!lookup(m[2]) && isLawName(named?.text.split(' ') ?? [m[1]])) lawLetters.add(m[2]);
  }
  if (lawLetters.size) for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type === 'ORG' && lawLetters.has(m.text) || m.type === 'ORG' && isEventOnlyHead(m.text.slice(m.text.lastIndexOf(' ') + 1)) && lawLetters.has(text.slice(m.end, m.end + 12).match(/^ \((\p{Lu}{2,7})\)/u)?.[1] ?? '')) found.splice(i, 1);
  }
  // "the Cook Islands-flagged Vega Aurora ... the Vega Aurora", "the vessel Hai Yang 27": a ship's
  // name is no entity (ANNOTATION.md §5, vehicles), wherever the article writes it again
  {
    const vessels = new Set<string>();
    for (const m of found) if (!m.certain && m.type !== 'PLACE' && VESSEL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) vessels.add(m.text);
    if (vessels.size) for (let i = found.length - 1; i >= 0; i--) if (!found[i].certain && vessels.has(found[i].text)) found.splice(i, 1);
  }
  // (the passes below are functions of their own: inline, the first two grew namedMentions past what
  // V8 compiles as one piece, and the cold start of 3,000 articles peaked 85 MB higher)
  const asked = untyped ? [...pending, ...untyped] : pending;
  consistentTypes(text, list, found, asked);
  apposedPeople(text, list, found, pending);
  if (untyped) namesOfSurnames(found, untyped);
  apposedLocations(text, found, asked);
  placesByPosition(text, found);
  routeEnds(text, list, found);
  clubsInPlay(text, found);
  pairsBeforeAcronym(text, list, found);
  wholeBeforeAcronym(text, list, found);
  companiesOfPlaces(text, list, found);
  if (untyped) rulingParties(text, found, untyped);
  plusNames(text, found);
  platforms(text, found, asked);
  noSubstances(text, found);
  noUnits(text, found);
  sourcePublishers(text, list, found);
  placeNamedMedia(text, list, found);
  compassRegions(text, list, found);
  citiesOpeningNames(text, list, found);
  basedBodies(text, found);
  bodiesByDeed(text, found);
  noFacilities(text, found);
  remitsBeforeOffices(text, found);
  namesOutOfContext(text, found);
  noPrizesWon(text, found);
  luoApostrophes(text, list, found);
  // "Line D", "Route 9", "Phase B": a common noun and one capital letter or a number name a line, a
  // route or a stage, no one
  // ("a Vega-C rocket", "the second Vega-C flight": a word with a capital letter or a number hyphened
  // onto it is a model's designation, no one's name)
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (!m.certain && (LETTERED_THING.test(m.text) && isCommonWord(m.text.split(' ')[0]) || m.type === 'PERSON' && !m.role && MODEL_DESIGNATION.test(m.text))) found.splice(i, 1);
  }
  // No name is punctuation alone, and none ends in a hyphen (its last word goes on past it): "The
  // Secretary-General spoke" left the hyphen between a title's halves as a person, "the Commission's
  // Directorate-General" a body cut before "General", a title word
  // ("-Gerhold" of "Kris Runolfsdottir-Gerhold": nor starts with one; "IE." ending a sentence: an
  // acronym's own letters stop before the sentence's full stop)
  for (let i = found.length - 1; i >= 0; i--) {
    let m = found[i];
    if (!LETTER_OR_DIGIT.test(m.text) || /[-‐–]$|^[-‐–]/.test(m.text)) { found.splice(i, 1); continue; }
    // ("Nukuʻalofa": a word's pieces read it without its ʻokina (tokens.ts); its mention keeps the text's letters)
    if (m.text.length !== m.end - m.start) {
      const own = text.slice(m.start, m.end);
      m = found[i] = { ...m, text: own, key: m.key === m.text ? own : m.key };
    }
    if (m.type !== 'PERSON' && languages.has(m.text) && lookup(m.text)?.type !== 'PLACE') { found.splice(i, 1); continue; }
    if (m.type !== 'PERSON' && peoples.has(m.text)) { found.splice(i, 1); continue; }
    if (ACRONYM_STOP.test(m.text) && /^(?:\s|$)/.test(text.slice(m.end, m.end + 1))) {
      // (wink may keep the stop on the last token: "IE." is one piece, shortened here)
      const whole = piecesSpanning(list, m.start, m.end), last = whole?.[whole.length - 1];
      const ps = piecesSpanning(list, m.start, m.end - 1) ?? (whole && last && last.text.endsWith('.')
        ? [...whole.slice(0, -1), makeToken(last.text.slice(0, -1), last.start, m.end - 1, last.pos, last.sentence, last.flags)] : null);
      const name = m.text.slice(0, -1);
      if (ps) found[i] = mention({ pieces: ps, strict: false }, name, m.type, m.key === m.text ? name : m.key, m.certain);
    }
  }
  return found.sort((a, b) => a.start - b.start); // `certain` stays on them: copying every mention costs more than it
}

/**
 * "the Socialist candidate", "the Liberal government", "a Socialist-led coalition": a word of the name
 * of a party the article names, capitalised on its own before a word for what a party has (or before
 * "-led", "-controlled"), is that party used as an adjective (ANNOTATION.md §3: "Republican" in "the
 * Republican-controlled House"). Only words of one party's name, and none that names a place or a
 * people ("Spanish") or is the head word itself.
 */
function partyAdjectives(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  const byWord = new Map<string, (NamedMention & { certain: boolean }) | null>();
  for (const m of found) {
    if (m.type !== 'ORG' || !/ Party\b/.test(m.text)) continue;
    for (const w of m.text.split(/\s+/)) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isOrgHead(w) || isNationality(w) || lookup(w) || isGivenName(w)) continue;
      const had = byWord.get(w);
      byWord.set(w, had === undefined || had?.key === m.key ? m : null);
    }
  }
  if (!byWord.size) return;
  const { pieces } = list;
  for (let k = 1; k + 1 < pieces.length; k++) {
    const p = pieces[k], party = byWord.get(p.text);
    if (!party || capital(pieces[k - 1]) && !/^(?:The|A|An)$/.test(pieces[k - 1].text) || afterNewline(p)) continue;
    const next = pieces[k + 1];
    const adjective = next.sentence === p.sentence && !capital(next) && partyNouns.has(next.text)
      || /^-(?:led|controlled|run|dominated|backed)\b/.test(text.slice(p.end, p.end + 12));
    if (!adjective || found.some(m => m.start < p.end && p.start < m.end)) continue;
    found.push(mention({ pieces: [p], strict: false }, p.text, 'ORG', party.key, false));
  }
}

/**
 * "The European Commission fined Vantora ... The Commission found that ...", "the rotating Council
 * presidency": a body's head word capitalised on its own after "the" is the one body of the article
 * whose name ends in it, the way "the Senate" names the Senate (a short name, not a bare description;
 * ANNOTATION.md §3). Only heads of public bodies that style themselves so (a court, a government or a
 * hospital written "the Court" stays a description), only when one body of the article ends in the
 * word, and never before "of", "for" or "on", which start another body's name.
 */
function bodyByHeadAlone(list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  const byHead = new Map<string, string | null>();
  for (const m of found) {
    if (m.type !== 'ORG') continue;
    const head = HEAD_ALONE.exec(m.text)?.[1];
    if (head) soleKey(byHead, head, m.key);
  }
  if (!byHead.size) return;
  const { pieces } = list;
  let inFound: ((start: number, end: number) => boolean) | undefined;
  for (let k = 1; k < pieces.length; k++) {
    const p = pieces[k], key = byHead.get(p.text), the = pieces[k - 1];
    if (!key || !/^(?:the|The)$/.test(the.text) || the.sentence !== p.sentence || afterNewline(p)) continue;
    const next = pieces[k + 1];
    if (next && next.sentence === p.sentence && !afterNewline(next) && (capital(next) || /^(?:of|for|on)$/.test(next.text))) continue;
    if ((inFound ??= overlapIndex(found))(p.start, p.end)) {
      // (found already as a body of its own name: it is that one body)
      const at = found.findIndex(m => m.start === p.start && m.end === p.end);
      if (at >= 0 && found[at].type === 'ORG' && found[at].key === p.text && !found[at].certain) found[at] = { ...found[at], key };
      continue;
    }
    found.push(mention({ pieces: [p], strict: false }, p.text, 'ORG', key, false));
  }
}

/** Notes `key` as the one body's key for `name`, or null once two bodies of the article differ on it. */
function soleKey(keys: Map<string, string | null>, name: string, key: string): void {
  const had = keys.get(name);
  keys.set(name, had === undefined || had === key ? key : null);
}
/**
 * "Party leader Thanakrit Wongsawat (ธนกฤต วงศ์สวัสดิ์)", "Masaru Yoshida (𠮷田勝)": a person's name
 * written again in brackets in a script with no Latin letter is the same person, not a second one
 * (whom a later "he" would stand for).
 */
function nameInItsOwnScript(text: string, found: (NamedMention & { certain: boolean })[]): void {
  if (!text.includes(' (')) return;
  const byStart = new Map(found.map((m, i) => [m.start, i]));
  for (const m of found) {
    if (m.type !== 'PERSON' || text.charCodeAt(m.end) !== 32 || text.charCodeAt(m.end + 1) !== 40 /* ( */) continue;
    const i = byStart.get(m.end + 2);
    const n = i === undefined ? undefined : found[i];
    if (n && n.type === 'PERSON' && text.charCodeAt(n.end) === 41 /* ) */ && !/\p{Script=Latin}/u.test(n.text)) found[i!] = { ...n, key: m.key };
  }
}
/**
 * "The Finnish Border Guard said ... the Border Guard said", "the Swedish Maritime Administration ...
 * the Maritime Administration": a body named with its country's word (or its place's) before two words
 * or more, written later without it, is the same body, where the article names no other body so.
 */
function bodyWithoutItsCountry(found: (NamedMention & { certain: boolean })[]): void {
  const byTail = new Map<string, string | null>();
  for (const m of found) {
    if (m.type !== 'ORG') continue;
    const sp = m.text.indexOf(' ');
    const tail = sp > 0 ? m.text.slice(sp + 1) : '';
    if (!tail.includes(' ') || !(isNationality(m.text.slice(0, sp)) || lookup(m.text.slice(0, sp))?.type === 'PLACE')) continue;
    soleKey(byTail, tail, m.key);
  }
  if (!byTail.size) return;
  for (let i = 0; i < found.length; i++) {
    const m = found[i], key = m.type === 'ORG' && m.key === m.text ? byTail.get(m.text) : undefined;
    if (key) found[i] = { ...m, key };
  }
}
/**
 * "a complaint by NetChoice", "the property site OnTheMarket", "PagoYa's cloud provider, NubeSur
 * Datos, cut off": a word with a capital inside it after lowercase letters (camel case) is how
 * companies, platforms and groups style their names; people's names do so only after a prefix
 * (McCarthy, MacArthur, DeSantis, LeBron, DiCaprio), and a sentence glued to a line before it
 * ("White HouseThe planned") shows a function word after the inner capital. Such a word that the
 * analysis left unnamed, or that opens a name it guessed a person's (with no given name), is a body.
 */
function camelCaseBodies(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  const { pieces } = list;
  let inFound: ((start: number, end: number) => boolean) | undefined;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (!CAMEL_CASE.test(p.text) || NAME_PREFIX_CAMEL.test(p.text) || GLUED_SENTENCE.test(p.text) || k > 0 && !afterSpace(p)) continue; // (nor glued to what precedes: "EF Education–EasyPost")
    const at = found.findIndex(m => m.start <= p.start && p.end <= m.end);
    if (at >= 0) {
      const m = found[at];
      if (m.type === 'PERSON' && !m.certain && !m.role && m.start === p.start && !m.text.split(/\s+/).some(isGivenName)) found[at] = retyped(m, 'ORG', m.key, false);
      continue;
    }
    if (nameGoesOn(p, pieces[k + 1])) continue; // (part of a longer name the analysis did not make)
    // (left unnamed, only where news says what it is or what it did: in apposition or owning
    // something, after a word for a company or a site, or before a verb of speaking or owning;
    // not a project "called FrameNet", "the AntyScience blog", "a PhD", "RecentChangesCamp 2008")
    const before = text.slice(Math.max(0, p.start - 24), p.start), after = text.slice(p.end, p.end + 16);
    if (!((/^(?:,|['’]s\b)/.test(after) && !/\b(?:[Ii]n|at|on|called|named|dubbed)\s+$/.test(before))
      || CAMEL_BODY_BEFORE.test(before) || /^\s+(?:said|says|announced|reported|confirmed|denied|told|owns|owned)\b/.test(after))) continue;
    if ((inFound ??= overlapIndex(found))(p.start, p.end)) continue;
    found.push(mention({ pieces: [p], strict: false }, p.text, 'ORG', p.text, false));
  }
}
/**
 * "Știința coach Gheorghe Vlădoianu said", "Conagua director Efraín Dávila Orozco", "Verdi Chairman
 * Frank Werneke": a word no data knows, right before a job (a role noun, with up to two lowercase
 * words before it, or a title) and the name of the person who holds it, is the body they work for;
 * the article's other mentions of the same word, capitalised and left unnamed, are that body too
 * ("Dinamo led 17-10 at half-time"). A known place keeps its type ("Kenya coach Paul Otieno"), and a
 * common word, a nationality, a given name or a title's modifier opens no body ("Head coach", "German
 * coach", "Emeritus Professor").
 */
function bodiesBeforeRoles(list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  const { pieces } = list;
  let persons: Map<number, NamedMention> | undefined, inFound: ((start: number, end: number) => boolean) | undefined;
  const bodies = new Set<string>(), whole: Piece[][] = [];
  for (let k = 0; k + 2 < pieces.length; k++) {
    const p = pieces[k];
    if (!/^\p{Lu}[\p{L}’'-]*\p{L}$/u.test(p.text)) continue;
    // (the role is looked for first: it is rare, and the word's tests below ask the word lists)
    let e = k + 1;
    while (e < pieces.length && e <= k + 3 && pieces[e].sentence === p.sentence && /^\p{Ll}[\p{Ll}-]*$/u.test(pieces[e].text) && !BODY_ROLE.test(pieces[e].text)) e++;
    const role = pieces[e];
    if (!role || role.sentence !== p.sentence || !(BODY_ROLE.test(role.text) || isTitleWord(role.text) && capital(role) && e === k + 1)) continue;
    // (nor a remit's word or an adjective by its ending: "Labor Minister", "Lutheran leader")
    // ("MAS candidate Eusebio Mamani": letters in capitals are no ordinary word, whatever they spell)
    if (isCommonWord(p.text) && !/^\p{Lu}{2,5}$/u.test(p.text) || isNotEntity(p.text) || isNationality(p.text) || isGivenName(p.text) || isTitleWord(p.text) || isTitleModifier(p.text)
      || isRemitWord(p.text) || /\p{Ll}(?:an|ese|ish|ic|ist)$/u.test(p.text) || lookup(p.text)) continue;
    persons ??= new Map(found.filter(m => m.type === 'PERSON').map(m => [m.start, m]));
    const holder = pieces[e + 1] && persons.get(pieces[e + 1].start);
    const titled = !holder && persons.get(role.start); // ("Verdi Chairman Frank Werneke": a title kept with its holder)
    if (!holder && !(titled && titled.role)) continue;
    if ((inFound ??= overlapIndex(found))(p.start, p.end)) continue;
    // ('"...," Sinn Féin TD Anna Berg said': the word is the last of a name of capitalised words no
    // data knows, mid-sentence, which is the body whole, here only)
    let s = k;
    while (s > k - 2 && s > 0 && !startsSentence(pieces[s]) && afterOneSpace(pieces[s]) && pieces[s - 1].sentence === p.sentence && /^\p{Lu}\p{Ll}+$/u.test(pieces[s - 1].text)
      && !isCommonWord(pieces[s - 1].text) && !isGivenName(pieces[s - 1].text) && !isNationality(pieces[s - 1].text) && !isTitleWord(pieces[s - 1].text) && !lookup(pieces[s - 1].text) && !inFound!(pieces[s - 1].start, pieces[s - 1].end)) s--;
    if (s < k) { whole.push(pieces.slice(s, k + 1)); continue; }
    bodies.add(p.text);
  }
  for (const ps of whole) found.push(mention({ pieces: ps, strict: false }, textOf0(ps), 'ORG', textOf0(ps), false));
  if (!bodies.size) return;
  const overlaps = overlapIndex(found);
  for (const p of pieces) {
    if (bodies.has(p.text) && !overlaps(p.start, p.end)) found.push(mention({ pieces: [p], strict: false }, p.text, 'ORG', p.text, false));
  }
}
/**
 * "The Japanese Trade Union Confederation, known as Rengo, said", "the Department of Cybersecurity
 * and High-Tech Crime Prevention, widely known as A05,": the name a body is known by, given right
 * after its full name, is that body's, however the data or the typer read the words (Rengo is a
 * town in Chile), there and wherever else the article writes it; not a big place's ("the EU, or Brussels").
 */
function bodyAliases(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  let aliases: Map<string, string> | undefined;
  for (const m of found) {
    if (m.type !== 'ORG') continue;
    ALIAS_AFTER.lastIndex = m.end;
    const x = ALIAS_AFTER.exec(text);
    if (!x || isMajorPlace(x[1]) || isCommonWord(x[1]) || isNationality(x[1]) || isGivenName(x[1].split(' ')[0])) continue;
    const known = lookup(x[1]);
    if (known && known.type === 'ORG' || x[1] === m.text) continue;
    (aliases ??= new Map()).set(x[1], m.key);
  }
  if (!aliases) return;
  for (let i = 0; i < found.length; i++) {
    const m = found[i], key = aliases.get(m.text);
    if (key && m.type !== 'ORG') found[i] = retyped(m, 'ORG', key, true);
  }
  // (and where nothing named them: "A05", letters and a number no rule reads as a name)
  const overlaps = overlapIndex(found);
  for (const [alias, key] of aliases) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '') || overlaps(at, end)) continue;
      const ps = piecesSpanning(list, at, end);
      if (ps) found.push(mention({ pieces: ps, strict: false }, alias, 'ORG', key, true));
    }
  }
}
/** ", known as Rengo", ", widely known as A05", ", or Czech Railways,": the name a body goes by, after its full name ("or" after a comma only: "NTU Hospital Station or Shandao Station" are two). */
const ALIAS_AFTER = /(?:,? (?:(?:also |commonly |widely |locally |popularly |better )?known (?:locally |in \p{Lu}\p{L}+ )?as|also called)|, or) ["“‘']?(\p{Lu}[\p{L}\p{N}&-]*(?: \p{Lu}[\p{L}\p{N}&-]*){0,2})(?=["”’']?[,.;)]| (?:said|says|has|had|is|was|will|which|that|who)\b)/uy;

/**
 * '"...," said Moskenes mayor Hanne Berg', "Leros mayor Eleftheria Kaki": one capitalised word no list
 * knows, then "mayor" or "governor" and the holder's name, is the town or the region the holder runs
 * (a party's word is left alone: the data knows "Labour"), a place; and so is the same word wherever
 * else the article has only guessed it a person's ("officials in Tornio ... Tornio mayor Sanna Heikkilä").
 */
function placesBeforeOffices(list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  const { pieces } = list;
  let persons: Set<number> | undefined, places: Set<string> | undefined;
  for (let k = 0; k + 2 < pieces.length; k++) {
    const office = pieces[k + 1];
    if (!PLACE_OFFICE.test(office.text)) continue;
    const p = pieces[k];
    if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(p.text) || !afterOneSpace(office) || office.sentence !== p.sentence || !afterOneSpace(pieces[k + 2])) continue;
    persons ??= new Set(found.filter(m => m.type === 'PERSON').map(m => m.start));
    if (!persons.has(pieces[k + 2].start)) continue;
    if (isCommonWord(p.text) || isNationality(p.text) || isGivenName(p.text) || isTitleWord(p.text) || isTitleModifier(p.text) || lookup(p.text)?.type === 'ORG') continue;
    // (the word alone: not the end of a longer name, "Cape Town mayor", which the rules already read)
    if (k > 0 && isCap(pieces[k - 1]) && afterOneSpace(p) && pieces[k - 1].sentence === p.sentence && !startsSentence(pieces[k - 1])) continue;
    const at = found.findIndex(m => m.start < p.end && p.start < m.end);
    if (at >= 0 && !(found[at].start === p.start && found[at].end === p.end && found[at].type === 'PERSON' && !found[at].certain && !found[at].role)) continue;
    (places ??= new Set()).add(p.text);
  }
  if (!places) return;
  const overlaps = overlapIndex(found);
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type === 'PERSON' && !m.certain && !m.role && places.has(m.text)) found[i] = retyped(m, 'PLACE', m.text, false);
  }
  for (let k = 0; k + 2 < pieces.length; k++) {
    const p = pieces[k];
    if (places.has(p.text) && PLACE_OFFICE.test(pieces[k + 1].text) && !overlaps(p.start, p.end)) found.push(mention({ pieces: [p], strict: false }, p.text, 'PLACE', p.text, false));
  }
}
/** The offices a town or a region has one holder of, named after it: "Tornio mayor", "Kogi governor". */
const PLACE_OFFICE = /^(?:mayor|governor)$/;

const BODY_ROLE = /^(?:candidate|lawmaker|legislator|coach|manager|boss|captain|president|chairman|chairwoman|chair|director|executive|chief|founder|co-founder|owner|spokesman|spokeswoman|spokesperson|head|leader|senator|deputy|official|secretary|treasurer|editor|economist|analyst|striker|goalkeeper|midfielder|defender|winger|forward|fly-half|scrum-half|prop|lock|flanker|rider|driver)$/;
/**
 * "Mohamed Hamdan Dagalo, known as “Hemedti”", "Jayasekara, known in the dressing room as "Pinky"":
 * a name in quotation marks right after a person's, after "known as" or "nicknamed", is that
 * person's nickname, a mention of them; so are its later capitalised uses the analysis left unnamed
 * ("Hemedti himself did not attend").
 */
function quotedNicknames(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  let added: Map<string, string> | undefined;
  for (const m of found) {
    if (m.type !== 'PERSON' || text.charCodeAt(m.end) !== 44 /* , */) continue;
    const cue = NICKNAME_AFTER.exec(text.slice(m.end, m.end + 60));
    if (!cue) continue;
    const name = cue[1], start = m.end + cue[0].length - name.length;
    const ps = piecesSpanning(list, start, start + name.length);
    if (!ps || found.some(f => f.start < start + name.length && start < f.end)) continue;
    (added ??= new Map()).set(name, m.key);
    found.push(mention({ pieces: ps, strict: false }, name, 'PERSON', m.key, false));
  }
  if (!added) return;
  const overlaps = overlapIndex(found);
  for (const [name, key] of added) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const ps = piecesSpanning(list, at, at + name.length);
      if (ps && !overlaps(at, at + name.length) && !found.some(f => f.start < at + name.length && at < f.end)) found.push(mention({ pieces: ps, strict: false }, name, 'PERSON', key, false));
    }
  }
}
/**
 * "In a column in Aftenposten", "an op-ed for Dagbladet", "Writing on Bluesky": where a piece of
 * writing appears names a newspaper or a platform ("on its official Weibo account" is left alone:
 * the speaker of "it said" after it would become the platform). A name that no list knows there,
 * left unnamed or guessed a place or a person (with no given name), is that medium.
 */
function mediaByCue(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  const cued = (start: number) => {
    const before = text.slice(Math.max(0, start - 40), start);
    return PIECE_IN_BEFORE.test(before) || POSTED_ON_BEFORE.test(before);
  };
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if ((m.type === 'PLACE' || m.type === 'PERSON' && !m.text.split(/\s+/).some(isGivenName)) && !m.certain && !m.role && !lookup(m.text) && cued(m.start)) found[i] = retyped(m, 'ORG', m.key, false);
  }
  const { pieces } = list;
  let inFound: ((start: number, end: number) => boolean) | undefined;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    // (every cue ends in "in", "for" or "on", maybe with "the": a test of the few characters before
    // the word spares the word lists' for the words no cue can stand before)
    if (!/^\p{Lu}[\p{L}\p{N}]+$/u.test(p.text) || !CUE_END.test(text.slice(Math.max(0, p.start - 8), p.start)) || isCalendarName(p.text) || isGivenName(p.text) || isCommonWord(p.text) || lookup(p.text) || !cued(p.start) || nameGoesOn(p, pieces[k + 1])) continue;
    if ((inFound ??= overlapIndex(found))(p.start, p.end)) continue;
    found.push(mention({ pieces: [p], strict: false }, p.text, 'ORG', p.text, false));
  }
}
/** A broadcaster's or a publication's noun, which a verb of telling may take without a determiner. */
const MEDIUM_NOUN = /^(?:broadcaster|newspaper|daily|weekly|magazine|channel|network|outlet|tabloid|website|radio|station|agency)$/;
/** How every cue of mediaByCue ends (PIECE_IN_BEFORE, POSTED_ON_BEFORE). */
const CUE_END = /\b(?:in|for|on) (?:the )?$/;
/** A piece of writing and where it appeared: "a column in", "an op-ed for" (not "an interview with" or "a letter to": people take those). */
const PIECE_IN_BEFORE = /\b(?:column|op-ed|editorial|article|interview|commentary|opinion piece|piece|essay|letter|blog post|podcast) (?:published |written |given )?(?:in|for) (?:the )?$/;
/** Where someone posted: "Writing on", "posted on", "wrote on". */
const POSTED_ON_BEFORE = /\b(?:[Ww]riting|[Pp]osting|posted|wrote|[Ss]haring|shared) on (?:the )?$/;

/** ", known as “Hemedti”", ", nicknamed 'Pinky'": a nickname's cue, then the name (one to three capitalised words) in quotation marks. */
const NICKNAME_AFTER = /^,\s+(?:(?:also|better|widely|popularly|commonly)\s+)?(?:known(?:\s+[\p{Ll}]+){0,5}\s+as|nicknamed|dubbed)\s+["“‘']((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|wa|de|la|el|al)){0,2})(?=[,.]?["”’'])/u;
const CAMEL_BODY_BEFORE = /\b(?:site|firm|group|company|platform|provider|app|service|start-?up|operator|brand|retailer|maker|developer|owner|by|from)\s+$/;
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u;
const NAME_PREFIX_CAMEL = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Al|El|Ben|Abu|St)\p{Lu}/u;
const GLUED_SENTENCE = /\p{Ll}(?:The|A|An|In|On|At|It|He|She|We|They|This|That|But|And|As|For|By|To|Of)$/u;

/** Whether a capitalised word follows p in its sentence after one space, so that p opens a longer name (one space is never a line break). */
const nameGoesOn = (p: Piece, next: Piece | undefined) => !!next && isCap(next) && next.sentence === p.sentence && afterOneSpace(next);

/** A body named in more than one word whose last word is a head that may stand alone for it. */
const HEAD_ALONE = /\s(Commission|Council|Parliament|Assembly|Agency|Authority|Secretariat|Directorate|Inspectorate|Bureau)$/;

// "Volkswagen announced ... worked for Volkswagen for 28 years ... the first large Volkswagen
// site", "Lumajang's regent ... a bridge on the Lumajang–Malang road": a name the article once
// makes a body or a place, written where nothing else typed it, is that body or place wherever
// it stands (one article names one thing by one name), when the article gives it no other type;
// not after "a" or "an", where it is a product ("drove a Peugeot"), nor a common word or a given
// name, nor a body's name as one half of a compound ("GroenLinks–PvdA" is one party)
function consistentTypes(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[], asked: readonly { seg: Segment; name: string }[]): void {
  const { pieces } = list;
  let typeOf: Map<string, EntityType | null> | undefined;
  for (const m of found) {
    // (a person's guess is the weakest: "LaLiga" guessed a person once stays the body it is elsewhere)
    if (m.type !== 'ORG' && m.type !== 'PLACE') continue;
    const was = (typeOf ??= new Map()).get(m.text);
    typeOf.set(m.text, was === undefined || was === m.type ? m.type : null);
  }
  let overlaps: ((start: number, end: number) => boolean) | undefined;
  // (where the article leaves a name untyped more often than it types it, the one answer is the
  // likelier slip: "the monastery of Pachomius" once a place, and Pachomius a person sixteen times)
  let typedCount: Map<string, number> | undefined, silentCount: Map<string, number> | undefined;
  const count = () => {
    typedCount = new Map(); silentCount = new Map();
    for (const m of found) if (typeOf!.get(m.text)) typedCount.set(m.text, (typedCount.get(m.text) ?? 0) + 1);
    const at = overlaps ??= overlapIndex(found);
    for (const { seg, name } of asked) {
      if (typeOf!.get(name) && !at(seg.pieces[0].start, seg.pieces[seg.pieces.length - 1].end)) silentCount.set(name, (silentCount.get(name) ?? 0) + 1);
    }
  };
  if (typeOf) for (const { seg, name } of asked) {
    const type = typeOf.get(name);
    if (!type || seg.role || !/^\p{Lu}[\p{L}\p{M}&'’ -]+$/u.test(name)) continue;
    const p = seg.pieces[0], last = seg.pieces[seg.pieces.length - 1], k0 = pieceIndex(list, p);
    if (isCommonWord(name) || isGivenName(name) || /^(?:a|an|A|An)$/.test(pieces[k0 - 1]?.text ?? '')) continue;
    if (type === 'ORG' && (/[-‐–—\/]/.test(text[p.start - 1] ?? '') || /[-‐–—\/]/.test(text[last.end] ?? ''))) continue;
    if ((overlaps ??= overlapIndex(found))(p.start, last.end)) continue;
    if (type === 'PLACE' && !typedCount) count();
    if (type === 'PLACE' && typedCount!.get(name)! < silentCount!.get(name)!) continue;
    found.push(mention(seg, name, type, name, false));
  }
  // ("a Sinn Féin TD ... Sinn Féin said in a statement": and a person's guess, with no given name
  // opening it and no title before it, for a name the article makes a body elsewhere)
  if (typeOf) for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type !== 'PERSON' || m.certain || m.role || typeOf.get(m.text) !== 'ORG' || isGivenName(m.text.split(' ')[0])) continue;
    found[i] = retyped(m, 'ORG', m.text, false);
  }
}

// "worked for nine years at Brøndby", "chief operating officer for Southeast Asia at Accor",
// "according to Clarín", "Aerovale did not respond to requests for comment": a word no list of
// places has, that only a preposition of place made a place, is the body the article shows it to
// be: a person's employer, a source, what says, reports or declines to comment (an unknown village
// neither employs nor speaks; "Iraq's Tigris" and "Russia's Rosatom" alike, a country's possessive
// tells nothing)
function bodiesByDeed(text: string, found: (NamedMention & { certain: boolean })[]): void {
  let bodies: Set<string> | undefined;
  for (const m of found) {
    if (m.type !== 'PLACE' || m.certain || !/^\p{Lu}[\p{L}\p{M}]{2,}$/u.test(m.text) || lookup(m.text) || bodies?.has(m.text)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start), after = text.slice(m.end, m.end + 40);
    const deed = DEED_AFTER.exec(after);
    const job = EMPLOYER_BEFORE.exec(before)?.[1];
    if (job && (roleNouns.has(job) || WORK_AT.test(job)) || SOURCE_BEFORE.test(before)
      || deed && (deed[1] === undefined || speechVerbs.has(deed[1])) && SENTENCE_OPENS_BEFORE.test(before)) (bodies ??= new Set()).add(m.text);
  }
  if (bodies) for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type === 'PLACE' && !m.certain && bodies.has(m.text)) found[i] = retyped(m, 'ORG', m.text, false);
  }
}
/** "officer for Southeast Asia at ", "an analyst at ": a person's job, then "at". */
const EMPLOYER_BEFORE = /\b(\p{Ll}+)(?: (?:for|of) (?:the )?\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2})? at $/u;
/** "six years at ", "a spell at ": time spent at an employer ("worked at" a mine's town, too); "staff at ", "employees at ": those it employs. */
const WORK_AT = /^(?:years|months|seasons|spell|stint|career|staff|employees|engineers|executives)$/;
/** "According to ": a source, never a place. */
const SOURCE_BEFORE = /\b[Aa]ccording to $/;
/** " said", " did not respond", "'s chief executive": what a body does or has. */
const DEED_AFTER = /^(?: (?:did not|does not|has not|had not|would not|declined to|refused to) (?:respond|comment|reply|return)\b| ([a-z]+)\b|['’]s (?:chief executive|CEO|board|shareholders|spokes(?:man|woman|person)|chairman|chairwoman|employees|staff|owners?|founders?)\b)/u;
/** A sentence's start: the name is the subject ("Unions at Le Havre and Dunkirk said": not). */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/;

// "Nwankwo, a 58-year-old civil engineer, ...", "Okafor, 34, said", "Nwankwo, a lawyer for the
// family,": one word the typer made nothing of, with an age or a person's job in apposition, is a
// person, and so is the same word wherever else the article leaves it untyped
function apposedPeople(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[], pending: readonly { seg: Segment; name: string }[]): void {
  let people: Set<string> | undefined;
  let overlaps: ((start: number, end: number) => boolean) | undefined;
  for (const { seg, name } of pending) {
    const p = seg.pieces[0];
    if (seg.pieces.length !== 1 || seg.role || !/^\p{Lu}\p{Ll}+$/u.test(name) || isCommonWord(name) || lookup(name)) continue;
    if (!AGE_AFTER.test(text.slice(p.end, p.end + 24)) && !apposedPerson(list.pieces, pieceIndex(list, p))) continue;
    (people ??= new Set()).add(name);
  }
  if (people) for (const { seg, name } of pending) {
    const p = seg.pieces[0];
    if (seg.pieces.length !== 1 || !people.has(name) || (overlaps ??= overlapIndex(found))(p.start, p.end)) continue;
    found.push(mention(seg, name, 'PERSON', name, false));
  }
}
/** ", 58, said", ", a 58-year-old civil engineer": an age in apposition. */
const AGE_AFTER = /^, (?:\d{1,3},|an? \d{1,3}-year-old\b)/;

// "The motion's sponsor, Abubakar Sadiq Danladi of the opposition party, ... Danladi said": a
// stretch the typer made nothing of, whose last word the article makes a person on its own
// elsewhere, is that person named in full (news names a person in full once, then by surname),
// when every word of it could be a name's (no common word, title, place or body's head)
function namesOfSurnames(found: (NamedMention & { certain: boolean })[], untyped: readonly { seg: Segment; name: string }[]): void {
  let surnames: Set<string> | undefined;
  let overlaps: ((start: number, end: number) => boolean) | undefined;
  for (const { seg, name } of untyped) {
    const ps = seg.pieces;
    if (ps.length < 2 || ps.length > 4 || seg.role || seg.strict) continue;
    surnames ??= new Set(found.filter(m => m.type === 'PERSON' && !m.text.includes(' ')).map(m => m.text));
    if (!surnames.has(ps[ps.length - 1].text) || !ps.every(unknownNameWord)) continue;
    if ((overlaps ??= overlapIndex(found))(ps[0].start, ps[ps.length - 1].end)) continue;
    found.push(mention(seg, name, 'PERSON', name, false));
  }
}

// "Labor Secretary Marty Walsh", "the Labour Minister of Peru": a party's name that is also an
// office's remit, right before the office's capitalised noun, is the remit (the party's members are
// "a Labor MP", "Labour leader X")
function remitsBeforeOffices(text: string, found: (NamedMention & { certain: boolean })[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type === 'ORG' && !m.text.includes(' ') && isRemitWord(m.text) && OFFICE_AFTER.test(text.slice(m.end, m.end + 14))) found.splice(i, 1);
  }
}
// "won the Golden Bear", "wins Crystal Globe at Karlovy Vary": what is won is a prize or a title,
// which no one is (ANNOTATION.md §5, awards), and neither is the same guess anywhere else in the
// article ("Last year's Golden Stork went to ..."); places and bodies are won too ("wins Johor",
// "won Nvidia's approval") and stay, and so does a person's possessive ("won Smith's seat")
function noPrizesWon(text: string, found: (NamedMention & { certain: boolean })[]): void {
  let prizes: Set<string> | undefined;
  for (const m of found) {
    if (m.type !== 'PERSON' || m.certain || m.role || !m.text.includes(' ')) continue;
    if (WON_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !/^['’]/.test(text.slice(m.end, m.end + 1))) (prizes ??= new Set()).add(m.text);
  }
  if (prizes) for (let i = found.length - 1; i >= 0; i--) if (found[i].type === 'PERSON' && !found[i].certain && !found[i].role && prizes.has(found[i].text)) found.splice(i, 1);
}
/** A verb of winning right before a name: "won the ", "wins ", "scooped the ". */
const WON_BEFORE = /\b(?:(?:won|wins|win|winning)(?: the)?|(?:awarded|scooped|claimed|collected|picked up) the) $/;

// "Labor shifted from farming to mining": a body's short name that means the body only in an
// article about its country ("accused Labor of" in one about Australia) is no mention elsewhere
function namesOutOfContext(text: string, found: (NamedMention & { certain: boolean })[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    const context = m.type === 'ORG' && m.text !== m.key ? orgContext(m.key) : undefined;
    if (context && !context.test(text)) found.splice(i, 1);
  }
}
const OFFICE_AFTER = /^ (?:Secretary|Minister|Ministry|Department|Commissioner)\b/;

// "land near Norman Manley International Airport", "via the Doraleh Multipurpose Port": a building
// or a facility is no place (ANNOTATION.md §4), nor a person, whatever cue stood before it; a body
// so named stays ("Dubai Airports", "the Royal Hospital said")
// ("Munster host Ulster at Thomond Park", "at the Junction Oval": in a report on sport, a name ending
// in "Park", "Oval", "Ground" or "Field" is where the match is played, a ground; "Uhuru Park" in a
// report on a rally and "Grampians National Park" anywhere stay places)
function noFacilities(text: string, found: (NamedMention & { certain: boolean })[]): void {
  let sport: boolean | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if ((m.type === 'PLACE' || m.type === 'PERSON') && !m.role && !lookup(m.text)
      && (FACILITY_LAST.test(m.text) || GROUND_LAST.test(m.text) && !/\sNational\s/.test(m.text) && (sport ??= sportsReport(text)))) found.splice(i, 1);
  }
}
const FACILITY_LAST = /\s(?:Airport|Terminal|Stadium|Station|Port)$/;
const GROUND_LAST = /\s(?:Park|Oval|Ground|Field)$/;

// "merge with Noida-based Tejas Components", "the Istanbul-based haulier Anadolu Lojistik": what is
// based somewhere, named right after it or after a noun that is no person's, is a body, not the
// person the typer guessed; and so is each mention linked to it by name ("Tejas said")
function basedBodies(text: string, found: (NamedMention & { certain: boolean })[]): void {
  let keys: Set<string> | undefined;
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type !== 'PERSON' || m.certain || m.role) continue;
    const based = BASED_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start));
    if (!based || based[1].split(' ').some(w => personNouns.has(w) || roleNouns.has(w))) continue;
    // ("the Cairo-based investment company el-Sayed founded": after a noun, a name that a verb
    // follows opens a relative clause, no name of the thing based there)
    if (based[1] && /^\s+\p{Ll}+(?:ed|s)\b/u.test(text.slice(m.end, m.end + 20))) continue;
    // ("the London-based artist Anna Weber", "London-based Anna Weber": a given name keeps the person,
    // unless the name ends in a company's word: "Tejas Components")
    const ws = m.text.split(' '), last = ws[ws.length - 1];
    if (isGivenName(ws[0]) && !(ws.length > 1 && (isTradeTail(last) || isOrgHead(last)))) continue;
    found[i] = retyped(m, 'ORG', m.key, false);
    (keys ??= new Set()).add(m.key).add(ws[0]);
  }
  if (keys) for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type === 'PERSON' && !m.certain && !m.role && keys.has(m.key)) found[i] = retyped(m, 'ORG', m.key, false);
  }
}
/** "Noida-based ", "the Istanbul-based haulier ": a place's compound in "-based", maybe a lowercase noun or two, right before a name. */
const BASED_BEFORE = /\p{L}-based\s+((?:[\p{Ll}-]+\s+){0,2})$/u;

// A Wikinews list of sources: '"Romania's justice minister resigns" — Balkan Insight, June 11,
// 2025': the name after the title's closing mark and a dash, before a comma and the date, is the
// publisher, a body, whatever the rules guessed it ("Digi24", "G4Media", "Folha de S.Paulo")
function sourcePublishers(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  if (!text.includes('"') && !text.includes('”')) return;
  for (const m of text.matchAll(SOURCE_LINE)) {
    let start = m.index! + m[0].length - m[1].length, name = m[1];
    if (/^The /.test(name)) { start += 4; name = name.slice(4); }
    const end = start + name.length;
    if (found.some(f => f.start < end && start < f.end && (f.certain && f.type !== 'ORG' || f.start < start || f.end > end))) continue;
    const ps = piecesSpanning(list, start, end);
    if (!ps) continue;
    for (let i = found.length - 1; i >= 0; i--) if (found[i].start >= start && found[i].end <= end) found.splice(i, 1);
    const known = lookup(name);
    found.push(mention({ pieces: ps, strict: false }, name, 'ORG', known?.type === 'ORG' ? known.canonical : name, false));
  }
}
/** A source's line: its title in quotation marks, a dash, the publisher, a comma and a date with digits. */
const SOURCE_LINE = /^[ \t]*(?:[^\n"“]{0,80}[.:][ \t]+)?["“][^\n"”]{3,200}["”][ \t]+[—–-][ \t]+(\p{Lu}[\p{L}\p{N}.&'’ -]{0,60}?)(?=,[ \t]+[^\n]{0,30}\d)/gmu;

// "tested positive for the blood booster EPO", "traces of the banned substance Meldonium": what
// someone tests positive for, or a substance's name after its noun, is no entity (a product)
function noSubstances(text: string, found: (NamedMention & { certain: boolean })[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type === 'PLACE' || m.certain && m.type !== 'ORG' || lookup(m.text)) continue;
    if (SUBSTANCE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) found.splice(i, 1);
  }
}
const SUBSTANCE_BEFORE = /\b(?:tested positive for (?:the |a )?(?:[\p{Ll}-]+ ){0,3}|(?:banned|prohibited|performance-enhancing) (?:substance|drug|hormone|steroid|stimulant) )$/u;

// "first reported by The Arizona Republic", "told The Sydney Morning Herald": "The" capitalised in
// the middle of a sentence opens a title, and a place's name, then capitalised words that make no
// place or body of their own, after it is a newspaper's or a broadcaster's name (the place inside
// it no mention: ANNOTATION.md §3, media; the span leaves "The" out)
function placeNamedMedia(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  for (const m of text.matchAll(MID_SENTENCE_THE)) {
    const start = m.index + m[0].length - m[1].length, end = start + m[1].length;
    const words = m[1].split(' ');
    const place = [1, 2].find(n => n < words.length && lookup(words.slice(0, n).join(' '))?.type === 'PLACE');
    if (!place || lookup(m[1]) || lookup('The ' + m[1]) || isPlaceHead(words[words.length - 1]) || isOrgHeadOrPlural(words[words.length - 1]) || isFacilityHead(words[words.length - 1])
      || words.slice(place).some(w => lookup(w)?.type === 'PLACE' || isNationality(w) || isCommonWord(w) && !isNewspaperHead(w) && !/^(?:Republic|Republican)$/.test(w))) continue;
    // (where news names its source, or closing in a newspaper's head word: "flew to The Gambia, then The Netherlands Antilles" names places)
    if (!isNewspaperHead(words[words.length - 1]) && !MEDIA_CITED_BEFORE.test(text.slice(Math.max(0, m.index - 40), start - 4))) continue;
    const ps = piecesSpanning(list, start, end);
    if (!ps || found.some(f => f.start < end && start < f.end && (f.type === 'ORG' || f.start < start || f.end > end))) continue;
    for (let i = found.length - 1; i >= 0; i--) if (found[i].start >= start && found[i].end <= end) found.splice(i, 1);
    found.push(mention({ pieces: ps, strict: true }, m[1], 'ORG', m[1], false));
  }
}
/** "reported by ", "told ", "according to ", "in an interview with ": where news names a source, right before "The". */
const MEDIA_CITED_BEFORE = /\b(?:reported by|reports? by|according to|told|interview with|quoted by|cited by|published by|published in|wrote in|writing in|obtained by|first reported|reported|reports|said to|speaking to|spoke to|talking to)\s*$/;
/** "reported by The Arizona Republic": a lowercase word or a comma, then "The" and two to four capitalised words. */
const MID_SENTENCE_THE = /(?<=[\p{Ll},;] )The ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]| \p{Lu}| of\b)/gu;

// "could generate 40,000 MW", "2,500 MW of its output": capitals no list knows right after a count
// (no year's: "a 2015 UN report") are a unit of measure, no body
function noUnits(text: string, found: (NamedMention & { certain: boolean })[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type !== 'ORG' || m.text.length > 4 || !/^\p{Lu}{2,4}$/u.test(m.text) || lookup(m.text) || isOrgAcronym(m.text)) continue;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    if (COUNT_BEFORE.test(before) && !YEAR_BEFORE.test(before)) found.splice(i, 1);
  }
}
/** A number and one space right before: "40,000 ", "2.5 ". */
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}])\d(?:[\d,.]*\d)? $/u;
/** A year and one space right before: "2015 ". */
const YEAR_BEFORE = /(?:^|[^\d,.])(?:1[5-9]|20)\d\d $/;

// "a ridge of high pressure over Western Canada", "mining in Northern Norway": a compass word
// capitalised in the middle of a sentence before a country's or a state's name makes a region's name
// with it, one place ("northern Norway" is Norway; a sentence's first word may be either)
function compassRegions(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type !== 'PLACE' || lookup(m.text)?.type !== 'PLACE') continue;
    const c = CAPITAL_COMPASS_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (!c) continue;
    const start = m.start - c[1].length - 1, ps = piecesSpanning(list, start, m.end);
    if (!ps || found.some(o => o !== m && o.start < m.end && start < o.end)) continue;
    const name = text.slice(start, m.end);
    found[i] = mention({ pieces: ps, strict: true }, name, 'PLACE', lookup(name)?.canonical ?? name, false);
  }
}
/** A lowercase word or a comma, then a capitalised compass word and one space: "over Western ". */
const CAPITAL_COMPASS_BEFORE = /(?<=[\p{Ll},;] )(Northern|Southern|Eastern|Western|Central) $/u;

// "Among the dead was Wellington Conceição dos Santos", "He met Washington Luís da Silva": a city's
// name one space before a person's name that a particle joins ("dos Santos", "da Silva") is the
// person's given name, as Brazilian names often are a city's; not after a preposition ("In
// Wellington John Smith said")
function citiesOpeningNames(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  let byStart: Map<number, NamedMention & { certain: boolean }> | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    const a = found[i];
    if (a.type !== 'PLACE' || a.text.includes(' ') || !isCityName(a.text) || isCountryName(a.text) || text.charCodeAt(a.end) !== 32) continue;
    const b = (byStart ??= new Map(found.map(m => [m.start, m]))).get(a.end + 1);
    if (!b || b.type !== 'PERSON' || b.role || !/ (?:dos|das|da|do|de|del|della|di) \p{Lu}/u.test(b.text)) continue;
    if (PREPOSITION_OR_STOP_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const ps = piecesSpanning(list, a.start, b.end);
    if (!ps) continue;
    const name = text.slice(a.start, b.end);
    found[found.indexOf(b)] = mention({ pieces: ps, strict: true }, name, 'PERSON', name, false);
    found.splice(i, 1);
    byStart = undefined;
  }
}
/** A preposition right before, or the start of a text: "in ", "from ". */
const PREPOSITION_OR_STOP_BEFORE = /(?:^|\b(?:in|at|from|to|near|of|outside|across|around|for|on|into|via|towards|between|and)\s+)$/i;

// "wrote in a LinkedIn post", "on its WeChat account", "broke his silence on LinkedIn": a brand's
// name or one written in camel case, before a word for what a platform holds or after "on" where
// someone posts or writes, is the platform, a body (ANNOTATION.md §3: "Telegram as a platform"),
// wherever else the article writes it
function platforms(text: string, found: (NamedMention & { certain: boolean })[], asked: readonly { seg: Segment; name: string }[]): void {
  let names: Set<string> | undefined, overlaps: ((start: number, end: number) => boolean) | undefined;
  const candidate = (seg: Segment, name: string) => seg.pieces.length === 1 && /^\p{Lu}[\p{L}\d]+$/u.test(name) && (isBrand(name) || /\p{Ll}\p{Lu}/u.test(name)) && !isGivenName(name) && !lookup(name);
  for (const { seg, name } of asked) {
    if (!candidate(seg, name) || names?.has(name)) continue;
    const p = seg.pieces[0];
    if (PLATFORM_AFTER.test(text.slice(p.end, p.end + 16)) || PLATFORM_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start))) (names ??= new Set()).add(name);
  }
  if (names) for (const { seg, name } of asked) {
    const p = seg.pieces[0];
    if (!names.has(name) || seg.pieces.length !== 1 || (overlaps ??= overlapIndex(found))(p.start, p.end)) continue;
    found.push(mention(seg, name, 'ORG', name, false));
  }
}
/** " post", " account": what a platform holds, right after its name. */
const PLATFORM_AFTER = /^ (?:posts?|accounts?|page|channel|feed|profile|livestream|video|story|group|handle)\b/;
/** "posted ... on ", "broke his silence on ": a verb of posting or writing, then "on" right before the name. */
const PLATFORM_BEFORE = /\b(?:posted|posts|wrote|writes|published|shared|said|announced|answered|replied|responded|commented|silence|statement|message|video|photo|appeared|live)\b[^.!?\n]{0,50}\b(?:on|via) $/;

// "the broadcaster Canal+", "Disney+ said": a plus sign glued onto a name, closing it, is part of
// the name, and names a service or a company (no person's name ends so)
function plusNames(text: string, found: (NamedMention & { certain: boolean })[]): void {
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type === 'PLACE' || text.charCodeAt(m.end) !== 43 /* + */ || !/^(?:[\s,.;:)'’"”]|$)/.test(text.slice(m.end + 1, m.end + 2))) continue;
    found[i] = { ...m, type: 'ORG', text: m.text + '+', end: m.end + 1, key: m.key === m.text ? m.text + '+' : m.key };
  }
}

// "runs through Hargeisa, Somaliland's capital, to", "pirates off Puntland, in north-eastern
// Somalia,": a stretch the typer made nothing of, with where it lies in apposition (another place's
// capital or city, or "in" a compass word and a name), is a place, and so is what has the capital
function apposedLocations(text: string, found: (NamedMention & { certain: boolean })[], untyped: readonly { seg: Segment; name: string }[]): void {
  let overlaps: ((start: number, end: number) => boolean) | undefined;
  for (const { seg, name } of untyped) {
    const ps = seg.pieces, start = ps[0].start, end = ps[ps.length - 1].end;
    if (ps.length > 3 || seg.role || seg.strict || !ps.every(p => /^\p{Lu}/u.test(p.text) || nameParticles.has(p.text) || p.text === '-')) continue;
    const after = text.slice(end, end + 60);
    if (!LOCATED_AFTER.test(after) && !CAPITAL_OWNER_AFTER.test(after)) continue;
    if ((overlaps ??= overlapIndex(found))(start, end)) continue;
    found.push(mention(seg, name, 'PLACE', name, false));
  }
}
// "killed in strikes in Khan Younis", "a guest house in De Pijp", "arrived from Wad Madani, the
// capital of Gezira", "In El Qantara, a town on the canal's east bank": a guess of a person (or of a
// body, for the apposition) is a place where it stands right after "in", "near", "around" or
// "outside" (not owning something: "in Warhol's legacy"), or has a place's description in
// apposition; so is the same guess wherever else the article writes it
function placesByPosition(text: string, found: (NamedMention & { certain: boolean })[]): void {
  let places: Set<string> | undefined, surnames: Set<string> | undefined;
  for (const m of found) {
    if (m.certain || m.role || m.type !== 'PERSON' && m.type !== 'ORG' || lookup(m.text) || places?.has(m.text)) continue;
    // ("Anna Varnsby arrived. He lives in Varnsby now.": not the surname of someone the article names)
    surnames ??= new Set(found.filter(o => o.type === 'PERSON' && o.text.includes(' ')).map(o => o.text.slice(o.text.lastIndexOf(' ') + 1)));
    if (surnames.has(m.text)) continue;
    const after = text.slice(m.end, m.end + 80);
    if (m.type === 'PERSON' && WHERE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && !/^['’]s?\b/.test(after)
      || PLACE_APPOSED_AFTER.test(after) || LOCATED_AFTER.test(after) || otherEndOf(text, found, m)) (places ??= new Set()).add(m.text);
  }
  if (places) for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (!m.certain && !m.role && (m.type === 'PERSON' || m.type === 'ORG') && places.has(m.text)) found[i] = retyped(m, 'PLACE', m.text, false);
  }
}
/** "from" or "between", a stretch of a few words in one clause, and "to" or "and" right before a name. */
const OTHER_END_BEFORE = /\b(?:(from)|between) ([^.,;:!?\n"“”]{2,48}?) (?:to|and) $/;
/**
 * "the line from Dar es Salaam to Kapiri Mposhi", "a boat between Sisowath Quay and Chong Khneas",
 * "from Natovi on Viti Levu to Nabouwalu": the other end of a stretch that starts at a place the
 * article names is a place too, unless a given name opens it.
 */
function otherEndOf(text: string, found: readonly NamedMention[], m: NamedMention): boolean {
  const lead = text.slice(Math.max(0, m.start - 64), m.start), hit = OTHER_END_BEFORE.exec(lead);
  if (!hit || isGivenName(m.text.split(' ')[0])) return false;
  const at = m.start - lead.length + hit.index + (hit[1] ? 5 : 8);
  return found.some(o => o.type === 'PLACE' && o.start === at);
}
// "the Baku-Supsa pipeline", "the Ourense–Monforte line", "the Queensland-NSW border": names that a
// hyphen or an en dash joins before a word for a route or a border are the places at its ends, each a
// mention (ANNOTATION.md §4, hyphenated compounds), known or not; not nationality words ("the
// Polish-Lithuanian border"), nor a known body's name ("Air France-KLM flights")
function routeEnds(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  // (the route's word is looked for first, a literal after a space that the text seldom holds, and the
  // names are read backwards from it: a scan of the whole text for the names cost 1.5% of the analysis)
  for (const r of text.matchAll(ROUTE_NOUN)) {
    const from = Math.max(0, r.index - 200);
    const hit = ROUTE_ENDS.exec(text.slice(from, r.index));
    if (!hit || hit.index === 0 && from > 0 && /[\p{L}\p{M}\p{N}'’.-]/u.test(text[from - 1])) continue;
    const parts: { s: number; e: number; name: string }[] = [];
    let at = from + hit.index;
    for (const raw of hit[1].split(/[-–]/)) {
      let name = raw, s = at;
      // ("On Haiti-DR border", "approves Santos-Guarujá tunnel": a capitalised ordinary word opening the first name is no part of it)
      while (parts.length === 0 && name.includes(' ') && !lookup(name) && isCommonWord(name.slice(0, name.indexOf(' ')).toLowerCase()) && /(?:^|[\n.!?:]\s*)$/.test(text.slice(Math.max(0, s - 3), s))) {
        s += name.indexOf(' ') + 1; name = name.slice(name.indexOf(' ') + 1);
      }
      parts.push({ s, e: at + raw.length, name });
      at += raw.length + 1;
    }
    // (nor an unknown run of capitals, "Air France-KLM flights", or an unknown name with an ordinary
    // word in it: "the Lamu Port-South Sudan-Ethiopia Transport corridor" is a project's name)
    // ("the Addis Ababa-Djibouti line": a country's name that is also its people's word is a place here)
    if (parts.some(p => { const known = lookup(p.name); return isNationality(p.name) && known?.type !== 'PLACE' || isCommonWord(p.name.toLowerCase()) || (known ? known.type !== 'PLACE' : /^\p{Lu}+$/u.test(p.name) || p.name.split(' ').some(w => /^\p{Lu}/u.test(w) && isCommonWord(w.toLowerCase()))); })) continue;
    const s0 = parts[0].s, e0 = parts[parts.length - 1].e;
    const inside = found.filter(o => o.start < e0 && s0 < o.end);
    // (what the rules already made of every end as a place stays as it is)
    if (inside.some(o => o.start < s0 || o.end > e0 || o.certain && o.type !== 'PLACE')) continue;
    if (parts.every(p => inside.some(o => o.type === 'PLACE' && o.start === p.s && o.end === p.e))) continue;
    for (const o of inside) found.splice(found.indexOf(o), 1);
    for (const p of parts) {
      const ps = piecesSpanning(list, p.s, p.e), key = lookup(p.name)?.canonical ?? p.name;
      found.push(ps ? mention({ pieces: ps, strict: true }, p.name, 'PLACE', key, false)
        : { type: 'PLACE', text: p.name, start: p.s, end: p.e, entity: null, value: null, key, certain: false });
    }
  }
}
// "host rivals São Paulo on Sunday", "Hearts beat Ross County 3-0", "the league match between Shirak
// and Ulisses": in a match report, a town's name or a guess at a person as the side a team plays is
// the club (news-gold's README: clubs are bodies; a country stays a place even as a team, and so does
// any known place that is no city: "England", "Wales")
function clubsInPlay(text: string, found: (NamedMention & { certain: boolean })[]): void {
  if (!SCORE.test(text)) return;
  // (the ends of the first sides of "between X and Y", for the second)
  const sides = new Set<number>();
  /** The towns' names read as their teams somewhere in the report. */
  let teams: Set<string> | undefined;
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const before = text.slice(Math.max(0, m.start - 48), m.start), after = text.slice(m.end, m.end + 16);
    const second = sides.has(m.start - 5) && text.slice(m.start - 5, m.start) === ' and ';
    if (!second && !(OPPONENT_BEFORE.test(before) && OPPONENT_AFTER.test(after))) continue;
    if (m.type === 'ORG') { if (/ between (?:the )?$/.test(before)) sides.add(m.end); continue; }
    // (a guessed person of one word may be a player: "Dumitrașcu beats Muñoz in Bucharest")
    if (m.role || m.type === 'PERSON' && (m.certain || !m.text.includes(' ')) || m.text.includes('-') || isCountryName(m.text)) continue;
    if (m.type === 'PLACE' && lookup(m.text)?.type === 'PLACE' && !isCityName(m.text)) continue;
    found[i] = retyped(m, 'ORG', m.text, false);
    if (m.type === 'PLACE') (teams ??= new Set()).add(m.text);
    if (/ between (?:the )?$/.test(before)) sides.add(m.end);
  }
  // ("Valencia edge Villarreal", "before Valencia travel to Real Sociedad", "Leeds host Hull":
  // a town's name with a plural verb after it is its team, as British English writes one; and so is
  // the same name elsewhere in the report, unless it says where: "back to Madrid", "in Valencia")
  for (const m of found) {
    // (not the second of two places, whose verb is both's: "Oslo and Bergen host the talks")
    if (m.type !== 'PLACE' || m.role || !isCityName(m.text) || !TEAM_VERB_AFTER.test(text.slice(m.end, m.end + 12)) || /(?:\band|,) $/.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    (teams ??= new Set()).add(m.text);
  }
  if (teams) for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m.type !== 'PLACE' || !teams.has(m.text) || WHERE_TEAM_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    found[i] = retyped(m, 'ORG', m.text, false);
  }
}
/** A capitalised plural that may be a team's nickname: "Springboks", "Reds", "Wallabies". */
const TEAM_NICKNAME = /^\p{Lu}\p{Ll}{2,}s$/u;
/** A plural verb of play right after a team's town: "Valencia edge", "Lyon travel to", "Leeds host". */
const TEAM_VERB_AFTER = /^ (?:edge|travel to|host|face|trail|welcome|visit|beat|draw with|thrash|outclass|overcome|stun|rout)\b/;
/** What says a town's name is where something is, not its team: "in ", "to ", "back to ", "at ", "from ". */
const WHERE_TEAM_BEFORE = /\b(?:in|at|to|from|near|outside|around|across|into|of)\s+$/;
/** What comes just before the side a team plays: "a match against ", "the derby between ", "beat ", "host rivals ". */
// ("beaten 3-0 by Barcelona", "lost 2-1 to Sevilla": or a score and "by" or "to" after a verb of losing)
const OPPONENT_BEFORE = /(?:\b(?:match|game|derby|fixture|tie|friendly|play-off|playoff|final|semi-final|quarter-final)(?:es)? (?:against|between|with) (?:the )?|\b(?:beat|beats|beating|defeated|defeats|drew with|draw with|lost to|loses to|edge|edges|edged|thrashed|face|faces|facing|host rivals|hosts|hosted|hosting) |\b(?:beaten|lost|losing|defeated) \d{1,2}[-–]\d{1,2} (?:by|to) )$/;
/** What comes just after it: a score, a day, "in", "at", "and", or the clause's end. */
const OPPONENT_AFTER = /^(?: \d{1,3}[-–]\d{1,3}\b| on \p{Lu}| (?:in|at|and|last|this|next|yesterday|today|tomorrow)\b|[,.;])/u;

/** A word for a route, a link or a border, after a space. */
// ("the Naivasha-Kisumu-Malaba extension", "the Rhine-Main waterway", "the Paris-Lyon high-speed line",
// "the Druzhba-Adamowo oil pipeline": the words the annotated sets write after a route's ends)
const ROUTE_NOUN = / (?:(?:oil|gas|freight|high-speed|water|shipping|bus|air|rail|ferry) )?(?:line|pipeline|railway|rail|road|highway|motorway|expressway|corridor|border|route|bridge|tunnel|ferry|flight|train|crossing|frontier|extension|section|stretch|link|waterway|shuttle|service|interconnector)s?\b/g;
/** Two to four capitalised names joined by hyphens or en dashes, ending the text (read before a route's word). */
// (a name's lowercase particle inside an end: "the Dar es Salaam-Kigali railway")
const ROUTE_ENDS = /(?<![\p{L}\p{M}\p{N}'’.-])(\p{Lu}[\p{L}\p{M}'’]*(?: (?:(?:es|de|del|da|do|dos|al|el|la|di|du|sur) )?\p{Lu}[\p{L}\p{M}'’]*){0,2}(?:[-–]\p{Lu}[\p{L}\p{M}'’]*(?: (?:(?:es|de|del|da|do|dos|al|el|la|di|du|sur) )?\p{Lu}[\p{L}\p{M}'’]*){0,2}){1,3})$/u;

/** "in ", "near ": a preposition of where, lowercase. */
const WHERE_BEFORE = /(?:^|[^\p{L}])(?:in|near|around|outside) $/u;
/** ", the capital of Gezira", ", a working-class district of Guarujá", ", a town on the east bank": a place's description in apposition. */
const PLACE_APPOSED_AFTER = /^, (?:the (?:capital|largest city|main city|main town|second city|biggest city) of \p{Lu}|(?:a|an) (?:[\p{Ll}-]+ ){0,2}(?:town|city|village|district|neighbourhood|neighborhood|suburb|province|port|island|municipality|commune|county|township|settlement|hamlet|region|valley|enclave) (?:(?:on|in|of|near|outside|north|south|east|west|along|about|some|just)\b|\d))/u;

/** ", Somaliland's capital,", ", the country's largest city.", ", in north-eastern Somalia,": where a place lies, in apposition. */
const LOCATED_AFTER = /^, (?:\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|the (?:country|region|province|state|island|territory))['’]s (?:capital|largest city|second city|biggest city|main port|capital city)[,.;)]|^, in (?:the )?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western) \p{Lu}/u;
/** "'s capital," after a name: what has a capital is a place (not "'s capital spending"). */
const CAPITAL_OWNER_AFTER = /^['’]s capital(?: city)?[,.;)]/;

// "Kazakhstan Temir Zholy (KTZ), the state railway,": names found side by side (a country, then a
// guessed person), whose initials together are the acronym in brackets right after them, are one
// body's name
function wholeBeforeAcronym(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  let byEnd: Map<number, NamedMention & { certain: boolean }> | undefined;
  for (const b of [...found]) {
    const acronym = /^ \((\p{Lu}{3,6})\)/u.exec(text.slice(b.end, b.end + 10))?.[1];
    if (!acronym || b.type === 'ORG' && b.certain || initials(b.text) === acronym) continue;
    byEnd ??= new Map(found.map(m => [m.end, m]));
    // (one or two mentions ending right before b, each one space apart: a place the data knows, or a guess)
    const parts = [b];
    for (let a = byEnd.get(b.start - 1); a && parts.length < 3 && text[a.end] === ' ' && (a.type === 'PLACE' || !a.certain); a = byEnd.get(a.start - 1)) parts.unshift(a);
    if (parts.length < 2) continue;
    for (let n = parts.length - 1; n >= 1; n--) {
      const start = parts[parts.length - 1 - n].start, whole = text.slice(start, b.end);
      if (initials(whole) !== acronym) continue;
      const ps = piecesSpanning(list, start, b.end);
      if (!ps) break;
      for (const x of parts.slice(parts.length - 1 - n)) found.splice(found.indexOf(x), 1);
      found.push(mention({ pieces: ps, strict: false }, whole, 'ORG', whole, false));
      byEnd = undefined;
      break;
    }
  }
}

// "its partner, Helix Ridge Therapeutics of Cambridge, Massachusetts": a company's name, closed by
// its trade's word, then "of" and the town it is in (a state or a country after a comma), is the
// company and the town; and the company's name without its trade's word, guessed a place or a
// person elsewhere in the article ("Helix Ridge has not said"), is the company
function companiesOfPlaces(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  let shorts: Map<string, string> | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type !== 'ORG') continue;
    const parts = COMPANY_OF_PLACE.exec(m.text);
    // (a town, not a country, and no bank: "the Central Bank of Nigeria", "Bank of America" are one name)
    if (!parts || !isTradeTail(parts[2]) || /^(?:Bank|Banks)$/.test(parts[2]) || !isCityName(parts[3]) || isCountryName(parts[3]) || lookup(m.text)) continue;
    if (!/^(?:, \p{Lu}|[.;:)]|\s+(?:\p{Ll}|$))/u.test(text.slice(m.end, m.end + 3))) continue;
    const a = piecesSpanning(list, m.start, m.start + parts[1].length), b = piecesSpanning(list, m.end - parts[3].length, m.end);
    if (!a || !b) continue;
    found.splice(i, 1, mention({ pieces: a, strict: false }, parts[1], 'ORG', parts[1], false), mention({ pieces: b, strict: false }, parts[3], 'PLACE', lookup(parts[3])!.canonical, false));
    const short = parts[1].slice(0, parts[1].length - parts[2].length - 1);
    if (short.includes(' ')) (shorts ??= new Map()).set(short, parts[1]);
  }
  if (shorts) for (let i = 0; i < found.length; i++) {
    const m = found[i], full = shorts.get(m.text);
    if (full && (m.type === 'PLACE' || m.type === 'PERSON') && !m.role && !lookup(m.text)) found[i] = retyped(m, 'ORG', full, false);
  }
}
/** "Helix Ridge Therapeutics of Cambridge": a name, its last word, and the one to three words after "of". */
const COMPANY_OF_PLACE = /^((?:\p{Lu}[\p{L}&'’-]* )+(\p{Lu}\p{Ll}+)) of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})$/u;

// "the ruling New Democracy government", "the opposition Civic Platform party": a stretch the typer
// made nothing of, between "ruling", "governing" or "opposition" and a word for a government or a
// party, is a party
function rulingParties(text: string, found: (NamedMention & { certain: boolean })[], untyped: readonly { seg: Segment; name: string }[]): void {
  let overlaps: ((start: number, end: number) => boolean) | undefined;
  for (const { seg, name } of untyped) {
    const start = seg.pieces[0].start, end = seg.pieces[seg.pieces.length - 1].end;
    if (seg.role || !RULING_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || !GOVERNMENT_AFTER.test(text.slice(end, end + 16))) continue;
    if ((overlaps ??= overlapIndex(found))(start, end)) continue;
    found.push(mention(seg, name, 'ORG', name, false));
  }
}
const RULING_BEFORE = /\b(?:ruling|governing|opposition)\s+$/;
const GOVERNMENT_AFTER = /^\s+(?:government|party|coalition|bloc|administration|lawmakers|legislators)\b/;

// "developed by JAXA and Mitsubishi Heavy Industries (MHI)": a body's name found as one with the
// name before "and", where the acronym in brackets after it gives the initials of the words after
// "and" alone, is two bodies: the acronym names the second (the initials of the whole would be one)
function pairsBeforeAcronym(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type !== 'ORG' || !m.text.includes(' and ')) continue;
    const acronym = OWN_ACRONYM_AFTER.exec(text.slice(m.end, m.end + 10))?.[1];
    if (!acronym) continue;
    const cut = m.text.lastIndexOf(' and '), head = m.text.slice(0, cut), tail = m.text.slice(cut + 5);
    if (initials(tail) !== acronym || initials(m.text) === acronym || !/^\p{Lu}/u.test(head) || !/^\p{Lu}/u.test(tail)) continue;
    const a = piecesSpanning(list, m.start, m.start + head.length), b = piecesSpanning(list, m.end - tail.length, m.end);
    if (!a || !b) continue;
    found.splice(i, 1, mention({ pieces: a, strict: false }, head, 'ORG', head, false), mention({ pieces: b, strict: false }, tail, 'ORG', tail, false));
  }
}

// "said Kevin Otieno Ochieng', president of", "Ochieng' told reporters": a Luo name's closing
// apostrophe is the name's own where the name does not end in "s" (no possessive of a plural or a
// sibilant, "the Smiths' lawyer") and no single quotation mark opened before it on the line
function luoApostrophes(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[]): void {
  for (let i = 0; i < found.length; i++) {
    const m = found[i], c = text.charCodeAt(m.end);
    if (m.type !== 'PERSON' || c !== 39 && c !== 0x2019 || /[sSzZxX]$/.test(m.text) || !/^\p{L}$/u.test(m.text[m.text.length - 1])) continue;
    if (!/^(?:[\s,.;:)]|$)/.test(text.slice(m.end + 1, m.end + 2))) continue;
    const line = text.slice(text.lastIndexOf('\n', m.start) + 1, m.start + 1);
    if (/(?:^|[\s(\[—–-])['‘]\p{L}/u.test(line) || /["“'‘]/.test(text[m.start - 1] ?? '')) continue;
    const whole = text.slice(m.start, m.end + 1), ps = piecesSpanning(list, m.start, m.end);
    if (!ps) continue;
    const last = ps[ps.length - 1];
    found[i] = mention({ pieces: [...ps.slice(0, -1), makeToken(last.text + text[m.end], last.start, m.end + 1, last.pos, last.sentence, last.flags)], strict: false }, whole, 'PERSON', m.key === m.text ? whole : m.key, m.certain);
  }
}

/**
 * "Shares in Castlegate Water fell ... The regulator fined Castlegate": a body named in full and
 * then by its first word alone, where the full name was found by a rule that runs after the one
 * for a body's first word (what has shares, what issues a statement, the typer's later passes).
 * A word left untyped that opens a body's name found earlier in the article, and is no one's name
 * there, is that body (bodyFirstWords, which the rule for a body's first word reads too).
 */
function laterFirstWords(found: (NamedMention & { certain: boolean })[], pending: readonly { seg: Segment; name: string }[], personParts: ReadonlyMap<string, string>): void {
  let firsts: Map<string, number> | undefined;
  // (the mentions indexed when first asked; no word added below overlaps another word of `pending`)
  let inFound: ((start: number, end: number) => boolean) | undefined;
  for (const { seg, name } of pending) {
    if (seg.pieces.length !== 1 || seg.role) continue;
    firsts ??= bodyFirstWords(found);
    const k = fold(name), p = seg.pieces[0], at = firsts.get(k);
    if (at === undefined || at > p.start || personParts.has(k)) continue;
    if ((inFound ??= overlapIndex(found))(p.start, p.end)) continue;
    found.push(mention(seg, name, 'ORG', name, false));
  }
}

/**
 * The first words of the bodies named in more than one word, folded, each with where the article
 * first names such a body: a word of its own (no common word, place, nationality, body's head or
 * lead, or title), which may stand alone for the body ("Hanamura Electric Industries ... Hanamura").
 */
function bodyFirstWords(found: readonly NamedMention[]): Map<string, number> {
  const firsts = new Map<string, number>();
  // ("Hamtramck City Council", "Mackay Regional Council": a town's own government is named after the
  // town, and so may its other bodies be: "Hamtramck Police Officers Association")
  const towns = new Set<string>();
  for (const m of found) if (m.type === 'ORG') { const ws = m.text.split(/\s+/); if (LOCAL_GOVERNMENT.test(ws[1] ?? '')) towns.add(ws[0]); }
  for (const m of found) {
    if (m.type !== 'ORG' || !m.text.includes(' ')) continue;
    const w = m.text.split(/\s+/)[0];
    if (towns.has(w)) continue;
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && !isCommonWord(w) && !isNationality(w) && !lookup(w) && !isOrgHead(w) && !isOrgLead(w) && !isTitleStart(w) && !(firsts.get(fold(w))! <= m.start)) firsts.set(fold(w), m.start);
  }
  return firsts;
}

/** A place's head word that a street's or a road's name ends in, whose first word alone names nothing ("Downing Street"). */
const ROAD_HEAD = /^(?:Street|Avenue|Boulevard|Road|St|Ave\.?|Rd\.?|Blvd\.?|Drive|Highway|Motorway|Parkway|Expressway|Freeway|Junction|Area|HQ|Headquarters)$/;
/** The first words of the article's places of two words, a name of its own and a head word ("Gelati Monastery", "Thwaites Glacier"), each with where it is first named and the place's key. */
function placeFirstWords(found: readonly NamedMention[]): Map<string, { start: number; key: string }> {
  const firsts = new Map<string, { start: number; key: string }>();
  for (const m of found) {
    if (m.type !== 'PLACE') continue;
    const ws = m.text.split(/\s+/);
    if (ws.length !== 2 || !isPlaceHead(ws[1]) || ROAD_HEAD.test(ws[1])) continue;
    const w = ws[0], k = fold(w);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isCommonWord(w) || isNationality(w) || COMPASS_WORD.test(w) || isTitleStart(w) || isPlaceHead(w)) continue;
    if (!firsts.has(k) || firsts.get(k)!.start > m.start) firsts.set(k, { start: m.start, key: m.key });
  }
  return firsts;
}

/** The word after a town's name in the name of its own government: "City Council", "County Board". */
const LOCAL_GOVERNMENT = /^(?:City|County|Town|Municipal|Municipality|Regional|Metropolitan|Borough|District|Shire|Parish)$/;
const workNounSet = new Set(workNouns);
const PLACES_OF = /^(?:towns|villages|cities|municipalities|provinces|states|regions|districts|islands|countries)$/;
const DIRECTION_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|North-?[Ee]ast|North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est)$/;
const COMPASS_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner|Outer|Old|New|Great|Little)$/;
/** An adjective by its ending that word lists may lack: "Hydrographic", "Seismological", "Geodetic". */
const ADJECTIVE_ENDING = /^\p{Lu}\p{Ll}{3,}(?:ic|ical|al|ary)$/u;
/** A word of a body's remit: an ordinary word, a prefixed one, an abstract noun or an adjective by its ending. */
const remitLike = (w: string) => commonOrPrefixed(w) || ABSTRACT_NOUN.test(w) || ADJECTIVE_ENDING.test(w);
/** A common word, or one with a prefix glued on: "Anti-Corruption" in "Ethics and Anti-Corruption Commission". */
const commonOrPrefixed = (w: string) => isCommonWord(w) || /^(?:Anti|Non|Pro|Counter|Inter|Multi|Cross|Post|Pre|Co|Re|Trans|Pan|Sub|Socio)-\p{L}+$/u.test(w) && isCommonWord(w.slice(w.indexOf('-') + 1));
const LED_BY = /^(?:government|governments|administration|cabinet|presidency|premiership|regime|dictatorship|junta)$/;
const NAMING = /\b(?:named|dubbed|called|titled|entitled|nicknamed|codenamed|christened)\b(?:\s+[\p{Ll}\p{N}]+){0,3}\s+["“‘']$/u;

const SPELLING_GLUE = /^(?:of|and|the|for|in|on|to|&)$/;
/** "the ministry of health (MOH)": some articles write a body's name in lowercase; its head word says so. */
const namesABody = (words: string[]) => words.some(w => typeNounOf(w) === 'ORG' || isOrgHead(w[0].toUpperCase() + w.slice(1)));

/**
 * Whether the article spells the acronym out in lowercase words, before it in brackets
 * ("reactive oxygen species (ROS)", "non-governmental organizations (NGOs)") or after it
 * ("GDP (gross domestic product)"): the initials of the words, or of their hyphenated parts, in
 * order, with small linking words free to be skipped.
 */
function spelledOutInLowercase(text: string, acronym: string): boolean {
  /** The parts that spell the acronym, read back from the last part; null if they do not. */
  const spelling = (parts: string[]): string[] | null => {
    const want = acronym.toLowerCase();
    let i = want.length - 1, j = parts.length - 1;
    while (i >= 0 && j >= 0) {
      const part = parts[j];
      if (part[0] === want[i] && /^\p{Ll}/u.test(part)) { i--; j--; }
      else if (SPELLING_GLUE.test(part)) j--;
      else return null;
    }
    return i < 0 ? parts.slice(j + 1) : null;
  };
  const term = (parts: string[]) => { const used = spelling(parts); return used !== null && !namesABody(used); };
  const wordsOf = (s: string) => s.split(/[\s\-‐–]+/).filter(w => /^\p{L}/u.test(w));
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    const before = text.slice(Math.max(0, at - 100), at), after = text.slice(at + acronym.length, at + acronym.length + 100);
    if (/\(\s*$/.test(before) && /^s?\s*\)/.test(after)) {
      const words = wordsOf(before.replace(/\s*\(\s*$/, '').split(/[.;:!?()\n]/).pop() ?? '');
      if (words.length && term(words.slice(-2 * acronym.length))) return true;
    }
    const inBrackets = /^s?\s*\(([^()\n]{3,80})\)/.exec(after);
    if (inBrackets) {
      const words = wordsOf(inBrackets[1]);
      // (every word of the brackets is used, read from the end: "(gross domestic product)")
      if (words.length && words.length <= 2 * acronym.length && words.every(w => /^\p{Ll}/u.test(w)) && term(words)) return true;
    }
  }
  return false;
}

/** Piece ranges [first, last] of bracketed long forms whose capitalised words' initials spell a nearby acronym. */
function expansions(text: string, list: PieceList): [number, number][] {
  const { pieces } = list;
  const out: [number, number][] = [];
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const k = pieceStartingAt(list, at) + 1;
    if (k === 0 || pieces[k - 1].text !== '(' || k >= pieces.length) continue;
    let e = k;
    while (e < pieces.length && e < k + 16 && pieces[e].text !== ')' && !afterNewline(pieces[e])) e++;
    if (pieces[e]?.text !== ')' || e - k < 2) continue;
    const inner = pieces.slice(k, e);
    if (!capital(inner[0]) || !capital(inner[inner.length - 1]) || inner.some(p => !capital(p) && !/^(?:of|for|and|the|on|in|to|&)$/.test(p.text))) continue;
    const initials = inner.filter(p => capital(p)).map(p => p.text[0]).join('');
    const acronyms = pieces.slice(Math.max(0, k - 7), k - 1).filter(p => /^[\p{Lu}]{3,}$/u.test(p.text)).map(p => p.text);
    if (initials.length >= 3 && acronyms.includes(initials)) out.push([k, e - 1]);
  }
  return out;
}

/**
 * "the Board of Control for Cricket in India (BCCI)": the long form before an acronym in brackets,
 * its capitals spelling the acronym, across "of", "for", "in", "and", "the" and "on" (and "to" after a head word: "Committee to Protect Journalists (CPJ)"), as one span
 * [first, last] of pieces. Names the data or the article types as a place or a person (a country's
 * long name, "John Fitzgerald Kennedy (JFK)") are not bodies and are left as they are.
 */
/**
 * Whether the lowercase piece at s, met walking back from an acronym's bracket, lies inside the long
 * form: a function word; a plural's apostrophe ("General Agricultural Workers' Union (GAWU)"); or,
 * once an "and" has been passed (`listed`), a comma between two capitalised words that lists the
 * long form's parts ("Philippine Atmospheric, Geophysical and Astronomical Services Administration
 * (PAGASA)").
 */
function insideLongForm(pieces: readonly Piece[], s: number, listed: boolean): boolean {
  const p = pieces[s];
  // ("the International Commission against Impunity in Guatemala (CICIG)": "against" joins a body's remit)
  return /^(?:of|for|in|and|the|on|against|&|['’]s?)$/.test(p.text) || p.text === 'to' && s > 0 && isOrgHead(pieces[s - 1].text) || FOREIGN_GLUE.test(p.text) || p.text === ',' && listed && s > 0 && capital(pieces[s - 1]) && capital(pieces[s + 1]);
}
/** Small words of other languages inside bodies' names: "Juntos por el Perú", "Partido de la Liberación", "Natur og Ungdom". */
const FOREIGN_GLUE = /^(?:de|del|la|el|los|las|por|para|y|al|do|da|dos|das|des|du|le|les|et|pour|und|für|der|die|og|och|i)$/;

/**
 * "the Athens Water Supply and Sewerage Company (EYDAP)", "the Coordination of UCAD Students (CEU)",
 * "the Parties to the Nauru Agreement (PNA)", "the Corporación Nacional Forestal (CONAF)": capitalised
 * words and the small words inside bodies' names, right before an acronym in brackets whose letters
 * they do not spell (another language's, or a shortened one), are one body's name. The stretch is
 * walked back within its line and sentence; it stops at "and the" (another name is listed before it)
 * and at an owner's possessive, leaves out a person found in it, a function word, a title or letters
 * after a name at its start, and must be no place, no places' words alone and no event. Those
 * longFormsBefore found (letters that spell the words) are left to it, and so is a body found whole.
 */
function bodiesBeforeAcronyms(text: string, list: PieceList, found: readonly (NamedMention & { certain: boolean })[], fitted: readonly [number, number][]): [number, number][] {
  const { pieces } = list;
  const out: [number, number][] = [];
  const done = new Set(fitted.map(([, b]) => b));
  for (let at = text.indexOf(' ('); at >= 0; at = text.indexOf(' (', at + 2)) {
    const k = pieceStartingAt(list, at + 1);
    if (k < 2 || pieces[k + 2]?.text !== ')' || done.has(k - 1) || !capital(pieces[k - 1]) || afterNewline(pieces[k])) continue;
    const short = pieces[k + 1].text;
    if (!/^\p{Lu}[\p{L}&]{1,9}$/u.test(short) || (short.match(/\p{Lu}/gu) ?? []).length < 2 || lookup(short)?.type === 'PLACE') continue;
    let first = k - 1, listed = false;
    for (let s = k - 2; s >= 0 && k - s <= 16 && !afterNewline(pieces[s + 1]); s--) {
      const q = pieces[s];
      if (capital(q)) { first = s; if (startsSentence(q)) break; continue; }
      // ("Brazil's Supreme Federal Court (STF)", "the FDA's Center for ..."; not "the Attorney General's
      // Office"): a name the rules found, with its possessive, is the body's owner
      if (/^['’]s?$/.test(q.text) && s > 0 && found.some(m => m.end === pieces[s - 1].end)) break;
      if (q.text === 'the' && pieces[s - 1]?.text === 'and') break;
      // ("the Czech Pirate Party and Freedom and Direct Democracy (SPD)": nor past "and" after a body's
      // head word, which closes the name listed before it)
      // ("the Justice and Development Party (AKP)": one word before "and" is no whole name; "the Manitoba
      // Government and General Employees' Union (MGEU)": nor words whose initials open the acronym)
      if (q.text === 'and' && s > 1 && isOrgHead(pieces[s - 1].text) && capital(pieces[s - 1]) && capital(pieces[s - 2]) && !startsSentence(pieces[s - 2])) {
        let b = s - 1;
        while (b > 0 && capital(pieces[b - 1]) && !startsSentence(pieces[b])) b--;
        if (!short.replace(/\P{Lu}/gu, '').startsWith(pieces.slice(b, s).map(x => x.text[0]).join(''))) break;
      }
      if (insideLongForm(pieces, s, listed)) { listed ||= q.text === 'and'; continue; }
      if (q.text === '-' && !afterSpace(q) && s > 0 && capital(pieces[s - 1]) && !afterSpace(pieces[s + 1])) continue;
      // ("the Parties to the Nauru Agreement": "to" between capitalised words)
      if (q.text === 'to' && s > 0 && capital(pieces[s - 1]) && !startsSentence(pieces[s - 1])) continue;
      break;
    }
    // (a person in it is no part of it: "Minister Ana Dufrêne of the Reformist Movement (MR)")
    const person = found.filter(m => m.type === 'PERSON' && m.start >= pieces[first].start && m.end <= pieces[k - 1].end).reduce((e, m) => Math.max(e, m.end), -1);
    while (first < k - 1 && pieces[first].start < person) first++;
    // ("His National Liberal Party (PNL)", "At Dhaka Medical College Hospital (DMCH)", "an MP for Law and
    // Justice (PiS)": a function word opening a sentence, a title or letters after a name open no body's name)
    // ("the Justice and Development Party (AKP)": a title word before "and" is the name's own word)
    // ("Supporters of the Justice and Development Party (AKP)": an ordinary word opening the sentence before "of the" is not)
    while (first < k - 1 && (!capital(pieces[first]) || FUNCTION_POS.has(pieces[first].pos) || isTitle(pieces[first].text) && pieces[first + 1].text !== 'and' || POSTNOMINAL.test(pieces[first].text)
      || startsSentence(pieces[first]) && isCommonWord(pieces[first].text) && !isOrgHeadOrPlural(pieces[first].text) && !isOrgLead(pieces[first].text) && /^(?:of|for)$/.test(pieces[first + 1].text) && pieces[first + 2]?.text === 'the')) first++;
    // ("the Vessel Day Scheme of the Parties to the Nauru Agreement (PNA)": where the first word does not
    // give the acronym's first letter, the name starts after "of", "the" or "for" at a word that does;
    // not after "and", which joins a name's own words: "the Patras Water Supply and Drainage Company (DEYAP)")
    if (pieces[first].text[0] !== short[0]) {
      for (let s = first + 1; s < k - 1; s++) {
        if (capital(pieces[s]) && pieces[s].text[0] === short[0] && /^(?:of|the|for)$/.test(pieces[s - 1].text)) { first = s; break; }
      }
    }
    const ps = pieces.slice(first, k);
    const words = ps.filter(p => capital(p));
    if (words.length < 2) continue;
    const start = ps[0].start, end = ps[ps.length - 1].end;
    const placeWords = words.every(p => lookup(p.text)?.type === 'PLACE' || isPlaceHead(p.text) || p.text === 'Republic') || isPlaceHead(ps[ps.length - 1].text);
    // (an event's name is none: "the 41st Guadalajara International Film Festival (FICG)"; its head
    // word is the last before "of", "to" or "for": "the Parties to the Nauru Agreement (PNA)" and
    // "the National Jury of Elections (JNE)" are bodies)
    const joint = ps.findIndex(p => /^(?:of|to|for)$/.test(p.text));
    const eventName = isEventHead(ps[joint > 0 ? joint - 1 : ps.length - 1].text);
    if (placeWords || isGivenName(ps[0].text) && !isForeignOrgLead(ps[0].text) || lookup(text.slice(start, end))?.type === 'PLACE' || eventName) continue;
    if (found.some(m => m.start < end && start < m.end && m.type === 'PERSON' && m.certain)) continue;
    if (found.some(m => m.start <= start && m.end >= end && m.type === 'ORG')) continue;
    out.push([first, k - 1]);
  }
  return out;
}

function longFormsBefore(text: string, list: PieceList, found: readonly NamedMention[]): [number, number][] {
  const { pieces } = list;
  const out: [number, number][] = [];
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const k = pieceStartingAt(list, at);
    // ("Socialists and Democrats (S&D)": or two capitals joined by "&")
    // ("Juntos por el Perú (JP)": two capitals where small words of another language join the two words they stand for)
    // ("Democrats 66 (D66)", "Movimento 5 Stelle (M5S)": a number of the long form stands in the acronym as it is)
    if (k < 2 || pieces[k].text !== '(' || pieces[k + 2]?.text !== ')' || !/^(?:[\p{Lu}]{2,7}|\p{Lu}&\p{Lu}|\p{Lu}{1,4}\d{1,3}\p{Lu}{0,3})$/u.test(pieces[k + 1].text)) continue;
    const numbered = /\d/.test(pieces[k + 1].text);
    // ("Barisan Nasional (BN)", "Pakatan Harapan (PH)": or two words that are no one's given name or
    // surname, as a person's name is not followed by its initials)
    const twoUnknown = k >= 2 && pieces[k + 1].text.length === 2 && [pieces[k - 2], pieces[k - 1]].every(p => /^\p{Lu}\p{Ll}{2,}$/u.test(p.text) && !isGivenName(p.text) && !isSurname(p.text) && !lookup(p.text))
      && pieces[k - 2].text[0] + pieces[k - 1].text[0] === pieces[k + 1].text && afterOneSpace(pieces[k - 1]) && !(k >= 3 && capital(pieces[k - 3]) && !/^the$/i.test(pieces[k - 3].text) && afterOneSpace(pieces[k - 2]));
    if (pieces[k + 1].text.length === 2 && !twoUnknown && !(k >= 4 && capital(pieces[k - 1]) && FOREIGN_GLUE.test(pieces[k - 2].text) && pieces.slice(k - 5, k - 2).some(p => capital(p)))) continue;
    if (afterNewline(pieces[k])) continue; // (a bracket opening a line has no long form before it)
    const acronym = pieces[k + 1].text.replace('&', '');
    let initials = '', first = -1, listed = false, lowered = false;
    // walked back from the bracket, within its line: capitalised words give their initials, function words none
    // ("Železnice Slovenskej republiky (ŽSR)": a lowercase word of another language gives its
    // initial where the acronym wants that letter, after two initials; "Socio-Economic Rights and
    // Accountability Project (SERAP)": both halves of a hyphenated word give theirs)
    for (let s = k - 1; s >= 0 && k - s <= 16; s--) {
      const p = pieces[s];
      const wanted = acronym[acronym.length - initials.length - 1];
      if (capital(p) && /^\p{Lu}/u.test(p.text)) {
        initials = p.text[0] + initials;
        if (initials === acronym) { first = s; break; }
        if (!acronym.endsWith(initials)) break;
      } else if (insideLongForm(pieces, s, listed)) listed ||= p.text === 'and';
      else if (p.text === '-' && !afterSpace(p) && s > 0 && capital(pieces[s - 1]) && !afterSpace(pieces[s + 1])) continue;
      else if (numbered && /^\d{1,3}$/.test(p.text) && acronym.slice(0, acronym.length - initials.length).endsWith(p.text)) initials = p.text + initials;
      else if (!lowered && /^\p{Ll}{4,}$/u.test(p.text) && wanted !== undefined && p.text[0].toUpperCase() === wanted && acronym.length >= 3 && !isCommonWord(p.text)) { initials = wanted + initials; lowered = true; }
      else break;
      if (afterNewline(p)) break;
    }
    if (first < 0) continue;
    // ("the UN Office for the Coordination of Humanitarian Affairs (OCHA)": a body's acronym right
    // before the long form belongs to its name)
    if (first > 0 && afterOneSpace(pieces[first]) && /^(?:UN|U\.N\.|EU|AU)$/.test(pieces[first - 1].text)) first--;
    // ("the Office of the United States Trade Representative (USTR)": the office of a post spelled by the acronym is the body)
    else if (first > 2 && pieces[first - 1].text === 'the' && pieces[first - 2].text === 'of' && /^(?:Office|Bureau|Secretariat)$/.test(pieces[first - 3].text) && isTitle(pieces[k - 1].text)) first -= 3;
    // ("the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": or its name in full)
    else if (first > 1 && afterOneSpace(pieces[first]) && /^(?:United Nations|European Union|African Union)$/.test(`${pieces[first - 2].text} ${pieces[first - 1].text}`) && isOrgHead(pieces[first].text)) first -= 2;
    // ("Unión Cívica Radical (UCR)", "La Libertad Avanza (LLA)": a long form of capitals alone spells
    // a short acronym where a body's head word, in English or another language, or another
    // language's article opens it, or a head word closes it; a person's name may do so otherwise)
    // ("the Christian Democratic Appeal (CDA)": or a party's word inside, whatever opens it)
    // ("Internet Explorer 9 (IE9)": a long form with a number is a body's only with a party's or a body's word in it)
    if (numbered && !pieces.slice(first, k).some(p => PARTY_WORD.test(p.text) || PARTY_MEMBERS.test(p.text) || isOrgHeadOrPlural(p.text) || isForeignOrgLead(p.text))) continue;
    const bodyShaped = numbered || twoUnknown || isForeignOrgLead(pieces[first].text) || foreignArticles.has(pieces[first].text) || isOrgHeadOrPlural(pieces[k - 1].text) || isOrgHead(pieces[first].text) && first < k - 1
      || k - first >= 3 && pieces.slice(first + 1, k).some(p => PARTY_WORD.test(p.text))
      // ("the Health Service Executive (HSE)", "the Brazilian Football Confederation (CBF)": or ordinary
      // words and nationalities alone, none of them a given name)
      || k - first >= 3 && pieces.slice(first, k).every(p => (isCommonWord(p.text) || isNationality(p.text)) && !isGivenName(p.text) && !lookup(p.text));
    if (acronym.length < 4 && !pieces.slice(first, k).some(p => !capital(p)) && !bodyShaped) continue;
    // ("the Affordable Care Act (ACA)", "the General Data Protection Regulation (GDPR)": a law's or an
    // event's name is no entity, its initials neither (ANNOTATION.md §5))
    if (isLawName(pieces.slice(first, k).filter(capital).map(p => p.text))) continue;
    const start = pieces[first].start, end = pieces[k - 1].end;
    const name = text.slice(start, end);
    // (a given name opens a person's initials' long form, unless a body's head word closes it:
    // "Philippine Atmospheric, ... Services Administration (PAGASA)")
    if (lookup(name)?.type === 'PLACE' && !bodyShaped || isGivenName(pieces[first].text) && !isOrgHeadOrPlural(pieces[k - 1].text) && !bodyShaped) continue;
    if (found.some(m => m.start <= start && m.end >= end && m.type !== 'ORG') && !bodyShaped) continue;
    if (found.some(m => m.start === start && m.end === end && (m.type === 'ORG' || !bodyShaped))) continue; // already one name
    out.push([first, k - 1]);
  }
  return out;
}

/**
 * A dateline's place names in capitals at the start of a line: "LONDON (Reuters) -",
 * "TAIPEI, Nov 19, 2025 (Reuters) -", "THOMPSON, Manitoba, July 22, 2025 (The Canadian Press) —",
 * "LARANTUKA, Indonesia -": then a region or country in title case, a date and an agency in
 * brackets, and a dash; either the agency or a region or date must be there.
 */
const DL_CAPS = String.raw`[\p{Lu}][\p{Lu}'’.-]*(?: [\p{Lu}][\p{Lu}'’.-]*)*`;
const DL_REGION = String.raw`,\s+\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}`;
const DL_DATE = String.raw`,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?`;
const DL_AGENCY = String.raw`\s+\([\p{Lu}][\p{L}/ .&-]{0,30}\)`;
const DATELINE = new RegExp(`^(${DL_CAPS}(?:/${DL_CAPS})*)(?=(?:${DL_DATE})?${DL_AGENCY}\\s*[-—–]|(?:${DL_REGION}(?:${DL_DATE})?|${DL_DATE})(?:${DL_AGENCY})?\\s*[-—–]\\s)`, 'gmu');
function datelines(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    let at = m.index;
    for (const part of m[1].split('/')) {
      if (part.length >= 3 && /\p{Lu}{3}/u.test(part)) out.push({ text: part, start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  // "LAS PALMAS DE GRAN CANARIA — The ...": capitals then a dash alone, where the words that open
  // them name a place the data knows, are the dateline's town, whole
  DATELINE_BARE.lastIndex = 0;
  for (let m = DATELINE_BARE.exec(text); m; m = DATELINE_BARE.exec(text)) {
    const words = m[1].split(' ');
    if (out.some(d => d.start === m!.index)) continue;
    const opens = words.length >= 3 && [2, 3].some(n => n < words.length && lookup(titleCased(words.slice(0, n).join(' ')))?.type === 'PLACE');
    // ("PALANGKA RAYA — Police said": the first such line near the top, of one to three words that
    // are no English words, no body the data knows and no short form, is the dateline's town
    // whatever the data knows; "UPDATE —", "EXCLUSIVE —" are words)
    const unknownTown = !out.length && m.index < 600 && words.length <= 3 && words.every(w => w.length >= 3 && /\p{Lu}\p{Lu}/u.test(w) && !isCommonWord(w))
      && !lookup(m[1]) && !lookup(titleCased(m[1]));
    if (opens || unknownTown) out.push({ text: m[1], start: m.index, end: m.index + m[1].length });
  }
  return out;
}
const DATELINE_BARE = new RegExp(`^(${DL_CAPS})(?= [-—–] \\p{Lu})`, 'gmu');
/**
 * "SPENDING FIGHT", "MYANMAR ON AGENDA", "YILDIRIMOĞLU'S HOME RACE": a wire story's subheadings,
 * lines of their own in capitals (up to 100 characters, no lowercase letter), as [start, end) ranges.
 */
function capsLines(text: string): [number, number][] {
  const lines: [number, number][] = [];
  CAPS_LINE.lastIndex = 0;
  for (let m = CAPS_LINE.exec(text); m; m = CAPS_LINE.exec(text)) {
    // (a line of letters, not of numbers or marks alone, and shorter than a paragraph)
    if (m[0].length <= 100 && /\p{Lu}{2}[^\n]*\p{Lu}/u.test(m[0])) lines.push([m.index, m.index + m[0].length]);
  }
  return lines;
}
const CAPS_LINE = /^[^\n\p{Ll}]*\p{Lu}{2}[^\n\p{Ll}]*$/gmu;
/** Whether a span lies wholly inside one of the ranges. */
const within = (lines: readonly [number, number][], m: { start: number; end: number }) => lines.some(([s, e]) => s <= m.start && m.end <= e);
/**
 * A subheading's capitals are emphasis, so its words are no evidence of a name: a mention inside
 * one of `lines` (capsLines) stays only when the data knows it (or it was certain on other
 * grounds), or when the article writes it outside such lines too, and then it takes that
 * mention's type and key. `found` is changed in place.
 */
function keepKnownInCapsLines(lines: readonly [number, number][], found: (NamedMention & { certain: boolean })[]): void {
  if (!lines.length) return;
  const inCaps = (m: NamedMention) => within(lines, m);
  const outside = new Map<string, NamedMention>();
  for (const m of found) if (!inCaps(m) && !outside.has(fold(m.text))) outside.set(fold(m.text), m);
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (!inCaps(m)) continue;
    const same = outside.get(fold(m.text));
    if (same) { if (same.type !== m.type || same.key !== m.key) found[i] = { ...m, type: same.type, key: same.key }; continue; }
    if (m.certain || lookup(m.text) || lookup(titleCased(m.text))) continue;
    found.splice(i, 1);
  }
}
/** The lines of the article's head that are bylines ("By Ann Berg and Tom Reyes, Reuters"). */
function bylines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const head = text.slice(0, 1500);
  for (const m of head.matchAll(/^[ \t]*By[ \t]+[^\n]{3,120}$/gmu)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
// (a capital inside a word after a lowercase letter or an apostrophe: "McAllister", "O'Brien", "DeLuca")
const BYLINE_WORD = String.raw`\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)?`;
const BYLINE_NAME = String.raw`${BYLINE_WORD}(?: ${BYLINE_WORD}){1,3}`;
const BYLINE_NAMES = new RegExp(String.raw`^[ \t]*By[ \t]+(${BYLINE_NAME}(?:(?:, | and )${BYLINE_NAME})*)[ \t]*$`, 'u');
/** "SÃO PAULO" -> "São Paulo": each word's first letter kept, the rest in lowercase. */
const titleCased = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
/** What is said before "X" when it is the platform: "wrote on ", "in a post on ", "said in a statement on ". */
const POSTED_ON = /\b(?:post|posts|posted|posting|wrote|writes|writing|said|says|saying|statement|account|message|video|tweet|tweeted|shared|announced|followers|tribute|congratulated|thanked|replied|responded|reacted|commented)\b[^.!?\n]{0,30}\bon $/;
/** After "on X": what is said of a post or of the platform (", where he has", ", calling him", ", saying"). */
const X_AFTER = /^,? (?:where|calling|saying|writing|adding|describing|which|formerly)\b/;
/**
 * The long form of a word of three to seven capitals between brackets, right after a name of three
 * or more capitalised words with a head word of a body ("... Care Excellence (NICE)"), or null.
 */
function bracketedAcronym(text: string, list: PieceList, p: Piece): string | null {
  const { pieces } = list;
  const k = pieceIndex(list, p);
  if (!/^\p{Lu}{3,7}$/u.test(p.text) || pieces[k - 1]?.text !== '(' || pieces[k + 1]?.text !== ')') return null;
  let s = k - 2, words = 0, head = false, listed = false;
  for (; s >= 0 && k - s <= 16 && !afterNewline(pieces[s + 1]); s--) {
    const q = pieces[s];
    if (capital(q)) { words++; if (isOrgHead(q.text) || isOrgLead(q.text)) head = true; }
    else if (insideLongForm(pieces, s, listed)) listed ||= q.text === 'and';
    else break;
  }
  let first = s + 1;
  while (first < k - 2 && (!capital(pieces[first]) || pieces[first].text === 'The')) first++;
  return words >= 3 && head ? text.slice(pieces[first].start, pieces[k - 2].end) : null;
}

// "the West" often means a bloc of countries rather than a half of one, so only North and South.
const COMPASS = /^(?:North|South)$/;
const BARE_SEAS = /^(?:Channel|Gulf)$/;
/** Head words a water's or a land's name drops after "the" once the article has given it whole ("the Caspian"). */
const ELIDED_HEAD = /^(?:Sea|Ocean|River|Desert|Mountains|Peninsula|Basin|Delta|Plateau|Lagoon|Estuary)$/;
const REGION_COMPASS = /^(?:Northeast|Northwest|Southeast|Southwest|Midwest|Americas)$/;

/** "Mark and Lisa Dawes": the full name of the given name at p (a couple sharing the surname after "and"), or null. */
function elidedSurname(list: PieceList, p: Piece, startingAt: () => Map<number, NamedMention>): string | null {
  const { pieces } = list;
  const k = pieceIndex(list, p);
  if (pieces[k + 1]?.text !== 'and' || !(pieces[k + 2] && capital(pieces[k + 2]))) return null;
  const full = startingAt().get(pieces[k + 2].start);
  if (!full || full.type !== 'PERSON') return null;
  const words = full.text.split(/\s+/);
  return words.length === 2 && isGivenName(words[0]) && !isGivenName(words[1]) ? `${p.text} ${words[1]}` : null;
}

/**
 * Coordination with a shared head: "North and South Korea" (North is a place), "the State and
 * Homeland Security Departments" (State is a department). The type comes from the full name after "and".
 */
function elidedHead(list: PieceList, p: Piece, startingAt: () => Map<number, NamedMention>): EntityType | null {
  const { pieces } = list;
  const k = pieceIndex(list, p);
  if (pieces[k + 1]?.text !== 'and' || !(pieces[k + 2] && capital(pieces[k + 2]))) return null;
  const full = startingAt().get(pieces[k + 2].start);
  if (!full) return null;
  const words = full.text.split(/\s+/);
  if (full.type === 'PLACE' && COMPASS.test(p.text) && COMPASS.test(words[0]) && words.length > 1) return 'PLACE';
  const last = words[words.length - 1];
  if (full.type === 'ORG' && words.length > 1 && isOrgHeadOrPlural(last) && !isOrgHead(last)) return 'ORG';
  return null;
}

/**
 * "the Law and Justice party", "the Wagner group", "the Emilia-Romagna region": a lowercase noun
 * right after capitalised words says what they name. The capitals before it (joined across "and",
 * "&" or "of" between capitalised words) become one ORG or PLACE, unless the data already knows
 * them for certain; guesses inside the stretch give way. A sentence's first word, a nationality
 * ("the Russian company") and a known place before an organization noun ("the Ukraine team" is
 * still Ukraine) are not names of this kind.
 */
function typedByNoun(text: string, list: PieceList, found: (NamedMention & { certain: boolean })[], midSentence: (folded: string) => boolean): void {
  const { pieces, capitals } = list;
  const named: NamedMention[] = [];
  // (the ends of the names of two or more words the rules typed as people, looked up once per join)
  let personEnds: Set<number> | undefined;
  const personEndsAt = (k: number) => (personEnds ??= new Set(found.filter(m => m.type === 'PERSON' && m.text.includes(' ')).map(m => m.end))).has(pieces[k].end);
  /** Pieces first..last become one certain mention of `type`, in place of what `inside` held. */
  const take = (first: number, last: number, type: EntityType, name: string, inside: readonly (NamedMention & { certain: boolean })[]) => {
    for (const m of inside) found.splice(found.indexOf(m), 1);
    if (inside.length) personEnds = undefined;
    const m = mention({ pieces: pieces.slice(first, last + 1), strict: false }, name, type, name, true);
    found.push(m);
    named.push(m);
  };
  /** The capitalised run from `first` to the end of its sentence's run of capitals. */
  const runEnd = (first: number, hyphens = false) => {
    let last = first;
    for (;;) {
      const next = pieces[last + 1];
      if (next && isCap(next) && !afterNewline(next) && next.sentence === pieces[first].sentence) { last++; continue; }
      // ("the newspaper Jyllands-Posten": a capitalised word hyphened on, with no space either side)
      // (one word and what is hyphened onto it: "Hewlett-Packard")
      if (hyphens && last === first && next && next.text === '-' && !afterSpace(next) && pieces[last + 2] && isCap(pieces[last + 2]) && !afterSpace(pieces[last + 2])) { last += 2; continue; }
      return last;
    }
  };
  /** take(), unless a certain name, a title's holder or a longer name already claims any of it. */
  const takeUnclaimed = (first: number, last: number, type: EntityType, name: string) => {
    const start = pieces[first].start, end = pieces[last].end;
    const inside = found.filter(m => m.start < end && start < m.end);
    if (!inside.some(m => m.certain || m.role || m.start < start || m.end > end)) take(first, last, type, name, inside);
  };
  // Each pattern has a capitalised word beside the noun or comma: only those words are visited.
  for (const c of capitals) {
    const k = c + 1;
    const noun = pieces[k];
    if (!noun || capital(noun) || afterNewline(noun) || !afterSpace(noun)) continue;
    // ("the Wegovy maker": what a maker makes is no body)
    // ("the Maple Leafs field a strong side": a noun that is also a verb, before a determiner, is the verb)
    let type = MAKER.test(noun.text) || /^(?:a|an|the|their|its|his|her|two|three|four)$/i.test(pieces[k + 1]?.text ?? '') ? undefined : typeNounOf(noun.text);
    // "the Efe news agency", "the Vestra oil company": a body's type noun after a lowercase modifier
    // ("the Islam Qala border crossing": or a place's)
    const head = pieces[k + 1];
    // (a capitalised common word before them is part of the description: "the Internet security firm")
    if (!type && head && !capital(head) && afterSpace(head) && head.sentence === noun.sentence && (noun.pos === 'NOUN' || noun.pos === 'ADJ') && typeNounOf(head.text) && !isCommonWord(pieces[k - 1].text)) type = typeNounOf(head.text);
    // ("the Koeberg nuclear power station", "the Flamanville nuclear site": a power plant is named for its place)
    if (!type && POWER_PLANT.test(text.slice(noun.start, noun.start + 40))) type = 'PLACE';
    if (!type || !isCap(pieces[k - 1]) || pieces[k - 1].sentence !== noun.sentence) continue;
    // ("MORVATA, Indonesia - The river rose": an article or a determiner is no name, wherever it stands)
    if (FUNCTION_POS.has(pieces[k - 1].pos) && k - 1 === c && !isCap(pieces[k - 2] ?? noun)) continue;
    // "the Carpathian town of Yaremche", "the Tuscan village of Vinci": the name is after "of"; the
    // word before the noun describes where it is.
    // ("the Green Country region of Oklahoma": a region's name is before the noun, the place holding it after)
    if (type === 'PLACE' && /^(?:town|village|island|municipality)$/.test(noun.text) && pieces[k + 1]?.text === 'of' && pieces[k + 2] && isCap(pieces[k + 2])) continue;
    // ("the Tromsø law firm Aasheim & Vik": with the body's own name after the noun, a place's name
    // before it says where the body is)
    const named0 = type === 'ORG' && head && typeNounOf(head.text) ? pieces[k + 2] : pieces[k + 1];
    if (type === 'ORG' && k - 1 === c && named0 && isCap(named0) && afterOneSpace(named0) && named0.sentence === noun.sentence && (lookup(pieces[k - 1].text)?.type === 'PLACE' || smallTown(pieces[k - 1].text))) continue;
    let first = k - 1;
    for (;;) {
      const p = pieces[first - 1], q = pieces[first - 2];
      if (p && isCap(p) && !afterNewline(pieces[first]) && p.sentence === noun.sentence) { first--; continue; }
      // ("Mohammed Qahtan of the Islah party": a person the rules found does not join the party's name)
      // ("the Patriots for Europe group": or "for")
      if (p && q && /^(?:and|&|of|for)$/.test(p.text) && isCap(q) && !afterNewline(p) && q.sentence === noun.sentence && !personEndsAt(first - 2)) { first -= 2; continue; }
      // "the Servant of the People party"
      if (p && q && p.text === 'the' && q.text === 'of' && pieces[first - 3] && isCap(pieces[first - 3]) && pieces[first - 3].sentence === noun.sentence && !personEndsAt(first - 3)) { first -= 3; continue; }
      // "Emilia-Romagna"
      if (p && q && p.text === '-' && !afterSpace(p) && !afterSpace(pieces[first]) && isCap(q) && q.sentence === noun.sentence) { first -= 2; continue; }
      // "Bab el-Mandeb": an Arabic article hyphenated onto the name
      if (p && q && p.text === '-' && !afterSpace(p) && ARABIC_ARTICLE.test(q.text) && pieces[first - 3] && isCap(pieces[first - 3]) && pieces[first - 3].sentence === noun.sentence) { first -= 3; continue; }
      break;
    }
    // a capitalised word that only opens its sentence ("Ruling party ...") or a title or nationality is not part of it
    // ("an Italian-American neighborhood": nor the rest of a hyphenated nationality)
    while (first < k - 1 && (startsSentence(pieces[first]) || isNationality(pieces[first].text) || isTitle(pieces[first].text) || /^(?:and|&|of|the|-)$/.test(pieces[first].text))) first++;
    // ("the Flemish broadcaster VRT", "the Catalan government": a region's adjective, as a nationality's)
    // (not before a place's noun: "the Mazandaran province" is the place)
    // ("the Malayalam daily Mathrubhumi": or a language's name)
    if (first === k - 1 && type === 'ORG' && (demonymShaped(pieces[first].text) || isLanguage(pieces[first].text))) continue;
    if (startsSentence(pieces[first]) || isNationality(pieces[first].text) || isTitle(pieces[first].text) || pieces[first - 1]?.text === '-' && !afterSpace(pieces[first]) && isNationality(pieces[first - 2]?.text ?? '')) continue;
    const start = pieces[first].start, end = pieces[k - 1].end;
    const name = text.slice(start, end);
    if (isNotEntity(name)) continue;
    // ("the Downtown area": an ordinary word alone before "area" names no place)
    if (noun.text === 'area' && first === k - 1 && isCommonWord(name)) continue;
    const known = lookup(name);
    if (known && (known.type === 'PLACE' || known.type === type)) continue;
    const inside = found.filter(m => m.start < end && start < m.end);
    if (inside.some(m => m.certain && !(m.start === start && m.end === end && m.type === type) && (m.start < start || m.end > end || m.type !== 'PERSON'))) continue;
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].type === type) continue;
    take(first, k - 1, type, name, inside);
  }
  // "the journal Zootaxa", "the company Glencore": the noun before the name, after "the" or "a".
  // "shares in Northwind", "a stake in Arlo Holdings": what shares are held in is a company.
  for (const c of capitals) {
    const prep = pieces[c - 1], noun = pieces[c - 2];
    if (!prep || !noun || prep.text !== 'in' && prep.text !== 'of' || !/^(?:shares|stake|stakes|shareholders|shareholding)$/i.test(noun.text) || afterNewline(pieces[c])) continue;
    const last = runEnd(c);
    const name = text.slice(pieces[c].start, pieces[last].end);
    // ("shares of Bengaluru-listed builders": a name hyphened onto a modifier is not what the shares are in)
    // ("shares in Wegovy maker Novo Nordisk": the shares are the maker's)
    if (isNotEntity(name) || isTitle(pieces[c].text) || isNationality(pieces[c].text) || lookup(name) || text[pieces[last].end] === '-' || MAKER.test(pieces[last + 1]?.text ?? '')) continue;
    takeUnclaimed(c, last, 'ORG', name);
  }
  // "a consortium of Acciona and Sacyr", "a joint venture between Comsa, Azvi and Ferrovial": the members are companies
  for (const c of capitals) {
    const prep = pieces[c - 1], noun = pieces[c - 2];
    if (!prep || !noun || prep.text !== 'of' && prep.text !== 'between' || !/^(?:consortium|venture)$/i.test(noun.text) || afterNewline(pieces[c])) continue;
    for (let k = c; ;) {
      const last = runEnd(k);
      const name = text.slice(pieces[k].start, pieces[last].end);
      if (!isNotEntity(name) && !isTitle(pieces[k].text) && !isNationality(pieces[k].text) && lookup(name)?.type !== 'PLACE') takeUnclaimed(k, last, 'ORG', name);
      const sep = pieces[last + 1], next = pieces[last + 2];
      if (!sep || !next || !/^(?:and|,)$/.test(sep.text) || !isCap(next) || afterNewline(next) || next.sentence !== pieces[c].sentence) break;
      k = last + 2;
    }
  }
  // "The company, Kivu Minerals, said", "its parent company, Arlo Holdings,": the same, as an appositive after the noun.
  for (const c of capitals) {
    // ("Germany's competition authority, the Bundeskartellamt, said": or a comma and "the")
    const commaThe = pieces[c - 1]?.text === 'the' && pieces[c - 2]?.text === ',' && afterOneSpace(pieces[c]);
    const comma = commaThe || pieces[c - 1]?.text === ',';
    let k = commaThe ? c - 3 : comma ? c - 2 : c - 1;
    if (k < 1) continue;
    // ("the technology start-up Brimaxo": wink cuts the hyphened noun in three, "start" "-" "up")
    const startUp = pieces[k].text === 'up' && k >= 3 && pieces[k - 1].text === '-' && pieces[k - 2].text === 'start' && !afterSpace(pieces[k - 1]) && !afterSpace(pieces[k]);
    const noun = startUp ? makeToken('start-up', pieces[k - 2].start, pieces[k].end, 'NOUN', pieces[k].sentence, pieces[k - 2].flags) : pieces[k];
    if (startUp) k -= 2;
    // (the tests below that read only the noun, first: most capitals have no type noun before them)
    // ("the radio station France Inter": a broadcaster's station, not a railway's)
    const type = typeNounOf(noun.text) ?? (commaThe && BODY_DESCRIPTIONS.test(noun.text) || noun.text === 'station' && /^(?:radio|TV|television)$/i.test(pieces[k - 1]?.text ?? '') ? 'ORG' : undefined);
    if (capital(noun) || !type) continue;
    let d = k - 1;
    if (comma) while (d > 0 && k - d <= 3 && !capital(pieces[d]) && (pieces[d].pos === 'ADJ' || pieces[d].pos === 'NOUN')) d--;
    // "the Swiss drugmaker Roche", "Chinese tech giant Tencent", "the London-based lender Halden":
    // a nationality, a place-based compound or lowercase modifiers may stand between, and with
    // them the determiner may go
    let modified = false, product = -1;
    if (!comma) {
      for (;;) {
        const p = pieces[d];
        if (!p || k - d > 4 || p.sentence !== noun.sentence) break;
        // ("think tank", "mining company", "holding company", "hedge fund": a compound noun's first word may read as a verb)
        if (!capital(p) && (p.pos === 'ADJ' || p.pos === 'NOUN' || p.pos === 'VERB' && d === k - 1 && /^(?:think|hedge|venture|\p{Ll}+ing)$/u.test(p.text)) && !typeNounOf(p.text)) { d--; modified = true; continue; }
        if (demonymShaped(p.text) || isLanguage(p.text) && isCap(p)) { d--; modified = true; continue; }
        // ("the Budapest daily Népszava": a place the data knows, as a modifier)
        if (d === k - 1 && isCap(p) && lookup(p.text)?.type === 'PLACE') { d--; modified = true; continue; }
        // ("the Mexico City company Cine Tezontle": or a place of two words or more the rules found)
        if (d === k - 1 && isCap(p)) {
          const place = found.find(m => m.type === 'PLACE' && m.end === p.end && m.start < p.start);
          if (place) { d = pieceStartingAt(list, place.start) - 1; modified = true; continue; }
        }
        // ("Wegovy maker Novo Nordisk", "iPhone maker Apple": a product's name before "maker" is what it makes)
        if (d === k - 1 && MAKER.test(noun.text) && capital(p) && !startsSentence(p) && !lookup(p.text) && !(pieces[d - 1] && capital(pieces[d - 1]) && pieces[d - 1].sentence === p.sentence)) { product = d; d--; modified = true; continue; }
        if (p.text === 'based' && pieces[d - 1]?.text === '-' && pieces[d - 2] && isCap(pieces[d - 2])) { d -= 3; modified = true; continue; }
        // ("the national tenants' union Woonbond", "the retailers' association INretail": a plural
        // noun's possessive)
        if (/^['’]$/.test(p.text) && !afterSpace(p) && pieces[d - 1] && /^\p{Ll}+s$/u.test(pieces[d - 1].text)) { d -= 2; modified = true; continue; }
        // ("the state-owned company Codelco", "the family-run firm X": a lowercase hyphenated compound)
        if (!capital(p) && /^\p{Ll}+$/u.test(p.text) && pieces[d - 1]?.text === '-' && !afterSpace(pieces[d - 1]) && !afterSpace(p) && pieces[d - 2] && /^\p{Ll}+$/u.test(pieces[d - 2].text)) { d -= 3; modified = true; continue; }
        break;
      }
    }
    const det = pieces[d];
    // ("South Africa's state power utility, Eskom, and": or a place's possessive)
    // ("told broadcaster Televisa", "speaking to broadcaster DR": a medium's noun without a determiner
    // after a verb of telling or "to" names the medium told)
    const told = !comma && d === k - 1 && MEDIUM_NOUN.test(noun.text) && !!det && /^(?:told|tells|telling|to)$/.test(det.text);
    if (capital(noun) || !(det && (comma ? /^(?:the|a|an|its|their|his|her|our|['’]s)$/i : /^(?:the|a|an)$/i).test(det.text) || modified && d < k - 1 || told)) continue;
    // ("at a reception centre on the island, Yonas Gebremedhin, a 24-year-old, said": after a
    // preposition the noun ends a phrase of place or time that opens the sentence; the name after
    // its comma is the clause's subject, not the noun's name)
    if (comma && /^(?:on|in|at|from|near|off|across|inside|outside|around|over|onto|into|across)$/i.test(pieces[d - 1]?.text ?? '')) continue;
    // ("A spokesperson for the union, Anele Dlamini, said": the name after the comma is the
    // spokesperson's, whom "for the union" describes, not the union's)
    if (comma && /^(?:for|of|at|with)$/i.test(pieces[d - 1]?.text ?? '') && !!pieces[d - 2] && jobNoun(pieces[d - 2].text.toLowerCase())) continue;
    const first = c;
    if (!isCap(pieces[first]) || afterNewline(pieces[first]) || startsSentence(pieces[first]) || pieces[first].sentence !== noun.sentence) continue;
    const last = runEnd(first, !comma && !isGivenName(pieces[first].text) && !isNationality(pieces[first].text));
    if (comma && !/^[,.;)]$/.test(pieces[last + 1]?.text ?? '.')) continue;
    // ("the party European Solidarity", "the airline American Airlines": a nationality may open the name)
    // ("the public broadcaster DR": capitals alone are no title, "Dr")
    if (isTitle(pieces[first].text) && !(last === first && /^\p{Lu}{2,}$/u.test(pieces[first].text)) || isNationality(pieces[first].text) && (last === first || isTitle(pieces[first + 1].text) || isNationality(pieces[first + 1].text))) continue;
    // ("the conciliation service Acas", but "the Russian service Alexander Gordon": a broadcaster's
    // language service is followed by its reporter's name; a given name there opens a person's)
    if (noun.text === 'service' && isGivenName(pieces[first].text)) continue;
    // ("policy maker John Williams": nor after "maker", where a person may be meant)
    if (MAKER.test(noun.text) && isGivenName(pieces[first].text)) continue;
    // ("The developer, Nguyen Van Thanh, 63, of Sunnybank": an age after the name, or a given name
    // after a noun that a person can be too, makes the appositive a person; so does a Vietnamese middle name)
    if (comma && (/^, \d{1,3},/.test(text.slice(pieces[last].end, pieces[last].end + 6)) || (isGivenName(pieces[first].text) || last >= first + 2 && /^(?:Thị|Văn|Thi|Van)$/u.test(pieces[first + 1].text)) && PERSON_OR_BODY.test(noun.text))) continue;
    // ("the ratings agency Moody's lowered", "the retailer Sainsbury's reported": a body's name that ends
    // in a possessive, where a verb, not a noun it owns, comes next)
    const owned = pieces[last + 1], after = pieces[last + 2];
    const end = type === 'ORG' && !comma && owned && /^['’]s$/.test(owned.text) && !afterSpace(owned) && after && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV') && !capital(after) ? last + 1 : last;
    const name = text.slice(pieces[first].start, pieces[end].end);
    if (isNotEntity(name)) continue;
    const known = lookup(name);
    if (known && (known.type === 'PLACE' || known.type === type)) continue;
    takeUnclaimed(first, end, type, name);
    // (the product is no body: "Wegovy" of "Wegovy maker")
    if (product >= 0) { const at = found.findIndex(m => m.start === pieces[product].start && m.end === pieces[product].end && !m.certain); if (at >= 0) found.splice(at, 1); }
  }
  /**
   * Each name of a list from piece c0 on, within one sentence: runs of capitalised pieces joined by
   * ",", "and", "or" or ", and" (and, where `articles`, a "the" after the joiner: "Syriza, the Greens").
   */
  const eachListed = (c0: number, sentence: number, articles: boolean, visit: (c: number, last: number) => void): void => {
    let c = c0;
    while (c < pieces.length && isCap(pieces[c]) && !afterNewline(pieces[c]) && pieces[c].sentence === sentence) {
      let last = c;
      while (last + 1 < pieces.length && isCap(pieces[last + 1]) && !afterNewline(pieces[last + 1]) && pieces[last + 1].sentence === pieces[c].sentence) last++;
      visit(c, last);
      const sep = pieces[last + 1]?.text, sep2 = pieces[last + 2]?.text;
      if (sep === ',' && (sep2 === 'and' || sep2 === 'or')) c = last + 3;
      else if (sep === ',' || sep === 'and' || sep === 'or') c = last + 2;
      else break;
      if (articles && pieces[c]?.text === 'the') c++;
    }
  };
  // "the towns of Lajeado, Estrela and Roca Sales": every name listed after a plural place noun and
  // "of" is a place.
  // (the list's first name is a capitalised piece: only those are visited)
  for (const c0 of capitals) {
    const k = c0 - 2;
    if (k < 0 || pieces[k + 1].text !== 'of' || !PLACES_OF.test(pieces[k].text) || capital(pieces[k])) continue;
    eachListed(c0, pieces[k].sentence, false, (c, last) => {
      const name = text.slice(pieces[c].start, pieces[last].end);
      const known = lookup(name);
      if (!isNotEntity(name) && !isNationality(name) && (!known || known.type === 'PLACE')) takeUnclaimed(c, last, 'PLACE', known?.canonical ?? name);
    });
  }
  /** A listed name of the list's type, unless it is no entity, a nationality or a title, or the data knows it as another type. */
  const takeListed = (type: EntityType, c: number, last: number) => {
    const name = text.slice(pieces[c].start, pieces[last].end);
    const known = lookup(name);
    if (!isNotEntity(name) && !isNationality(name) && !isTitle(pieces[c].text) && (!known || known.type === type)) takeUnclaimed(c, last, type, known?.canonical ?? name);
  };
  // "the Ravi, Sutlej and Chenab rivers", "the Tigris and Euphrates rivers": names listed before a
  // plural type noun are of its type, each on its own
  for (const c0 of capitals) {
    if (!/^the$/i.test(pieces[c0 - 1]?.text ?? '') || afterNewline(pieces[c0])) continue;
    const items: [number, number][] = [];
    eachListed(c0, pieces[c0].sentence, false, (c, last) => { items.push([c, last]); });
    const noun = items.length >= 2 ? pieces[items[items.length - 1][1] + 1] : undefined;
    const type = noun && !capital(noun) && afterOneSpace(noun) ? pluralTypeNoun(noun.text) : undefined;
    if (!type) continue;
    for (const [c, last] of items) takeListed(type, c, last);
  }
  // "Chinese brands including Huawei and Honor", "carmakers such as Geely, Chery and BYD", "banks like
  // Nordea": names listed after a plural type noun and "including", "such as" or "like" are of its type
  // (a name the data knows as another type keeps it, and the list goes on after it)
  for (const c0 of capitals) {
    let k = c0 - 1;
    const opener = pieces[k]?.text;
    if (opener === 'as' && pieces[k - 1]?.text === 'such') k--;
    else if (opener !== 'including' && opener !== 'like') continue;
    const noun = pieces[k - 1];
    if (!noun || capital(noun) && !startsSentence(noun) || afterNewline(pieces[c0]) || noun.sentence !== pieces[c0].sentence) continue;
    const plural = noun.text.toLowerCase();
    const type = plural === 'brands' ? 'ORG' : pluralTypeNoun(plural);
    if (!type) continue;
    eachListed(c0, noun.sentence, true, (c, last) => takeListed(type, c, last));
  }
  // Two nouns right after a capitalised name say what it is; one pass over the capitals for both.
  for (const c of capitals) {
    const noun = pieces[c + 1];
    if (!noun || capital(noun) || !afterOneSpace(noun) || noun.sentence !== pieces[c].sentence) continue;
    // "Moderna shares rose", "Tesla stock", "Pfizer chief executive Albert Bourla": what has shares,
    // stock or a chief executive is a company (a place the data knows stays one: "Tokyo shares fell").
    if (/^(?:shares|stock|stocks|shareholders|CEO|chief)$/.test(noun.text) && (noun.text !== 'chief' || pieces[c + 2]?.text === 'executive')) {
      let first = c;
      while (first > 0 && isCap(pieces[first - 1]) && !afterNewline(pieces[first]) && pieces[first - 1].sentence === noun.sentence && c - first < 3) first--;
      while (first < c && (startsSentence(pieces[first]) && isCommonWord(pieces[first].text) || pieces[first].text === 'The')) first++;
      const name = text.slice(pieces[first].start, pieces[c].end);
      if (isNotEntity(name) || isNationality(name) || isTitle(pieces[c].text) || lookup(name) || startsSentence(pieces[first]) && isCommonWord(name)) continue;
      takeUnclaimed(first, c, 'ORG', name);
    } else if (LED_BY.test(noun.text)) {
      // "the Monti government", "the Netanyahu cabinet", "the Assad regime": a leader's surname before
      // the government named after them is a person (a party, a country or a nationality the data
      // knows stays what it is: "the Labour government", "the Kenyan government").
      const p = pieces[c];
      if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(p.text) || pieces[c - 1] && isCap(pieces[c - 1]) && pieces[c - 1].text !== 'The' && pieces[c - 1].sentence === p.sentence) continue;
      if (startsSentence(p) || isCommonWord(p.text) || isNationality(p.text) || isTitle(p.text) || isNotEntity(p.text) || lookup(p.text)) continue;
      // (a person is not spread to the same words elsewhere the way a body is: "Joe Biden" stays whole)
      if (!found.some(m => m.start < p.end && p.start < m.end)) found.push(mention({ pieces: [p], strict: false }, p.text, 'PERSON', p.text, false));
    }
  }
  // "the London-based Rentokil", "Seattle-based Halden": what a place-based compound describes
  // directly is a company or a body (a person would have a noun after it: "London-based artist").
  for (const c of capitals) {
    if (pieces[c - 1]?.text !== 'based' || pieces[c - 2]?.text !== '-' || !pieces[c - 3] || !isCap(pieces[c - 3]) || afterNewline(pieces[c])) continue;
    if (isTitle(pieces[c].text) || isNationality(pieces[c].text)) continue;
    const last = runEnd(c);
    const name = text.slice(pieces[c].start, pieces[last].end);
    if (isNotEntity(name) || lookup(name)?.type === 'PLACE') continue;
    // ("directed by the Berlin-based Lukas Herrenknecht": a given name, then one more name word, opens a person's name)
    if (last === c + 1 && isGivenName(pieces[c].text) && !isCommonWord(pieces[c].text) && found.some(m => m.type === 'PERSON' && m.start === pieces[c].start && m.end === pieces[last].end)) continue;
    takeUnclaimed(c, last, 'ORG', name);
  }
  // "Glenmore, the mining company, said": an appositive whose head noun says what the name is.
  for (const c of capitals) {
    const k = c + 1;
    if (k + 2 >= pieces.length) continue;
    if (pieces[k].text !== ',' || !/^(?:the|a|an)$/i.test(pieces[k + 1].text) || !isCap(pieces[k - 1])) continue;
    let e = k + 2;
    while (e < pieces.length && e < k + 7 && !capital(pieces[e]) && /^[\p{Ll}-]+$/u.test(pieces[e].text)) e++;
    if (e >= pieces.length || !/^[,.;]$/.test(pieces[e].text) || e === k + 2) continue;
    // (the head comes before a preposition: "Okafor, a member of the group," is a member, and
    // "Okonkwo, a spokeswoman for the agency," a spokeswoman)
    let of = k + 2;
    while (of < e && !HEAD_BEFORE.has(pieces[of].text)) of++;
    if (of < e) continue;
    // ("Corvane Energy, the utility serving the town.": a participle or a second determiner opens a
    // phrase of its own; the head is the word before it)
    let h = Math.min(k + 3, e);
    while (h < e && pieces[h].pos !== 'VERB' && !/^(?:the|a|an)$/.test(pieces[h].text)) h++;
    // ("Founded by Sotaro Okabe, the company grew.": a verb of its own makes it a clause, no appositive)
    if (h < e && pieces[h].pos === 'VERB' && !/ing$/.test(pieces[h].text)) continue;
    const type = typeNounOf(pieces[h - 1].text);
    if (!type) continue;
    let first = k - 1;
    while (first > 0 && isCap(pieces[first - 1]) && !afterNewline(pieces[first]) && pieces[first - 1].sentence === pieces[k].sentence) first--;
    if (isTitle(pieces[first].text) || isNationality(pieces[first].text) || first === k - 1 && startsSentence(pieces[first]) && isCommonWord(pieces[first].text) && !midSentence(fold(pieces[first].text))) continue;
    const start = pieces[first].start, end = pieces[k - 1].end;
    const name = text.slice(start, end);
    if (isNotEntity(name) || lookup(name)) continue;
    const inside = found.filter(m => m.start < end && start < m.end);
    if (inside.some(m => m.certain || m.role || m.start !== start || m.end !== end)) continue;
    take(first, k - 1, type, name, inside);
  }
  // "the Law and Justice party ... the Law and Justice leader": the same words elsewhere name the same body.
  // Each distinct name is searched once; then one pass over the mentions finds what each new one
  // overlaps (a long text names the same body hundreds of times).
  const typeOf = new Map<string, EntityType>();
  const taken = new Set<number>();
  for (const n of named) { if (!typeOf.has(n.text)) typeOf.set(n.text, n.type); taken.add(n.start); }
  const more: { start: number; end: number; first: number; last: number; name: string; type: EntityType; blocked: boolean }[] = [];
  for (const [name, type] of typeOf) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length, k = pieceStartingAt(list, at);
      if (k < 0 || taken.has(at) || /[\p{L}\p{N}]/u.test(text[end] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
      const last = lastTokenAtOrBefore(list.starts, end - 1);
      // ("Science magazine ... Helen Marsh, Science Editor": not inside a longer run of capitals)
      const next = pieces[last + 1], prev = pieces[k - 1];
      if (next && isCap(next) && !afterNewline(next) && afterSpace(next) || prev && isCap(prev) && !afterNewline(pieces[k]) && !/^(?:The|A|An)$/.test(prev.text)) continue;
      more.push({ start: at, end, first: k, last, name, type, blocked: false });
    }
  }
  if (more.length === 0) return;
  more.sort((a, b) => a.start - b.start || b.end - a.end);
  const overlapping = (m: { start: number; end: number }) => {
    const out: typeof more = [];
    for (let i = Math.max(0, lastAtOrBefore(more, m.start, x => x.start)); i < more.length && more[i].start < m.end; i++) if (m.start < more[i].end) out.push(more[i]);
    return out;
  };
  for (const m of found) if (m.certain) for (const o of overlapping(m)) o.blocked = true;
  for (let i = found.length - 1; i >= 0; i--) if (!found[i].certain && overlapping(found[i]).some(o => !o.blocked)) found.splice(i, 1);
  let lastEnd = -1; // two names found at one place ("Korvex" inside "Korvex Data"): the longer
  for (const o of more) {
    if (o.blocked || o.start < lastEnd) continue;
    found.push(mention({ pieces: pieces.slice(o.first, o.last + 1), strict: false }, o.name, o.type, o.name, true));
    lastEnd = o.end;
  }
}

/** In a headline-like run, the longest pieces the data knows or that end in a body's head word. */
function knownParts(text: string, ps: Piece[]): (NamedMention & { certain: boolean })[] {
  const out: (NamedMention & { certain: boolean })[] = [];
  for (let k = 0; k < ps.length;) {
    let taken = 0;
    for (let n = Math.min(5, ps.length - k); n >= 1 && !taken; n--) {
      const sub = ps.slice(k, k + n);
      if (!isCap(sub[0])) continue; // "un" in "Jong-un" is not the UN
      const name = textOf(text, sub);
      const known = lookup(name);
      const type = known?.type ?? (n > 1 && isOrgHead(sub[n - 1].text) ? 'ORG' : undefined);
      if (type && !isNotEntity(name)) { out.push(mention({ pieces: sub, strict: true }, name, type, known?.canonical ?? name, !!known)); taken = n; }
    }
    k += taken || 1;
  }
  return out;
}

/**
 * The same mention typed as a guessed person, built as a literal in mention()'s field order (a
 * spread's copy has a shape of its own, which the garbage collector drops between analyses, and
 * code optimised for it was thrown back to the interpreter at the next one).
 */
function asPerson(m: NamedMention & { certain: boolean }): NamedMention & { certain: boolean } {
  return retyped(m, 'PERSON', m.text, false);
}
/** The same mention with another type, key and certainty, built the same way. */
function retyped(m: NamedMention & { certain: boolean }, type: EntityType, key: string, certain: boolean): NamedMention & { certain: boolean } {
  return { type, text: m.text, start: m.start, end: m.end, entity: m.entity, value: m.value, key, role: m.role, certain };
}

function mention(seg: Segment, name: string, type: EntityType, key: string, certain: boolean): NamedMention & { certain: boolean } {
  const ps = seg.pieces;
  return { type, text: name, start: ps[0].start, end: ps[ps.length - 1].end, entity: null, value: null, key, role: seg.role, certain };
}

export type { Token };
