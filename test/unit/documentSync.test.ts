import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ClampedTextDocument } from '../../server/src/documentSync';

// Found by the protocol fuzz test: TextDocument.update leaves a hole in its line table after an
// edit whose range starts on a line past the end, and the server's copy then drifts.
test('an edit on a line past the end lands at the end, and later edits land where the client meant', () => {
  const change = { range: { start: { line: 1, character: 135 }, end: { line: 3, character: 140 } }, text: '\t\r\r\nal-Assad' };
  const raw = TextDocument.update(TextDocument.create('u', 'news', 1, 'sai'), [change], 2);
  assert.ok(Number.isNaN(raw.positionAt(4).character), 'the library alone answers NaN (if this fails, the library is fixed)');
  let doc = ClampedTextDocument.update(TextDocument.create('u', 'news', 1, 'sai'), [change], 2);
  assert.equal(doc.getText(), 'sai\t\r\r\nal-Assad');
  assert.deepEqual(doc.positionAt(4), { line: 0, character: 4 });
  doc = ClampedTextDocument.update(doc, [{ range: { start: { line: 2, character: 9 }, end: { line: 0, character: 1 } }, text: 'X' }], 3);
  assert.equal(doc.getText(), 'sX', 'a backwards range is turned round; a character past the line is its end');
  doc = ClampedTextDocument.update(doc, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '!' }, { text: 'whole' }], 4);
  assert.equal(doc.getText(), 'whole');
});
