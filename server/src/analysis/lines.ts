/** Converts UTF-16 offsets to zero-based line/character positions and back. */
export interface LineIndex {
  positionAt(offset: number): { line: number; character: number };
  offsetAt(line: number, character: number): number;
  readonly lineStarts: readonly number[];
}

/** A class, not closures: the server keeps one per article (10,000 and more), and methods on the prototype cost nothing each. */
class Lines implements LineIndex {
  constructor(readonly lineStarts: readonly number[], readonly length: number) {}
  positionAt(offset: number): { line: number; character: number } {
    const lineStarts = this.lineStarts;
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: offset - lineStarts[lo] };
  }
  offsetAt(line: number, character: number): number {
    if (line >= this.lineStarts.length) return this.length;
    return Math.min(this.lineStarts[line] + character, this.length);
  }
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
  return new Lines(lineStarts.slice(), text.length); // without the room push leaves
}
