/** Converts UTF-16 offsets to zero-based line/character positions and back. */
export interface LineIndex {
  positionAt(offset: number): { line: number; character: number };
  offsetAt(line: number, character: number): number;
  readonly lineStarts: readonly number[];
}

export function lineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (c === 10) lineStarts.push(i + 1);
  }
  return {
    lineStarts,
    positionAt(offset: number) {
      let lo = 0, hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
      }
      return { line: lo, character: offset - lineStarts[lo] };
    },
    offsetAt(line: number, character: number) {
      if (line >= lineStarts.length) return text.length;
      return Math.min(lineStarts[line] + character, text.length);
    },
  };
}
