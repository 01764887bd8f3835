import type { Position, Range } from '../types';

/**
 * Converts between offsets and line/column positions of one text.
 * Lines end at '\n'; a '\r' before it belongs to the line, so CRLF files keep their columns.
 */
export class LineIndex {
  /**
   * The line starts found so far, in order: only as far as asked, since a valid release needs none and a
   * finding in the front matter needs only the first lines of a long body.
   */
  private readonly starts = [0];
  /** Where the search for the next line break resumes; -1 once every line start is known. */
  private searchFrom = 0;

  constructor(readonly text: string) {}

  get lineCount(): number {
    this.findStarts(Infinity, -1);
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    this.findStarts(0, clamped);
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - starts[low] };
  }

  offsetAt(position: Position): number {
    this.knowLine(position.line);
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[Math.max(0, position.line)];
    return Math.min(lineStart + position.character, this.lineEnd(position.line));
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  lineStart(line: number): number {
    this.knowLine(line);
    return this.starts[Math.min(Math.max(0, line), this.starts.length - 1)];
  }

  /** Offset just after the line's last character, before any '\r\n' or '\n'. */
  lineEnd(line: number): number {
    this.knowLine(line);
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return next > this.lineStart(line) && this.text[next - 1] === '\r' ? next - 1 : next;
  }

  /** Finds line starts until the line after `line` is known, or every line is. */
  private knowLine(line: number): void {
    this.findStarts(line + 2, -1);
  }

  /**
   * Finds line starts until `count` of them are known and one after `offset` is, or every one is: in one
   * loop, since a finding at the end of a release's body needs every line start before it.
   */
  private findStarts(count: number, offset: number): void {
    const { starts, text } = this;
    let from = this.searchFrom;
    while (from !== -1 && (starts.length < count || starts[starts.length - 1] <= offset)) {
      const newline = text.indexOf('\n', from);
      from = newline === -1 ? -1 : newline + 1;
      if (from !== -1) starts.push(from);
    }
    this.searchFrom = from;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
