/**
 * The quickest read of front matter written in the plain block style nearly every release uses: fields,
 * groups of fields by indentation, lists of values or of fields (`- name: …`), plain and one-line quoted
 * values, comments, and an empty `[]` or `{}`. It reads that style line by line, several times faster than
 * a general YAML parser, and answers only when the text keeps to it; anything else (a value over several
 * lines, a block scalar over lines of different indentation, an escape other than `\"` and `\\`, a
 * duplicate key, a key that is not a plain word) gives undefined, and the caller reads the text with
 * js-yaml. Plain values are resolved by the `yaml` package's core schema (coreScalars.ts), so the data is
 * what `readYaml` gives: a property test holds the two to each other.
 */
import { ownCopy } from '../text/ownCopy';
import { plainScalarValue } from './coreScalars';

const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const SINGLE_QUOTE = 0x27;
const DASH = 0x2d;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const FOLDED = 0x3e;
const LITERAL = 0x7c;

/** Deeper than this, the text is left to the general reader (which has its own limits). */
const MAX_DEPTH = 32;

/** Refused: what this reader does not read. Thrown through the recursion and caught at the top. */
const REFUSED = Symbol('refused');

/** One line of the text: where its content starts (after the indentation) and ends (before any `\r`). */
interface Line {
  readonly indent: number;
  /** Offset of the first character after the indentation. */
  readonly start: number;
  /** Offset of the line's end, a trailing carriage return left out. */
  readonly end: number;
}

/** The fields of `source`, or undefined when it is not written in the plain block style (see above). */
export function readSimpleFields(source: string): Record<string, unknown> | undefined {
  const lines = significantLines(source);
  if (lines === undefined || lines.length === 0) return undefined;
  // Values are sliced from a copy, so that none keeps the whole release alive (ownCopy.ts).
  const reader = new BlockReader(ownCopy(source), lines);
  try {
    const fields = reader.mapping(lines[0].indent, 0);
    return reader.finished() ? fields : undefined;
  } catch (error) {
    if (error === REFUSED) return undefined;
    throw error;
  }
}

/** The lines that hold something other than spaces or a comment; undefined for a character this reader refuses. */
function significantLines(source: string): Line[] | undefined {
  const lines: Line[] = [];
  for (let lineStart = 0; lineStart < source.length; ) {
    const newline = source.indexOf('\n', lineStart);
    let end = newline === -1 ? source.length : newline;
    if (newline !== -1 && end > lineStart && source.charCodeAt(end - 1) === CARRIAGE_RETURN) end--;
    if (hasRefusedCharacter(source, lineStart, end)) return undefined;
    let start = lineStart;
    while (start < end && source.charCodeAt(start) === SPACE) start++;
    if (start < end && source.charCodeAt(start) !== HASH) lines.push({ indent: start - lineStart, start, end });
    lineStart = newline === -1 ? end : newline + 1;
  }
  return lines;
}

/**
 * A character js-yaml refuses or reads as a line break, or that `readYaml` guards against: a control
 * character (a tab, a lone carriage return), one of the C1 controls, a byte order mark, a Unicode line or
 * paragraph separator, a non-character, or half of a surrogate pair.
 */
function hasRefusedCharacter(source: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const char = source.charCodeAt(at);
    if (char >= SPACE && char < 0x7f) continue;
    if (char < SPACE || char <= 0x9f || char === 0xfeff || char === 0x2028 || char === 0x2029 || char >= 0xfffe) return true;
    if (char >= 0xd800 && char <= 0xdfff) {
      const low = source.charCodeAt(at + 1);
      if (char > 0xdbff || at + 1 >= end || low < 0xdc00 || low > 0xdfff) return true;
      at++;
    }
  }
  return false;
}

class BlockReader {
  private next = 0;

  constructor(
    private readonly source: string,
    private readonly lines: readonly Line[],
  ) {}

  finished(): boolean {
    return this.next === this.lines.length;
  }

  /**
   * A block mapping whose keys stand at `indent`; its first key may start mid-line (`- name: …`), at
   * `firstKeyAt`, or else at the next line's indentation.
   */
  mapping(indent: number, depth: number, firstKeyAt?: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw REFUSED;
    const fields: Record<string, unknown> = {};
    let keyAt = firstKeyAt;
    while (keyAt !== undefined || (this.next < this.lines.length && this.lines[this.next].indent === indent)) {
      const line = this.lines[this.next];
      const at = keyAt ?? line.start;
      keyAt = undefined;
      if (this.isEntry(at, line.end)) break; // a list at the key's own indentation belongs to the key above
      const colon = keyEndAt(this.source, at, line.end);
      if (colon === -1) throw REFUSED;
      const key = this.source.slice(at, colon);
      if (Object.prototype.hasOwnProperty.call(fields, key)) throw REFUSED;
      this.next++;
      fields[key] = this.valueAfter(colon + 1, line, indent, depth);
    }
    this.refuseDeeperThan(indent);
    return fields;
  }

  /** A block sequence whose dashes stand at `indent`. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw REFUSED;
    const items: unknown[] = [];
    while (this.next < this.lines.length && this.lines[this.next].indent === indent) {
      const line = this.lines[this.next];
      if (!this.isEntry(line.start, line.end)) break;
      let at = line.start + 1;
      while (at < line.end && this.source.charCodeAt(at) === SPACE) at++;
      if (at === line.end || this.startsComment(at, line.start + 1)) {
        this.next++;
        items.push(this.nestedBlock(indent, depth, false));
      } else if (this.isEntry(at, line.end)) {
        throw REFUSED; // a list in a list on one line
      } else if (keyEndAt(this.source, at, line.end) !== -1) {
        // `- name: …`: the item is a mapping whose keys line up with this first one.
        items.push(this.mapping(indent + (at - line.start), depth + 1, at));
      } else {
        this.next++;
        items.push(this.inlineValue(at, line.end));
        this.refuseDeeperThan(indent);
      }
    }
    this.refuseDeeperThan(indent);
    return items;
  }

  /** The value after a key's colon, on its line or in the block below it. */
  private valueAfter(from: number, line: Line, indent: number, depth: number): unknown {
    let at = from;
    while (at < line.end && this.source.charCodeAt(at) === SPACE) at++;
    if (at === line.end || this.startsComment(at, from)) return this.nestedBlock(indent, depth, true);
    const first = this.source.charCodeAt(at);
    if (first === FOLDED || first === LITERAL) return this.blockScalar(at, line, indent);
    const value = this.inlineValue(at, line.end);
    this.refuseDeeperThan(indent);
    return value;
  }

  /**
   * The block under a key or a dash with nothing after it: deeper lines, or (for a key) a list at the
   * key's own indentation; otherwise the value is null.
   */
  private nestedBlock(indent: number, depth: number, underKey: boolean): unknown {
    if (this.next >= this.lines.length) return null;
    const line = this.lines[this.next];
    if (line.indent > indent) return this.isEntry(line.start, line.end) ? this.sequence(line.indent, depth + 1) : this.mapping(line.indent, depth + 1);
    if (underKey && line.indent === indent && this.isEntry(line.start, line.end)) return this.sequence(indent, depth + 1);
    return null;
  }

  /**
   * A block scalar (`>`, `>-`, `|`, `|-`) whose lines all stand at one indentation, with no blank line or
   * comment-like line among them: folded, its lines are joined by spaces; literal, by line breaks; with
   * `-`, no final line break. Anything else (more-indented lines, `+`, an indentation indicator) is refused.
   */
  private blockScalar(at: number, header: Line, indent: number): string {
    const style = this.source.slice(at, this.lastNonSpace(at, header.end) + 1);
    if (style !== '>' && style !== '>-' && style !== '|' && style !== '|-') throw REFUSED;
    const first = this.lines[this.next];
    if (first === undefined || first.indent <= indent || first.start - first.indent !== this.afterBreak(header)) throw REFUSED;
    const parts: string[] = [];
    let last = header;
    while (this.next < this.lines.length) {
      const line = this.lines[this.next];
      if (line.start - line.indent !== this.afterBreak(last) || line.indent <= indent) break;
      if (line.indent !== first.indent) throw REFUSED;
      parts.push(this.source.slice(line.start, line.end));
      last = line;
      this.next++;
    }
    // What follows the block is empty lines only (each shorter than the block's indentation: a longer one
    // would be part of it), then a line at the key's level or above.
    const after = this.afterBreak(last);
    const nextStart = this.next < this.lines.length ? this.lines[this.next].start - this.lines[this.next].indent : this.source.length;
    if (after > this.source.length || !this.onlyShortEmptyLines(after, nextStart, first.indent)) throw REFUSED;
    this.refuseDeeperThan(indent);
    const folded = style[0] === '>';
    // A folded line ending in spaces folds differently in different readers: left to the general one.
    if (folded && parts.slice(0, -1).some((part) => part.endsWith(' '))) throw REFUSED;
    return parts.join(folded ? ' ' : '\n') + (style.length === 1 ? '\n' : '');
  }

  /** Whether the text from `from` to `to` is empty lines of fewer than `width` spaces each. */
  private onlyShortEmptyLines(from: number, to: number, width: number): boolean {
    let spaces = 0;
    for (let at = from; at < to; at++) {
      const char = this.source.charCodeAt(at);
      if (char === SPACE) {
        if (++spaces >= width) return false;
      } else if (char === 0x0a) spaces = 0;
      else if (char !== CARRIAGE_RETURN) return false;
    }
    return true;
  }

  /** Where the line after `line` starts (past its line break); past the text's end when it has none. */
  private afterBreak(line: Line): number {
    if (line.end >= this.source.length) return this.source.length + 1;
    return this.source.charCodeAt(line.end) === CARRIAGE_RETURN ? line.end + 2 : line.end + 1;
  }

  private lastNonSpace(from: number, end: number): number {
    let last = end - 1;
    while (last > from && this.source.charCodeAt(last) === SPACE) last--;
    return last;
  }

  /** A value written on its line: quoted, an empty `[]` or `{}`, or plain. */
  private inlineValue(at: number, end: number): unknown {
    const first = this.source.charCodeAt(at);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) return this.quoted(at, end);
    if ((first === 0x5b || first === 0x7b) && this.source.charCodeAt(at + 1) === first + 2) {
      if (!this.onlySpacesFrom(at + 2, end)) throw REFUSED;
      return first === 0x5b ? [] : {};
    }
    return plainScalarValue(this.plain(at, end));
  }

  /** A plain value: up to a comment or the line's end, its trailing spaces left out. */
  private plain(at: number, end: number): string {
    if (!canStartPlain(this.source, at, end)) throw REFUSED;
    let last = at;
    for (let index = at; index < end; index++) {
      const char = this.source.charCodeAt(index);
      if (char === SPACE) {
        if (this.source.charCodeAt(index + 1) === HASH) break;
        continue;
      }
      // `a: b: c` is not a value, and a value ending in `:` reads as a key.
      if (char === COLON && (index + 1 === end || this.source.charCodeAt(index + 1) === SPACE)) throw REFUSED;
      last = index;
    }
    return this.source.slice(at, last + 1);
  }

  /** A quoted value closed on its line; `''` in single quotes and `\"`, `\\` in double quotes are the only escapes read. */
  private quoted(open: number, end: number): string {
    const quote = this.source.charCodeAt(open);
    let value = '';
    let from = open + 1;
    for (let at = from; at < end; at++) {
      const char = this.source.charCodeAt(at);
      if (quote === DOUBLE_QUOTE && char === BACKSLASH) {
        const escaped = this.source.charCodeAt(at + 1);
        if (escaped !== DOUBLE_QUOTE && escaped !== BACKSLASH) throw REFUSED;
        value += this.source.slice(from, at);
        from = at + 1;
        at++;
      } else if (char === quote) {
        if (quote === SINGLE_QUOTE && this.source.charCodeAt(at + 1) === SINGLE_QUOTE) {
          value += this.source.slice(from, at + 1);
          from = at + 2;
          at++;
          continue;
        }
        if (!this.onlySpacesFrom(at + 1, end, true)) throw REFUSED;
        return value + this.source.slice(from, at);
      }
    }
    throw REFUSED; // it runs on to the next line
  }

  /** A dash that starts a list entry: followed by a space or the line's end. */
  private isEntry(at: number, end: number): boolean {
    return this.source.charCodeAt(at) === DASH && (at + 1 === end || this.source.charCodeAt(at + 1) === SPACE);
  }

  /** A `#` at `at` that starts a comment: after a space (or at `after`, itself after a space or indicator). */
  private startsComment(at: number, after: number): boolean {
    return this.source.charCodeAt(at) === HASH && at > after;
  }

  /** Only spaces to the line's end, or (with `commentAllowed`) spaces and then a comment. */
  private onlySpacesFrom(from: number, end: number, commentAllowed = false): boolean {
    let at = from;
    while (at < end && this.source.charCodeAt(at) === SPACE) at++;
    return at === end || (commentAllowed && at > from && this.source.charCodeAt(at) === HASH);
  }

  /** A next line deeper than `indent` where none may stand (it would continue a value over lines, or belongs to no block): left to the general reader. */
  private refuseDeeperThan(indent: number): void {
    if (this.next < this.lines.length && this.lines[this.next].indent > indent) throw REFUSED;
  }
}

/** Keys longer than this are left to the general reader (YAML allows an implicit key up to 1,024 characters). */
const MAX_KEY_LENGTH = 256;

/**
 * Where the key starting at `at` ends (its colon), or -1 when no key starts there. A key is a plain word
 * of ASCII letters, digits and `_ $ . / -`, with single spaces inside, starting with a letter, `_` or `$`,
 * followed by `:` and a space or the line's end, that no core tag reads as anything but a string, and not
 * `__proto__`.
 */
function keyEndAt(source: string, at: number, end: number): number {
  if (!isKeyStart(source.charCodeAt(at))) return -1;
  const last = Math.min(end, at + MAX_KEY_LENGTH + 1);
  for (let index = at + 1; index < last; index++) {
    const char = source.charCodeAt(index);
    if (char === COLON) {
      if ((index + 1 < end && source.charCodeAt(index + 1) !== SPACE) || source.charCodeAt(index - 1) === SPACE) return -1;
      const key = source.slice(at, index);
      return key === '__proto__' || plainScalarValue(key) !== key ? -1 : index;
    }
    if (char === SPACE ? source.charCodeAt(index - 1) === SPACE : !isKeyPart(char)) return -1;
  }
  return -1;
}

function isKeyStart(char: number): boolean {
  const lower = char | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || char === 0x5f || char === 0x24;
}

function isKeyPart(char: number): boolean {
  return isKeyStart(char) || (char >= 0x30 && char <= 0x39) || char === DASH || char === 0x2e || char === 0x2f;
}

/**
 * A plain value may not start with an indicator (`#&*!|>'"%@` and a backquote, flow brackets and commas),
 * nor with `-`, `?` or `:` followed by a space.
 */
function canStartPlain(source: string, at: number, end: number): boolean {
  const char = source.charCodeAt(at);
  if (PLAIN_REFUSED_FIRST.includes(source[at])) return false;
  if (char === DASH || char === 0x3f || char === COLON) return at + 1 < end && source.charCodeAt(at + 1) !== SPACE;
  return true;
}

const PLAIN_REFUSED_FIRST = '#&*!|>\'"%@`[]{},';
