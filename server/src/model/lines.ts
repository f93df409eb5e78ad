import type { Position, Range } from './types.js';

/**
 * Maps string offsets to 0-based line/character positions in O(log n).
 *
 * Line breaks are LF, CRLF and a lone CR, as in YAML 1.2 (`b-break`), LSP
 * and every editor: a plan saved with CR only must not read as one line.
 * A byte-order mark at the start is not a character of line 1 (editors do
 * not show it, and VS Code hands the server the text without it), so the
 * CLI and the editor give the same columns.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** 1 when the text starts with a BOM: offsets on line 1 are one past their column. */
  private readonly bom: number;

  constructor(readonly text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    const character = o - this.starts[lo]!;
    return { line: lo, character: lo === 0 ? Math.max(0, character - this.bom) : character };
  }

  offset(pos: Position): number {
    // A line before the first is no position: NaN, so a feature finds nothing there (not line 1).
    if (!(pos.line >= 0)) return NaN;
    const line = Math.max(0, Math.min(pos.line, this.starts.length - 1));
    const start = this.starts[line]! + (line === 0 ? this.bom : 0);
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset just past the last character of a line, before its line break. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    if (l + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[l + 1]!; // just past the break
    const crlf = this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13;
    return next - (crlf ? 2 : 1);
  }

  /** The whole text of a line (without its break), as a range; never empty when the line has text. */
  lineRange(line: number): Range {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    return { start: { line: l, character: 0 }, end: this.position(this.lineEnd(l)) };
  }
}
