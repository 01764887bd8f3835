/**
 * The block structure of a release body, built once per analysis and shared by the body rules: its
 * paragraphs, headings and table cells, with their lines and the text markdown-it's inline parser
 * would be given. markdown-it's full parse costs about 100 ms a megabyte; most of a release is plain
 * paragraphs, so the body is cut into chunks at blank lines followed by an unindented line (where
 * markdown-it starts afresh, outside any fence), and each chunk is read by a line scanner of our own
 * when it holds only paragraphs, ATX and Setext headings, rules, fences and indented code. A chunk
 * with anything else (block quotes, lists, tables, reference definitions, tabs in an indent) goes to
 * markdown-it's own block parser, so what they mean is markdown-it's answer.
 *
 * Accepted differences from markdown-it's full parse (test/unit/rules/body/bodyOutline.test.ts
 * compares the two): a lone `\r` is not a line break here; a fence opened inside a list item is taken
 * for a top-level one when choosing where to cut, which can only merge chunks, except when a later
 * top-level fence is then read as its closing line.
 */
import { markdown } from '../../render/markdown';
import { LastOne } from '../lastOne';
import type { RuleContext } from '../types';

/** One markdown-it token, as the shared instance's parser returns it. */
export type Token = ReturnType<ReturnType<typeof markdown>['parse']>[number];

export interface OutlineBlock {
  readonly kind: 'paragraph' | 'heading' | 'cell';
  /** 1 to 6 for a heading, 0 otherwise. */
  readonly level: number;
  /** A paragraph at the top of the body, not inside a list or a block quote. */
  readonly topLevel: boolean;
  /** The body lines of the block's text (a Setext heading's underline left out). */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The block's text as markdown-it's inline parser receives it. */
  readonly content: string;
}

export interface BodyOutline {
  readonly text: string;
  /** Where the body starts in the file. */
  readonly offset: number;
  /** Each body line's extent (lines end at `\n`; a `\r` before it is left out). */
  readonly rows: readonly OutlineLine[];
  /** Every block, the whole body read for them. */
  readonly blocks: readonly OutlineBlock[];
  /** markdown-it's env after the whole body's block parse: reference definitions live here. */
  readonly env: { references?: Record<string, { href: string; title: string }> };
  /** The block at `index`, the body read only as far as it (the lede is among the first blocks). */
  blockAt(index: number): OutlineBlock | undefined;
}

const last = new LastOne<object, BodyOutline>();

export function bodyOutlineOf(context: RuleContext<unknown>): BodyOutline {
  const cached = last.get(context.release);
  if (cached && cached.offset === context.body.offset && cached.text === context.body.text) return cached;
  return last.set(context.release, outlineOf(context.body.text, context.body.offset));
}

/** A body line's extent, for any line number (clamped to the body's lines). */
export function rowOf(outline: BodyOutline, line: number): OutlineLine {
  return outline.rows[Math.min(Math.max(0, line), outline.rows.length - 1)];
}

/** A body line's text, without its line break. */
export function rowText(outline: BodyOutline, line: number): string {
  const row = rowOf(outline, line);
  return outline.text.slice(row.start, row.end);
}

/** The file offsets of a body line's text, without its indentation or trailing spaces. */
export function lineSpan(outline: BodyOutline, line: number): { start: number; end: number } {
  const text = rowText(outline, line);
  const lead = text.length - text.trimStart().length;
  const start = rowOf(outline, line).start + lead;
  return { start: outline.offset + start, end: outline.offset + start + text.trim().length };
}

/**
 * Whether the body may have a heading: an ATX heading has a `#`, and a Setext underline (`===`, `---`)
 * starts its line after spaces, `>` quote markers or a tab, so a line starting with none of `=`, `-`, `>`
 * or a tab underlines nothing.
 */
export function mayHoldHeading(outline: BodyOutline): boolean {
  if (outline.text.includes('#')) return true;
  for (const row of outline.rows) {
    const first = outline.text.charCodeAt(row.first);
    if (first === 0x3d || first === 0x2d || first === 0x3e || first === TAB) return true;
  }
  return false;
}

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;

/** Per line: where its text starts and ends (before `\r\n`), and where its first character that is not a space is. */
export interface OutlineLine {
  readonly start: number;
  readonly end: number;
  /** Offset of the first character that is not a space (or `end`). */
  readonly first: number;
  /** Columns of leading spaces; -1 when the indent holds a tab. */
  readonly indent: number;
}

export function outlineOf(text: string, offset: number): BodyOutline {
  return new LazyOutline(text, offset);
}

/**
 * The lines at once, the blocks chunk by chunk as they are asked for: most rules read only lines, and
 * the lede rule only the first paragraphs, so a release's later chunks are often never read.
 */
class LazyOutline implements BodyOutline {
  readonly rows: readonly OutlineLine[];
  private readonly read: OutlineBlock[] = [];
  private readonly readEnv: BodyOutline['env'] = {};
  private readonly chunks: Chunker;

  constructor(
    readonly text: string,
    readonly offset: number,
  ) {
    this.rows = readLines(text);
    this.chunks = new Chunker(text, this.rows);
  }

  get blocks(): readonly OutlineBlock[] {
    while (this.readChunk());
    return this.read;
  }

  get env(): BodyOutline['env'] {
    while (this.readChunk());
    return this.readEnv;
  }

  blockAt(index: number): OutlineBlock | undefined {
    while (this.read.length <= index && this.readChunk());
    return this.read[index];
  }

  /** Reads the next chunk's blocks; false once the body is read. */
  private readChunk(): boolean {
    const chunk = this.chunks.next();
    if (!chunk) return false;
    if (chunk.simple) scanSimple(this.text, this.rows, chunk.from, chunk.to, this.read);
    else parseComplex(this.text, this.rows, chunk.from, chunk.to, this.readEnv, this.read);
    return true;
  }
}

function readLines(text: string): OutlineLine[] {
  // Sized once: growing the list as it fills costs more than counting the line breaks first.
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  const lines: OutlineLine[] = new Array<OutlineLine>(count);
  let start = 0;
  for (let index = 0; ; index++) {
    const newline = text.indexOf('\n', start);
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    let first = start;
    while (first < end && text.charCodeAt(first) === SPACE) first++;
    const indent = first < end && text.charCodeAt(first) === TAB ? -1 : first - start;
    lines[index] = { start, end, first, indent };
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

/** Blank as markdown-it means it: nothing but spaces and tabs. */
function isBlank(text: string, line: OutlineLine): boolean {
  let pos = line.first;
  while (pos < line.end && (text.charCodeAt(pos) === SPACE || text.charCodeAt(pos) === TAB)) pos++;
  return pos === line.end;
}

/** An opening fence (``` or ~~~, three or more) as markdown-it reads one: its character and length. */
function fenceOpen(text: string, line: OutlineLine): { char: number; length: number } | undefined {
  if (line.indent < 0 || line.indent > 3) return undefined;
  const char = text.charCodeAt(line.first);
  if (char !== 0x60 && char !== 0x7e) return undefined;
  let pos = line.first;
  while (pos < line.end && text.charCodeAt(pos) === char) pos++;
  const length = pos - line.first;
  if (length < 3) return undefined;
  if (char === 0x60 && text.slice(pos, line.end).includes('`')) return undefined;
  return { char, length };
}

function fenceCloses(text: string, line: OutlineLine, fence: { char: number; length: number }): boolean {
  if (line.indent < 0 || line.indent > 3) return false;
  let pos = line.first;
  while (pos < line.end && text.charCodeAt(pos) === fence.char) pos++;
  if (pos - line.first < fence.length) return false;
  while (pos < line.end && (text.charCodeAt(pos) === SPACE || text.charCodeAt(pos) === TAB)) pos++;
  return pos === line.end;
}

/** A line that only markdown-it should read: a quote, a list item, a reference definition or table row, a tab indent. */
function needsMarkdownIt(text: string, line: OutlineLine, hasPipe: boolean): boolean {
  if (line.indent < 0) return true;
  if (line.indent > 3 || line.first === line.end) return false;
  const char = text.charCodeAt(line.first);
  const next = line.first + 1 < line.end ? text.charCodeAt(line.first + 1) : SPACE;
  if (char === 0x3e || char === 0x5b || hasPipe) return true;
  if ((char === 0x2d || char === 0x2b || char === 0x2a) && (next === SPACE || next === TAB)) return true;
  if (char >= 0x30 && char <= 0x39) {
    let pos = line.first;
    while (pos < line.end && pos - line.first < 10 && text.charCodeAt(pos) >= 0x30 && text.charCodeAt(pos) <= 0x39) pos++;
    const marker = text.charCodeAt(pos);
    const after = pos + 1 < line.end ? text.charCodeAt(pos + 1) : SPACE;
    return (marker === 0x2e || marker === 0x29) && (after === SPACE || after === TAB);
  }
  return false;
}

/** Chunks of lines [from, to), cut where markdown-it starts afresh, each marked simple or not, in order, one at a time. */
class Chunker {
  private from = 0;
  private line = 0;
  private simple = true;
  private fence: { char: number; length: number } | undefined;
  private previousBlank = false;
  private nextPipe: number;
  private done = false;

  constructor(
    private readonly text: string,
    private readonly lines: readonly OutlineLine[],
  ) {
    this.nextPipe = text.indexOf('|');
  }

  next(): { from: number; to: number; simple: boolean } | undefined {
    if (this.done) return undefined;
    const { text, lines } = this;
    // The state in locals while the lines are read (a property read or written per line costs more, most of all in a new thread's first releases).
    let { simple, fence, previousBlank, nextPipe } = this;
    const from = this.from;
    for (let i = this.line; i < lines.length; i++) {
      const line = lines[i];
      const blank = isBlank(text, line);
      // The chunk before this line, when a chunk ends here: whether it was simple.
      let cut: boolean | undefined;
      if (fence) {
        if (fenceCloses(text, line, fence)) fence = undefined;
      } else {
        if (previousBlank && !blank && line.indent === 0 && i > from) {
          cut = simple;
          simple = true;
        }
        if (nextPipe !== -1 && nextPipe < line.start) nextPipe = text.indexOf('|', line.start);
        if (simple && needsMarkdownIt(text, line, nextPipe !== -1 && nextPipe < line.end)) simple = false;
        fence = fenceOpen(text, line);
      }
      previousBlank = blank;
      if (cut !== undefined) {
        this.from = i;
        this.line = i + 1;
        this.simple = simple;
        this.fence = fence;
        this.previousBlank = previousBlank;
        this.nextPipe = nextPipe;
        return { from, to: i, simple: cut };
      }
    }
    this.done = true;
    return { from, to: lines.length, simple };
  }
}

/** `#` to `######` then a space or the end: the heading's level and its text, as markdown-it trims it. */
function atxHeading(text: string, line: OutlineLine): { level: number; content: string } | undefined {
  if (line.indent > 3 || text.charCodeAt(line.first) !== HASH) return undefined;
  let pos = line.first;
  while (pos < line.end && text.charCodeAt(pos) === HASH) pos++;
  const level = pos - line.first;
  if (level > 6 || (pos < line.end && text.charCodeAt(pos) !== SPACE && text.charCodeAt(pos) !== TAB)) return undefined;
  let max = line.end;
  while (max > pos && (text.charCodeAt(max - 1) === SPACE || text.charCodeAt(max - 1) === TAB)) max--;
  let closing = max;
  while (closing > pos && text.charCodeAt(closing - 1) === HASH) closing--;
  if (closing > pos && (text.charCodeAt(closing - 1) === SPACE || text.charCodeAt(closing - 1) === TAB)) max = closing;
  return { level, content: asciiTrim(text.slice(pos, max)) };
}

/** `===` or `---` under a paragraph: the Setext level. */
function setextLevel(text: string, line: OutlineLine): number | undefined {
  if (line.indent > 3) return undefined;
  const char = text.charCodeAt(line.first);
  if (char !== 0x3d && char !== 0x2d) return undefined;
  let pos = line.first;
  while (pos < line.end && text.charCodeAt(pos) === char) pos++;
  while (pos < line.end && (text.charCodeAt(pos) === SPACE || text.charCodeAt(pos) === TAB)) pos++;
  return pos === line.end ? (char === 0x3d ? 1 : 2) : undefined;
}

/** A thematic break: three or more `*`, `-` or `_`, with only spaces between. */
function isRule(text: string, line: OutlineLine): boolean {
  if (line.indent > 3) return false;
  const char = text.charCodeAt(line.first);
  if (char !== 0x2a && char !== 0x2d && char !== 0x5f) return false;
  let count = 0;
  for (let pos = line.first; pos < line.end; pos++) {
    const at = text.charCodeAt(pos);
    if (at === char) count++;
    else if (at !== SPACE && at !== TAB) return false;
  }
  return count >= 3;
}

/** Lines joined as markdown-it's paragraph rule joins them, then trimmed. */
function joined(text: string, lines: readonly OutlineLine[], first: number, last: number): string {
  const raw = text.slice(lines[first].start, lines[last].end);
  return asciiTrim(raw.includes('\r') ? raw.replace(/\r\n/g, '\n') : raw);
}

/** markdown-it trims blocks of spaces, tabs and line breaks only, keeping no-break spaces. */
function asciiTrim(raw: string): string {
  const trimmable = (code: number): boolean => code === SPACE || code === TAB || code === 0x0a || code === 0x0d;
  let start = 0;
  let end = raw.length;
  while (start < end && trimmable(raw.charCodeAt(start))) start++;
  while (end > start && trimmable(raw.charCodeAt(end - 1))) end--;
  return raw.slice(start, end);
}

/** The paragraph from line `first` to `last`, when one is open. */
function closeParagraph(text: string, lines: readonly OutlineLine[], first: number | undefined, last: number, blocks: OutlineBlock[]): undefined {
  if (first !== undefined) blocks.push({ kind: 'paragraph', level: 0, topLevel: true, firstLine: first, lastLine: last, content: joined(text, lines, first, last) });
  return undefined;
}

function scanSimple(text: string, lines: readonly OutlineLine[], from: number, to: number, blocks: OutlineBlock[]): void {
  let paragraph: number | undefined;
  let fence: { char: number; length: number } | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (fence) {
      if (fenceCloses(text, line, fence)) fence = undefined;
      continue;
    }
    if (line.first === line.end) {
      paragraph = closeParagraph(text, lines, paragraph, i - 1, blocks);
      continue;
    }
    // Indented four or more: a paragraph's continuation, or indented code.
    if (line.indent > 3) continue;
    const opened = fenceOpen(text, line);
    if (opened) {
      paragraph = closeParagraph(text, lines, paragraph, i - 1, blocks);
      fence = opened;
      continue;
    }
    const heading = atxHeading(text, line);
    if (heading) {
      paragraph = closeParagraph(text, lines, paragraph, i - 1, blocks);
      blocks.push({ kind: 'heading', level: heading.level, topLevel: false, firstLine: i, lastLine: i, content: heading.content });
      continue;
    }
    const setext = paragraph === undefined ? undefined : setextLevel(text, line);
    if (setext !== undefined && paragraph !== undefined) {
      blocks.push({ kind: 'heading', level: setext, topLevel: false, firstLine: paragraph, lastLine: i - 1, content: joined(text, lines, paragraph, i - 1) });
      paragraph = undefined;
      continue;
    }
    if (isRule(text, line)) {
      paragraph = closeParagraph(text, lines, paragraph, i - 1, blocks);
      continue;
    }
    paragraph ??= i;
  }
  closeParagraph(text, lines, paragraph, to - 1, blocks);
}

/** A chunk markdown-it's block parser reads: its paragraphs, headings and table cells, on the body's lines. */
function parseComplex(text: string, lines: readonly OutlineLine[], from: number, to: number, env: BodyOutline['env'], blocks: OutlineBlock[]): void {
  const end = to < lines.length ? lines[to].start : text.length;
  // The core rules are not run: normalise line breaks and NULs as markdown-it's `normalize` would.
  const source = text.slice(lines[from].start, end).replace(/\r\n/g, '\n').replace(/\0/g, '\uFFFD');
  const md = markdown();
  const tokens: Token[] = [];
  md.block.parse(source, md, env, tokens);
  blocks.push(...blocksOfTokens(tokens, from));
}

/** markdown-it's paragraphs, headings and table cells, from its block tokens, on lines counted from `firstLine`. */
export function blocksOfTokens(tokens: readonly Token[], firstLine = 0): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  let row = 0;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'tr_open' && token.map) row = token.map[0];
    if (token.type !== 'inline') continue;
    const open = tokens[i - 1];
    const [first, after] = token.map ?? [row, row + 1];
    const kind = open.type === 'heading_open' ? 'heading' : open.type === 'paragraph_open' ? 'paragraph' : 'cell';
    blocks.push({
      kind,
      level: kind === 'heading' ? Number(open.tag.slice(1)) : 0,
      topLevel: kind === 'paragraph' && open.level === 0,
      firstLine: firstLine + first,
      lastLine: firstLine + after - 1,
      content: token.content,
    });
  }
  return blocks;
}
