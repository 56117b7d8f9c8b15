import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { Position, Range, TextDocumentsConfiguration } from 'vscode-languageserver/node';

/**
 * How the server applies a client's edits to its copy of a document: as TextDocument.update does,
 * but with every range first clamped into the document. vscode-languageserver-textdocument 1.0.16
 * keeps its line table wrong after a range whose line lies past the end ("sai" then an edit at
 * line 1, character 135 leaves the table [0, <hole>, 6, 8]): positionAt then answers NaN and every
 * later edit lands at the wrong offset, so the server's copy silently drifts from the editor's
 * (found by the protocol fuzz test). A position past the end of its line or of the document means
 * that end (as the LSP specifies for characters); a range given backwards is turned round.
 */
export const ClampedTextDocument: TextDocumentsConfiguration<TextDocument> = {
  create: TextDocument.create,
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    let doc = document;
    for (const change of changes) {
      const range = 'range' in change && change.range ? clampRange(doc, change.range) : undefined;
      doc = TextDocument.update(doc, [range ? { range, text: change.text } : { text: change.text }], version);
    }
    return doc;
  },
};

function offsetOf(doc: TextDocument, p: Position | undefined): number {
  const line = Number.isInteger(p?.line) && p!.line > 0 ? p!.line : 0;
  if (line >= doc.lineCount) return doc.getText().length;
  const character = Number.isInteger(p?.character) && p!.character > 0 ? p!.character : 0;
  return doc.offsetAt({ line, character });
}

export function clampRange(doc: TextDocument, range: Range): Range {
  const a = offsetOf(doc, range?.start), b = offsetOf(doc, range?.end);
  return { start: doc.positionAt(Math.min(a, b)), end: doc.positionAt(Math.max(a, b)) };
}
