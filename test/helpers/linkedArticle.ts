// One article linked as the corpus links it, read back by entity name: what the unit tests of
// linking and speakers assert on.
import { annotateCorpus, MentionType } from '../../server/src/analysis';

export interface LinkedArticle {
  /** The article's mentions of this type, as [text, its entity's name]. */
  named(type: MentionType): [string, string | undefined][];
  /** Each quote's speaker by entity name, null where it has none. */
  speakers: (string | null | undefined)[];
}

/** annotateCorpus over one article, with entity ids read back as the entities' names. */
export function linkedArticle(text: string): LinkedArticle {
  const c = annotateCorpus([{ file: 'a.txt', text }]);
  const names = new Map(c.entities.map(e => [e.id, e.name]));
  const a = c.articles[0];
  return {
    named: type => a.mentions.filter(m => m.type === type).map(m => [m.text, m.entity === null ? undefined : names.get(m.entity)]),
    speakers: a.quotes.map(q => q.speaker === null ? null : names.get(q.speaker)),
  };
}
