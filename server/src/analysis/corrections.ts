import { ArticleAnalysis, Mention } from './types';
import { NamedMention, EntityType } from './entities';

/**
 * A user's correction of the recogniser, kept in .newslens/corrections.json. Span corrections
 * name the file (relative to the workspace folder), the span and the text that was there, so a
 * correction that no longer fits the article (the text moved) is re-anchored on the nearest
 * occurrence of the same text, or ignored; the article itself is never changed.
 */
export type Correction =
  | { action: 'notEntity'; file: string; start: number; end: number; text: string }
  | { action: 'setType'; file: string; start: number; end: number; text: string; type: EntityType }
  | { action: 'add'; file: string; start: number; end: number; text: string; type: EntityType }
  | { action: 'split'; file: string; start: number; end: number; text: string }
  | { action: 'merge'; entity: string; into: string };

export interface CorrectionSet { version: 1; corrections: Correction[] }

export const NO_CORRECTIONS: CorrectionSet = { version: 1, corrections: [] };

export class CorrectionsFileError extends Error {}

const TYPES = ['PERSON', 'ORG', 'PLACE'];

export function parseCorrections(json: string, source = 'corrections.json'): CorrectionSet {
  let data: unknown;
  try { data = JSON.parse(json); } catch (e) { throw new CorrectionsFileError(`${source}: not valid JSON (${(e as Error).message})`); }
  const d = data as { version?: unknown; corrections?: unknown };
  if (typeof d !== 'object' || d === null || !Array.isArray(d.corrections)) throw new CorrectionsFileError(`${source}: expected { "version": 1, "corrections": [ … ] }`);
  d.corrections.forEach((c: unknown, i: number) => {
    const x = c as Record<string, unknown>;
    const where = `${source}: corrections[${i}]`;
    if (typeof x !== 'object' || x === null) throw new CorrectionsFileError(`${where} must be an object`);
    if (x.action === 'merge') {
      if (typeof x.entity !== 'string' || typeof x.into !== 'string') throw new CorrectionsFileError(`${where}: "merge" needs string "entity" and "into"`);
      return;
    }
    if (!['notEntity', 'setType', 'add', 'split'].includes(x.action as string)) throw new CorrectionsFileError(`${where}: unknown action ${JSON.stringify(x.action)}`);
    if (typeof x.file !== 'string' || !Number.isInteger(x.start) || !Number.isInteger(x.end) || typeof x.text !== 'string' || (x.end as number) <= (x.start as number)) {
      throw new CorrectionsFileError(`${where}: needs "file", integer "start" < "end" and "text"`);
    }
    if ((x.action === 'setType' || x.action === 'add') && !TYPES.includes(x.type as string)) throw new CorrectionsFileError(`${where}: "type" must be PERSON, ORG or PLACE`);
  });
  return { version: 1, corrections: d.corrections as Correction[] };
}

/** Where a span correction applies in the current text, or null when its text is gone. */
export function anchor(text: string, c: { start: number; end: number; text: string }): { start: number; end: number } | null {
  if (text.slice(c.start, c.end) === c.text) return { start: c.start, end: c.end };
  let best = -1;
  for (let at = text.indexOf(c.text); at >= 0; at = text.indexOf(c.text, at + 1)) {
    if (best < 0 || Math.abs(at - c.start) < Math.abs(best - c.start)) best = at;
  }
  return best < 0 ? null : { start: best, end: best + c.text.length };
}

/** Applies the span corrections for one article; returns a new analysis (the input is not changed). */
export function applyCorrections(analysis: ArticleAnalysis, file: string, set: CorrectionSet): ArticleAnalysis {
  const mine = set.corrections.filter((c): c is Exclude<Correction, { action: 'merge' }> => c.action !== 'merge' && c.file === file);
  if (mine.length === 0) return analysis;
  let named: (NamedMention & { isolated?: boolean })[] = [...analysis.named];
  const speakerSpans = analysis.quoteSpeakers.map(k => (k === null ? null : named[k]));
  for (const c of mine) {
    const at = anchor(analysis.text, c);
    if (!at) continue;
    const same = (m: NamedMention) => m.start === at.start && m.end === at.end;
    if (c.action === 'notEntity') named = named.filter(m => !same(m));
    else if (c.action === 'setType') named = named.map(m => (same(m) ? { ...m, type: c.type, key: m.text } : m));
    else if (c.action === 'split') named = named.map(m => (same(m) ? { ...m, isolated: true } : m));
    else if (c.action === 'add') {
      named = named.filter(m => m.end <= at.start || m.start >= at.end);
      named.push({ type: c.type, text: analysis.text.slice(at.start, at.end), start: at.start, end: at.end, entity: null, value: null, key: c.text });
    }
  }
  named.sort((a, b) => a.start - b.start);
  const quoteSpeakers = speakerSpans.map(s => {
    if (!s) return null;
    const k = named.findIndex(m => m.start === s.start && m.end === s.end);
    return k < 0 ? null : k;
  });
  const isNamed = (m: Mention) => m.type === 'PERSON' || m.type === 'ORG' || m.type === 'PLACE';
  const others = analysis.mentions.filter(m => !isNamed(m) && !named.some(n => n.start < m.end && m.start < n.end));
  const mentions = [...others, ...named.map(({ key: _k, role: _r, isolated: _i, ...m }) => ({ ...m }))].sort((a, b) => a.start - b.start);
  return { ...analysis, named, mentions, quoteSpeakers };
}

/** Merge corrections as pairs of names for linking. */
export function mergePairs(set: CorrectionSet): [string, string][] {
  return set.corrections.flatMap(c => (c.action === 'merge' ? [[c.entity, c.into] as [string, string]] : []));
}
