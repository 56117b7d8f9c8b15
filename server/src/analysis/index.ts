// The analysis core: plain functions from text to mentions. No LSP, no VS Code, no I/O.
export * from './types';
export { tokenize } from './tokens';
export type { Token, TokenizedText } from './tokens';
export { analyzeArticle, analyzeArticles } from './article';
export { annotateCorpus, linkArticles, linkCorrected, annotateArticle, BATCH_CHARS } from './corpus';
export { IncrementalLinker, CorpusLinker } from './incremental';
export type { LinkDelta } from './incremental';
export { parseAliasRules, AliasFileError, NO_ALIAS_RULES } from './link';
export type { AliasRules } from './link';
export type { ArticleInput, CorpusAnnotation, AnnotatedArticle, EntityRecord } from './corpus';
export { lineIndex, LineIndex } from './lines';
export { parseCorrections, applyCorrections, anchor, CorrectionsFileError, NO_CORRECTIONS } from './corrections';
export type { Correction, CorrectionSet } from './corrections';
export type { NamedMention, EntityType } from './entities';
export { nlp, PIPE } from './nlp';
