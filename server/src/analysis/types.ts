/** The kinds of mention News Lens reports. The last group comes straight from wink. */
export type MentionType =
  | 'PERSON' | 'ORG' | 'PLACE'
  | 'DATE' | 'TIME' | 'DURATION'
  | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL';

export const WINK_TYPES: readonly MentionType[] = ['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL'];

/** A span of an article, in UTF-16 code units: text.slice(start, end) === mention.text. */
export interface Mention {
  readonly type: MentionType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Canonical entity id, for PERSON/ORG/PLACE; null otherwise. */
  entity: string | null;
  /** Normalized value (dates); null when unknown. */
  value: string | null;
}

export interface Quote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  speaker: string | null;
  speakerText: string | null;
}

export interface ArticleAnalysis {
  readonly text: string;
  readonly publicationDate: string | null;
  /** Every mention, sorted by start; entity ids are filled in by corpus linking. */
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  /** The PERSON/ORG/PLACE mentions, with what linking needs (keys, roles). */
  readonly named: readonly import('./entities').NamedMention[];
  /** For each quote, the index in `named` of its speaker, or null. */
  readonly quoteSpeakers: readonly (number | null)[];
}

export function isTemporal(type: MentionType): boolean {
  return type === 'DATE' || type === 'TIME' || type === 'DURATION';
}
