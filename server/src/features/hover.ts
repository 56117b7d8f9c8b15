import { CancellationToken, Hover, MarkupKind, Position } from 'vscode-languageserver/node';
import type { Mention, Quote } from '../analysis';
import { CorpusIndex } from '../corpusIndex';
import { TYPE_LABEL, baseName, contextLine, positionLink, toRange } from './shared';

/** How many other articles an entity's hover links to. */
const OTHER_ARTICLES = 20;

/** Hovers: an entity with what the whole corpus knows; a quote with its speaker; a date with its value. */
export class HoverProvider {
  readonly #corpus: CorpusIndex;
  constructor(corpus: CorpusIndex) { this.#corpus = corpus; }

  provideHover(uri: string, position: Position, token?: CancellationToken): Hover | null {
    const article = this.#corpus.linked.articles.get(uri);
    if (!article || token?.isCancellationRequested) return null;
    const offset = article.lines.offsetAt(position.line, position.character);
    const mention = this.#corpus.mentionAt(uri, offset);
    const quote = this.#corpus.quoteAt(uri, offset);
    const span = mention ?? quote;
    if (!span) return null;
    const value = mention ? (mention.entity ? this.#entity(uri, mention) : this.#plain(uri, mention)) : this.#quote(quote!);
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(article.lines, span.start, span.end) };
  }

  #entity(uri: string, mention: Mention): string {
    const linked = this.#corpus.linked;
    const entity = linked.entities.get(mention.entity!)!;
    const article = linked.articles.get(uri)!;
    const here = article.mentions.filter(m => m.entity === entity.id).length;
    const lines = [
      `**${entity.name}** · ${TYPE_LABEL[entity.type]}`,
      '',
      `Spellings: ${entity.aliases.map(a => `${a.text} ×${a.count}`).join(' · ')}`,
      '',
      `${here} mention${here === 1 ? '' : 's'} in this article · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} in ${entity.articles} article${entity.articles === 1 ? '' : 's'}`,
    ];
    // the first OTHER_ARTICLES other articles in corpus order; a name in thousands of articles would make a hover of thousands of lines
    const count = linked.mentionsOf.articleCount(entity.id) - (here ? 1 : 0);
    // only the first few articles: sorting all of them (8,000 for a country at 10,000 articles) for 20 lines cost most of a hover
    const others = new Map<string, Mention>();
    if (count > 0) for (const [other, items] of linked.mentionsOf.firstArticles(entity.id, OTHER_ARTICLES, uri)) others.set(other, items[0]);
    if (others.size) {
      lines.push('', '**In other articles**', '');
      for (const [other, first] of others) {
        const a = linked.articles.get(other)!;
        const line = a.lines.positionAt(first.start).line + 1;
        // (a closed article's text is read back from disk; one changed there since it was analysed reads as '': no context then)
        const text = a.text;
        lines.push(`- [${baseName(other)}:${line}](${positionLink(other, a.lines, first.start)})${text ? ` — ${contextLine(text, first)}` : ''}`);
      }
    }
    if (count > others.size) lines.push(`- … and ${count - others.size} more`);
    const quotes = linked.quotesBy.count(entity.id);
    if (quotes) lines.push('', `Quoted ${quotes} time${quotes === 1 ? '' : 's'} in the corpus.`);
    return lines.join('\n');
  }

  #plain(uri: string, mention: Mention): string {
    const lines = [`**${TYPE_LABEL[mention.type] ?? mention.type}** \`${mention.type}\` — “${mention.text}”`];
    if (mention.type === 'DATE' || mention.type === 'TIME' || mention.type === 'DURATION') {
      const publication = this.#corpus.linked.articles.get(uri)?.publicationDate ?? null;
      lines.push('', describeDate(mention, publication));
    }
    return lines.join('\n');
  }

  #quote(quote: Quote): string {
    const linked = this.#corpus.linked;
    if (!quote.speaker) return '**Quotation** — no attributable speaker found';
    const speaker = linked.entities.get(quote.speaker)!;
    const first = linked.mentionsOf.get(speaker.id)?.[0];
    const link = first ? `[${speaker.name}](${positionLink(first.uri, linked.articles.get(first.uri)!.lines, first.item.start)})` : speaker.name;
    const others = (linked.quotesBy.get(speaker.id)?.length ?? 1) - 1;
    return [`**Quotation** — speaker ${link}${quote.speakerText && quote.speakerText !== speaker.name ? ` (as “${quote.speakerText}”)` : ''}`, '',
      `${others} other quote${others === 1 ? '' : 's'} from ${speaker.name} in the corpus.`].join('\n');
  }
}

/** "Tuesday → 2022-03-15, the day of publication". */
export function describeDate(mention: Mention, publication: string | null): string {
  const value = mention.value;
  if (!value) return publication ? `No normalized value (publication date ${publication}).` : 'No normalized value: the article gives no publication date.';
  let relation = '';
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (publication && day) {
    const diff = Math.round((Date.parse(day) - Date.parse(publication)) / 86400000);
    relation = diff === 0 ? 'the day of publication' : `${Math.abs(diff)} day${Math.abs(diff) === 1 ? '' : 's'} ${diff < 0 ? 'before' : 'after'} publication (${publication})`;
  } else if (publication && value.startsWith('P')) relation = 'a duration';
  else if (publication) relation = `publication date ${publication}`;
  else if (value.startsWith('XXXX')) relation = 'year unknown: the article gives no publication date';
  return `${mention.text} → \`${value}\`${relation ? `, ${relation}` : ''}`;
}
