import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, InitializeResult,
  SemanticTokensParams, HoverParams, CancellationToken,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleCache } from './documents';
import { legend } from './legend';
import { SemanticTokensProvider } from './features/semanticTokens';
import { HoverProvider } from './features/hover';
import { nlp } from './analysis/nlp';

// createConnection picks the transport from argv: --node-ipc (the VS Code client), --stdio (tests, other editors).
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const articles = new ArticleCache();
const semanticTokens = new SemanticTokensProvider(articles);
const hover = new HoverProvider(articles);

connection.onInitialize((): InitializeResult => {
  nlp(); // load the model once, up front, rather than on the first keystroke
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      semanticTokensProvider: { legend, full: true },
    },
    serverInfo: { name: 'news-lens', version: '0.1.0' },
  };
});

// A request must never take the server down: log the failure and answer empty.
function guarded<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R): (params: P, token: CancellationToken) => R {
  return (params, token) => {
    try { return fn(params, token); } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}

connection.languages.semanticTokens.on(guarded('semanticTokens', { data: [] }, (params: SemanticTokensParams, token) => {
  const document = documents.get(params.textDocument.uri);
  return document ? semanticTokens.provideFull(document, token) : { data: [] };
}));

connection.onHover(guarded('hover', null, (params: HoverParams, token) => {
  const document = documents.get(params.textDocument.uri);
  return document ? hover.provideHover(document, params.position, token) : null;
}));

documents.onDidClose(e => articles.delete(e.document.uri));
documents.listen(connection);
connection.listen();
