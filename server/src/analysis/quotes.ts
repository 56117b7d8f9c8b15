import { Token, TokenizedText, lastAtOrBefore, lastTokenAtOrBefore, afterOneSpace, capital, isJsSpace } from './tokens';
import { NamedMention, POSTNOMINAL } from './entities';
import { fold, speechVerbs, speechNouns, personPronouns, roleNouns, unnamedSources, bodyNouns, anyBodyNouns, namedBodyNouns, workNouns, titleFunctionWords, isNationality, isOrgHead, isTitleWord, givenNameGender, kinNouns, personNouns, nameAbbreviations, unnamedRoles, nameParticles } from './gazetteer';
import { rememberedPerWord } from './detached';
import { isCommonWord } from './typer';
/** A Korean or Chinese given name hyphened in two syllables, the last of the name: " Jae-sung", " Hsien-loong". */
const EAST_ASIAN_GIVEN = /^ \p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u;
/** What an article writes of a source it keeps anonymous. */
const ANONYMOUS = /\b(?:not (?:authori[sz]ed|allowed|permitted|cleared) to (?:speak|talk|comment)|on (?:the )?condition (?:of|that (?:he|she|they) not be named)|anonymity|(?:asking|asked|declined|requested|wished) not to be (?:named|identified)|declined to be (?:named|identified)|spoke anonymously|speaking anonymously)\b/;
/** 'The jury, chaired by (the Brazilian director) ': an unnamed body, then who chairs or leads it. */
const CHAIRED_BODY = /(?:^|[.!?]["”’']?\s+)(?:The|A|An) (?:jury|panel|committee|board|tribunal|judges|commission), (?:chaired|led|headed|presided over) by (?:[\p{L}-]+ ){0,4}$/u;
/** Whether text holds a quotation mark that is not round a term of three words or fewer ('"gatekeeper" platforms'). */
function holdsQuotation(text: string): boolean {
  if (!/["“”]/.test(text)) return false;
  return text.replace(/["“]([^"“”\n]{1,40})["”]/g, (all, inner: string) => inner.trim().split(/\s+/).length <= 3 && !/[.!?,]$/.test(inner) ? inner : all).search(/["“”]/) >= 0;
}
/** '," she said' right after a quote. */
const PRONOUN_SAID = /^[,.!?]?["”’']?\s*(?:he|she) (?:said|says|added|told|wrote)\b/;
/** Nouns for a company ("the company said"), which stand for no court, ministry or commission. */
const COMPANY_NOUN = /^(?:company|firm|corporation|carmaker|automaker|airline|retailer|utility|operator|lender|insurer|startup|start-up|consultancy|manufacturer|developer)$/;
/** Head words of public bodies that news calls "the agency": "World Food Programme", "Office of ...", "Food Standards Authority". */
const AGENCY_HEADS = new Set(['office', 'programme', 'program', 'commission', 'authority', 'administration', 'service', 'services', 'bureau', 'directorate', 'fund', 'organization', 'organisation', 'institute', 'centre', 'center', 'inspectorate', 'agency', 'board']);
/**
 * Bodies a noun may stand for though their names lack it: "the agency" for any public body named
 * with a public body's head word; "the union" for a trade union named as a society, a federation or
 * a brotherhood ("the Associated Society of Locomotive Engineers and Firemen ... the union said");
 * "the bloc" for a union or a community of states ("the Economic Community of West African States");
 * "the force" for a police force ("South Yorkshire Police ... the force said").
 */
const HEADS_FOR: Record<string, ReadonlySet<string>> = {
  agency: AGENCY_HEADS,
  // ("the Competition Council ... opened an investigation into Carpatic Fibre. The regulator said": a
  // regulator is a public body, not the company it regulates)
  regulator: AGENCY_HEADS,
  union: new Set(['union', 'society', 'federation', 'confederation', 'association', 'syndicate', 'brotherhood', 'guild', 'congress', 'alliance']),
  bloc: new Set(['union', 'community', 'alliance', 'association', 'organization', 'organisation', 'league', 'cooperation', 'council', 'group', 'states', 'nations', 'bloc']),
  force: new Set(['police', 'constabulary', 'garda', 'gendarmerie', 'force']),
};

/** The text between two quotes: one sentence (full stops after a capital initial, a title's abbreviation or in a clock's "a.m." aside: "Dr."), then the next quote's opening. */
const ATTRIBUTION_THEN_QUOTE = /^(?:[^.!?\n]|(?<=\b(?:\p{Lu}|Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|Jr|Sr|[ap]\.m))\.|(?<=\b[ap])\.(?=m\.))*[.!?]\s+["“‘']?$/u;
/** After "according": "to", a few words ending in a lowercase noun for a role, and a comma before a name. */
const ROLE_THEN_NAME = /^ to (?:[\p{L}'’.-]+ ){0,5}\p{Ll}+, $/u;
/** A closing quotation mark, as a token of its own. */
const CLOSING_MARK = /^["”’']$/;
/** After a verb of saying: "the" and an age, "the 24-year-old". */
const AGE_AFTER_VERB = /^\s+the\s+\d{1,3}-year-old\b/;
/** After "according": "to", a source of a few words with no comma or quote, perhaps its letters in brackets, and the sentence's end. */
const ACCORDING_ENDS = /^ to [^,;:"“”\n]{2,100}?(?: \([^()]{1,20}\))?\.(?:\s|$)/;
/** Between "according" and a name: a document that name has seen or obtained (" to a draft seen by "). */
const SEEN_BY = /^ to (?:a|an|the) (?:[\p{Ll}-]+ ){0,3}(?:seen|obtained|reviewed|viewed) by (?:the )?$/u;
/** Letters right after a name, then a comma: " SC,", " KC,", " MP," (the letters are read by POSTNOMINAL). */
const LETTERS_THEN_COMMA = /^ (\p{Lu}[\p{Lu}\p{Ll}]{1,3})(?=,)/u;
/** A preposition right before a name: its object ("in a post on Facebook", "wrote on X") is no subject and no source. */
const PREPOSITION_BEFORE = /\b(?:on|in|at|to|from|via|into|onto)\s+(?:the\s+)?$|\b(?:with|for)\s+the\s+$/i;

/** A quotation found in one article, with the mention (if any) it is attributed to. */
export interface FoundQuote {
  text: string;
  start: number;
  end: number;
  /** Index into the article's named mentions of the speaker, or null. */
  speaker: number | null;
  speakerText: string | null;
}

const OPEN_BEFORE = /[\s([{—–\-:;/]/;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Quotation spans (marks excluded): straight, curly and mixed double marks, single marks
 * used as quotes, and quotes left open at the end of a paragraph. A quote that is only a
 * capitalised name or title ("the “Iron Lady”") is not a quotation.
 *
 * Linear in the text, whatever its marks: two questions look ahead to the end of the line (how
 * many closing marks are left, for a nested quote; is a glued straight mark closed), and asking
 * them by scanning at every mark was quadratic in the marks of one line ('"a "b "c …' or '“ '
 * repeated: 2 s for 50 KB, 37 s for 200 KB). The end of the line is found once per line, and the
 * closing marks left in it are counted once per line and then kept up to date as the marks are
 * visited.
 */
export function findQuotes(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1, openSingle = -1, nested = 0;
  // The mark that closes the open quote besides '”' and '"': '“' after a low '„' (German and Polish
  // quotes: „So“, „tak”), '»' after '«' (guillemets). Empty when the quote opened with '“' or '"'.
  let closer = '';
  // The line (up to '\n', as the look-aheads always read it: '\r' ends a quote but not this line)
  // of the mark being visited: where it ends, the closing marks ('"' or '”') visited in it so far,
  // and all its closing marks (-1 until a nested quote first asks).
  let lineEnd = -1, closersSeen = 0, lineClosers = -1;
  const toLineEnd = (i: number) => {
    if (lineEnd < i) { lineEnd = text.indexOf('\n', i); if (lineEnd < 0) lineEnd = text.length; }
    return lineEnd;
  };
  /** The closing marks after `i` in its line: a nested quote needs its own and the outer one's. */
  const closingMarksAhead = (i: number) => {
    if (lineClosers < 0) {
      let n = 0;
      for (let j = i + 1, end = toLineEnd(i); j < end; j++) { const c = text.charCodeAt(j); if (c === 0x22 || c === 0x201d) n++; }
      lineClosers = closersSeen + n;
    }
    return lineClosers - closersSeen;
  };
  /**
   * Whether a straight double mark at `i` is closed later in its line. The search for the next
   * straight mark stops at the next one this loop visits, so these searches never overlap.
   */
  const gluedOpenerCloses = (i: number) => {
    const close = text.indexOf('"', i + 1);
    return close >= 0 && close < toLineEnd(i);
  };
  const close = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s && !isNameOnly(text.slice(s, e))) spans.push({ start: s, end: e });
  };
  const step = (i: number) => {
    const c = text[i];
    const atEnd = i === text.length || c === '\n' || c === '\r';
    if (atEnd) {
      if (open >= 0) close(open, i);
      if (openSingle >= 0 && open < 0) { /* an apostrophe, not a quote: drop it */ }
      open = -1; openSingle = -1; nested = 0; closer = '';
      return;
    }
    const prev = i > 0 ? text[i - 1] : '\n';
    const next = text[i + 1] ?? '';
    if (open < 0 && openSingle < 0) {
      if (c === '«') { open = i + 1; closer = '»'; return; }
      if (c === '“' || c === '„' || (c === '"' && (i === 0 || OPEN_BEFORE.test(prev) || prev === '\n') && next && !/\s/.test(next))) { open = i + 1; closer = c === '„' ? '“' : ''; return; }
      // 'said," Our streets...".': a mark glued to a comma, with its closing mark later in the line.
      // '" We are ready"' after a space or a colon: a spacing slip before the first word.
      if (c === '"' && (prev === ',' || OPEN_BEFORE.test(prev)) && /^\s[^\s"]/.test(text.slice(i + 1, i + 3)) || c === '"' && prev === ',' && /^[\p{Lu}[]/u.test(next)) {
        if (gluedOpenerCloses(i)) { open = i + 1; return; }
      }
      if ((c === '‘' || c === "'") && (i === 0 || /[\s(\[“"]/.test(prev)) && LETTER.test(next) && !/^\d0s\b/.test(text.slice(i + 1, i + 5))) { openSingle = i + 1; return; }
    } else if (open >= 0) {
      if (closer && c === closer && nested === 0) { close(open, i); open = -1; closer = ''; return; }
      if (c === '«' || c === '»') return;
      // A quote nested in another ('"He said "no" to me"') belongs to the outer one: an opening mark
      // (a curly one, or a straight one after a space and before a word) waits for its own closing mark.
      if ((c === '“' || c === '„' || (c === '"' && /\s/.test(prev) && LETTER.test(next))) && closingMarksAhead(i) >= 2 * (nested + 1)) { nested++; return; }
      if (c === '”' || c === '"') { if (nested > 0) { nested--; return; } close(open, i); open = -1; closer = ''; }
    } else if (openSingle >= 0) {
      if ((c === '’' || c === "'") && !/\s/.test(prev) && !LETTER.test(next)) { close(openSingle, i); openSingle = -1; }
    }
  };
  // Only line breaks and quotation marks change the state: visit those (and the end), not every character.
  const marks = /[\n\r"'“„”‘’«»]/g;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === 0x0a) { closersSeen = 0; lineClosers = -1; } // a new line: its closing marks are not counted yet
    else if (c === 0x22 || c === 0x201d) closersSeen++; // counted before the visit: "ahead" is after the mark
    step(m.index);
  }
  step(text.length);
  return spans;
}

function isNameOnly(quoted: string): boolean {
  if (quoted.length > 80 || /\s\S+\s/.test(quoted.trim())) return false; // three words or more: never a bare name
  const words = quoted.split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.every(w => /^[\p{Lu}\d]/u.test(w)) && !/[.,!?;:]$/.test(quoted) && words.length > 0 && words.length < 3;
}

/**
 * Attributes each quote to a named speaker, from the speech verbs around it.
 *
 * Near-linear in the text, however many quotes share a line or a sentence: each quote reads the
 * words between its neighbours (the windows before and after it stop at the previous and next
 * quote), at most three lead-in sentences of a size prose has, and otherwise only what is looked
 * up by binary search or kept from one quote to the next (line breaks, the sentence's scare-quote
 * answer, the last body quoted, the people a pronoun or a role can stand for, twin texts). Every
 * quote used to read its whole line or sentence in places, and a line of thousands of quotes took
 * seconds ('“a” ' 5,000 times below a headline: 9 s); article.ts blanked lines over 20,000
 * characters for that, and no longer does.
 */
/** After a quote, the sentence that says whose words they were, up to the name: '" That was the view of ', '" The words were those of ', '" That warning came from ', '" Those words, from '. */
const WHOSE_WORDS_AFTER = /^[,.!?…]?["”’']?\s+(?:(?:That|This|Such) (?:was|is) the (?:view|verdict|assessment|opinion|message|warning|judgment|judgement|conclusion|reaction|response|advice) of |The words (?:were|are) (?:those )?of |(?:That|This|The) (?:view|verdict|assessment|message|warning|plea|appeal|criticism|comment|remark|prediction) came from |(?:Those|These|The) words(?:,| came)? from )/;

export function attributeQuotes(tokenized: TokenizedText, allSpans: { start: number; end: number }[], named: readonly NamedMention[], titles: readonly { start: number; end: number }[] = []): FoundQuote[] {
  const { text, tokens, starts } = tokenized;
  // The line breaks, found once: on a long line, looking for the paragraph around each quote with
  // lastIndexOf or indexOf read the whole line for every quote in it.
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  /** text.lastIndexOf('\n', offset), by binary search. */
  const newlineAtOrBefore = (offset: number) => { const k = lastTokenAtOrBefore(newlines, Math.max(0, offset)); return k >= 0 ? newlines[k] : -1; };
  /** text.indexOf('\n', offset) (-1 if none), by binary search. */
  const newlineFrom = (offset: number) => newlines[lastTokenAtOrBefore(newlines, offset - 1) + 1] ?? -1;
  /** Whether `offset` is below the article's first line (a line break at 1..offset). */
  const belowFirstLine = (offset: number) => newlineAtOrBefore(offset) > 0;
  // Whether the article quotes people in double marks below its first line: computed once, not per quote.
  const doubleQuotedBody = allSpans.some(o => /["“]/.test(tokenized.text[o.start - 1] ?? '') && belowFirstLine(o.start));
  // (a headline's quoted title that the body quotes as a title too, 'Nishizaki's "The Ferry at Ōma"
  // wins', is among the titles quotedTitles found; the body's own are no quotations by isNotQuotation)
  const titleSet = new Set(titles);
  const spans = allSpans.filter(s => !isNotQuotation(tokenized, doubleQuotedBody, s, belowFirstLine(s.start)) && !titleSet.has(s));
  // ('titled "Votar con miedo" ("Voting in fear")', 'known as the “kotak kosong”, or “empty box”': a
  // gloss in brackets or after "or" is what it glosses, a title or a name, no quotation either)
  if (spans.length < allSpans.length) {
    const kept = new Set(spans);
    for (let i = 1; i < allSpans.length; i++) {
      const s = allSpans[i], prev = allSpans[i - 1];
      if (kept.has(s) && !kept.has(prev) && s.start - prev.end <= 8 && GLOSS_BETWEEN.test(text.slice(prev.end, s.start))) kept.delete(s);
    }
    if (kept.size < spans.length) spans.splice(0, spans.length, ...spans.filter(s => kept.has(s)));
  }
  const quotes: FoundQuote[] = spans.map(s => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, speaker: null, speakerText: null }));
  // Everything below is looked up by binary search: a long article has thousands of tokens and quotes.
  const inQuote = (offset: number) => { const k = lastAtOrBefore(spans, offset, s => s.start); return k >= 0 && offset < spans[k].end; };
  const tokenAt = (offset: number) => { const k = lastTokenAtOrBefore(starts, offset); return Math.max(0, k); };
  const firstStartingAfter = (offset: number) => lastTokenAtOrBefore(starts, offset) + 1;
  /** The number of tokens that end before `offset` (ends grow with starts: only the last token starting before it can reach it). */
  const endingBefore = (offset: number) => { const k = lastTokenAtOrBefore(starts, offset - 1); return k >= 0 && tokens[k].end >= offset ? k : k + 1; };
  // (the writers a byline names report the words, they say none of them: "By Haruka Ono" is no "he")
  const inByline = (at: number) => at < 1500 && BYLINE_LINE.test(text.slice(newlineAtOrBefore(at) + 1, at));
  // ("Counsel for the accused, Fionnuala Nic Aodha SC, said": letters for an honour or an office after
  // a person's name, before a comma, are read with the name)
  const speakers = named.map((m, k) => {
    const letters = m.type === 'PERSON' ? LETTERS_THEN_COMMA.exec(text.slice(m.end, m.end + 8)) : null;
    const post = letters && POSTNOMINAL.test(letters[1]) ? letters : null;
    return { m: post ? { ...m, end: m.end + post[0].length } : m, k };
  }).filter(x => (x.m.type === 'PERSON' || x.m.type === 'ORG') && !inQuote(x.m.start) && !inByline(x.m.start));
  /** Whether a named mention holds the offset strictly inside it. */
  const insideName = (at: number) => {
    const i = lastAtOrBefore(speakers, at, x => x.m.start);
    return i >= 0 && speakers[i].m.start < at && speakers[i].m.end > at;
  };
  const mentionAt = (a: number, b: number) => {
    const out = [];
    for (let i = Math.max(0, lastAtOrBefore(speakers, a - 1, x => x.m.start) + 1); i < speakers.length && speakers[i].m.start < b; i++) {
      if (speakers[i].m.start >= a && speakers[i].m.end <= b) out.push(speakers[i]);
    }
    return out;
  };
  /** The person whose name comes right before body k's, joined to it by "of (the) ..." or a bracket: "Ana Ruiz of the Green Party", "Ana Ruiz of the Green Party (Partido Verde)". */
  const bodyOwner = (k: number): number | null => {
    const b = named[k], before = mentionAt(Math.max(0, b.start - 120), b.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const x = before[i];
      if (x.m.type === 'PERSON') return OWNED_BODY_BETWEEN.test(text.slice(x.m.end, b.start)) ? x.k : null;
      if (x.m.type !== 'ORG') return null;
    }
    return null;
  };
  /** Whether a named mention of any type (a place too) holds the offset, past its first character. */
  const withinMention = (at: number) => {
    const i = lastAtOrBefore(named, at, m => m.start);
    return i >= 0 && named[i].start < at && named[i].end > at;
  };
  /** mentionAt(a, b)[0], without listing the rest. */
  const firstMentionAt = (a: number, b: number) => {
    for (let i = Math.max(0, lastAtOrBefore(speakers, a - 1, x => x.m.start) + 1); i < speakers.length && speakers[i].m.start < b; i++) {
      if (speakers[i].m.start >= a && speakers[i].m.end <= b) return speakers[i];
    }
    return undefined;
  };
  const people = speakers.filter(x => x.m.type === 'PERSON');
  /** A mention after "a spokesman for", "officials at the", "lawyers of": a source with no name speaks for it. */
  const sourceFor = (start: number): boolean => {
    // ("a spokesperson for the Department for Culture, Media and Sport (DCMS) said": the short form in
    // brackets stands where its long form does)
    if (text.charCodeAt(start - 1) === 40 /* ( */ && text.charCodeAt(start - 2) === 32) {
      const long = speakers.find(x => x.m.end === start - 2);
      if (long) return sourceFor(long.m.start);
    }
    let k = lastTokenAtOrBefore(starts, start - 1); // the word before the mention
    if (k >= 0 && /^the$/i.test(tokens[k].text)) k--;
    return k >= 1 && /^(?:for|of|at|from|with)$/i.test(tokens[k].text) && unnamedSources.has(tokens[k - 1].text.toLowerCase());
  };
  /** Whether an unnamed source and a verb of speaking follow a quote's end: '," a museum spokesperson said'. */
  const unnamedRightAfter = (end: number): boolean => {
    const m = UNNAMED_AFTER_QUOTE.exec(text.slice(end, end + 60));
    return m !== null && unnamedSources.has(m[1]);
  };
  /** A mention before "'s spokesman", " officials": a source with no name speaks for it. */
  const sourceOf = (end: number) => {
    const m = /^(?:['’]s)?\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20));
    return m !== null && unnamedSources.has(m[1]);
  };
  const orgs = speakers.filter(x => x.m.type === 'ORG');
  /**
   * "the company said", "said the ministry": the organization named last before `before` whose
   * name holds that noun ("the ministry" → "Foreign Ministry"); a company, firm or group may be any.
   */
  const genericBody = (words: readonly Token[], before: number, leading = false): number | null => {
    const n = words.length;
    if (n < 2) return null;
    // ("the hydrometeorological institute said", "said the foreign ministry": up to two lowercase
    // words between, each of them in the body's name)
    const plain = (t: Token | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && !/^the$/.test(t.text);
    let d = leading ? 0 : n - 2, h = leading ? 1 : n - 1, based = 0;
    if (leading) { while (h < Math.min(n - 1, 3) && plain(words[h]) && !bodyNouns.has(words[h].text)) h++; }
    else {
      // ("the Helsinki-based company said": where it is based says nothing of its name)
      if (d >= 3 && words[d].text === 'based' && words[d - 1].text === '-' && /^\p{Lu}/u.test(words[d - 2].text)) { based = 3; d -= 3; }
      else if (d >= 1 && /^\p{Lu}[\p{L}.-]*-based$/u.test(words[d].text)) { based = 1; d--; }
      // ("the drivers' union said": a plural's possessive among them)
      while (d > 0 && n - 1 - d < 3 + based && (plain(words[d]) || /^['’]$/.test(words[d].text) && d > 1 && /s$/.test(words[d - 1].text))) d--;
    }
    const det = words[d], noun = words[h];
    // ("her secretariat said", "its fund said": or a possessive, the body of someone named before)
    if (!/^(?:the|its|her|his|their)$/i.test(det.text) || !bodyNouns.has(noun.text.toLowerCase())) return null;
    const head = noun.text.toLowerCase();
    // ("the company wrote on Instagram: "…"": the body the noun stands for is named before the noun)
    before = Math.min(before, det.start);
    const modifiers = words.slice(d + 1 + based, h).map(t => fold(t.text));
    let any: number | null = null, located: number | null = null;
    // (a body with the noun in its name may be named further back than one the noun only describes:
    // "the Fraser Coast Regional Council" in the first paragraph, "the council said" in the eighth)
    for (let i = lastAtOrBefore(orgs, before - 1, x => x.m.start), seen = 0; i >= 0 && seen < 40; i--, seen++) {
      if (orgs[i].m.end > before) continue;
      const named = fold(orgs[i].m.text).split(' ');
      if (named.includes(head) && modifiers.every(w => named.includes(w))) return orgs[i].k;
      // ("Shares in Lanna Harvest fell 4 percent on the Stock Exchange of Thailand. In a statement, the
      // company said": a body named only as where something happened stands back for one that acts)
      // ("the General Court ruled ... the company said": a company is no body named for another kind of body)
      // ("the World Food Programme (WFP) ... the agency said", "the Office of Disaster Preparedness
      // (ODPEM) ... the agency said": an agency is any public body whose name has a public body's head word)
      // (by the body's full name: "ASLEF" is the Associated Society of Locomotive Engineers and Firemen)
      // (and its modifiers in that name: "the drivers' union" is no union of all rail workers)
      if (any === null && seen < 6 && HEADS_FOR[head]) {
        const full = [...named, ...fold(orgs[i].m.key).split(' ')];
        if (full.some(w => HEADS_FOR[head].has(w)) && modifiers.every(w => !/\p{L}/u.test(w) || full.includes(w))) any = orgs[i].k;
      }
      if (any === null && seen < 6 && anyBodyNouns.has(head) && !(COMPANY_NOUN.test(head) && named.some(w => namedBodyNouns.has(w)))) {
        if (WHERE_BEFORE.test(text.slice(Math.max(0, orgs[i].m.start - 8), orgs[i].m.start))) located ??= orgs[i].k;
        else any = orgs[i].k;
      }
    }
    return any ?? located;
  };
  /** "the Cruise video", "the Smith administration": a name used as a modifier is no one a pronoun stands for. */
  const modifierName = (start: number) => /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
  /** Whether the quote names this person: "He said, "Smith was right"" is not Smith speaking. */
  // ('"Our candidate is Renato," he said': a person's given name alone names them too)
  const namedIn = (k: number, quoted: string) => quoted.includes(named[k].text) || surnameIn(lastWord(named[k].text), quoted)
    || named[k].type === 'PERSON' && givenNameIn(named[k].text, quoted);
  /**
   * The gender the article gives a person, by surname: "Mr"/"Ms" before a mention, or the first "he"
   * or "she" after one outside quotations, before anyone else is named (a vote over the mentions);
   * null when the article does not tell. Worked out once, when a pronoun first needs it.
   */
  let bySurname: Map<string, number[]> | undefined;
  const genders = new Map<string, number>();
  const genderMemo = new Map<number, 'm' | 'f' | null>();
  const genderOf = (k: number): 'm' | 'f' | null => {
    let g = genderMemo.get(k);
    // A given name only ever a woman's or a man's ("Maria Lopez") tells first: the first "he" after
    // her may be the very pronoun being resolved, about someone else.
    // ("Wellington Conceição dos Santos ... Luzia Conceição dos Santos, his mother": a mention with a
    // given name of its own is told by it first; the surname's other bearers may be kin of the other sex)
    // (not a surname opened by a particle: "Van der Heijden said", where "Van" is no given name)
    // ("Luzia Conceição dos Santos" after "Wellington Conceição dos Santos": and one whose given name
    // the lists lack is not told by another bearer's given name, only by the surname's pronouns)
    if (g === undefined) {
      // (not the tail of a longer name the article gives: "Ní Mhurchú said" after "Siobhán Ní Mhurchú")
      const text = named[k].text, own = text.includes(' ') && !nameParticles.has(text.split(' ')[0].toLowerCase()) && !nameTails().has(text);
      g = own ? ownGender(text) ?? surnameGender(k) : nameGender(k) ?? surnameGender(k);
      genderMemo.set(k, g);
    }
    return g;
  };
  /** The people's mentions by surname (indices into people), listed when first needed. */
  const surnameIndex = (): Map<string, number[]> => {
    if (!bySurname) {
      bySurname = new Map();
      people.forEach((p, pi) => { const s = lastWord(p.m.text); const l = bySurname!.get(s); if (l) l.push(pi); else bySurname!.set(s, [pi]); });
    }
    return bySurname;
  };
  const surnameGender = (k: number): 'm' | 'f' | null => {
    const key = lastWord(named[k].text);
    let v = genders.get(key);
    if (v === undefined) {
      v = 0;
      for (const pi of surnameIndex().get(key) ?? []) v += genderVote(pi);
      genders.set(key, v);
    }
    return v > 0 ? 'm' : v < 0 ? 'f' : null;
  };
  /** The gender one full mention's given name tells, as the name lists know it (null for a surname alone). */
  const ownGender = (m: string): 'm' | 'f' | null => {
    const space = m.indexOf(' ');
    if (space < 0) return null;
    // ("Nguyễn Thị Hồng Nhung", "Trần Văn Nam": a Vietnamese middle name tells a woman's or a man's)
    // (first: the first word of a Vietnamese name is the family's, which name lists may hold as a man's given name)
    // ("Lê Quang Đức": a Vietnamese name without either, its letters Vietnamese, is told by its last
    // word, the given name, where the lists know it; "Mai Trần-Lefèvre" by its first, as others are)
    // ("Lee Jae-sung", "Wang Xiao-ming": a hyphened Korean or Chinese given name after the family's
    // name; the family's name, which name lists hold as an English given name, tells nothing)
    if (/ Thị /u.test(m)) return 'f';
    if (/ Văn /u.test(m)) return 'm';
    const given = VIETNAMESE_LETTER.test(m) ? givenNameGender(lastWord(m)) : null;
    return given ?? (EAST_ASIAN_GIVEN.test(m.slice(space)) ? null : givenNameGender(m.slice(0, space)));
  };
  /** Every tail of a person's name of several words, after one of its spaces ("Ní Mhurchú" of "Siobhán Ní Mhurchú"), listed once. */
  let tails: Set<string> | undefined;
  const nameTails = () => {
    if (!tails) {
      tails = new Set();
      for (const p of people) for (let i = p.m.text.indexOf(' '); i >= 0; i = p.m.text.indexOf(' ', i + 1)) tails.add(p.m.text.slice(i + 1));
    }
    return tails;
  };
  /** The gender the given names of the full mentions of this person's surname tell (null if none, or if they disagree). */
  const nameGenders = new Map<string, 'm' | 'f' | null>();
  const nameGender = (k: number): 'm' | 'f' | null => {
    const key = lastWord(named[k].text);
    let g = nameGenders.get(key);
    if (g !== undefined) return g;
    // (the surname's pronoun votes are not counted here: a given name often settles it without them)
    g = null;
    for (const pi of surnameIndex().get(key) ?? []) {
      const h = ownGender(people[pi].m.text);
      if (h && g && h !== g) { g = null; break; }
      g = h ?? g;
    }
    nameGenders.set(key, g);
    return g;
  };
  /** One mention's vote: +1 for a man, -1 for a woman, 0 when its context does not tell. */
  const genderVote = (pi: number): number => {
    const p = people[pi];
    const title = /\b(Mr|Mister|Sir|Mrs|Ms|Miss|Madam|Dame)\.?\s+$/.exec(text.slice(Math.max(0, p.m.start - 8), p.m.start));
    if (title) return /^(?:Mr|Mister|Sir)$/.test(title[1]) ? 1 : -1;
    const stop = people[pi + 1]?.m.start ?? text.length;
    // (the tokens are read in text order, so the quotation each one may fall in is followed with a
    // cursor instead of a binary search per token: a long article votes over thousands of mentions)
    let q = -2; // the last span starting at or before the token read last; -2 until first needed
    const first = firstStartingAfter(p.m.end - 1);
    // ("Zarghona Ahmadzai, 34, crossed with her four children after police detained her husband at a
    // site where he worked": in the sentence that names the person, "his" or "her" before any "he"
    // or "she" is the person's own; the "he" after it may be someone the sentence goes on to)
    const sentence = tokens[first]?.sentence, owned = !/^['’]s\b/.test(text.slice(p.m.end, p.m.end + 3));
    for (let t = first, seen = 0; t < tokens.length && tokens[t].start < stop && seen < 40; t++) {
      const w = tokens[t].text;
      if (w.length > 7) continue;
      const at = tokens[t].start;
      if (q === -2) q = lastAtOrBefore(spans, at, s => s.start);
      else while (q + 1 < spans.length && spans[q + 1].start <= at) q++;
      if (q >= 0 && at < spans[q].end) continue; // a quotation's "he" is someone the speaker talks about
      if (owned && tokens[t].sentence === sentence && w.length === 3 && /^(?:his|her)$/i.test(w)) return (w.charCodeAt(0) | 32) === 104 && (w.charCodeAt(1) | 32) === 105 ? 1 : -1;
      seen++;
      const g = pronounGender(w);
      if (g !== 0) return g;
    }
    return 0;
  };
  /** The gender a pronoun asks for: "she" is not a man the article calls "he". */
  const wantedGender = (pronoun: string) => MALE.test(pronoun) || /^(?:him|his)$/i.test(pronoun) ? 'm' : FEMALE.test(pronoun) || /^(?:her|hers)$/i.test(pronoun) ? 'f' : null;
  /** Whether a pronoun can stand for this person. */
  const fits = (k: number, pronoun: string) => {
    const want = wantedGender(pronoun);
    if (want === null) return true;
    // ('She added that the airline would "cooperate fully" with the DGCA': "he" or "she" is no body)
    if (named[k].type !== 'PERSON') return false;
    const g = genderOf(k);
    return g === null || g === want;
  };
  /**
   * The people a pronoun asking for a gender ('m', 'f', or '' for none) can stand for, as indices
   * into people: those that fit it and are not a modifier ("the Smith administration"), and, for
   * each, the nearest one before it with another name. Neither depends on the quote, so they are
   * listed once per article: walking back through every person at each quote was quadratic in a
   * long text where no one fits ('Mr Reed … "…," she said.' over and over).
   */
  const pronounMemo = new Map<string, { idx: number[]; otherName: number[] }>();
  const pronounCandidates = (want: 'm' | 'f' | null) => {
    const key = want ?? '';
    let c = pronounMemo.get(key);
    if (!c) {
      const idx: number[] = [], otherName: number[] = [];
      for (let i = 0; i < people.length; i++) {
        const x = people[i];
        if (modifierName(x.m.start)) continue;
        if (want !== null) { const g = genderOf(x.k); if (g !== null && g !== want) continue; }
        const j = idx.length;
        otherName.push(j === 0 ? -1 : named[people[idx[j - 1]].k].text !== named[x.k].text ? j - 1 : otherName[j - 1]);
        idx.push(i);
      }
      pronounMemo.set(key, c = { idx, otherName });
    }
    return c;
  };
  /** Whether a speech verb ("said", "told", not "according") stands between two offsets. */
  const spokeBetween = (from: number, to: number) => {
    for (let t = firstStartingAfter(from - 1); t < tokens.length && tokens[t].start < to; t++) {
      if (mayBeSpeech(tokens[t].text) && tokens[t].text.toLowerCase() !== 'according' && isSpeech(tokens, t)) return true;
    }
    return false;
  };
  /** The person asked a question in the paragraph's text right before `before` ("asked Ana Ruiz whether ..."), if any. */
  const askedBefore = (before: number): number | null => {
    const from = Math.max(0, before - 300, text.lastIndexOf('\n', before - 1) + 1);
    let j = lastAtOrBefore(people, before, x => x.m.start);
    for (; j >= 0 && people[j].m.start >= from; j--) {
      const m = people[j].m;
      if (m.end <= before && ASKED_BEFORE.test(text.slice(Math.max(from, m.start - 12), m.start)) && QUESTION_AFTER.test(text.slice(m.end, m.end + 10))) return people[j].k;
    }
    return null;
  };
  /** The last person named before `before` that the pronoun can stand for and the quote does not name. */
  const resolvePronoun = (before: number, quoted: string, pronoun: string) => {
    // ('Wikinews asked Szentmiklósi whether Várady would be remembered. "Probably less than he
    // deserves," he replied.': the one asked answers, not the last person named in the question)
    const asked = askedBefore(before);
    if (asked !== null && fits(asked, pronoun) && !namedIn(asked, quoted)) return asked;
    const { idx, otherName } = pronounCandidates(wantedGender(pronoun));
    let j = lastAtOrBefore(idx, before, i => people[i].m.start);
    while (j >= 0) {
      const x = people[idx[j]];
      if (x.m.end > before) j--;
      else if (namedIn(x.k, quoted)) j = otherName[j]; // the quote names every earlier mention with this name too
      else break;
    }
    if (j < 0) return null;
    // "Cillian Murphy, who played the physicist J. Robert Oppenheimer, won. "...," he said": the
    // subject of the sentence that names the last candidate, when it is another person who fits
    // and the candidate stands in a clause after it, between commas.
    const k = people[idx[j]].k;
    const subject = subjectOf(sentenceRange(named[k].start)[0], true);
    if (subject !== null && subject !== k && named[subject].type === 'PERSON' && fits(subject, pronoun) && !namedIn(subject, quoted)
      && named[subject].end < named[k].start && /^,/.test(text.slice(named[subject].end, named[subject].end + 1))) return subject;
    // ("Dr Owain Jenkins said the time Mr Bowen spent on the ground had contributed. He described the
    // delay as "...": a person named inside what the subject said is talked about; the pronoun goes
    // on with the subject who spoke)
    const [s0] = sentenceRange(named[k].start);
    for (let i = idx[j] - 1; i >= 0 && tokens[s0] && people[i].m.start >= tokens[s0].start; i--) {
      const x = people[i];
      if (named[x.k].text === named[k].text || !fits(x.k, pronoun) || namedIn(x.k, quoted)) continue;
      if (spokeBetween(x.m.end, named[k].start)) return x.k;
      break;
    }
    return k;
  };
  /**
   * The last unnamed person who speaks between `from` and `to`: a role with a determiner right before
   * a speech verb ("The prime minister wrote", "a spokesman said"). A pronoun after it stands for
   * that person, not for someone named before. The words of the role are returned, for resolveRole.
   */
  /** Whether an unnamed speaker's verb is at token i, and its role's words and start if so. */
  const unnamedSpeakerAt = (i: number, from: number): { words: string[]; start: number } | null => {
    if (!mayBeSpeech(tokens[i].text) || !isSpeech(tokens, i) || inQuote(tokens[i].start)) return null;
    let j = i - 1;
    while (j >= 0 && i - j <= 6 && tokens[j].start >= from && /^\p{L}/u.test(tokens[j].text) && !roleNouns.has(tokens[j].text.toLowerCase())) j--;
    // ("a crew member who declined to give his name said": the role, then a relative clause of its own)
    let w = i - 1;
    while (w >= 0 && i - w <= 10 && tokens[w].start >= from && /^\p{L}/u.test(tokens[w].text) && !/^(?:who|that)$/i.test(tokens[w].text)) w--;
    if (w > 0 && i - w <= 10 && /^who$/i.test(tokens[w].text) && tokens[w].start >= from && unnamedRoles.has(tokens[w - 1].text.toLowerCase())) j = w - 1;
    else {
      if (j < 0 || i - j > 6 || tokens[j].start < from || !roleNouns.has(tokens[j].text.toLowerCase())) return null;
      if (j + 1 < i && tokens[j + 1].pos !== 'AUX' && tokens[j + 1].pos !== 'ADV') return null; // the role is the verb's subject
    }
    let d = j - 1;
    while (d >= 0 && j - d <= 4 && tokens[d].start >= from && !/^(?:the|a|an|his|her|its|their)$/i.test(tokens[d].text) && /^\p{L}/u.test(tokens[d].text)) d--;
    if (d < 0 || j - d > 4 || tokens[d].start < from || !/^(?:the|a|an|his|her|its|their)$/i.test(tokens[d].text)) return null;
    if (firstMentionAt(tokens[d].start, tokens[i].start) !== undefined) return null; // "the minister, Ana Ruiz, said"
    // ("Anna Berg said the hotel manager had told guests to leave. She said: ...": a role inside what
    // someone else said, after "said" or "that", is no speaker a later pronoun stands for)
    if (d > 0 && tokens[d - 1].start >= from && (/^that$/i.test(tokens[d - 1].text) || mayBeSpeech(tokens[d - 1].text) && isSpeech(tokens, d - 1))) return null;
    return { words: tokens.slice(d, j + 1).map(t => t.text), start: tokens[d].start };
  };
  /**
   * Every unnamed speaker of the article, by its verb's offset: found in one pass, only when a quote
   * looks further back than UNNAMED_WALK tokens (a text with many "he said" far from any name).
   * A role is matched from its verb back, never before its determiner, so bounds that hold the
   * determiner find the same one as the walk.
   */
  let unnamedSpeakers: { verb: number; start: number; words: string[] }[] | undefined;
  const findUnnamedSpeakers = () => {
    const found: { verb: number; start: number; words: string[] }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const u = unnamedSpeakerAt(i, 0);
      if (u) found.push({ verb: tokens[i].start, ...u });
    }
    return found;
  };
  /**
   * The last unnamed person who speaks between `from` and `to`: a role with a determiner right before
   * a speech verb ("The prime minister wrote", "a spokesman said"). A pronoun after it stands for
   * that person, not for someone named before. The words of the role are returned, for resolveRole.
   * A short distance is walked back token by token; a long one reads the unnamed speakers found once.
   */
  const unnamedSpeakerBetween = (from: number, to: number): { words: string[]; start: number } | null => {
    const last = lastTokenAtOrBefore(starts, to - 1);
    let i = last;
    for (; i >= 0 && last - i < UNNAMED_WALK && tokens[i].start >= from; i--) {
      const u = unnamedSpeakerAt(i, from);
      if (u) return u;
    }
    if (i < 0 || tokens[i].start < from) return null;
    const all = (unnamedSpeakers ??= findUnnamedSpeakers());
    for (let k = lastAtOrBefore(all, tokens[i].start, u => u.verb); k >= 0 && all[k].verb >= from; k--) {
      if (all[k].start >= from) return { words: all[k].words, start: all[k].start };
    }
    return null;
  };
  const roleMemo = new Map<string, number[]>();
  const resolveRole = (words: string[], before: number): number | null => {
    // "the Ukrainian leader": the person introduced with that nationality or title.
    const nat = words.find(w => isNationality(w));
    const at = words.findIndex(w => roleNouns.has(w.toLowerCase()));
    if (at < 0) return null;
    const role = words[at];
    // "a senior minister said", "a spokesman for the president said": someone unnamed, not the one introduced.
    if (words.slice(Math.max(0, at - 3), at).some(w => /^(?:a|an|one|another|some)$/i.test(w))) return null;
    // The last such person before the quote. The people with that nationality or title are listed
    // once per article (walking back through every person for each quote was quadratic in a long
    // text where no one fits), sorted by start like people, so the last one is a binary search.
    const key = nat ? `n ${nat}` : `r ${role.toLowerCase()}`;
    let fitting = roleMemo.get(key);
    if (!fitting) {
      fitting = [];
      for (let i = 0; i < people.length; i++) {
        const x = people[i];
        if (x.m.role && (nat ? fold(x.m.role.nationality ?? '') === fold(nat) || isDemonymOf(nat, x.m.role.nationality) : x.m.role.title.toLowerCase().includes(role.toLowerCase()))) fitting.push(i);
      }
      roleMemo.set(key, fitting);
    }
    const j = lastAtOrBefore(fitting, before - 1, i => people[i].m.start);
    return j >= 0 ? people[fitting[j]].k : null;
  };
  const sentenceRange = (offset: number) => tokenized.sentences[tokens[tokenAt(offset)]?.sentence ?? 0] ?? [0, -1];
  // Twin quotes (a headline repeating a quote of the body) are found by substring tests between
  // folded texts; a long text repeats the same quotes many times, so the tests are made once per
  // pair of distinct folded texts, and only against the texts some quote with a speaker holds (the
  // twin must have one): a line of thousands of the same unattributed quote asks nothing, where
  // it walked all of that text's quotes for each of them. The quote a twin gives is the first
  // with a speaker among those holding a related text, so each text keeps its first such quote.
  // Most articles attribute every quote without a twin: the folded texts are made when first needed.
  let twinTable: {
    folded: string[]; uniques: string[]; uid: number[];
    /** per distinct text: its first quote with a speaker (and with more than ten characters), or -1 */
    firstSpoken: number[]; firstSpokenLong: number[];
    /** the distinct texts with such a quote, in the order they got it */
    spoken: number[]; spokenLong: number[];
  } | undefined;
  /** Records that quote qi now has a speaker. */
  const noteSpeaker = (qi: number) => {
    if (!twinTable) return;
    const { uid, firstSpoken, firstSpokenLong, spoken, spokenLong } = twinTable;
    const u = uid[qi];
    if (firstSpoken[u] < 0) { firstSpoken[u] = qi; spoken.push(u); } else if (qi < firstSpoken[u]) firstSpoken[u] = qi;
    if (quotes[qi].text.length > 10) {
      if (firstSpokenLong[u] < 0) { firstSpokenLong[u] = qi; spokenLong.push(u); } else if (qi < firstSpokenLong[u]) firstSpokenLong[u] = qi;
    }
  };
  const twins = () => {
    if (twinTable) return twinTable;
    // the punctuation a quote ends with depends on the sentence around it ('We will not give up,' says ...)
    const folded = quotes.map(q => fold(q.text).replace(/[\s,;:!?…]+$/u, ''));
    const uniqueIds = new Map<string, number>();
    const uniques: string[] = [];
    const uid = folded.map(f => {
      let id = uniqueIds.get(f);
      if (id === undefined) { id = uniques.length; uniques.push(f); uniqueIds.set(f, id); }
      return id;
    });
    twinTable = { folded, uniques, uid, firstSpoken: uniques.map(() => -1), firstSpokenLong: uniques.map(() => -1), spoken: [], spokenLong: [] };
    quotes.forEach((q, qi) => { if (q.speaker !== null) noteSpeaker(qi); });
    return twinTable;
  };
  const containsMemo = new Map<number, { scanned: number; found: number }>();
  /**
   * The first quote with a speaker whose folded text contains quote qi's, or -1; qi has none. Asked
   * while the quotes are attributed in order: the texts are listed in the order of their first
   * quote with a speaker, which no later quote changes, so the first text that holds qi's gives it.
   */
  const containingTwin = (qi: number): number => {
    const { folded, uniques, uid, firstSpoken, spoken } = twins();
    let memo = containsMemo.get(uid[qi]);
    if (!memo) containsMemo.set(uid[qi], memo = { scanned: 0, found: -1 });
    const f = folded[qi];
    while (memo.found < 0 && memo.scanned < spoken.length) {
      const u = spoken[memo.scanned++];
      if (uniques[u].includes(f)) memo.found = u;
    }
    return memo.found < 0 ? -1 : firstSpoken[memo.found];
  };
  const relatedMemo = new Map<number, { scanned: number; found: number[] }>();
  /**
   * The first quote of more than ten characters with a speaker whose folded text contains quote
   * qi's or is contained in it, or -1; qi has none. A text's first such quote may still move
   * earlier (this pass gives speakers in order), so the least is taken over every related text.
   */
  const relatedTwin = (qi: number): number => {
    const { folded, uniques, uid, firstSpokenLong, spokenLong } = twins();
    let memo = relatedMemo.get(uid[qi]);
    if (!memo) relatedMemo.set(uid[qi], memo = { scanned: 0, found: [] });
    const f = folded[qi];
    for (; memo.scanned < spokenLong.length; memo.scanned++) {
      const u = spokenLong[memo.scanned];
      if (uniques[u].includes(f) || f.includes(uniques[u])) memo.found.push(u);
    }
    let best = -1;
    for (const u of memo.found) if (best < 0 || firstSpokenLong[u] < best) best = firstSpokenLong[u];
    return best;
  };

  /**
   * The named subject opening the sentence that starts at token `first`: a mention at its start,
   * or after a title of capitalised words ("Prime Minister Carla Mendes welcomed the deal").
   */
  const subjectOf = (first: number, pastBreak = false): number | null => {
    // (wink opens a paragraph's first sentence with the paragraph break's own token)
    while (pastBreak && tokens[first] && tokens[first].text.trim() === '') first++;
    const t0 = tokens[first];
    if (!t0) return null;
    // ("In a statement posted on Facebook, its leader, X, said": names inside an opening phrase are no subject)
    const opened = OPENING_PHRASE_ONLY.exec(text.slice(t0.start, t0.start + 100));
    const s = (opened ? firstMentionAt(t0.start + opened[0].length, t0.start + 1000) : undefined) ?? firstMentionAt(t0.start, t0.start + 1000);
    if (!s) return null;
    // ("Kazakhstan's foreign minister, Yerzhan Abdrakhmanov, opened the meeting": an owner's role,
    // then the person's name in apposition)
    // ("In a statement issued on Sunday, the NEOC appealed to parents:": an opening phrase of time or
    // place, up to its comma, then the subject)
    if (OPENING_PHRASE.test(text.slice(t0.start, s.m.start)) && !/^['’]s\b/.test(text.slice(s.m.end, s.m.end + 3))) return s.k;
    // ("Its leader, Senator Catalina Urrego, told": or a possessive determiner's, and a title before the name)
    // ("In a statement on Monday, its secretary-general, Prasert Kaewmanee, set out": after an opening phrase)
    if (s.m.type === 'PERSON' && s.m.start - t0.start < 140 && /^,/.test(text.slice(s.m.end, s.m.end + 1))) {
      // (the opening phrase found above, where the subject comes after it; mid-sentence, "its" is
      // written in lowercase, and is read as a sentence's "Its")
      const opening = opened && s.m.start >= t0.start + opened[0].length ? opened[0].length : 0;
      const lead = text.slice(t0.start + opening, s.m.start), comma = lead.lastIndexOf(', ');
      if (comma > 0 && lead.length < 80 && OWNED_ROLE_THEN_NAME.test(opening ? lead.slice(0, comma + 2).replace(/^(?:its|his|her|their|our)\b/, w => w[0].toUpperCase() + w.slice(1)) : lead.slice(0, comma + 2))) {
        let ok = true;
        for (let i = firstStartingAfter(t0.start + opening + comma + 1); i < tokens.length && tokens[i].start < s.m.start; i++) if (!isTitleLike(tokens[i])) { ok = false; break; }
        if (ok) return s.k;
      }
    }
    let lead = 0;
    for (let i = first; i < tokens.length && tokens[i].start < s.m.start; i++) {
      if (tokens[i].end <= t0.start + 1 && !LETTER.test(tokens[i].text)) continue; // a line break or an opening mark
      // ("Turkey coach Hakan Öztürk was philosophical:": a lowercase role after a capitalised word too, before a person)
      if (++lead > 5 || !(isTitleLike(tokens[i]) || TITLE_JOIN.test(tokens[i].text) && i > first && isTitleLike(tokens[i - 1]) && !!tokens[i + 1] && isTitleLike(tokens[i + 1])
        || s.m.type === 'PERSON' && isRoleWord(tokens[i]) && i > first && (isTitleLike(tokens[i - 1]) || isRoleWord(tokens[i - 1])))) return null;
    }
    return s.k;
  };
  /** The subject of a sentence (its first and last token) that starts in the same paragraph as `before`, or null. */
  const subjectInParagraph = (sentence: readonly number[] | undefined, before: number): number | null => {
    if (!sentence) return null;
    let a = sentence[0];
    while (tokens[a] && tokens[a].text.trim() === '') a++; // (wink's paragraph-break token)
    return tokens[a] && !text.slice(tokens[a].start, before).includes('\n\n') ? subjectOf(a, true) : null;
  };
  /**
   * "Name, the country's foreign minister, said": the subject before an appositive that ends at
   * the comma `window[comma]`. It is a person (else a body) standing at the start of its stretch
   * between commas, with at most a title before it, and followed by a comma: "a spokesman for X,
   * Name, said" gives Name, and "Name, a friend of X, said" gives Name, not X.
   */
  const appositiveSubject = (window: readonly Token[], comma: number): number | null => {
    if (comma <= 0) return null;
    const found = mentionAt(window[0].start, window[comma].start);
    let org: number | null = null;
    for (let c = found.length - 1; c >= 0; c--) {
      const x = found[c];
      // ("the Mining Institute of Brazil (Ibram), an industry body, said": an acronym in brackets too)
      const closing = text[x.m.start - 1] === '(' && text[x.m.end] === ')' ? 1 : 0;
      if (!/^\s*,/.test(text.slice(x.m.end + closing, x.m.end + closing + 3))) continue;
      // ("Senator Ana Ruiz of the Green Party (Partido Verde), who filed the suit, said": the person the body is of)
      const owner = x.m.type === 'ORG' ? bodyOwner(x.k) : null;
      if (owner !== null && named[owner].start >= window[0].start && !/[.!?]["”’']?\s|\n/.test(text.slice(named[owner].start, window[comma].start))) return owner;
      let j = lastAtOrBefore(window, x.m.start - 1, t => t.start);
      let lead = 0;
      // ("Ghana's John Mahama, a former president, wrote": a country's possessive before the name too)
      // ("Civil Defense Authority director General Suleiman al-Amr, in remarks to …, said": and a body's name before the role)
      while (j >= 0 && !BOUNDARY.test(window[j].text) && lead < 4) {
        const o = lead > 0 ? lastAtOrBefore(orgs, window[j].start, y => y.m.start) : -1;
        if (o >= 0 && window[j].end <= orgs[o].m.end) { while (j >= 0 && window[j].start >= orgs[o].m.start) j--; lead++; continue; }
        // ("Secretary of State Tobias Read, whose office ..., said": "of" or "the" inside a title)
        // ("The third partner, the Nationalist Congress Party, said": a body's "the")
        if (!(isTitleLike(window[j]) || isRoleWord(window[j]) || /^['’]s$/.test(window[j].text) || TITLE_JOIN.test(window[j].text) && j > 0 && isTitleLike(window[j - 1]) && lead > 0
          || lead === 0 && x.m.type === 'ORG' && /^the$/i.test(window[j].text))) break;
        j--; lead++;
      }
      // ("praised it, while Elena Sarnataro, a senator from the Democratic Party (PD), accused": or a
      // conjunction opening the clause the name opens)
      if (j >= 0 && !BOUNDARY.test(window[j].text) && !CLAUSE_CONJUNCTION.test(window[j].text)) continue;
      if (x.m.type === 'PERSON') return x.k;
      org ??= x.k;
    }
    return org;
  };

  /**
   * The speaker of a quote that stands as a sentence of its own, from the sentences just before it
   * in its paragraph (or the last one of the paragraph before, when the quote opens a paragraph):
   * the nearest with a speech verb and a subject, or a clause ending in a colon. A sentence that
   * holds another quotation or names a person without speaking ends the search.
   */
  const leadIn = (start: number, paraStart: number, quoted: string, speakerOf: (window: Token[], first: number) => number | null): number | null => {
    const s0 = tokens[firstStartingAfter(start - 1)]?.sentence ?? 0; // the quote's first word, not its opening mark
    const colon = text.slice(Math.max(0, start - 12), start).replace(/[\s"“‘']+$/, '').endsWith(':');
    for (let k = s0 - 1; k >= 0 && k >= s0 - 3; k--) {
      let [a, b] = tokenized.sentences[k];
      while (a < b && tokens[a] && tokens[a].text.trim() === '') a++; // wink's paragraph-break token
      if (a > b || !tokens[a]) break;
      // A "sentence" longer than any of prose (a list or a dump with no full stop) leads into nothing:
      // every quote after it would read all of it.
      if (b - a >= LEAD_IN_TOKENS || tokens[b].end - tokens[a].start > LEAD_IN_CHARS) break;
      // Within the paragraph; across a break only to the last sentence of the paragraph before.
      if (tokens[a].start < paraStart && (k !== s0 - 1 || start - paraStart > 1 || text.slice(tokens[b].end, paraStart).split('\n').length > 3)) break;
      // (wink may end the sentence with the quote's own opening mark)
      const end = Math.min(tokens[b].end, start - 1);
      // (a sentence that holds a quotation ends the search; a quoted term of three words or fewer,
      // '... platforms called "gatekeepers" since 2024', is no quotation)
      if (inQuote(tokens[a].start) || holdsQuotation(text.slice(tokens[a].start, end))) break;
      const window = tokens.slice(a, b + 1).filter(t => t.end <= end);
      const names = mentionAt(tokens[a].start, end);
      if (hasSpeech(window) || (colon && k === s0 - 1)) {
        const r = speakerOf(window, a);
        if (r !== null && !namedIn(r, quoted)) return r;
        return null;
      }
      // 'Sue Park, who runs a caravan park, spent the night in the hall.' then a paragraph that is
      // only her words: the person the paragraph before is about (its subject, the one person it
      // names) speaks, where nothing in the quote's own paragraph attributes it
      const people = names.filter(x => x.m.type === 'PERSON');
      // ('Hatice Özkök, 71, left her house with only her goat. "My grandfather planted these trees."':
      // and so does the person the sentence right before introduces with an age, in the same paragraph)
      const introduced = k === s0 - 1 && tokens[a].start >= paraStart && /^, \d{1,3},/.test(text.slice(people[0]?.m.end ?? 0, (people[0]?.m.end ?? 0) + 6));
      if ((tokens[a].start < paraStart && start - paraStart <= 1 || introduced) && people.length >= 1 && people.every(x => x.k === people[0].k || named[x.k].text === named[people[0].k].text)
        && people[0].m.start === tokens[a].start && !namedIn(people[0].k, quoted)) return people[0].k;
      if (people.length) return null;
      // ('In an interview in 2015, she dismissed the honours. "Prizes are for ..."': the sentence right
      // before, in the same paragraph and naming no one, has "he" or "she" for its subject, opening
      // it or its main clause after a comma, with a verb next: the person the pronoun stands for)
      if (k === s0 - 1 && tokens[a].start >= paraStart) {
        const w = window.slice(0, 16);
        const at = w.findIndex((t, i) => /^(?:he|she)$/i.test(t.text) && (i === 0 || w[i - 1].text === ',') && w[i + 1]?.pos === 'VERB');
        if (at >= 0) {
          const r = resolvePronoun(w[at].start, quoted, w[at].text);
          return r !== null && named[r].type === 'PERSON' ? r : null;
        }
      }
    }
    return null;
  };

  /** The bodies that can be "it": not one spoken to or by ("told the BBC", "by the agency"). */
  // ("In a post on Facebook on Sunday, it wrote": nor the platform something is posted on)
  const speakingOrgs = orgs.filter(x => !/\b(?:told|to|by|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.m.start - 10), x.m.start)));
  /** The speaker of the last quote attributed to a body so far (the quotes are attributed in order). */
  let lastOrgSpeaker: number | null = null;
  /**
   * "it said": the body that spoke last, or else the body named last before the pronoun, within
   * its paragraph or the one before ('The agency published its report. "...," it said.').
   */
  const itReferent = (at: number): number | null => {
    // ("The Electoral Observation Mission (MOE) said in its report that ... It described the vote as
    // "...": a body that is the subject of the sentence before, in the same paragraph, is "it")
    const si = tokens[tokenAt(at)]?.sentence;
    // ("UNICEF said women made up two thirds, which it said "...": first the subject of its own sentence)
    const own = si !== undefined ? subjectOf(tokenized.sentences[si][0], true) : null;
    if (own !== null && named[own].type === 'ORG' && named[own].end <= at) return own;
    const subject = subjectInParagraph(si !== undefined && si > 0 ? tokenized.sentences[si - 1] : undefined, at);
    if (subject !== null && named[subject].type === 'ORG') return subject;
    if (lastOrgSpeaker !== null) return lastOrgSpeaker;
    let from = newlineAtOrBefore(at - 1);
    while (from > 0 && /\s/.test(text[from - 1])) from--;
    from = newlineAtOrBefore(from - 1);
    for (let i = lastAtOrBefore(speakingOrgs, at - 1, x => x.m.start); i >= 0 && speakingOrgs[i].m.start > from; i--) {
      if (speakingOrgs[i].m.end <= at) return speakingOrgs[i].k;
    }
    return null;
  };
  /** The person named last before `before`, within 400 characters and no further back than the paragraph before. */
  /**
   * '"...," the Pole told reporters' after "beating Poland's Zofia Wiśniewska": of the people named
   * before, the one named last whom the article gives that people's country or adjective, right
   * before a mention ("Poland's", "Polish") or right after one ("of Poland", "(Poland)"); a word
   * that shares the demonym's first three letters stands for either (Pole: Poland, Polish).
   */
  const ofPeople = (demonym: string, before: number): number | null => {
    const stem = demonym.slice(0, 3);
    const cue = new RegExp(`(?:^|[^\\p{L}])${stem}\\p{L}*(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,3}$`, 'u');
    const after = new RegExp(`^\\s*(?:,\\s+)?(?:of|from|\\()\\s*(?:the\\s+)?${stem}`, 'u');
    const fits = new Set<number>();
    for (const x of people) {
      if (x.m.start >= before) break;
      if (cue.test(text.slice(Math.max(0, x.m.start - 40), x.m.start)) || after.test(text.slice(x.m.end, x.m.end + 24))) fits.add(x.k);
    }
    if (!fits.size) return null;
    for (let j = lastAtOrBefore(people, before - 1, x => x.m.start); j >= 0; j--) if (people[j].m.end <= before && fits.has(people[j].k)) return people[j].k;
    return null;
  };
  const lastPersonNear = (before: number): number | null => {
    for (let j = lastAtOrBefore(people, before - 1, x => x.m.start); j >= 0; j--) {
      const m = people[j].m;
      if (m.end > before) continue;
      return before - m.end < 400 && !/\n\s*\n[^]*\n\s*\n/.test(text.slice(m.end, before)) ? people[j].k : null;
    }
    return null;
  };
  /**
   * '"...," the New Zealand captain said': "the", a place's name as a modifier and a noun for a person,
   * read as describedAs reads a nationality and the noun: the one the article described with the
   * noun, or else the person named last.
   */
  const placeDescribed = (words: readonly Token[], before: number): number | null => {
    const t = words.findIndex(w => /^the$/i.test(w.text));
    if (t < 0 || words.length - t < 3) return null;
    const mid = words.slice(t + 1, -1), noun = words[words.length - 1];
    if (!mid.every(capital) || noun.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(noun.text) || bodyNouns.has(noun.text) || unnamedSources.has(noun.text)) return null;
    if (!named.some(m => m.type === 'PLACE' && m.start === mid[0].start && m.end === mid[mid.length - 1].end)) return null;
    // (a person named earlier in the quote's own paragraph comes first: the place may tell two
    // captains, two ministers apart where the noun alone does not)
    const near = lastPersonNear(before);
    if (near !== null && !text.slice(named[near].end, before).includes('\n')) return near;
    return describedAs([words[t], noun], before) ?? near;
  };
  /**
   * "the curator said": the last person (of the ten named last) the article described with that noun,
   * in an appositive ("Jane Doe, curator of the museum,") or just before the name ("curator Jane Doe").
   */
  const describedAs = (words: readonly Token[], before: number): number | null => {
    // '"...," the Bavarian politician told ZDF': a nationality and a noun for a person: the one the
    // article described with the noun, or else the person named last
    if (words.length === 3 && /^the$/i.test(words[0].text) && /^\p{Lu}\p{Ll}+$/u.test(words[1].text) && isNationality(words[1].text)
      && words[2].pos === 'NOUN' && /^\p{Ll}+$/u.test(words[2].text) && !bodyNouns.has(words[2].text) && !unnamedSources.has(words[2].text)) {
      return describedAs([words[0], words[2]], before) ?? lastPersonNear(before);
    }
    if (words.length === 3) words = /^the$/i.test(words[0].text) ? words.slice(0, 2) : words.slice(1);
    // '"...," the Belgian said': a nationality for the person named last, in this paragraph or the one before
    if (words.length === 2 && /^the$/i.test(words[0].text) && /^\p{Lu}\p{Ll}+$/u.test(words[1].text) && isNationality(words[1].text)) return ofPeople(words[1].text, before) ?? lastPersonNear(before);
    if (words.length !== 2 || !/^the$/i.test(words[0].text) || words[1].pos !== 'NOUN' || !/^\p{Ll}+$/u.test(words[1].text)) return null;
    const noun = words[1].text;
    if (bodyNouns.has(noun) || unnamedSources.has(noun)) return null;
    const has = (s: string) => new RegExp(`\\b${noun}\\b`).test(s);
    // ("the judge told him" after "Judge Martin Beddoe": a title written capitalised right before the name)
    // ("the judge called it ..." after "Justice Margaret Mutua said": a judge's title is also "Justice")
    const titled = noun === 'judge' ? /\b(?:judge|justice)\s+$/i : new RegExp(`\\b${noun}\\s+$`, 'i');
    /** Whether the article describes person k's mention m with the noun: before it ("Captain X") or in apposition ("X, the captain,"). */
    const described = (m: NamedMention) => {
      const lead = text.slice(Math.max(0, m.start - 40), m.start);
      if (has(lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(','), lead.lastIndexOf('\n')) + 1)) || titled.test(lead)) return true;
      const app = /^\s*,([^,.;()\n]{1,100})/.exec(text.slice(m.end, m.end + 110));
      return !!app && has(app[1]);
    };
    // ('Anwar said Farooqi had earned it. "...," the captain said': the person the sentence before, in
    // the same paragraph, is about, if the article describes them with the noun anywhere, or if it
    // describes no one so ('Captain Barış Yıldırım welcomed it. "...," the midfielder said')
    let about: number | null = null;
    if (personNouns.has(noun) || roleNouns.has(noun)) {
      // (the sentence of the last word before the quote's opening mark, which wink may give either sentence)
      let t = endingBefore(before) - 1;
      while (t >= 0 && !LETTER.test(tokens[t].text)) t--;
      const subject = subjectInParagraph(t >= 0 ? tokenized.sentences[tokens[t].sentence] : undefined, before);
      if (subject !== null && named[subject].type === 'PERSON') about = subject;
    }
    const surname = about !== null ? lastWord(named[about].text) : null;
    if (surname !== null && people.some(x => x.m.end <= before && lastWord(named[x.k].text) === surname && described(x.m))) return about;
    for (let i = lastAtOrBefore(people, before - 1, x => x.m.start), seen = 0; i >= 0 && seen < 20; i--, seen++) {
      const m = people[i].m;
      if (m.end > before) continue;
      if (described(m)) return people[i].k;
    }
    // (not an office's noun: '"The fire is out," the mayor said' after a resident is someone unnamed)
    return roleNouns.has(noun) ? null : about;
  };
  /** The person or body named in one of the three sentences before `at` that holds `noun` ("released a statement"). */
  // (undefined when no sentence before holds it; null when the one that does names no one)
  // ("The FECh said on its Twitter account that ... "...," the post read": a post is held by a
  // sentence that posts, tweets or speaks "on its account")
  const issuerOf = (noun: string, at: number): number | null | undefined => {
    const s0 = tokens[tokenAt(at)]?.sentence ?? 0;
    const holder = (w: string) => w === noun || POSTED_NOUN.test(noun) && POSTING_WORD.test(w);
    for (let k = s0 - 1; k >= 0 && k >= s0 - 3; k--) {
      const [a, b] = tokenized.sentences[k];
      let holds = false;
      for (let i = a; i <= b && !holds; i++) holds = holder(tokens[i].text.toLowerCase());
      if (!holds) continue;
      // ("ASIC commissioner Rhys Calloway said in a statement ... The statement added": the one named
      // right before the verb of that sentence, before its grammatical subject)
      for (let i = a + 1; i <= b; i++) {
        // ("In a statement read to the inquest": a participle after the noun is no verb of the sentence)
        if (!isSpeech(tokens, i) || tokens[i - 1].text.toLowerCase() === noun) continue;
        const by = mentionAt(tokens[a].start, tokens[i].start).filter(x => /^\s*$/.test(text.slice(x.m.end, tokens[i].start)));
        if (by.length) return by[by.length - 1].k;
        // ("In a statement read by its solicitor, the company said it had ...": "the company" the body it stands for)
        if (i >= 2 && /^the$/i.test(tokens[i - 2].text) && bodyNouns.has(tokens[i - 1].text.toLowerCase())) {
          const body = genericBody(tokens.slice(i - 2, i), tokens[i - 2].start);
          if (body !== null) return body;
        }
        break;
      }
      const subject = subjectOf(a);
      if (subject !== null) return subject;
      const first = mentionAt(tokens[a].start, tokens[b].end)[0];
      return first ? first.k : null;
    }
    return undefined;
  };
  /** Whether the paragraph's text before `end` ends with a colon, maybe then an opening mark ('... is forthcoming: "'). */
  const colonBefore = (paraStart: number, end: number) => {
    let i = end;
    if (i > paraStart && /["“‘']/.test(text[i - 1])) i--;
    while (i > paraStart && isSpaceCode(text.charCodeAt(i - 1))) i--;
    return i > paraStart && text[i - 1] === ':';
  };
  /**
   * Whether the text from `a` to `b` (a quote's sentences) names an unnamed source ("officials"). The
   * quotes of one sentence ask about the same stretch, and on a long line of quotes that is one
   * sentence of the whole line: the last answer is kept.
   */
  let sourceSpan = [-1, -1], sourceNamed = false;
  const namesSource = (a: number, b: number) => {
    if (sourceSpan[0] !== a || sourceSpan[1] !== b) {
      sourceSpan = [a, b];
      sourceNamed = text.slice(a, b).split(/[^\p{L}]+/u).some(w => unnamedSources.has(w.toLowerCase()));
    }
    return sourceNamed;
  };
  const scare: boolean[] = [];
  quotes.forEach((q, qi) => {
    const [firstTok] = sentenceRange(q.start);
    const [, lastTok] = sentenceRange(q.end);
    const paraStart = newlineAtOrBefore(q.start - 1) + 1;
    let paraEnd = newlineFrom(q.end); if (paraEnd < 0) paraEnd = text.length;
    const nextQuote = spans[qi + 1]?.start ?? text.length;
    const prevQuote = spans[qi - 1]?.end ?? -1;
    // The words of the quote's sentences after it (up to the paragraph's end or the next quote) and
    // before it (from the paragraph's start or the previous quote). Tokens are sorted by start and by
    // end, so each window is one stretch of the token list, found by binary search.
    const inSentences = (from: number, to: number) => tokens.slice(Math.max(from, firstTok), Math.min(to, lastTok + 1));
    let after = inSentences(firstStartingAfter(q.end), firstStartingAfter(Math.min(paraEnd, nextQuote - 1) - 1));
    // '"Why now?" asked Anna Berg.': wink ends the sentence at the question mark, but a lowercase
    // speech verb right after the closing mark goes on with it.
    if (after.length === 0 && /[?!]$/.test(q.text)) {
      const a = firstStartingAfter(q.end);
      const from = /^["”’']$/.test(tokens[a]?.text ?? '') ? a + 1 : a; // past the closing mark
      // the verb at once, or after a name of up to four words ('"Is this fair?" Tariq Mansour asked.')
      let v = from;
      while (v < from + 4 && tokens[v] && /^\p{Lu}/u.test(tokens[v].text) && tokens[v].sentence === tokens[from].sentence) v++;
      // ('"Where did the vials go?" Senator Efren Magbanua, chairman of the committee, asked': or after
      // the name and an appositive between commas)
      if (v > from && tokens[v]?.text === ',') {
        let w = v + 1;
        while (w < v + 16 && tokens[w] && tokens[w].sentence === tokens[from].sentence && tokens[w].text !== ',' && !/^[.;:!?"“”]$/.test(tokens[w].text)) w++;
        if (tokens[w]?.text === ',' && tokens[w + 1] && /^\p{Ll}/u.test(tokens[w + 1].text) && mayBeSpeech(tokens[w + 1].text)) v = w + 1;
      }
      if (tokens[v] && /^\p{Ll}/u.test(tokens[v].text) && mayBeSpeech(tokens[v].text) && tokens[v].start < paraEnd && /^["”’']? $/.test(text.slice(q.end, tokens[from].start))) {
        const [, b] = tokenized.sentences[tokens[from].sentence];
        after = tokens.slice(from, Math.min(b + 1, firstStartingAfter(Math.min(paraEnd, nextQuote - 1) - 1)));
      }
    }
    // ('accused Labour of "hiding behind the operators", while Liberal Democrat MPs called for ...':
    // a clause opened by "while", "whereas" or "although" after the quote has its own subject and
    // verb, which attribute nothing of the quote)
    const opener = after.find(t => LETTER.test(t.text));
    if (opener && after.indexOf(opener) <= 2 && /^(?:while|whereas|although|though)$/i.test(opener.text)) after = [];
    const before = inSentences(firstStartingAfter(Math.max(paraStart, prevQuote + 1) - 1), endingBefore(q.start));
    let speechAfter: boolean | undefined, speechBefore: boolean | undefined;
    const verbAfter = () => (speechAfter ??= hasSpeech(after));
    const verbBefore = () => (speechBefore ??= hasSpeech(before));

    const sentenceSubject = (offset: number): number | null => subjectOf(sentenceRange(offset)[0]);
    /** The person a pronoun at `offset` stands for: its sentence's subject, else the last person named before it. */
    const pronounReferent = (offset: number, pronoun: string) => {
      const s = sentenceSubject(offset);
      if (s !== null && !namedIn(s, q.text) && fits(s, pronoun)) return s;
      const k = resolvePronoun(Math.min(offset, q.start), q.text, pronoun);
      // "The prime minister wrote that he was "saddened". "…," he wrote.": the unnamed speaker in
      // between is the one the pronoun stands for; a null speaker unless the role names someone.
      const unnamed = k === null ? null : unnamedSpeakerBetween(named[k].end, Math.min(offset, q.start));
      if (unnamed === null) return k;
      const r = resolveRole(unnamed.words, unnamed.start);
      return r !== null && fits(r, pronoun) ? r : null;
    };
    const possessive = (k: number) => /^[’']s\b/.test(text.slice(named[k].end, named[k].end + 3));

    const attempt = (window: typeof tokens[number][], fromEnd: boolean, isAfter: boolean): number | null => {
      // ('"...," the mayor, who has not said whether she will run again, added.': a role right after
      // the quote, then a relative clause between commas (its own verbs say nothing of the quote),
      // then a comma and the verb)
      if (isAfter) {
        let w0 = 0;
        while (w0 < window.length && (CLOSING_MARK.test(window[w0].text) || window[w0].text === ',')) w0++;
        const c0 = window.findIndex((t, i) => i > w0 && t.text === ',');
        if (c0 > w0 + 1 && c0 <= w0 + 4 && /^the$/i.test(window[w0]?.text ?? '') && /^(?:who|which|whose)$/i.test(window[c0 + 1]?.text ?? '')) {
          const v = window.findIndex((t, i) => i > c0 + 2 && window[i - 1].text === ',' && isSpeech(window, i));
          if (v > 0 && (!window[v + 1] || /^[.;]$/.test(window[v + 1].text))) {
            const desc = window.slice(w0, c0);
            const r = resolveRole(desc.map(t => t.text), q.start) ?? describedAs(desc.slice(1), q.start);
            if (r !== null) return r;
          }
        }
      }
      let verbIdx = -1;
      // ("said that the United States was": a word inside a name, "States", is no verb)
      const verbAt = (i: number) => isSpeech(window, i) && !(i > 0 && /^\p{Lu}/u.test(window[i].text) && withinMention(window[i].start));
      if (fromEnd) { for (let i = window.length - 1; i >= 0; i--) if (verbAt(i)) { verbIdx = i; break; } }
      else { for (let i = 0; i < window.length; i++) if (verbAt(i)) { verbIdx = i; break; } }
      if (verbIdx < 0) return null;
      // ", Psaki said" follows the quote closely; a verb far after it belongs to another clause.
      const verb = window[verbIdx];
      if (isAfter && verbIdx > 5) {
        // Only a sentence-final ", Psaki said." reaches back over a long clause.
        const next = window[verbIdx + 1]?.text;
        const comma = window.slice(0, verbIdx).map(t => t.text).lastIndexOf(',');
        // ('"...," Agriculture and Forestry Minister Cengiz Aksoylu said': "and" between capitalised words is inside a title)
        // ('"...," Zuvira co-founder and chief executive Ada Obi said': or between two lowercase words of titles)
        const titleWord = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text) && (isTitleWord(t.text) || roleNouns.has(t.text));
        const titleAnd = (i: number) => /^(?:and|&)$/.test(window[i].text) && (isTitleLike(window[i - 1]) && !!window[i + 1] && isTitleLike(window[i + 1]) || titleWord(window[i - 1]) && titleWord(window[i + 1]));
        // ('"...," Republican Senator Brent Callahan of Idaho said': "of" between two capitalised words
        // joins a name to its place)
        // ('"...," Deputy Ambassador Caroline Whitfield-Ames of the United States told the council': or "of the")
        const nameOf = (i: number) => window[i].text === 'of' && capital(window[i - 1]) && !!window[i + 1] && (capital(window[i + 1]) || window[i + 1].text === 'the' && !!window[i + 2] && capital(window[i + 2]));
        // ('"...," BCCI general manager of cricket operations Rohan Iyer said': or "of" and a title's
        // remit in lowercase, between the title and the name)
        const remitOf = (i: number) => window[i].text === 'of' && titleWord(window[i - 1]) && !!window[i + 1] && /^\p{Ll}/u.test(window[i + 1].text) && window[i + 1].pos !== 'DET';
        const nounPhraseOnly = verbIdx <= 12 && window.slice(1, verbIdx).every((t, i) => (!/^(VERB|AUX|CCONJ|SCONJ|ADP)$/.test(t.pos) || titleAnd(i + 1) || nameOf(i + 1) || remitOf(i + 1)) && t.text !== ',');
        // '"...," Anna Berg, 41, a nurse from Leeds, told the BBC.': a name right after the quote, then its appositive.
        const app = window[verbIdx - 1].text === ',' ? appositiveSubject(window, verbIdx - 1) : null;
        if (app !== null && named[app].start <= window[Math.min(3, verbIdx)].start) return app;
        // '"...," the agency's representative in Pakistan, Abdullah Fadil, said': a description of
        // the speaker, then the name in apposition, right before the verb
        if (app !== null && named[app].type === 'PERSON' && /^(?:the|a|an|its|his|her|their)$/i.test(window[0]?.text ?? '') && verbIdx <= 16
          && !/[.!?;:"“”]/.test(text.slice(window[0].start, named[app].start).replace(TITLE_STOP, ''))) return app;
        // ('Trucks spend "..." at the Malaba border crossing, according to the Uganda Revenue Authority (URA).':
        // ", according to" a source that ends the sentence reaches back over the clause too)
        const accordingLast = verb.text.toLowerCase() === 'according' && comma === verbIdx - 1 && ACCORDING_ENDS.test(text.slice(verb.end, verb.end + 160));
        if (!nounPhraseOnly && !accordingLast && (!(next === undefined || next === '.') || comma < 0 || verbIdx - comma > 4)) return null;
      }
      if (verb.text.toLowerCase() === 'according') {
        // ("according to Uganda's health minister, Sarah Nakalembe": a role, then the person's name in apposition)
        const named2 = mentionAt(verb.end, (window[verbIdx + 12] ?? window[window.length - 1]).end)
          .find(x => x.m.type === 'PERSON' && ROLE_THEN_NAME.test(text.slice(verb.end, x.m.start)));
        if (named2) return named2.k;
        // ("According to the National Snow and Ice Data Center (NSIDC) in Boulder, sea ice "...": a name
        // that starts within six words, however long)
        const reach = (window[verbIdx + 6] ?? window[window.length - 1]).end;
        const obj = mentionAt(verb.end, reach + 80).filter(x => x.m.start < reach);
        // ("according to a draft seen by Wikinews": who has seen or obtained a document is not its source)
        if (obj.length && SEEN_BY.test(text.slice(verb.end, named[obj[0].k].start))) return null;
        return obj.length ? obj[0].k : null;
      }
      // "According to Yonhap, quoting the KCNA, ...": the source quoted is the speaker.
      if (verb.text.toLowerCase() === 'quoting') {
        const obj = mentionAt(verb.end, (window[verbIdx + 12] ?? window[window.length - 1]).end);
        if (obj.length) return obj[0].k;
      }
      // The subject is looked for in the verb's own clause, after the last comma or colon.
      let clause = 0;
      for (let i = verbIdx - 1; i >= 0; i--) {
        // "Anna Berg (pictured) said": a bracketed aside right before the verb is stepped over.
        if (window[i].text === ')' && i === verbIdx - 1) {
          let j = i - 1;
          while (j >= 0 && window[j].text !== '(' && i - j < 12) j--;
          if (j >= 0 && window[j].text === '(') { i = j; continue; }
        }
        // ("the Ministry of Land, Infrastructure and Transport said": a comma inside a name parts no clause)
        if (/^[,;:()]$/.test(window[i].text) && !insideName(window[i].start)) { clause = i + 1; break; }
      }
      // ('... "far too late," adding:': the closing mark of a quotation after the comma is stepped over)
      let lead = clause;
      while (lead < verbIdx && (/^(?:AUX|ADV|PART)$/.test(window[lead].pos) || lead === clause && CLOSING_MARK.test(window[lead].text))) lead++;
      // "..., adding that", "..., before adding:": a participle after a comma shares the subject of the clause before it.
      const participle = /ing$/i.test(verb.text) && clause > 0 && window[clause - 1].text === ','
        && window.slice(clause, verbIdx).every((t, i) => /^(?:AUX|ADV|PART)$/.test(t.pos) || i === 0 && CLOSING_MARK.test(t.text) || /^(?:before|after|while|then|and|later|also)$/i.test(t.text));
      // '... "far too late," adding: "..."': a participle right after the previous quotation (its
      // comma inside the marks) goes on with that quotation's speaker
      if (/ing$/i.test(verb.text) && lead === verbIdx && clause === 0 && qi > 0 && quotes[qi - 1].speaker !== null
        && /^[,.]?["”’']?\s*,?\s*$/.test(text.slice(quotes[qi - 1].end, window[0].start))) return quotes[qi - 1].speaker;
      if ((lead === verbIdx || participle) && clause > 0 && window[clause - 1].text === ',') {
        if (participle) {
          const main = clause >= 2 ? attempt(window.slice(0, clause - 1), true, isAfter) : null;
          if (main !== null) return main;
          if (qi > 0 && quotes[qi - 1].speaker !== null && !/[.!?\n]/.test(text.slice(quotes[qi - 1].end + 1, verb.start))) return quotes[qi - 1].speaker;
          // "Kostas Karamanlis resigned on Wednesday, saying he took "responsibility..."": the
          // participle's subject is the one opening the sentence, when no one else speaks in it.
          const subject = subjectOf(sentenceRange(verb.start)[0], true);
          if (subject !== null && !namedIn(subject, q.text)) return subject;
        }
        // "Name, the country's foreign minister, said".
        const app = appositiveSubject(window, clause - 1);
        if (app !== null) return app;
        // "The federation, which led the No campaign, called the outcome ...": a description opening
        // the sentence, then a relative clause, is the one the description stands for
        let open = verbIdx;
        while (open > 0 && window[open - 1].sentence === verb.sentence) open--;
        const comma = window.findIndex((t, i) => i > open && t.text === ',');
        if (comma > open + 1 && comma <= open + 4 && /^the$/i.test(window[open].text) && /^(?:which|who|whose)$/i.test(window[comma + 1]?.text ?? '')) {
          const desc = window.slice(open, comma);
          const r = resolveRole(desc.map(t => t.text), q.start) ?? describedAs(desc.slice(-3), q.start) ?? genericBody(desc, q.start);
          if (r !== null) return r;
        }
      }
      // "led by Foreign Minister Ivan Petrenko, who accused Moscow of "..."": "who" opening the verb's
      // clause stands for the person named right before its comma
      // ("the Office for the Coordination of Humanitarian Affairs (OCHA), which said the region had "...":
      // "which" for a body named right before its comma, a bracketed short form after the name too)
      if (window[lead]?.text === 'which' && clause > 1 && window[clause - 1].text === ',') {
        const ant = mentionAt(window[Math.max(0, clause - 12)].start, window[clause - 2].end)
          .filter(x => x.m.end === window[clause - 2].end || window[clause - 2].text === ')' && x.m.end === window[clause - 3].end);
        if (ant.length && ant[ant.length - 1].m.type === 'ORG') return ant[ant.length - 1].k;
      }
      if (window[lead]?.text === 'who' && clause > 1 && window[clause - 1].text === ',') {
        const ant = mentionAt(window[Math.max(0, clause - 8)].start, window[clause - 2].end).filter(x => x.m.end === window[clause - 2].end);
        if (ant.length && ant[ant.length - 1].m.type === 'PERSON') return ant[ant.length - 1].k;
        // ("Senator Ana Ruiz of the Green Party, who filed the suit, said": or the person the body is of)
        const owner = ant.length && ant[ant.length - 1].m.type === 'ORG' ? bodyOwner(ant[ant.length - 1].k) : null;
        if (owner !== null) return owner;
      }
      // "said negotiators would return but warned that ...": a verb right after "but" or "and", with no
      // subject of its own, shares the sentence's subject
      if (verbIdx > 0 && /^(?:but|and)$/.test(window[verbIdx - 1].text) && !(verbIdx > 1 && window[verbIdx - 2].pos === 'PRON')) {
        const subject = subjectOf(sentenceRange(verb.start)[0], true);
        if (subject !== null && named[subject].type === 'PERSON' && named[subject].end < verb.start && !namedIn(subject, q.text)) return subject;
      }
      const pre = window.slice(Math.max(clause, verbIdx - 5), verbIdx);
      // "A letter seen by Sky News says": whoever saw or obtained a document is not its author.
      const subjects = (clause < verbIdx ? mentionAt(window[clause].start, verb.start) : [])
        .filter(x => !/\b(?:seen|obtained|viewed|reviewed|leaked to)\s+(?:by\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(0, x.m.start - 30), x.m.start)))
        // "A spokeswoman for Paul Reed said", "officials at the ministry said": an unnamed source speaks.
        .filter(x => !sourceFor(x.m.start))
        // "welcomed the deal in a post on Facebook but urged": the object of a preposition is no subject
        .filter(x => !PREPOSITION_BEFORE.test(text.slice(Math.max(0, x.m.start - 10), x.m.start)));
      // "Police officers tell", "Foreign Ministry officials said": a body's unnamed people speak, not the body.
      if (subjects.length > 0 && subjects[subjects.length - 1].m.type === 'ORG' && sourceOf(subjects[subjects.length - 1].m.end)) return null;
      // "The Progress Party's leader said": the body's leader, whom the article may have named.
      if (subjects.length > 0 && subjects[subjects.length - 1].m.type === 'ORG') {
        const role = /^['’]s\s+(\p{Ll}+)\s*$/u.exec(text.slice(subjects[subjects.length - 1].m.end, verb.start))?.[1];
        if (role !== undefined && roleNouns.has(role)) return resolveRole([role], q.start);
      }
      // "the Telegram statement said", "his office said": the source behind the document or office.
      if (pre.length && /^(statement|post|message|letter|report|channel|office|account|release|note|notice)$/i.test(pre[pre.length - 1].text)) {
        const owner = subjects.find(x => x.m.type === 'PERSON' && possessive(x.k));
        if (owner) return owner.k;
        // "The Home Office letter reads", "the ministry's statement said": a body's own document.
        const body = subjects.find(x => x.m.type === 'ORG' && (possessive(x.k) || x.m.end === pre[pre.length - 2]?.end && isOrgHead(lastWord(x.m.text))));
        if (body) return body.k;
        // ("The WHO Regional Office for Europe warned ... The office said": a body named before with that
        // word in its name, before the last quote's speaker)
        const named = bodyNouns.has(pre[pre.length - 1].text.toLowerCase()) ? genericBody(pre, q.start) : null;
        if (named !== null) return named;
        // "Acme released a statement. The statement read:": whoever the sentence before names with it
        // (before the last quote's speaker: 'Hoshizora Denki said in a statement that it was recalling
        // ... "...," the statement said' is the company's, though its president spoke last)
        if (pre.some(t => /^(the|this|that)$/i.test(t.text))) {
          const issuer = issuerOf(pre[pre.length - 1].text.toLowerCase(), verb.start);
          // ("The ministry issued a statement. "...," the statement said": its issuer has no name)
          if (issuer !== undefined) return issuer;
        }
        if (pre.some(t => /^(the|this|that)$/i.test(t.text)) && qi > 0 && quotes[qi - 1].speaker !== null) return quotes[qi - 1].speaker;
      }
      // "A spokesman for her department said": an unnamed source opening the clause speaks, not "her"
      if (!subjects.length && /^(?:an?|the|one)$/i.test(window[lead]?.text ?? '') && window[lead + 1] && unnamedSources.has(window[lead + 1].text.toLowerCase())
        && /^(?:for|of|at|from)$/.test(window[lead + 2]?.text ?? '')) return null;
      const pronoun = [...pre].reverse().find(w => personPronouns.has(w.text.toLowerCase()) || w.text.toLowerCase() === 'it');
      const lastSubject = subjects[subjects.length - 1];
      if (pronoun && (!lastSubject || pronoun.start > lastSubject.m.end)) {
        if (pronoun.text.toLowerCase() === 'it') return itReferent(pronoun.start);
        // ("her father said:": a relative of the person the pronoun stands for speaks, unnamed)
        const owned = pre[pre.indexOf(pronoun) + 1];
        if (owned && /^(?:his|her|their)$/i.test(pronoun.text) && kinNouns.has(owned.text.toLowerCase())) return null;
        // ("her secretariat said": the body of theirs that the article names, not the person)
        if (owned && owned === pre[pre.length - 1] && /^(?:his|her|their)$/i.test(pronoun.text) && bodyNouns.has(owned.text.toLowerCase())) {
          const body = genericBody(pre, q.start);
          if (body !== null) return body;
        }
        return pronounReferent(pronoun.start, pronoun.text);
      }
      if (subjects.length) {
        const owner = subjects.find(x => x.m.type === 'PERSON' && possessive(x.k));
        // "Rafael Ortiz of the World Bank said": a person beside the verb speaks, not the body.
        let person = subjects.length - 1;
        while (person >= 0 && subjects[person].m.type !== 'PERSON') person--;
        return (owner ?? subjects[person] ?? lastSubject).k;
      }
      // ('"...," the 49-year-old told Globo': an age for the person named last, as a nationality is)
      const aged = verbIdx > clause && /^["”’']?\s*the\s+\d{1,3}-year-old\s*$/i.test(text.slice(window[clause].start, verb.start)) ? lastPersonNear(q.start) : null;
      const role = aged ?? resolveRole(pre.map(t => t.text), q.start) ?? describedAs(pre.slice(-3), q.start) ?? placeDescribed(pre, q.start);
      if (role !== null) return role;
      // "the company said": the body the article named last.
      const body = genericBody(pre, q.start);
      if (body !== null) return body;
      // ("In a statement, the club said Ferreira had "...": a subject of the verb's own, a body named by
      // its noun, leaves the name after the verb to what was said)
      if (pre.length >= 2 && /^the$/i.test(pre[pre.length - 2].text) && bodyNouns.has(pre[pre.length - 1].text)) return null;
      // ('"...," said the 24-year-old, who grew up in Paterna': an age after the verb, as before it, is
      // the person the article named last)
      if (isAfter && AGE_AFTER_VERB.test(text.slice(verb.end, verb.end + 24))) {
        const person = lastPersonNear(q.start);
        if (person !== null) return person;
      }
      // "said Psaki"; but in "told Sky News", "asked reporters" the object is the listener.
      // ('"…," warned Anna Berg.', '"Why?" asked Berg.': a verb right after the quote has the source after it, whatever the verb.)
      // ('"...", and said the CSU would not back it': a verb after "and" shares the sentence's subject;
      // what follows it is what was said, not who said it)
      const coordinated = verbIdx > 0 && window[verbIdx - 1].pos === 'CCONJ';
      // ('"...", noting that Mr Bowen had heart failure': a clause after "that" is what was said; the
      // name in it is no source)
      const reported = /^that$/i.test(window[verbIdx + 1]?.text ?? '');
      // ("The minister described the EU ruling as "…"", "hailed the deal as": what the verb is about is no speaker either)
      if (!coordinated && !reported && (!LISTENER_VERBS.test(verb.text) || (isAfter && verbIdx === 0)) && !(TOPIC_VERBS.test(verb.text) && !isAfter)) {
        // ("wrote on X that...", "said in Paris": the object of a preposition is no source)
        // ("said Professor Kim Seo-yeon": a name that starts within four tokens may end beyond them)
        const reach = (window[verbIdx + 4] ?? window[window.length - 1] ?? verb).end;
        const objects = mentionAt(verb.end, reach + 40)
          .filter(x => x.m.start < reach)
          .filter(x => !PREPOSITION_BEFORE.test(text.slice(Math.max(0, x.m.start - 10), x.m.start)));
        // (likewise a name that starts within nine tokens: "said South Korea's chief negotiator, Park Ji-ho")
        const farther = (window[verbIdx + 9] ?? window[window.length - 1] ?? verb).end;
        const further = mentionAt(verb.end, farther + 40).filter(x => x.m.start < farther);
        const first = objects[0];
        if (first && !sourceFor(first.m.start) && !sourceOf(first.m.end)) {
          // "said Hartwell Industries chief executive John Smith": the person after the body speaks.
          // ("said Mistral's sports director, Giuliano Ferretti", "said Halvorsen team principal Ingrid
          // Solberg": whatever the name before the role, the person the role names speaks)
          const person = further.find(x => x.m.type === 'PERSON' && x.m.start > first.m.end && x.m.start - first.m.end < 40
            && (first.m.type === 'ORG' && !/[,.;:!?"“”()]/.test(text.slice(first.m.end, x.m.start)) || OWNED_ROLE_BEFORE.test(text.slice(first.m.end, x.m.start))));
          return person ? person.k : first.k;
        }
        // "said Reed's spokesman, John Doe", "said the head of the World Bank, Jane Doe"; but "said a
        // spokesman for Acme" names no one.
        // ("said the study's lead author, Dr Siobhán Ní Bhriain": a courtesy title may stand after the comma)
        // ("said a spokeswoman for the state agency Innovation Norway, Kari Hestnes": within fourteen words)
        const farthest = (window[verbIdx + 14] ?? window[window.length - 1] ?? verb).end;
        const named2 = mentionAt(verb.end, farthest + 40).filter(x => x.m.start < farthest)
          .find(x => x.m.type === 'PERSON' && /,\s*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$/.test(text.slice(Math.max(0, x.m.start - 14), x.m.start)) && !sourceFor(x.m.start)
            && !/[.;:!?"“”]/.test(text.slice(verb.end, x.m.start)));
        // ("said Norway's coach, Marit Eide": or a place's role)
        if (named2 && (first || /^(?:the|an?)$/i.test(window[verbIdx + 1]?.text ?? '') || OWNER_ROLE_COMMA.test(text.slice(verb.end, named2.m.start)))) return named2.k;
        if (first) return null;
        // "said lead author Dr. Priya Raman", "said former finance minister Jan Novak": a role and a
        // title without commas, then the name
        const described = further.find(x => x.m.type === 'PERSON' && !sourceFor(x.m.start));
        if (described) {
          let j = verbIdx + 1;
          if (/^the$/i.test(window[j]?.text ?? '')) j++;
          const from = j;
          // (wink may read the first word of a role as a verb: "lead author", "acting director")
          const roleAt = (k: number) => isRoleWord(window[k]) || !capital(window[k]) && window[k].pos === 'VERB' && !!window[k + 1] && isRoleWord(window[k + 1]) && k === from;
          while (j < window.length && window[j].start < described.m.start && (roleAt(j) || isTitleLike(window[j]) || window[j].text === '.' && j > from && isTitleLike(window[j - 1]))) j++;
          if (j > from && window[j]?.start === described.m.start && window.slice(from, j).some(isRoleWord)) return described.k;
        }
        const after3 = window.slice(verbIdx + 1, verbIdx + 5);
        const role2 = after3.length && /^the$/i.test(after3[0].text) ? resolveRole(after3.map(t => t.text), q.start) ?? describedAs(after3.slice(0, 3), q.start) ?? placeDescribed(after3, q.start) : null;
        if (role2 !== null) return role2;
        const body2 = genericBody(after3, q.start, true);
        if (body2 !== null) return body2;
      }
      // '..., and said it was "..."': a verb with no subject of its own shares the sentence's subject.
      if (!isAfter && pre.length && pre.every(t => /^(CCONJ|ADV|PUNCT)$/.test(t.pos)) && pre.some(t => t.pos === 'CCONJ')) {
        if (qi > 0 && quotes[qi - 1].speaker !== null && !text.slice(quotes[qi - 1].end, q.start).includes('\n')) return quotes[qi - 1].speaker;
        return sentenceSubject(verb.start);
      }
      return null;
    };
    // ('"..." That was the view of Kavita Rao, a lawyer', '"..." The words were those of Luis Ochoa':
    // the sentence after the quote names whose words they were)
    const whose = WHOSE_WORDS_AFTER.exec(text.slice(q.end, q.end + 60));
    const owner = whose ? mentionAt(q.end + whose[0].length, q.end + whose[0].length + 80)[0] : undefined;
    let speaker = owner && owner.m.start === q.end + whose![0].length ? owner.k : attempt(after, false, true);
    if (speaker === null) speaker = attempt(before, true, false);
    // ('"...," a museum spokesperson said': a source with no name right after the quote gives it, and
    // the quote goes on with no one before it)
    const unnamedAfter = speaker === null && unnamedRightAfter(q.end);
    // 'Reed said: "..." Anna Berg disagreed: "..."': a person opening the clause before a colon speaks.
    if (speaker === null && before.length && before[before.length - 1].text === ':') {
      const own = mentionAt(before[0].start, before[before.length - 1].start)
        .find(x => x.m.type === 'PERSON' && !/^(?:ADP|VERB)$/.test(tokens[tokenAt(x.m.start) - 1]?.pos ?? '') && !sourceFor(x.m.start));
      if (own) speaker = own.k;
    }
    // 'Her message to residents was simple: "..."', 'His answer was blunt: "..."': a clause before the
    // colon opened by "his" or "her" and a noun for what is said speaks for the person it stands for.
    if (speaker === null && before.length > 2 && before[before.length - 1].text === ':') {
      const last = before[before.length - 1];
      let i = before.length - 2;
      while (i > 0 && before[i - 1].sentence === last.sentence) i--;
      const own = before[i], noun = before[i + 1];
      if (own.sentence === last.sentence && /^(?:his|her)$/i.test(own.text) && speechNouns.has(noun.text.toLowerCase())) speaker = pronounReferent(own.start, own.text.toLowerCase());
      // ('Asked about his winner, he smiled: "..."': "he" or "she" and a verb, a clause of its own
      // before the colon, speaks for the person the pronoun stands for)
      // ('She summed up the appeal in one sentence: "..."': a clause of up to ten words)
      let c = before.length - 2;
      while (c > 0 && before[c - 1].sentence === last.sentence && before[c - 1].text !== ',') c--;
      const pro = before[c], verb = before[c + 1];
      // ('She was blunt: "..."', 'He was clear: "..."': or "was" and an adjective)
      // (wink tags some of those adjectives as verbs, "blunt"; not a passive, 'She was told: "..."')
      const adj = before[c + 2];
      const wasAdjective = verb?.pos === 'AUX' && /^(?:was|is)$/.test(verb.text) && !!adj && (adj.pos === 'ADJ' || adj.pos === 'VERB' && /^\p{Ll}+$/u.test(adj.text) && !/(?:ed|en)$/.test(adj.text) && !/^(?:told|sent|taught|shown|brought|caught|left)$/.test(adj.text)) && c + 3 === before.length - 1;
      if (speaker === null && pro && verb && pro.sentence === last.sentence && /^(?:he|she)$/i.test(pro.text) && (verb.pos === 'VERB' || wasAdjective) && before.length - 1 - c <= 10) {
        speaker = pronounReferent(pro.start, pro.text.toLowerCase());
      }
    }
    // A quote continuing the previous one in the paragraph ("…": "…", or a second partial quote) keeps its source.
    if (speaker === null && qi > 0) {
      const prev = quotes[qi - 1];
      const between = text.slice(prev.end, q.start);
      const noVerb = before.every(t => !isSpeech([t], 0));
      // Within one sentence, or after a colon ('... is forthcoming: "..."'), a quote with no verb of its
      // own goes on with the same source even when a name comes between.
      const sameSentence = !/[.!?]["”’']?\s/.test(between.slice(1)) || colonBefore(paraStart, q.start);
      // '"...", said Gustafson. "..."': the only person between the two is the first one's speaker.
      const onlyItsSpeaker = () => prev.speaker !== null && (between.slice(1).match(/[.!?]["”’']?\s/g) ?? []).length <= 1
        && mentionAt(prev.end, q.start).every(x => x.m.type !== 'PERSON' || x.k === prev.speaker || x.m.text === named[prev.speaker!].text);
      if (prev.speaker !== null && !between.includes('\n') && noVerb && (mentionAt(prev.end, q.start).length === 0 || sameSentence || onlyItsSpeaker())) speaker = prev.speaker;
      // '"...," U.S. Attorney Ann Vale said in a statement. "..."': a quote opening the sentence right
      // after the one that attributed the last quote goes on with its speaker (the attribution's verb
      // is the only one between; an initial's full stop ends no sentence)
      // ('"...," said Ann Berg, who dropped Kusal on 64. "...": or only people in a relative clause or an
      // appositive on the speaker: ', a colleague of Tom Reyes.')
      // (nor people after the attribution's verb: '," he said, with Vice President Ana Reyes at his
      // side.', '," Faisal told reporters, flanked by Minister Omar Said.')
      const clause = between.search(/, (?:who|whose|an?|the) |\b(?:said|says|told|tells|added|adds|wrote|writes|stated|declared|insisted)\b/);
      const relative = clause < 0 ? Infinity : clause;
      if (speaker === null && prev.speaker !== null && !between.includes('\n') && before.length === 0 && !verbAfter()
        && ATTRIBUTION_THEN_QUOTE.test(between.slice(1)) && mentionAt(prev.end, q.start).every(x => x.m.type !== 'PERSON' || x.k === prev.speaker || x.m.text === named[prev.speaker!].text
          || x.m.start > prev.end + relative)) speaker = prev.speaker;
      // A paragraph that opens with an unattributed quote continues the quote that ended the
      // paragraph before (a multi-paragraph quotation, or '"...," said Mohib.' then more of his words).
      if (speaker === null && prev.speaker !== null && noVerb && q.start - paraStart <= 1 && !verbAfter()
        && between.split('\n').slice(1).every(line => /^\s*["“‘']?$/.test(line))) speaker = prev.speaker;
    }
    // A quote that is a sentence of its own goes on from the sentences before it: 'Lind said the
    // museum would stay open. "We owe it to the visitors."', or a clause ending in a colon.
    if (speaker === null && before.length === 0 && !verbAfter()) speaker = leadIn(q.start, paraStart, q.text, (w, a) => attempt(w, true, false) ?? subjectOf(a));
    // No speech verb at all: a quoted phrase in a sentence whose subject is a named person or body.
    if (speaker === null && !verbAfter() && !verbBefore()) speaker = sentenceSubject(q.start);
    // A headline quote that repeats one from the body takes its speaker.
    if (speaker === null) {
      const twin = containingTwin(qi);
      if (twin >= 0) speaker = quotes[twin].speaker;
    }
    if (unnamedAfter) speaker = null;
    // ('an official, who was not authorised to speak to the press, said the commission was "...",
    // '"...," she said, asking not to be named': a source the article keeps anonymous in the quote's
    // sentence, or in the sentence before a quote that only "he" or "she" attributes, is no one named)
    if (speaker !== null && (named[speaker].type === 'PERSON' || named[speaker].type === 'ORG')) {
      const sentence = text.slice(tokens[firstTok]?.start ?? q.start, tokens[lastTok]?.end ?? q.end);
      if (ANONYMOUS.test(sentence) && !sentence.includes(named[speaker].text)) speaker = null;
      // ('The jury, chaired by the director Júlia Menezes, praised the film's "...": the unnamed body
      // speaks, not the person who chairs it)
      else if (named[speaker].start > (tokens[firstTok]?.start ?? 0) && named[speaker].end < q.start && CHAIRED_BODY.test(text.slice(Math.max(paraStart, named[speaker].start - 80), named[speaker].start))) speaker = null;
      else if (PRONOUN_SAID.test(text.slice(q.end, q.end + 16)) && firstTok > 0) {
        const [pa] = tokenized.sentences[tokens[firstTok - 1].sentence] ?? [firstTok - 1];
        const previous = text.slice(tokens[pa]?.start ?? 0, tokens[firstTok - 1].end);
        if (ANONYMOUS.test(previous) && !previous.includes(named[speaker].text)) speaker = null;
      }
    }
    q.speaker = speaker;
    q.speakerText = speaker === null ? null : named[speaker].text;
    if (speaker !== null) {
      noteSpeaker(qi);
      if (named[speaker].type === 'ORG') lastOrgSpeaker = speaker;
    }
    // A word or two in lowercase, in a sentence where no one speaks and no source is named (no speech
    // verb, no "officials"), is a scare quote or a term ('Polaroids of "unknowns"'), not a quotation.
    if (speaker === null && paraStart > 0 && wordCount(q.text, 3) <= 2 && !/[\p{Lu}\d]/u.test(q.text) && !verbAfter() && !verbBefore()) {
      const sentence = [tokens[firstTok]?.start ?? q.start, tokens[lastTok]?.end ?? q.end] as const;
      // '"dire" and "worsening"': a quote listed with the one before shares its standing
      const listed = qi > 0 && !scare[qi - 1] && /^["”’']?\s*(?:,|and|or|, and|, or)\s*["“‘']?$/.test(text.slice(quotes[qi - 1].end, q.start));
      if (!listed && !namesSource(sentence[0], sentence[1])) scare[qi] = true;
    }
  });
  // A paragraph left open (no closing mark: the quotation runs on) that opens the paragraph and
  // has no source continues into the next paragraph's quote, which names it ('"We trained for
  // months.' then '"We will not lose," Ruiz said.'). Walked backwards, so a run of such paragraphs
  // all take the source named at its end.
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    const q = quotes[qi], next = quotes[qi + 1];
    if (q.speaker !== null || next.speaker === null) continue;
    const paraStart = text.lastIndexOf('\n', q.start - 1) + 1;
    if (!/^\s*["“„]$/.test(text.slice(paraStart, q.start))) continue; // the quote opens its paragraph
    const between = text.slice(q.end, next.start);
    // no closing mark at its end, and the next quote opens the next paragraph
    if (!/^[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*["“„]$/.test(between)) continue;
    q.speaker = next.speaker; q.speakerText = next.speakerText;
  }
  // Second pass for quotes whose twin was attributed after them.
  const headlineEnd = (text.indexOf('\n') + 1 || text.length + 1) - 1;
  /** The first attributed quote below the headline that holds headline quote qi's words as whole words (a person's only, if asked); -1 if none. */
  const bodyTwin = (qi: number, personOnly: boolean): number => {
    const { folded } = twins();
    const words = new RegExp(`(?:^|[^\\p{L}\\p{N}])${folded[qi].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u');
    return quotes.findIndex((o, oi) => oi > qi && o.speaker !== null && (!personOnly || named[o.speaker].type === 'PERSON') && o.start > headlineEnd && words.test(folded[oi]));
  };
  let bodyWords: Map<string, number> | undefined;
  quotes.forEach((q, qi) => {
    // ("IG Metall leader vows 'no surrender'": a headline's body before a noun for its leader gave
    // the body; the body's quote that holds the headline's words names the person who said them)
    if (q.speaker !== null && q.end <= headlineEnd && named[q.speaker].type === 'ORG') {
      const twin = bodyTwin(qi, true);
      if (twin >= 0) { q.speaker = quotes[twin].speaker; q.speakerText = quotes[twin].speakerText; noteSpeaker(qi); }
      return;
    }
    if (q.speaker !== null) return;
    if (q.text.length <= 10) {
      // "Minister: 'no deal' on pensions": a short headline quote, two words or more, that stands
      // as whole words inside a quote of the body attributed after it (only the headline: in the
      // body a few words in common are chance)
      if (q.end > headlineEnd) return;
      // ("inquiry into 'abusive' drug prices": one word, when the body quotes that word alone)
      if (wordCount(q.text, 2) < 2) {
        // (the body's attributed quotes by their words, gathered once: a line of thousands of quotes is all headline)
        if (!bodyWords) {
          bodyWords = new Map();
          for (let oi = quotes.length - 1; oi > qi; oi--) if (quotes[oi].speaker !== null && quotes[oi].start > headlineEnd) bodyWords.set(quotes[oi].text.toLowerCase(), oi);
        }
        // (or the first one that holds it as a word: 'its failures had been "systematic and avoidable"')
        // (none of either when the body attributes no quote)
        const same = bodyWords.get(q.text.toLowerCase()) ?? (bodyWords.size ? bodyTwin(qi, false) : -1);
        if (same >= 0) { q.speaker = quotes[same].speaker; q.speakerText = quotes[same].speakerText; noteSpeaker(qi); }
        return;
      }
      const twin = bodyTwin(qi, false);
      if (twin >= 0) { q.speaker = quotes[twin].speaker; q.speakerText = quotes[twin].speakerText; noteSpeaker(qi); }
      return;
    }
    const twin = relatedTwin(qi);
    if (twin >= 0) { q.speaker = quotes[twin].speaker; q.speakerText = quotes[twin].speakerText; noteSpeaker(qi); }
  });
  return scare.length ? quotes.filter((q, qi) => !scare[qi] || q.speaker !== null) : quotes;
}

/** Whether a person's first word, a given name the lists know, stands as a word of its own in the quote. */
/**
 * Whether the quote holds this surname as a word of its own, not inside another word or opening a
 * longer name ("Hà" is not named in "my mother in Hà Nội", nor "Lund" in "Lundqvist").
 */
function surnameIn(word: string, quoted: string): boolean {
  for (let at = quoted.indexOf(word); at >= 0; at = quoted.indexOf(word, at + 1)) {
    const after = quoted.slice(at + word.length);
    if (!/[\p{L}\p{N}]/u.test(quoted[at - 1] ?? '') && !/^[\p{L}\p{N}]/u.test(after) && !/^ \p{Lu}\p{Ll}/u.test(after)) return true;
  }
  return false;
}
function givenNameIn(name: string, quoted: string): boolean {
  const space = name.indexOf(' ');
  if (space < 4) return false;
  const first = name.slice(0, space);
  const at = quoted.indexOf(first);
  return at >= 0 && givenNameGender(first) !== null && !/[\p{L}\p{N}]/u.test(quoted[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(quoted[at + first.length] ?? '');
}
const MALE = /^(?:he|himself)$/i, FEMALE = /^(?:she|herself)$/i;
/**
 * MALE.test(w) ? 1 : FEMALE.test(w) ? -1 : 0, for a word of at most seven characters: only words of
 * two, three or seven letters starting with an h or an s can match, which most words are not.
 */
function pronounGender(w: string): number {
  const n = w.length;
  if (n !== 2 && n !== 3 && n !== 7) return 0;
  const c = w.charCodeAt(0) | 32;
  if (c !== 104 /* h */ && c !== 115 /* s */) return 0;
  return MALE.test(w) ? 1 : FEMALE.test(w) ? -1 : 0;
}
/** A document a platform carries: "the post read", "the tweet said". */
const POSTED_NOUN = /^(?:post|tweet|message)$/;
/** A word of the sentence that posts it: "posted", "on its Twitter account". */
const POSTING_WORD = /^(?:posted|posts|tweeted|tweets|account|post|tweet)$/;
/** A letter only Vietnamese writes among Latin scripts: đ, ơ, ư, ă, and the stacked tone marks of U+1EA0–U+1EF9. */
const VIETNAMESE_LETTER = /[đĐơƠưƯăĂ\u1EA0-\u1EF9]/u;
/** How many tokens a quote walks back for an unnamed speaker before it reads the list of them made once. */
const UNNAMED_WALK = 300;
/** The longest sentence a quote's lead-in is looked for in (a news sentence is rarely half as long). */
const LEAD_IN_TOKENS = 250, LEAD_IN_CHARS = 2_000;
/** A preposition of place and "the" right before a name: "on the ", "at the ", "in the ". */
const WHERE_BEFORE = /\b(?:on|at|in) the $/;
/** Between a name and a person: "'s sports director, ", " team principal ": the role the name owns. */
const OWNED_ROLE_BEFORE = /^(?:['’]s)? (?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+,? (?:(?:Dr|Prof|Professor)\.? )?$/u;
/** After a quote: its closing mark, then "a"/"an"/"one" and up to two lowercase words before a source's noun and a verb of speaking. */
const UNNAMED_AFTER_QUOTE = /^["”’']?,?["”’']?\s+(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:said|says|told|added|explained|insisted)\b/u;
/** An opening phrase of time, place or occasion, up to its comma: "In a statement issued on Sunday, ". */
const OPENING = String.raw`^(?:In|On|At|After|Before|During|Earlier|Later|Late|Speaking)\b[^,.;:!?"“”\n]{0,60}, `;
/** Such a phrase opening a sentence, with more to follow: "In a statement on Monday, ". */
const OPENING_PHRASE_ONLY = new RegExp(OPENING, 'u');
/** Such a phrase and nothing after it but "the": the whole of what stands before a sentence's subject ("In a statement issued on Sunday, the "). */
const OPENING_PHRASE = new RegExp(`${OPENING}(?:the )?$`, 'u');
/** A sentence's opening owner and role before a name: "Kazakhstan's foreign minister, ", "The agency's chief, ". */
const OWNER = String.raw`\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3}['’]s`, ROLE_COMMA = String.raw` (?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+, $`;
const OWNED_ROLE_THEN_NAME = new RegExp(`^(?:${OWNER}|[Tt]he \\p{Ll}+['’]s|Its|His|Her|Their|Our)${ROLE_COMMA}`, 'u');
/** A capitalised owner, its possessive and a role in lowercase, then a comma: " Norway's coach, ", " Brazil's chief negotiator, ". */
const OWNER_ROLE_COMMA = new RegExp(`^ ${OWNER}${ROLE_COMMA}`, 'u');
/** The full stop of a title's abbreviation before a name ("the study's lead author, Dr. Ana Ruiz,"): no sentence's end. */
const TITLE_STOP = new RegExp(`(?<![\\p{L}.])(?:${nameAbbreviations.join('|')})\\.(?=\\s|$)`, 'gu');
/** Punctuation that bounds an appositive or a title: commas, brackets, colons and quotation marks. */
const BOUNDARY = /^[,;:()\[\]"“”‘’']$/;
/** The start of a byline's line, up to a writer's name: "By ", "By Ann Berg and ". */
const BYLINE_LINE = /^[ \t]*By[ \t]+[^\n]*$/;
/** Between a quoted name or title and its gloss: '" ("', '", or "'. */
const GLOSS_BETWEEN = /^["”’'],?\s*(?:\(|or\s+)["“‘']$/;
/** A conjunction that opens a clause of its own: "while", "whereas", "but". */
const CLAUSE_CONJUNCTION = /^(?:while|whereas|but)$/;
/** The lowercase words inside a title of several words: "Secretary of State", "Leader of the Opposition". */
const TITLE_JOIN = /^(?:of|the|for)$/;
/** A capitalised word that can be part of a title before a name ("Prime Minister", "Former"), not "In" or "He". */
const isTitleLike = (t: Token) => capital(t) && !/^(?:ADP|VERB|AUX|PRON|SCONJ|CCONJ|PUNCT)$/.test(t.pos);
/** A lowercase description before a name: "former captain", "opposition leader", "veteran striker". */
const isRoleWord = (t: Token) => !capital(t) && (t.pos === 'NOUN' || t.pos === 'ADJ');

/** Verbs whose object is what is spoken of, not who speaks: "described the ruling as", "hailed the deal as". */
const TOPIC_VERBS = /^(?:described|describes|describing|called|calls|calling|welcomed|welcomes|welcoming|praised|praises|praising|accused|accuses|accusing|dismissed|dismisses|dismissing|branded|brands|labell?ed|hailed|hails|hailing|condemned|condemns|slammed|slams|critici[sz]ed|critici[sz]es|characteri[sz]ed|characteri[sz]es)$/i;
/** "asked " or "asks " right before a name. */
const ASKED_BEFORE = /\b(?:asked|asks)\s+$/;
/** What a question asked of someone opens with: "whether", "if", "what", "about" ... */
const QUESTION_AFTER = /^\s+(?:whether|if|what|how|why|when|who|which|about)\b/;
const LISTENER_VERBS = /^(?:told|tell|tells|telling|asked|asks|asking|urged|urges|urging|thanked|warned|warns|reminded|assured|informed)$/i;
/** s.split(/\s+/).pop(): what follows the last whitespace ('' if it ends in some), without splitting. */
const lastWord = (s: string) => {
  let i = s.length - 1;
  while (i >= 0 && !isJsSpace(s.charCodeAt(i))) i--;
  return i < 0 ? s : s.slice(i + 1);
};

/**
 * Quoted text that is not a quotation: a name given to something ('a robot named "Robogee."'), an
 * award's citation ('a medal for "courageous achievement"'), a single quoted noun modifying the next
 * one ('"parole" status'), and a short lowercase term in single marks in an article that quotes
 * people in double marks ('the 'legacy backlog'').
 */
function isNotQuotation(tokenized: TokenizedText, doubleQuotedBody: boolean, s: { start: number; end: number }, belowFirstLine: boolean): boolean {
  const { text, tokens } = tokenized;
  const quoted = text.slice(s.start, s.end);
  const before = text.slice(Math.max(0, s.start - 60), s.start);
  const words = wordCount(quoted, 7); // only "at most six" matters
  if (/^(?:[Tt]he\s+)?[\p{Lu}]/u.test(quoted) && words <= 6 && NAMING_BEFORE.test(before)) return true;
  // ('The report, titled "Investigation into Inappropriate Conduct Concerning Inspection Data"': a
  // title after "titled" or "entitled", however long)
  if (/^[\p{Lu}\d]/u.test(quoted) && /\b(?:titled|entitled)\s+["“‘']$/u.test(before) && !/[.!?]["”’']?$/.test(quoted)) return true;
  // 'known locally as "the wall"', 'nicknamed "the professor"': a name in any case, not anyone's words.
  if (words <= 6 && !/[.!?]$/.test(quoted) && ONLY_NAMING_BEFORE.test(before)) return true;
  // 'the so-called "peace corridor"': the writer's distance from a term, not anyone's words.
  if (words <= 4 && /\bso-called\s+["“‘']$/i.test(before)) return true;
  // ('self-styled "health freedom" influencers', 'self-described "doctors"': likewise)
  if (words <= 4 && /\bself-(?:styled|described|proclaimed|appointed)\s+["“‘']$/i.test(before)) return true;
  // The title of a work or the words of a motto right after the noun ('the song "Heal the Land"').
  if (isWorkTitle(text, s, belowFirstLine)) return true;
  if (words <= 4 && !/[,;:!?]/.test(quoted) && /\b(?:award(?:ed)?|medals?|prizes?|honou?red|trophy)\b[^.!?"“”]{0,40}\bfor\s+["“‘']$/i.test(before)) return true;
  // 'The word "pension" appears 40 times', 'the hashtag "#MeToo"': a term named as a term.
  if (words <= 6 && TERM_BEFORE.test(before)) return true;
  // A rating or a category ('rated "highly critical"') is a term, not anyone's words.
  // ('designated the area a "warlike operations area"', 'has been designated a "gatekeeper"': a
  // designation too)
  if (words <= 4 && /\b(?:rated|ranked|graded|classified|categori[sz]ed|designated)\s+(?:as\s+)?(?:(?:the\s+)?\p{Ll}+\s+(?:an?|the)\s+|an?\s+)?["“‘']$/iu.test(before)) return true;
  // ('PFAS are often called "forever chemicals"': what things are called, no one saying it, is a name for them)
  if (words <= 4 && !/[.!?]$/.test(quoted) && /\b(?:is|are|was|were|been|being)\s+(?:(?:often|commonly|widely|also|sometimes|popularly|usually|now)\s+)?(?:called|termed|dubbed|nicknamed)\s+(?:an?\s+|the\s+)?["“‘']$/i.test(before)) return true;
  // ('the "#LetUsBreathe" campaign': a hashtag is a name, no one's words)
  if (words === 1 && /^#[\p{L}\p{N}_]+$/u.test(quoted)) return true;
  // ('against a "business as usual" scenario', 'the "polluter pays" principle': a lowercase phrase
  // between a determiner and the noun it modifies is a term, where no one in the sentence speaks)
  // ("the company's "quality assurance" division": or a possessive; 'said the "rescue plan" vote
  // failed': a verb of saying is no source of the term, only one that calls something so is)
  // ('from her "pork barrel" allocation', 'its much-publicised "zero tolerance" campaign': after
  // "his/her/our" too, and with up to two adjectives between the determiner and the mark; 'the
  // administration expected "many more" confirmations': not a verb)
  const determined = words >= 2 && words <= 4 && /^\p{Ll}[\p{Ll} -]*$/u.test(quoted) ? TERM_DETERMINED.exec(before) : null;
  if (determined) {
    const open = lastTokenAtOrBefore(tokenized.starts, s.start - 1), close = lastTokenAtOrBefore(tokenized.starts, s.end - 1) + 1, next = tokens[close + 1];
    // (each modifier an adjective by the part of speech of its last token, or a hyphened participle: "much-publicised")
    const at = s.start - before.length + determined.indices![1][0];
    const adjectives = [...determined[1].matchAll(/\S+/g)].every(w => w[0].includes('-') && w[0].endsWith('ed')
      || tokens[lastTokenAtOrBefore(tokenized.starts, at + w.index + w[0].length - 1)]?.pos === 'ADJ');
    if (adjectives && open >= 0 && close < tokens.length && tokens[close].text.length === 1 && next && next.pos === 'NOUN' && afterOneSpace(next) && /^\p{Ll}/u.test(next.text) && !sentenceSpeaks(tokens, open + 1, close - 1, CALLS)) return true;
  }
  if (words === 1) {
    const firstAt = (offset: number) => lastTokenAtOrBefore(tokenized.starts, offset - 1) + 1; // first token starting at or after offset
    const k0 = firstAt(s.start);
    const k = k0 < tokens.length && tokens[k0].end <= s.end ? k0 : -1;
    const c0 = firstAt(s.end);
    const close = c0 < tokens.length ? c0 : -1;
    const next = close >= 0 ? tokens[close + 1] : undefined;
    // ('a "historic" step, he said', 'called it a "shameful" decision': an adjective in a sentence
    // where someone speaks or calls something so is that speaker's word)
    // ('brought by "independent" disciplinary officers': or an adjective, then the noun)
    const noun = next?.pos === 'ADJ' && /^\p{Ll}/u.test(next.text) && tokens[close + 2]?.pos === 'NOUN' && afterOneSpace(tokens[close + 2]) ? tokens[close + 2] : next;
    // ("Auditors flag 'unexplained' payments": not in a headline whose word the body quotes too, where
    // a source says it)
    if (k >= 0 && /^(NOUN|ADJ)$/.test(tokens[k].pos) && tokens[close]?.text.length === 1 && next && noun?.pos === 'NOUN' && afterOneSpace(next) && /^\p{Ll}/u.test(noun.text)
      && !(tokens[k].pos === 'ADJ' && sentenceSpeaks(tokens, k)) && !(!belowFirstLine && quotedBelow(text, quoted))) return true;
    // ('the "experts" who predicted', 'outside "experts" from', 'relied on "volunteers" paid ...': one
    // lowercase plural noun for people in a sentence where no one speaks or calls anyone so is the
    // writer's distance from a word (scare quotes); 'described the dead as "traffickers"' is someone's
    // word, and a plural for things may be the officials' word the article goes on with ("deliverables")
    if (k >= 0 && tokens[k].pos === 'NOUN' && tokens[k].end === s.end && /^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(quoted) && peopleNoun(quoted) && !sentenceSpeaks(tokens, k)) return true;
  }
  // ('a handful of "observers" from', 'the company's two "media experts", who', 'political
  // "patrons" who have held': a plural noun for people in scare quotes, inside a noun phrase that a
  // determiner, a number or an adjective opens and a relative clause or a participle goes on with, is
  // the writer's distance from the word even where someone in the sentence speaks; 'called them
  // "traitors"', 'described as "mercenaries" who' are someone's words)
  if (words <= 2 && /^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)?$/u.test(quoted) && /[^s]s$/.test(quoted) && (peopleNoun(quoted.slice(quoted.lastIndexOf(' ') + 1)) || AGENT_PLURAL.test(quoted))
    && PEOPLE_NP_BEFORE.test(before) && !CALLED_BEFORE.test(before) && PEOPLE_NP_AFTER.test(text.slice(s.end, s.end + 24))) return true;
  const mark = text[s.start - 1];
  if ((mark === "'" || mark === '‘') && words <= 3 && /^[\p{Ll}\s-]+$/u.test(quoted) && belowFirstLine
    && doubleQuotedBody) return true;
  return false;
}
/**
 * Whether a quoted span is the title of a work: right after a noun for a work ('the song "Heal the
 * Land"'), or in Title Case below the headline ('a website, "The Internet Explorer 6 Countdown"').
 */
function isWorkTitle(text: string, s: { start: number; end: number }, belowFirstLine: boolean): boolean {
  const quoted = text.slice(s.start, s.end);
  if (!/^[\p{Lu}#\d]/u.test(quoted)) return false;
  // ('"Polls open in Hungary's most competitive election" — Reuters, April 12, 2026': a list of
  // sources, each the title of a report on a line of its own, then a dash and who published it)
  // ('Andreea Ionescu. "Title" — Agerpres, June 10, 2025': or its author's name and a full stop first)
  if (CITED_SOURCE_AFTER.test(text.slice(s.end, s.end + 120)) && /(?:^|\n)[ \t]*(?:[^\n"“]{0,80}[.:][ \t]+)?["“‘']$/.test(text.slice(Math.max(0, s.start - 100), s.start))) return true;
  const words = wordCount(quoted, 11);
  if (words <= 10 && /^[\p{Lu}#]/u.test(quoted) && TITLED_NOUN_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start))) return true;
  // ('sang "El derecho de vivir en paz", the 1971 protest song': a work's noun in apposition after it)
  if (words <= 10 && !/[.!?,]["”’']?$/.test(quoted) && WORK_APPOSED_AFTER.test(text.slice(s.end, s.end + 60))) return true;
  // ('protesters sang "Ode to Joy"', 'sang “Bayan Ko,” the anthem': a song sung, named by its title,
  // capitalised and with no sentence's end in it; lowercase words sung are its words)
  if (words <= 8 && /^\p{Lu}/u.test(quoted) && !/[.!?;:]/.test(quoted) && SUNG_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start))) return true;
  // ('banners reading "Educación gratuita, ya" and "No al lucro"': words read out are no title, in any language)
  return words <= 8 && !readOut(text, s.start) && (belowFirstLine && isTitleCase(quoted) || isForeignTitle(quoted, text.slice(Math.max(0, s.start - 30), s.start), text.slice(s.end, s.end + 40)));
}
/** A determiner or a possessive, up to two lowercase words (captured) and an opening mark: 'its much-publicised "'. */
const TERM_DETERMINED = /(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)|\p{L}['’]s)((?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+["“‘']$/du;
/** A determiner, a number, a possessive, "of" or an adjective-like word right before the opening mark: 'a handful of "', 'two "', 'political "'. */
const PEOPLE_NP_BEFORE = /(?:\b(?:an?|the|two|three|four|five|six|several|some|many|few|its|their|his|her|our|these|those|such|of|on|by|for|with|outside|local|foreign|political|so-called)|['’]s|\p{Ll}+(?:al|ic|ive|ous|ed))\s+["“‘']$/iu;
/** Words that call someone something, before the opening mark: 'called them "', 'branded as "'. */
const CALLED_BEFORE = /\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ed|ling)?|describ(?:es|ed|ing)|as|termed|likened)\b[^.!?"“”]{0,25}["“‘']$/i;
/**
 * Whether the text below its first line quotes this word in double marks, alone or inside a longer
 * quotation ('failures had been "systematic and avoidable"'): the body's source of a headline's word.
 */
function quotedBelow(text: string, word: string): boolean {
  const body = text.indexOf('\n');
  for (let at = text.indexOf(word, body); body >= 0 && at >= 0; at = text.indexOf(word, at + word.length)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + word.length] ?? '')) continue; // a whole word
    // (inside a quotation: an odd number of double marks between the paragraph's start and the word)
    const para = text.lastIndexOf('\n', at) + 1;
    let marks = 0;
    for (let i = para; i < at; i++) { const c = text.charCodeAt(i); if (c === 34 || c === 0x201C || c === 0x201D) marks++; }
    if (marks % 2 === 1) return true;
  }
  return false;
}
/** A plural noun for who does something, by its ending: "observers", "consultants", "activists", "guardians". */
const AGENT_PLURAL = /\p{Ll}{3}(?:ers|ors|ists|ians|ants|ents)$/u;
/** After the closing mark, what goes on with a noun phrase: 'who', 'from', 'paid by', ', who'. */
const PEOPLE_NP_AFTER = /^["”’']?,?\s+(?:who|whom|that|from|at|with|in|on|paid|recruited|hired|brought|sent|appointed|employed|working)\b/;
/** A plural noun for people: "experts", "fans", "volunteers", "journalists". */
const peopleNoun = (plural: string) => { const one = plural.slice(0, -1); return unnamedSources.has(plural) || unnamedRoles.has(one) || personNouns.has(one) || roleNouns.has(one); };
/** Singing right before a quotation's opening mark: 'sang "', 'singing "'. */
const SUNG_BEFORE = /\b(?:sang|sing|sings|singing|sung)\s+["“‘']$/;
/** "placards that read “We Told You” and “Follow the Money”": words said, chanted or read out, or listed with such words. */
function readOut(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (SAID_BEFORE.test(before)) return true;
  // ('placards that read "Haki kwa Evans" ("Justice for Evans")': a gloss of words read out is read out too)
  const listed = /["”’'],?\s+(?:and|or)\s+["“‘']$/.exec(before) ?? /["”’'],?\s*\(\s*["“‘']$/.exec(before);
  if (!listed) return false;
  // (the quotation before, listed with this one: from its closing mark back to its opening one)
  const close = start - listed[0].length, open = Math.max(text.lastIndexOf('"', close - 1), text.lastIndexOf('“', close - 1), text.lastIndexOf('‘', close - 1));
  return open >= 0 && close - open <= 80 && SAID_BEFORE.test(text.slice(Math.max(0, open - 59), open + 1));
}
/** After a source's title in a list of sources: its closing mark, a dash and the publisher's name. */
// (and after a comma, its date, with digits: '" - Matthew Ingram' after an epigraph is a quotation's speaker)
const CITED_SOURCE_AFTER = /^["”’']?[ \t]+[–—-][ \t]+\p{Lu}[^\n,]{0,60},[ \t]+[^\n]{0,30}\d/u;
/**
 * A title in another language, capitalised as those languages write titles, its first word alone
 * ("La casa de los pájaros", "Das Zimmer am Ende des Flurs", "Vendanges tardives"): two to eight
 * words with no sentence punctuation, most of them no English word, and no one said to speak them
 * after the closing mark (a quotation in another language is a sentence, and attributed).
 */
function isForeignTitle(quoted: string, before: string, after: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(quoted) || /[.,;:!?…]/.test(quoted)) return false;
  const ws = quoted.split(/\s+/).map(w => w.replace(/[’'].*$/, ''));
  if (ws.length < 2 || ws.length > 8 || !ws.every(w => /^\p{L}+$/u.test(w))) return false;
  const foreign = ws.filter(w => !isCommonWord(w) && !/^(?:a|an|the|I)$/i.test(w)).length;
  return foreign * 2 > ws.length && foreign >= 2 && !SAID_AFTER.test(after) && !SAID_BEFORE.test(before);
}
/** A verb of saying, chanting or writing right before a quotation's opening mark: 'chanted "', 'wrote: "'. */
const SAID_BEFORE = /\b(?:said|says|say|chanted|chant|chanting|shouted|shouting|wrote|writes|posted|tweeted|read|reads|sang|singing|cried|yelled|added|told \p{L}+|reading|slogans?)[,:]?\s*["“‘']$/u;
/** A verb of saying right after a quotation's closing mark: '," she said', '" said Ana'. */
const SAID_AFTER = /^[”"’']?\s*,?\s*(?:(?:he|she|it|they|we|I)\s+)?(?:said|says|added|wrote|told|tweeted|posted|declared|shouted|chanted|read)\b/;
/**
 * The quoted titles of works in an article, headline and body: ANNOTATION.md §5 annotates no name
 * inside a work's title ('won Best Director for "Night Bus to Busan"' names no Busan).
 */
export function quotedTitles(text: string, allSpans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  // (below the first line as attributeQuotes reads it: a line break at 1..at)
  const firstBreak = text.indexOf('\n', 1);
  const below = (at: number) => firstBreak > 0 && firstBreak <= at;
  const titles = new Set(allSpans.filter(s => isWorkTitle(text, s, below(s.start))));
  if (!titles.size) return [];
  const texts = new Set([...titles].filter(s => below(s.start)).map(s => text.slice(s.start, s.end)));
  return allSpans.filter(s => titles.has(s) || !below(s.start) && texts.has(text.slice(s.start, s.end)));
}
/**
 * Whether the sentence of the one-word quote at token k (or of the words k to last) has its own speech verb, or "call"/"describe"
 * in any form: before it with no other quotation between, or after it with none after the verb
 * (in '"temporary" status while Brown said "we will..."' the verb is the other quotation's).
 */
function sentenceSpeaks(tokens: readonly Token[], k: number, last = k, verbs: (word: string) => boolean = speaksOrCalls): boolean {
  const sentence = tokens[k].sentence;
  const isMark = (t: Token) => t.text.length === 1 && QUOTE_MARK.test(t.text);
  for (let i = k - 2; i >= 0 && tokens[i].sentence === sentence && !isMark(tokens[i]); i--) if (verbs(tokens[i].text)) return true;
  let verb = -1;
  for (let i = last + 2; i < tokens.length && tokens[i].sentence === sentence; i++) {
    if (isMark(tokens[i])) return false;
    if (verb < 0 && verbs(tokens[i].text)) verb = i;
  }
  return verb >= 0;
}
const QUOTE_MARK = /["“”‘’']/;
/** "call" or "describe" in any form, and the verbs of naming: a source calling something so. */
const CALL_OR_DESCRIBE = /^(?:call|calls|called|calling|describe|describes|described|describing)$/i;
const CALLS = (word: string) => CALL_OR_DESCRIBE.test(word) || /^(?:dubbed|branded|labell?ed|termed)$/i.test(word);
const speaksOrCalls = (word: string) => mayBeSpeech(word) && word.toLowerCase() !== 'according' || CALL_OR_DESCRIBE.test(word);
/** The characters `\s` matches, by code: no one-character string and no expression per character. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** The number of whitespace-separated words in `s`, counting no further than `limit`. */
function wordCount(s: string, limit: number): number {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
/**
 * A name or title in Title Case: two or more capitalised words (numbers allowed), the words between
 * them only short function words, and no sentence punctuation ("The Last Harbour Road").
 */
function isTitleCase(quoted: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(quoted)) return false;
  if (/[.,;:!?]$/.test(quoted) || /[,;:!?]/.test(quoted)) return false;
  const words = quoted.split(/\s+/);
  if (words.length < 2) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^[\p{Lu}\d]/u.test(w)) capitals++;
    else if (!titleFunctionWords.has(w)) return false;
  }
  return capitals >= 2 && /^[\p{Lu}\d]/u.test(words[0]) && /^[\p{Lu}\d]/u.test(words[words.length - 1]);
}
// (and nouns that take a title only when one follows them with no verb between: 'a report, "Behind
// the Wallpaper"', 'under the title "Digging Our Own Grave"')
// (not a slogan or a motto: "the party's slogan, "One South Africa for All"" is words people say)
const TITLED_NOUN_BEFORE = new RegExp(`\\b(?:${[...workNouns.filter(w => w !== 'slogan' && w !== 'motto'), 'report', 'study', 'title', 'heading', 'headline'].join('|')})s?,?[ \\t]+["“‘']$`, 'i');
/** After a title's closing mark, a work's noun in apposition: '", the 1971 protest song', '", the national anthem'. */
const WORK_APPOSED_AFTER = new RegExp(`^["”’']?,[ \\t]+(?:the|a|an|his|her|their|its)[ \\t]+(?:[\\p{L}\\d-]+[ \\t]+){0,3}?(?:${workNouns.join('|')})\\b(?![ \\t]+(?:of|that|which|who)\\b)`, 'iu');
const NAMING_BEFORE = /\b(?:named|dubbed|called|titled|entitled|nicknamed|codenamed|christened|labell?ed|branded|call|calls|calling|dub|dubs|dubbing|name|names|naming)\b(?:\s+[\p{Ll}\p{N}]+){0,3}\s+["“‘']$/u;
/** A noun that presents what follows as a term: 'the word "pension"', 'a hashtag, "#MeToo"'. */
const TERM_BEFORE = /\b(?:the|a|an|this|that)\s+(?:word|term|phrase|expression|hashtag|acronym|abbreviation|slogan|motto|catchphrase|buzzword|neologism)(?:,)?\s+["“‘']$/i;
/** Words after which quoted text can only be a name: "known (locally) as", "referred to as", "nicknamed", "his nickname was". */
/** What lies between a person's name and a body of theirs: " of the ", " of the Green Party (", " from the ". */
const OWNED_BODY_BETWEEN = /^ (?:of|from) (?:the )?(?:[^,.;:!?"“”\n]{0,60} \()?$/u;
// ("known to his followers as", "known in the dressing room as": with whom or where it is known between;
// "whom employees still call": a person given a name by others)
// ("known as the “kotak kosong”", "known among clinicians as the "short course"": "the" may stand between)
// ("the type residents call the “caveirão”", "referred to one of the suites as "the Penthouse"": a name
// too; not "what it called the "pro-Armenian position"", once, in the past: a source's words)
// ("known across Canada as", "nicknamed the animal", "its scientists nickname", "the press dubbed them",
// "whom students have taken to calling the": the thing named may stand between)
const ONLY_NAMING_BEFORE = /\b(?:(?:known|referred\s+to|better\s+known|billed)(?:\s+\p{Ll}+ly|\s+(?:to|in|among|by|across|throughout|around)(?:\s+[\p{L}’'-]+){1,4})?\s+as(?:\s+the)?|(?:nicknamed|nickname|nicknames|codenamed|christened|dubbed)(?:\s+(?:the|a|an|it|him|her|them|its|his|their)(?:\s+\p{Ll}+){0,2})?|(?:nickname|codename|moniker)\s+(?:is|was|became)|whom\s+(?:[\p{Ll}]+\s+){0,3}call(?:s|ed|ing)?(?:\s+the)?|referred\s+to(?:\s+[\p{L}’'-]+){1,5}\s+as(?:\s+the)?|\bcalls?\s+the)\s+["“‘']$/u;

function isSpeech(window: readonly { text: string }[], i: number): boolean {
  const word = window[i].text;
  if (!mayBeSpeech(word)) return false;
  const w = word.toLowerCase();
  if (w === 'according') return window[i + 1]?.text.toLowerCase() === 'to' && !isPassiveAux(window[i - 1]?.text);
  // "has been told to prepare": a passive is not the source speaking.
  // ("said in a video posted on Sunday that": a participle after the thing it describes, inside a
  // preposition's phrase, is no one speaking either; "The report described" is)
  // ("citing UN reports of torture", "amid claims from residents": a plural before "of" or "from" is the noun)
  if (SPEECH_NOUN_FORM.test(w) && /^(?:of|from|by|about)$/i.test(window[i + 1]?.text ?? '')) return false;
  return speechVerbs.has(w) && !isPassiveAux(window[i - 1]?.text) && !(w.endsWith('ed') && DOCUMENT_NOUN.test(window[i - 1]?.text ?? '')
    && /^(?:a|an|the|his|her|its|their)$/i.test(window[i - 2]?.text ?? '') && /^(?:in|on|via|through|with|from)$/i.test(window[i - 3]?.text ?? ''));
}
/** Speech verbs that are also plural nouns: "reports of torture", "claims from residents". */
const SPEECH_NOUN_FORM = /^(?:reports|claims|remarks|comments|statements|accounts|warnings|complaints)$/;
/** What words are carried in, before a participle that describes it: "a video posted on Sunday", "a statement issued". */
const DOCUMENT_NOUN = /^(?:video|videos|statement|statements|message|messages|letter|letters|post|posts|note|clip|recording|article|report|interview|speech|document)$/;
/**
 * Whether a word, in any case, is a speech verb or "according": asked of every word near every
 * quote, so it is answered once per distinct word (the memo is bounded).
 */
const mayBeSpeech = rememberedPerWord(word => { const w = word.toLowerCase(); return w === 'according' || speechVerbs.has(w); });
const isPassiveAux = (word: string | undefined) => word !== undefined && /^(?:be|been|being|is|was|were|are)$/i.test(word);
const hasSpeech = (window: { text: string }[]) => window.some((_, i) => isSpeech(window, i));

function isDemonymOf(nationality: string, place: string | null): boolean {
  if (!place) return false;
  const n = nationality.toLowerCase(), p = place.toLowerCase();
  return n.startsWith(p.slice(0, Math.max(4, p.length - 2)));
}
