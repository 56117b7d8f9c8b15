import { SemanticTokensLegend } from 'vscode-languageserver/node';
import type { MentionType } from './analysis';

// Custom token types, declared in package.json with semanticTokenScopes fallbacks so the
// default light and dark themes colour them.
export const TOKEN_TYPES = ['newsDate', 'newsQuantity', 'newsPerson', 'newsOrganization', 'newsPlace', 'newsQuote'] as const;
export const TOKEN_MODIFIERS = ['speaker', 'firstMention'] as const;

export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const typeIndex = (t: typeof TOKEN_TYPES[number]) => TOKEN_TYPES.indexOf(t);

export function tokenTypeOf(type: MentionType | 'QUOTE'): number {
  switch (type) {
    case 'DATE': case 'TIME': case 'DURATION': return typeIndex('newsDate');
    case 'MONEY': case 'PERCENT': case 'CARDINAL': case 'ORDINAL': return typeIndex('newsQuantity');
    case 'PERSON': return typeIndex('newsPerson');
    case 'ORG': return typeIndex('newsOrganization');
    case 'PLACE': return typeIndex('newsPlace');
    case 'QUOTE': return typeIndex('newsQuote');
  }
}
