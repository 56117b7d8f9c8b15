import { Range } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { baseName, toRange } from './shared';

/** Where a dated mention sits on the time axis: its first day, and how wide its value is. */
export interface Plotted { day: string; precision: 'year' | 'month' | 'week' | 'day' | 'time' }

/**
 * A normalized value on the calendar, or null when it has no place there: an unknown year
 * ("XXXX-12-11"), a duration ("P21M") or no value. Nothing is guessed.
 */
export function plotDate(value: string | null): Plotted | null {
  if (!value) return null;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO 8601: week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(+week[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (+week[2] - 1) * 7 * 86400000;
    return { day: new Date(monday).toISOString().slice(0, 10), precision: 'week' };
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T.*)?)?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, t] = m;
  if (+(mo ?? 1) < 1 || +(mo ?? 1) > 12) return null;
  return { day: `${y}-${mo ?? '01'}-${d ?? '01'}`, precision: t ? 'time' : d ? 'day' : mo ? 'month' : 'year' };
}

export interface TimelineEntity { id: string; name: string; type: string }
export interface TimelineArticle { uri: string; name: string; title: string; publicationDate: string | null }
export interface TimelineDate {
  uri: string;
  range: Range;
  text: string;
  type: string;
  value: string | null;
  /** The sentence the date is in, trimmed, for the tooltip. */
  sentence: string;
  /** The people, organizations and places named in that sentence: who did what when. */
  entities: string[];
  plot: Plotted | null;
  /** Why a date is listed apart instead of plotted. */
  apart: 'unknown-year' | 'duration' | 'unresolved' | null;
}
export interface Timeline { articles: TimelineArticle[]; entities: TimelineEntity[]; dates: TimelineDate[] }

/** The start and end of the sentence around an offset (a line is never crossed: paragraphs are lines). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  let a = lineStart;
  const stop = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  stop.lastIndex = lineStart;
  for (let m; (m = stop.exec(text)) && m.index + m[0].length <= start && m.index < lineEnd;) a = m.index + m[0].length;
  stop.lastIndex = end;
  const next = stop.exec(text);
  const b = next && next.index < lineEnd ? next.index + next[0].trimEnd().length : lineEnd;
  return [a, b];
}

/** Every date, time and duration of the corpus, with the entities of its sentence. */
export function buildTimeline(corpus: CorpusIndex): Timeline {
  const linked = corpus.linked;
  const used = new Set<string>();
  const articles: TimelineArticle[] = [];
  const dates: TimelineDate[] = [];
  for (const [uri, a] of linked.articles) {
    const text = a.text; // (read once: a closed article's is read back from disk)
    const firstLine = text.split('\n').find(l => l.trim()) ?? '';
    articles.push({ uri, name: baseName(uri), title: firstLine.trim().slice(0, 120), publicationDate: a.publicationDate });
    const named = a.mentions.filter(m => m.entity);
    for (const m of a.mentions) {
      if (m.type !== 'DATE' && m.type !== 'TIME' && m.type !== 'DURATION') continue;
      const [s, e] = sentenceAround(text, m.start, m.end);
      const entities = [...new Set(named.filter(n => n.start >= s && n.end <= e).map(n => n.entity!))];
      entities.forEach(id => used.add(id));
      const plot = m.type === 'DURATION' ? null : plotDate(m.value);
      const apart = plot ? null : m.type === 'DURATION' || m.value?.startsWith('P') ? 'duration' : m.value?.startsWith('XXXX') ? 'unknown-year' : 'unresolved';
      dates.push({
        uri, range: toRange(a.lines, m.start, m.end), text: m.text, type: m.type, value: m.value,
        sentence: text.slice(s, e).replace(/\s+/g, ' ').trim().slice(0, 300), entities, plot, apart,
      });
    }
  }
  const entities = [...used].map(id => linked.entities.get(id)!).filter(Boolean)
    .map(e => ({ id: e.id, name: e.name, type: e.type }))
    .sort((x, y) => x.name.localeCompare(y.name));
  return { articles, entities, dates };
}
