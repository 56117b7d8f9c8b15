import { CodeAction, CodeActionKind, CodeActionParams, Command } from 'vscode-languageserver/node';
import { CorpusIndex } from '../corpusIndex';
import { SPELLING_VARIANT } from './diagnostics';

export const CORRECT_COMMAND = 'newsLens.correct';
const TYPES = ['PERSON', 'ORG', 'PLACE'] as const;

/**
 * Quick fixes for diagnostics, and corrections on any mention or selection. Corrections are
 * commands the server carries out by writing .newslens/corrections.json; nothing is changed in
 * the article unless the user picks the spelling quick fix, which is an edit they can see.
 */
export class CodeActionsProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideCodeActions(params: CodeActionParams): CodeAction[] {
    const uri = params.textDocument.uri;
    const article = this.#corpus.linked.articles.get(uri);
    const source = this.#corpus.article(uri);
    if (!article || !source) return [];
    const out: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.code === SPELLING_VARIANT && d.data && typeof (d.data as { replacement?: unknown }).replacement === 'string' && this.#isSurname(article, d.range)) {
        const replacement = (d.data as { replacement: string }).replacement;
        out.push({ title: `Use '${replacement}' (majority spelling)`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
          edit: { changes: { [uri]: [{ range: d.range, newText: replacement }] } } });
      }
    }
    const start = article.lines.offsetAt(params.range.start.line, params.range.start.character);
    const end = article.lines.offsetAt(params.range.end.line, params.range.end.character);
    const mention = article.mentions.find(m => m.entity && m.start <= start && (end === start ? start < m.end : end <= m.end));
    const command = (title: string, args: object): CodeAction => ({ title, kind: CodeActionKind.QuickFix + '.newsLens', command: Command.create(title, CORRECT_COMMAND, { uri, file: source.file, ...args }) });
    if (mention) {
      const entity = this.#corpus.linked.entities.get(mention.entity!)!;
      const span = { start: mention.start, end: mention.end, text: mention.text };
      out.push(command(`News Lens: “${mention.text}” is not an entity`, { action: 'notEntity', ...span }));
      for (const t of TYPES) if (t !== mention.type) out.push(command(`News Lens: change “${mention.text}” to ${t}`, { action: 'setType', type: t, ...span }));
      out.push({ title: `News Lens: merge ${entity.name} with another entity…`, kind: CodeActionKind.QuickFix + '.newsLens',
        command: Command.create('Merge with…', 'newsLens.mergeEntity', { uri, entity: entity.id, name: entity.name }) });
      if (entity.mentions > 1) out.push(command(`News Lens: split “${mention.text}” off ${entity.name}`, { action: 'split', ...span }));
    } else if (end > start) {
      const text = article.text.slice(start, end);
      if (text.trim() && !text.includes('\n')) for (const t of TYPES) out.push(command(`News Lens: mark “${text}” as ${t}`, { action: 'add', type: t, start, end, text }));
    }
    return out;
  }

  /**
   * Whether a spelling diagnostic's range is still the surname of a person in the article. The
   * client sends the diagnostic back; a stale one (the text was edited since) or one that was never
   * ours must not become an edit that rewrites other text or cuts a character in half (fuzzing).
   */
  #isSurname(article: { text: string; lines: import('../analysis').LineIndex; mentions: readonly import('../analysis').Mention[] }, range: CodeActionParams['range']): boolean {
    const s = article.lines.offsetAt(range.start.line, range.start.character);
    const e = article.lines.offsetAt(range.end.line, range.end.character);
    return s < e && article.mentions.some(m => m.type === 'PERSON' && m.entity && m.end === e && m.start <= s && m.text.slice(s - m.start) === m.text.split(/\s+/).pop());
  }
}
