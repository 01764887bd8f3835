/**
 * The quick read's line guard: whether some line of the front matter is one js-yaml may read differently
 * from `yaml`, or one `readYaml` refuses as nested too deeply. One pass by character codes, since it runs
 * on every release the CLI checks.
 */
import { COLUMNS_PER_LEVEL, isBlockIndicator } from './nesting';

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const PERCENT = 0x25;
const SINGLE_QUOTE = 0x27;
const DASH = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const QUESTION = 0x3f;
const BACKSLASH = 0x5c;
const TILDE = 0x7e;
const NULL_WORDS = ['null', 'Null', 'NULL'];
const WHITE_SPACE = /\s/;

/**
 * Whether some line starts unsurely (lineStartIsUnsure), holds a quote that runs on (quoteRunsOn), is
 * indented deeper than `maxNestingDepth` levels allow, or is one of the shapes js-yaml reads more leniently
 * than `yaml` (which is right): a sequence entry at its parent key's own indentation right after a deeper
 * sequence (js-yaml lets it continue the deeper one), or a line indented under a whole-line comment.
 */
export function hasUnsureLine(source: string, maxNestingDepth: number): boolean {
  const maxIndent = maxNestingDepth * COLUMNS_PER_LEVEL;
  /** The earlier lines that can still be parents: indentation never decreasing, and whether each is a `- ` entry. */
  const indents: number[] = [];
  const entries: boolean[] = [];
  let commentIndent = -1;
  /** The next quotes at or after the line being read (the text's length when there is none): a line without one has no quote to run on. */
  let nextSingle = -1;
  let nextDouble = -1;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    let at = start;
    while (at < end && source.charCodeAt(at) === SPACE) at++;
    const first = at < end ? source.charCodeAt(at) : LINE_FEED;
    if (tooDeep(source, at, start, end, maxIndent)) return true;
    // Most lines start with a key's letter, which opens none of the shapes lineStartIsUnsure looks for
    // (`n` and `N` may open a null word), so only the quote test is left.
    if (isLetter(first) && first !== 0x6e && first !== 0x4e) {
      if (nextSingle < start) nextSingle = indexOrEnd(source, "'", start);
      if (nextDouble < start) nextDouble = indexOrEnd(source, '"', start);
      if ((nextSingle < end || nextDouble < end) && quoteRunsOn(source, at, end)) return true;
    } else if (lineStartIsUnsure(source, start, at, end)) return true;
    const indent = at - start;
    if (first === HASH) commentIndent = indent;
    else if (first !== LINE_FEED && first !== CARRIAGE_RETURN) {
      if (commentIndent !== -1 && indent > commentIndent) return true;
      commentIndent = -1;
      const next = source.charCodeAt(at + 1);
      const entry = first === DASH && (at + 1 === end || next === SPACE || next === CARRIAGE_RETURN);
      let closesDeeperEntry = false;
      while (indents.length > 0 && indents[indents.length - 1] > indent) {
        indents.pop();
        closesDeeperEntry = entries.pop() || closesDeeperEntry;
      }
      // `key:` then `- item` at the key's own indentation is a sequence too, unless a deeper one just ended.
      if (entry && closesDeeperEntry && indents[indents.length - 1] === indent && !entries[entries.length - 1]) return true;
      indents.push(indent);
      entries.push(entry);
    }
    start = end + 1;
  }
  return false;
}

function indexOrEnd(source: string, search: string, from: number): number {
  const at = source.indexOf(search, from);
  return at === -1 ? source.length : at;
}

function isLetter(char: number): boolean {
  const lower = char | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/**
 * Indentation (spaces and block indicators, as findExcessiveNesting measures it) wider than the nesting
 * limit allows: such a line is left to `readYaml`, which refuses it.
 */
function tooDeep(source: string, afterSpaces: number, start: number, end: number, maxIndent: number): boolean {
  let lastSpace = afterSpaces - 1;
  for (let at = afterSpaces; at < end; at++) {
    if (source.charCodeAt(at) === SPACE) lastSpace = at;
    else if (!isBlockIndicator(source, at)) break;
  }
  return lastSpace >= start && lastSpace - start > maxIndent;
}

/**
 * At a line's start: a document marker (`---`, `...`); a complex key or directive (`?`, `%`) after any
 * indentation and dashes; a list in a list (`- - x`); an empty or null key (`: x`, `- ~: x`); or a quote
 * that runs on (quoteRunsOn). `afterSpaces` is where the line's indentation ends.
 */
function lineStartIsUnsure(source: string, start: number, afterSpaces: number, end: number): boolean {
  const first = source.charCodeAt(start);
  if ((first === DASH && source.startsWith('---', start)) || (first === DOT && source.startsWith('...', start))) return true;
  let at = afterSpaces;
  for (let char = source.charCodeAt(at); at < end && (char === SPACE || char === DASH); char = source.charCodeAt(++at));
  const afterDashes = source.charCodeAt(at);
  if (afterDashes === QUESTION || afterDashes === PERCENT) return true;
  at = afterSpaces;
  if (source.charCodeAt(at) === DASH && source.charCodeAt(at + 1) === SPACE) {
    let next = at + 1;
    while (next < end && source.charCodeAt(next) === SPACE) next++;
    if (source.charCodeAt(next) === DASH && isSpaceOrEnd(source, next + 1, end)) return true;
  }
  while (source.charCodeAt(at) === DASH && source.charCodeAt(at + 1) === SPACE) {
    at += 2;
    while (at < end && source.charCodeAt(at) === SPACE) at++;
  }
  const wordLength = nullWordAt(source, at);
  if (wordLength > 0) {
    let afterWord = at + wordLength;
    while (afterWord < end && isWhiteSpace(source, afterWord)) afterWord++;
    if (source.charCodeAt(afterWord) === COLON && isSpaceOrEnd(source, afterWord + 1, end)) return true;
  }
  if (source.charCodeAt(at) === COLON && isSpaceOrEnd(source, at + 1, end)) return true;
  return quoteRunsOn(source, at, end);
}

/** The length of the null word (`~`, `null`, `Null`, `NULL`) at `at`, or 0. */
function nullWordAt(source: string, at: number): number {
  const char = source.charCodeAt(at);
  if (char === TILDE) return 1;
  return (char === 0x6e || char === 0x4e) && NULL_WORDS.some((word) => source.startsWith(word, at)) ? 4 : 0;
}

function isWhiteSpace(source: string, at: number): boolean {
  const char = source.charCodeAt(at);
  if (char < 0x80) return char === SPACE || (char >= TAB && char <= CARRIAGE_RETURN);
  return WHITE_SPACE.test(source[at]);
}

function isSpaceOrEnd(source: string, at: number, end: number): boolean {
  return at >= end || isWhiteSpace(source, at);
}

/** From after a line's indicators (`- `): an optional key, then a value: does a quote opened there stay open? */
function quoteRunsOn(source: string, from: number, end: number): boolean {
  let at = from;
  if (isQuote(source.charCodeAt(at))) {
    const close = closingQuote(source, at, end);
    if (close === -1) return true;
    at = close + 1;
    while (at < end && source.charCodeAt(at) === SPACE) at++;
    if (source.charCodeAt(at) !== COLON) return junkAfterQuote(source, close, end);
    at++;
  } else {
    // A plain key ends at the first ": " (a plain scalar cannot hold one).
    const colon = source.indexOf(': ', at);
    if (colon === -1 || colon >= end) return false;
    at = colon + 1;
  }
  while (at < end && source.charCodeAt(at) === SPACE) at++;
  if (!isQuote(source.charCodeAt(at))) return false;
  const close = closingQuote(source, at, end);
  return close === -1 || junkAfterQuote(source, close, end);
}

/** After a quoted value only a comment may follow, and `yaml` wants a space before its `#`. */
function junkAfterQuote(source: string, close: number, end: number): boolean {
  let at = close + 1;
  while (at < end && source.charCodeAt(at) === SPACE) at++;
  if (at >= end) return false;
  const char = source.charCodeAt(at);
  return char !== CARRIAGE_RETURN && !(char === HASH && at > close + 1);
}

function isQuote(char: number): boolean {
  return char === SINGLE_QUOTE || char === DOUBLE_QUOTE;
}

/** Where the quoted scalar opened at `open` closes on its line (`''` and `\"` are escapes); -1 when it does not. */
function closingQuote(source: string, open: number, end: number): number {
  const quote = source.charCodeAt(open);
  for (let at = open + 1; at < end; at++) {
    const char = source.charCodeAt(at);
    if (quote === DOUBLE_QUOTE && char === BACKSLASH) at++;
    else if (char === quote) {
      if (quote === SINGLE_QUOTE && source.charCodeAt(at + 1) === SINGLE_QUOTE) at++;
      else return at;
    }
  }
  return -1;
}
