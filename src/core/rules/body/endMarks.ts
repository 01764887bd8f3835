/**
 * Where a body's end mark and its "Notes to editors" are, reading the outline's lines once. Most lines
 * are told apart by their first character (an end mark or a notes heading can only start with a few),
 * so only those few are given to the regular expressions.
 */
import { isEndMark } from '../../convert/endMarks';
import { eolOf, type Eol } from '../../text/eol';
import { LastOne } from '../lastOne';
import type { RuleContext } from '../types';
import { bodyOutlineOf, type BodyOutline, type OutlineLine } from './bodyOutline';

export const DEFAULT_END_MARKS: readonly string[] = ['ENDS', '###', '-30-'];

export interface BodyLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface BodyLayout {
  /** The last end mark, if any. */
  readonly endMark?: BodyLine;
  /** The first "Notes to editors" line, if any. */
  readonly notes?: BodyLine;
  /** The last line with text that is neither the end mark nor below it. */
  readonly lastText?: BodyLine;
}

const NOTES = /^[\s#*_>-]*(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?\s+notes?)\b/i;
/** First characters a line read by END_MARK (convert/endMarks) or by the stripping in markOf can start with. */
const MARK_STARTS = '-[(*#e_';
/** First characters (lower case) of a line NOTES can match. */
const NOTES_STARTS = '#*_>-ne';

/**
 * ASCII characters an end mark can hold: ENDS, END OF (MEDIA) RELEASE, ###, -30- with the brackets,
 * dashes and spaces around them, and an office mark's own characters in either case. A line with any
 * other ASCII character is no end mark, which one search says without trimming and lowercasing it.
 */
const END_MARK_CHARS = ' \t\n\v\f\r-[(*])._#30endsofmialrENDSOFMIALR';
const notMarks = new Map<string, RegExp>();

function notMarkPattern(marks: readonly string[]): RegExp {
  const known = byList.get(marks)?.notMark;
  if (known) return known;
  const key = marks.join('\n');
  let pattern = notMarks.get(key);
  if (!pattern) {
    const chars = new Set(END_MARK_CHARS);
    for (const char of marks.join('').toLowerCase()) {
      chars.add(char);
      chars.add(char.toUpperCase());
    }
    const ascii = [...chars].filter((char) => char.length === 1 && char.charCodeAt(0) < 0x80);
    const escaped = ascii.map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    // Characters beyond ASCII may fold into a mark's letters: they leave the question to markOf.
    pattern = new RegExp(`[^${escaped}\\u0080-\\uffff]`);
    if (notMarks.size > 100) notMarks.clear();
    notMarks.set(key, pattern);
  }
  return listEntry(marks).notMark = pattern;
}

/** What each list of marks needs, by the list itself (the same object for every release of a configuration), so no key is joined. */
const byList = new WeakMap<readonly string[], { notMark?: RegExp; starts?: Uint8Array }>();

function listEntry(marks: readonly string[]): { notMark?: RegExp; starts?: Uint8Array } {
  let entry = byList.get(marks);
  if (!entry) {
    entry = {};
    byList.set(marks, entry);
  }
  return entry;
}

function markOf(text: string, marks: readonly string[]): boolean {
  if (notMarkPattern(marks).test(text)) return false;
  const bare = text.trim().replace(/^[[(*_-]+\s*|\s*[\])*_-]+$/g, '').toLowerCase();
  return isEndMark(text) || marks.some((mark) => mark.trim() !== '' && (text.trim().toLowerCase() === mark.trim().toLowerCase() || bare === mark.trim().toLowerCase()));
}

/** Each outline's layouts, by the marks asked for (the same list object for every rule of one configuration). */
const last = new LastOne<BodyOutline, { readonly marks: readonly string[]; readonly layout: BodyLayout }[]>();

/** The release's line ending for new text; without a `\r` it can only be `\n`, which a search says at once. */
export function eolOfRelease(context: RuleContext<unknown>): Eol {
  const text = context.release.text;
  return text.includes('\r') ? eolOf(text) : '\n';
}

export function bodyLayoutOf(context: RuleContext<unknown>, marks: readonly string[]): BodyLayout {
  const outline = bodyOutlineOf(context);
  const layouts = last.get(outline) ?? last.set(outline, []);
  const known = layouts.find((entry) => entry.marks === marks) ?? layouts.find((entry) => sameMarks(entry.marks, marks));
  if (known) return known.layout;
  const layout = bodyLayout(outline, marks);
  layouts.push({ marks, layout });
  return layout;
}

function sameMarks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark === b[index]);
}

/** A table of the ASCII characters (either case for letters) a line may start with. */
function startTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(128);
  for (const char of chars) {
    const code = char.charCodeAt(0);
    if (code >= 128) continue;
    table[code] = 1;
    if (/[a-z]/i.test(char)) table[code ^ 0x20] = 1;
  }
  return table;
}

const NOTES_TABLE = startTable(NOTES_STARTS);

const markTables = new Map<string, Uint8Array>();

/** The first characters of lines that may be end marks, for one office's marks (built once per set of marks). */
function markStartsOf(marks: readonly string[]): Uint8Array {
  const known = byList.get(marks)?.starts;
  if (known) return known;
  const key = marks.join('\n');
  let table = markTables.get(key);
  if (!table) {
    table = startTable([...MARK_STARTS, ...marks.map((mark) => mark.trim().toLowerCase()[0]).filter(Boolean)]);
    // Bounded: a project has one set of marks, a test a few.
    if (markTables.size > 100) markTables.clear();
    markTables.set(key, table);
  }
  return listEntry(marks).starts = table;
}

export function bodyLayout(outline: BodyOutline, marks: readonly string[]): BodyLayout {
  const text = outline.text;
  const markStarts = markStartsOf(marks);
  let endMark: BodyLine | undefined;
  let notes: BodyLine | undefined;
  let lastText: OutlineLine | undefined;
  for (const row of outline.rows) {
    if (row.first === row.end) continue;
    // A plain ASCII first character is the first of the trimmed line: most lines are settled by it.
    const start = text.charCodeAt(row.first);
    if (start > 0x20 && start < 0x7f && !markStarts[start] && (notes || !NOTES_TABLE[start])) {
      if (!notes && !endMark) lastText = row;
      continue;
    }
    const raw = text.slice(row.start, row.end);
    if (raw.trim() === '') continue;
    if (markOf(raw, marks)) endMark = lineOf(text, row);
    else {
      if (!notes && NOTES.test(raw)) notes = lineOf(text, row);
      if (!notes && !endMark) lastText = row;
    }
  }
  return { endMark, notes, lastText: lastText && lineOf(text, lastText) };
}

function lineOf(text: string, row: OutlineLine): BodyLine {
  const raw = text.slice(row.start, row.end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { start: row.start + lead, end: row.start + lead + trimmed.length, text: trimmed };
}
