// The analysis core: plain functions from text to mentions. No LSP, no VS Code, no I/O.
export * from './types';
export { tokenize } from './tokens';
export type { Token, TokenizedText } from './tokens';
export { analyzeArticle } from './article';
export { lineIndex, LineIndex } from './lines';
