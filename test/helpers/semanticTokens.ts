// Pure, so both the protocol tests (Node) and the in-editor tests (extension host) can use it.
/** Decodes LSP relative semantic tokens into absolute [line, char, length, typeName]. */
export function decodeSemanticTokens(data: number[], tokenTypes: string[]): { line: number; character: number; length: number; type: string; modifiers: number }[] {
  const out = [];
  let line = 0, character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push({ line, character, length: data[i + 2], type: tokenTypes[data[i + 3]], modifiers: data[i + 4] });
  }
  return out;
}
