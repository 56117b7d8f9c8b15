import { TokenizedText } from './tokens';
import { Mention, MentionType, WINK_TYPES } from './types';

/** wink's own entities (dates, times, quantities) as mentions at exact offsets. */
export function winkMentions(tokenized: TokenizedText): Mention[] {
  const mentions: Mention[] = [];
  for (const e of tokenized.winkEntities) {
    if (!(WINK_TYPES as readonly string[]).includes(e.type)) continue;
    const start = tokenized.tokens[e.firstToken].start;
    const end = tokenized.tokens[e.lastToken].end;
    mentions.push({ type: e.type as MentionType, text: tokenized.text.slice(start, end), start, end, entity: null, value: null });
  }
  return mentions;
}
