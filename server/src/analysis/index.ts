// The analysis core: plain functions from text to mentions. No LSP, no VS Code, no I/O.
export * from './types';
export { tokenize } from './tokens';
export type { Token, TokenizedText } from './tokens';
export { analyzeArticle } from './article';
export { annotateCorpus } from './corpus';
export type { ArticleInput, CorpusAnnotation, AnnotatedArticle, EntityRecord } from './corpus';
export { lineIndex, LineIndex } from './lines';
