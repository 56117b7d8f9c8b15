import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { NewsLensSettings } from '../workspace';
import { toRange } from './shared';

export const SPELLING_VARIANT = 'spelling-variant';
export const UNATTRIBUTED_QUOTE = 'unattributed-quote';

/** For a person spelled several ways, the majority spelling of the surname (by articles, then mentions). */
export function majoritySurname(aliases: { text: string; count: number }[], articlesBySpelling: Map<string, Set<string>>): string | null {
  const surname = (t: string) => t.split(/\s+/).pop()!;
  const spellings = new Map<string, { count: number; articles: Set<string> }>();
  for (const a of aliases) {
    const s = surname(a.text);
    const v = spellings.get(s) ?? { count: 0, articles: new Set<string>() };
    v.count += a.count;
    for (const u of articlesBySpelling.get(a.text) ?? []) v.articles.add(u);
    spellings.set(s, v);
  }
  if (spellings.size < 2) return null;
  return [...spellings].sort((x, y) => y[1].articles.size - x[1].articles.size || y[1].count - x[1].count || x[0].localeCompare(y[0]))[0][0];
}

/** Information-level findings: one person spelled two ways across the corpus; a quote with no speaker. */
export class DiagnosticsProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideDiagnostics(uri: string, settings: NewsLensSettings): Diagnostic[] {
    const linked = this.#corpus.linked;
    const article = linked.articles.get(uri);
    if (!article) return [];
    const out: Diagnostic[] = [];
    if (settings.diagnostics.spellingVariants) {
      const majority = new Map<string, string | null>();
      for (const m of article.mentions) {
        if (m.type !== 'PERSON' || !m.entity) continue;
        if (!majority.has(m.entity)) {
          const entity = linked.entities.get(m.entity)!;
          const bySpelling = new Map<string, Set<string>>();
          for (const x of linked.mentionsOf.get(m.entity) ?? []) {
            if (!bySpelling.has(x.item.text)) bySpelling.set(x.item.text, new Set());
            bySpelling.get(x.item.text)!.add(x.uri);
          }
          majority.set(m.entity, majoritySurname(entity.aliases, bySpelling));
        }
        const best = majority.get(m.entity);
        const surname = m.text.split(/\s+/).pop()!;
        if (!best || surname === best) continue;
        const start = m.end - surname.length;
        out.push({
          range: toRange(article.lines, start, m.end), severity: DiagnosticSeverity.Information, source: 'News Lens', code: SPELLING_VARIANT,
          message: `“${surname}” is spelled “${best}” in most articles of the corpus (${linked.entities.get(m.entity)!.name}).`,
          data: { replacement: best },
        });
      }
    }
    if (settings.diagnostics.unattributedQuotes) {
      for (const q of article.quotes) if (!q.speaker) {
        out.push({ range: toRange(article.lines, q.start, q.end), severity: DiagnosticSeverity.Information, source: 'News Lens', code: UNATTRIBUTED_QUOTE,
          message: 'Quotation with no attributable speaker.' });
      }
    }
    return out;
  }
}
