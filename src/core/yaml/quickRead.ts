/**
 * The quick read: front matter to plain data with js-yaml, about seven times faster than the `yaml`
 * package's range-keeping parse, for the releases that turn out to have nothing wrong (most of a
 * repository). It answers only when it is sure to give exactly the data `readYaml` would: plain scalars
 * are resolved by the `yaml` package's own core-schema tags, and any text that uses what the two parsers
 * could read differently (anchors, aliases, tags, directives, complex keys, tabs, non-string keys) is
 * left to `readYaml`. `undefined` means "read it the careful way", never "it is wrong".
 */
import { load, FAILSAFE_SCHEMA, Type, type Schema as JsYamlSchema } from 'js-yaml';
import { isScalar, Schema as YamlSchema, type ScalarTag } from 'yaml';
import { findExcessiveNesting } from './nesting';
import { DEFAULT_YAML_LIMITS, type YamlLimits } from './read';

/**
 * What js-yaml and `yaml` may read differently, or what `readYaml` guards against, anywhere in the text:
 * a tab, a lone carriage return, a byte order mark or a Unicode line separator, a block scalar that
 * keeps its final line breaks (`|+`), `__proto__`. Anchors, aliases and tags are found by
 * `hasNodeProperty`, and what matters at a line's start by `unsureLineStart`.
 */
const UNSURE_ANYWHERE = /[\t\uFEFF\u2028\u2029]|\r(?!\n)|__proto__|[|>]\d?\+/;

/** An anchor, alias or tag (`&a`, `*a`, `!`) where a node can start: at a line's start or after a space or indicator. */
function hasNodeProperty(source: string): boolean {
  for (const char of NODE_PROPERTIES) {
    for (let at = source.indexOf(char); at !== -1; at = source.indexOf(char, at + 1)) {
      const before = at === 0 ? '\n' : source[at - 1];
      if (!NODE_START_AFTER.test(before)) continue;
      if (char === '!' || at + 1 === source.length || source[at + 1] !== ' ') return true;
    }
  }
  return false;
}

const NODE_PROPERTIES = ['!', '&', '*'];
const NODE_START_AFTER = /[\s[{,:-]/;
const NULL_WORDS = ['~', 'null', 'Null', 'NULL'];

/**
 * At a line's start: a document marker (`---`, `...`); a complex key or directive (`?`, `%`) after any
 * indentation and dashes; a list in a list (`- - x`); an empty or null key (`: x`, `- ~: x`).
 */
function unsureLineStart(source: string, start: number, end: number): boolean {
  if (source.startsWith('---', start) || source.startsWith('...', start)) return true;
  let at = start;
  while (at < end && (source[at] === ' ' || source[at] === '-')) at++;
  if (source[at] === '?' || source[at] === '%') return true;
  at = start;
  while (at < end && source[at] === ' ') at++;
  if (source[at] === '-' && source[at + 1] === ' ') {
    let next = at + 1;
    while (next < end && source[next] === ' ') next++;
    if (source[next] === '-' && isSpaceOrEnd(source, next + 1, end)) return true;
  }
  while (source[at] === '-' && source[at + 1] === ' ') {
    at += 2;
    while (at < end && source[at] === ' ') at++;
  }
  const word = NULL_WORDS.find((candidate) => source.startsWith(candidate, at));
  if (word) {
    let afterWord = at + word.length;
    while (afterWord < end && /\s/.test(source[afterWord])) afterWord++;
    if (source[afterWord] === ':' && isSpaceOrEnd(source, afterWord + 1, end)) return true;
  }
  return source[at] === ':' && isSpaceOrEnd(source, at + 1, end);
}

function isSpaceOrEnd(source: string, at: number, end: number): boolean {
  return at >= end || /\s/.test(source[at]);
}

let quickSchema: JsYamlSchema | undefined;

/**
 * js-yaml's failsafe schema with the `yaml` package's core scalars, tried in the same order: one js-yaml
 * type for all of them, so a plain word (most values) is dismissed by one look at its first character.
 */
function schemaLikeYamls(): JsYamlSchema {
  if (quickSchema) return quickSchema;
  const tags = new YamlSchema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag & { test: RegExp } => tag.test instanceof RegExp && tag.default === true);
  const tagOf = (source: string) => tags.find((tag) => tag.test.test(source));
  const coreScalar = new Type('tag:pressroom.dev,2026:core-scalar', {
    kind: 'scalar',
    resolve: (source: string | null) => typeof source === 'string' && mayBeCoreScalar(source) && tagOf(source) !== undefined,
    construct: (source: string) => plain(tagOf(source)!.resolve(source, () => undefined, { intAsBigInt: false })),
  });
  quickSchema = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });
  return quickSchema;
}

/** Flow collections are left to `readYaml`, except an empty list or map as a whole value (`links: []`). */
function hasFlowCollection(source: string): boolean {
  return /[[\]{}]/.test(source) && /[[\]{}]/.test(source.replace(EMPTY_FLOW_VALUES, ':'));
}

const EMPTY_FLOW_VALUES = /: +(?:\[\]|\{\}) *(?=\r?$)/gm;

/**
 * Whether some line starts unsurely (unsureLineStart) or is one of the shapes js-yaml reads more
 * leniently than `yaml` (which is right): a quoted key or value that runs onto the next line (its continuation may be under-indented) or has
 * text glued after its closing quote, a sequence entry at its parent key's own indentation right after a
 * deeper sequence (js-yaml lets it continue the deeper one), or a line indented under a whole-line comment.
 */
function hasUnsureLine(source: string): boolean {
  /** The earlier lines that can still be parents: indentation never decreasing, and whether each is a `- ` entry. */
  const indents: number[] = [];
  const entries: boolean[] = [];
  let commentIndent = -1;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    if (unsureLineStart(source, start, end) || quoteRunsOn(source, start, end)) return true;
    let at = start;
    while (at < end && source[at] === ' ') at++;
    const indent = at - start;
    if (at < end && source[at] === '#') commentIndent = indent;
    else if (at < end && source[at] !== '\r') {
      if (commentIndent !== -1 && indent > commentIndent) return true;
      commentIndent = -1;
      const entry = source[at] === '-' && (at + 1 === end || source[at + 1] === ' ' || source[at + 1] === '\r');
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

/** A line's indicators (`- `), then an optional key, then a value: does a quote opened there stay open? */
function quoteRunsOn(source: string, start: number, end: number): boolean {
  let at = start;
  const skipBlanks = () => {
    while (at < end && source[at] === ' ') at++;
  };
  skipBlanks();
  while (source[at] === '-' && source[at + 1] === ' ') {
    at += 2;
    skipBlanks();
  }
  if (isQuote(source[at])) {
    const close = closingQuote(source, at, end);
    if (close === undefined) return true;
    at = close + 1;
    skipBlanks();
    if (source[at] !== ':') return junkAfterQuote(source, close, end);
    at++;
  } else {
    // A plain key ends at the first ": " (a plain scalar cannot hold one).
    const colon = source.indexOf(': ', at);
    if (colon === -1 || colon >= end) return false;
    at = colon + 1;
  }
  skipBlanks();
  if (!isQuote(source[at])) return false;
  const close = closingQuote(source, at, end);
  return close === undefined || junkAfterQuote(source, close, end);
}

/** After a quoted value only a comment may follow, and `yaml` wants a space before its `#`. */
function junkAfterQuote(source: string, close: number, end: number): boolean {
  let at = close + 1;
  while (at < end && source[at] === ' ') at++;
  return at < end && source[at] !== '\r' && !(source[at] === '#' && at > close + 1);
}

function isQuote(char: string | undefined): boolean {
  return char === "'" || char === '"';
}

/** Where the quoted scalar opened at `open` closes on its line (`''` and `\"` are escapes), if it does. */
function closingQuote(source: string, open: number, end: number): number | undefined {
  const quote = source[open];
  for (let at = open + 1; at < end; at++) {
    if (quote === '"' && source[at] === '\\') at++;
    else if (source[at] === quote) {
      if (quote === "'" && source[at + 1] === "'") at++;
      else return at;
    }
  }
  return undefined;
}

/** Every core scalar but a string starts with one of these (or is empty): most values are words, answered at once. */
const CORE_SCALAR_FIRST = new Set('-+.0123456789~nNtTfF');

function mayBeCoreScalar(source: string): boolean {
  return source.length === 0 || CORE_SCALAR_FIRST.has(source[0]);
}

/** Some of `yaml`'s tags resolve to a Scalar node (null, a float keeping its digits); data holds its value. */
function plain(resolved: unknown): unknown {
  return isScalar(resolved) ? resolved.value : resolved;
}

/**
 * The front matter's fields as plain data, or undefined when the quick reader cannot be sure (or the
 * YAML is not a plain set of fields): the caller then reads it with `readYaml`.
 */
export function quickReadFields(source: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): Record<string, unknown> | undefined {
  if (source.length > limits.maxChars || UNSURE_ANYWHERE.test(source) || hasNodeProperty(source) || hasFlowCollection(source) || hasUnsureLine(source)) return undefined;
  if (findExcessiveNesting(source, limits.maxNestingDepth) !== undefined) return undefined;
  let data: unknown;
  try {
    data = load(source, { schema: schemaLikeYamls() });
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return undefined;
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  return data as Record<string, unknown>;
}
