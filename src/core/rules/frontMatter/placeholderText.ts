/**
 * What template and snippet text looks like: whole values Pressroom's own snippets and New Press
 * Release leave in (`Headline`, `Area`, `https://`), markers writers leave for later (`TODO`, `TBC`),
 * dummy text, `[Insert …]` brackets, and the domains reserved for examples (RFC 2606).
 */

/** Whole values that are only ever template text (compared trimmed, ignoring case). */
const WHOLE_VALUES = new Set(['headline', 'area', 'full name', 'one or two sentences for the social card.', 'title', 'your headline here']);
/** A web address with nothing after its scheme, as the snippets write it. */
const BARE_SCHEME = /^(?:https?:\/\/|https?:|www\.?)$/i;

const LONGEST_WHOLE_VALUE = Math.max(...[...WHOLE_VALUES].map((value) => value.length));

/** The first letters of the whole values, either case: most values start with another and need no lower-casing. */
const WHOLE_VALUE_STARTS = new Set([...WHOLE_VALUES].flatMap((value) => [value.charCodeAt(0), value.toUpperCase().charCodeAt(0)]));

export function isWholePlaceholder(value: string): boolean {
  const trimmed = value.trim();
  // Lower case is never shorter, so a longer value is none of them (an address, a sentence); and only
  // an ASCII letter lowers to an ASCII letter, but for the Kelvin sign (to k, which starts none of them).
  return trimmed.length <= LONGEST_WHOLE_VALUE && WHOLE_VALUE_STARTS.has(trimmed.charCodeAt(0)) && WHOLE_VALUES.has(trimmed.toLowerCase());
}

const LONGEST_BARE_SCHEME = 'https://'.length;

export function isBareScheme(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= LONGEST_BARE_SCHEME && BARE_SCHEME.test(trimmed);
}

/**
 * Whether a text is empty (or only spaces), template text or a bare scheme. A text that starts with a
 * printable ASCII character none of them starts with is none of them, told without trimming it.
 */
export function isTemplateValue(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f && TEMPLATE_STARTS[first] === 0) return false;
  return text.trim() === '' || isWholePlaceholder(text) || isBareScheme(text);
}

/** The whole values' first letters, and a bare scheme's (`http`, `www`), marked in a table of ASCII (a look-up cheaper than a Set's). */
const TEMPLATE_STARTS = new Uint8Array(0x80);
for (const code of [...WHOLE_VALUE_STARTS, ...[...'hHwW'].map((char) => char.charCodeAt(0))]) TEMPLATE_STARTS[code] = 1;

export interface FoundPlaceholder {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'marker' | 'dummy' | 'bracket' | 'example-domain';
}

/** Capitals only: `todo` and `tba` in running text are rarer and often meant. */
const MARKER = /\b(?:TODO|TBC|TBA|TBD|FIXME|XXX+)\b/g;
const DUMMY = /\blorem ipsum\b/gi;
/**
 * `[Name]`, `[Insert quote]`, `[DATE]`; not Markdown links (`[text](…)`, `[text][ref]`, `[ref]: …`), nor
 * `[ENDS]`, nor `[email protected]` (what a web page's hidden email address becomes when copied).
 */
const BRACKET = /\[(?!email\s+protected\])(?:insert|add|enter|your|name|date|time|title|headline|location|venue|quote|link|url|phone|email|number|job title|role|contact|area)\b[^[\]\n]{0,80}\](?![([:])/gi;
/**
 * example.com, example.org, example.net, and a name under the `.example` top-level domain: found by the
 * reserved part, then widened back over the subdomains (a pattern that starts at every word would be
 * slow on a long body).
 */
const EXAMPLE_DOMAIN = /(example\.(?:com|org|net))(?![a-z0-9-]|\.[a-z0-9])|[a-z0-9-]\.example(?![a-z0-9-]|\.[a-z0-9])/gi;
const HOST_CHAR = /[a-z0-9.-]/i;

/**
 * Where a pattern can start: the places of a short text every match contains, found by something
 * faster than the pattern itself on a long body (indexOf, or a short case-blind literal, which the
 * regular expression engine skips through far faster than a pattern that starts with a word boundary),
 * with its distance from the match's start. The patterns are case-blind in ASCII only, so the case
 * variants listed are all there are.
 */
export interface Anchor {
  readonly find: string | RegExp;
  /** How far into a match the anchor is. */
  readonly back: number;
}

const MARKER_ANCHORS: readonly Anchor[] = ['TODO', 'TB', 'FIXME', 'XXX'].map((find) => ({ find, back: 0 }));
const DUMMY_ANCHORS: readonly Anchor[] = [{ find: /ipsum/gi, back: 'lorem '.length }];
const BRACKET_ANCHORS: readonly Anchor[] = [{ find: '[', back: 0 }];
/** `example.com` starts at its `example`, `a.example` two characters before it. */
const EXAMPLE_WORD = /example/gi;
const EXAMPLE_DOMAIN_ANCHORS: readonly Anchor[] = [
  { find: EXAMPLE_WORD, back: 0 },
  { find: EXAMPLE_WORD, back: 2 },
];

/** Each pattern with its anchors, for the test that holds the anchored scan equal to the plain one. */
export const ANCHORED_PATTERNS: readonly { readonly pattern: RegExp; readonly anchors?: readonly Anchor[] }[] = [
  { pattern: MARKER, anchors: MARKER_ANCHORS },
  { pattern: DUMMY, anchors: DUMMY_ANCHORS },
  { pattern: BRACKET, anchors: BRACKET_ANCHORS },
  { pattern: EXAMPLE_DOMAIN, anchors: EXAMPLE_DOMAIN_ANCHORS },
];

/** The sorted places a match may start at, from its anchors. */
function startsOf(text: string, anchors: readonly Anchor[]): number[] {
  const starts: number[] = [];
  const add = (at: number, back: number) => {
    if (at >= back) starts.push(at - back);
  };
  anchors.forEach(({ find, back }, index) => {
    if (typeof find === 'string') {
      for (let at = text.indexOf(find); at !== -1; at = text.indexOf(find, at + 1)) add(at, back);
      return;
    }
    // An expression two anchors share (`example`) is run once for both.
    if (index > 0 && anchors[index - 1].find === find) return;
    find.lastIndex = 0;
    const shared = anchors[index + 1]?.find === find ? anchors[index + 1].back : undefined;
    for (let match = find.exec(text); match; match = find.exec(text)) {
      add(match.index, back);
      if (shared !== undefined) add(match.index, shared);
    }
  });
  return anchors.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

/** What the global `pattern` finds in `text`, in order; tried only where its anchors allow, when it has some. */
export function matchesOf(text: string, pattern: RegExp, anchors?: readonly Anchor[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  if (!anchors) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
    return matches;
  }
  const sticky = stickyOf(pattern);
  let from = 0;
  for (const start of startsOf(text, anchors)) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (!match) continue;
    matches.push(match);
    from = start + Math.max(1, match[0].length);
  }
  return matches;
}

/** Whether the global `pattern` matches somewhere in `text`, tried at its anchors in any order: matchesOf without the list. */
export function hasMatch(text: string, pattern: RegExp, anchors: readonly Anchor[]): boolean {
  const sticky = stickyOf(pattern);
  for (let index = 0; index < anchors.length; index++) {
    const { find, back } = anchors[index];
    if (typeof find === 'string') {
      for (let at = text.indexOf(find); at !== -1; at = text.indexOf(find, at + 1)) if (matchesAt(sticky, text, at - back)) return true;
      continue;
    }
    // An expression two anchors share (`example`) is run once for both.
    if (index > 0 && anchors[index - 1].find === find) continue;
    const shared = anchors[index + 1]?.find === find ? anchors[index + 1].back : undefined;
    find.lastIndex = 0;
    for (let match = find.exec(text); match; match = find.exec(text)) {
      if (matchesAt(sticky, text, match.index - back) || (shared !== undefined && matchesAt(sticky, text, match.index - shared))) return true;
    }
  }
  return false;
}

function matchesAt(sticky: RegExp, text: string, at: number): boolean {
  if (at < 0) return false;
  sticky.lastIndex = at;
  return sticky.test(text);
}

const stickies = new Map<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    stickies.set(pattern, sticky);
  }
  return sticky;
}

function collectExampleDomains(text: string, into: FoundPlaceholder[]): void {
  for (const match of matchesOf(text, EXAMPLE_DOMAIN, EXAMPLE_DOMAIN_ANCHORS)) {
    const end = match.index + match[0].length;
    // `myexample.com` is someone's real domain.
    if (match[1] !== undefined && /[a-z0-9-]/i.test(text[match.index - 1] ?? '')) continue;
    let start = match.index;
    while (start > 0 && HOST_CHAR.test(text[start - 1])) start--;
    while (text[start] === '.' || text[start] === '-') start++;
    into.push({ start, end, text: text.slice(start, end), kind: 'example-domain' });
  }
}

function collect(text: string, pattern: RegExp, anchors: readonly Anchor[], kind: FoundPlaceholder['kind'], into: FoundPlaceholder[]): void {
  for (const match of matchesOf(text, pattern, anchors)) into.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind });
}

/**
 * Whether a front matter's source may hold a placeholder in one of its values: it has one of the anchors
 * every match holds (for dummy text `ipsum`, since folding may have joined `lorem` to it over a line
 * break), or an example domain's whole pattern matches (`example` alone is in many real addresses).
 * Cheaper than finding them, and true of any source whose values hold one (given no escapes).
 */
export function mayHoldPlaceholders(text: string, allowExampleDomains: boolean): boolean {
  if (mayHoldAnchor(text, true)) return true;
  return !allowExampleDomains && hasMatch(text, EXAMPLE_DOMAIN, EXAMPLE_DOMAIN_ANCHORS);
}

/** Whether a text has one of the anchors (an example domain's only when those are not allowed). */
function mayHoldAnchor(text: string, allowExampleDomains: boolean): boolean {
  for (const find of TEXT_ANCHORS) if (text.includes(find)) return true;
  return ANY_IPSUM.test(text) || (!allowExampleDomains && ANY_EXAMPLE.test(text));
}

const TEXT_ANCHORS: readonly string[] = [...MARKER_ANCHORS, ...BRACKET_ANCHORS].flatMap(({ find }) => (typeof find === 'string' ? [find] : []));
/** The anchors of DUMMY and EXAMPLE_DOMAIN, not global: tests that keep no place. */
const ANY_IPSUM = /ipsum/i;
const ANY_EXAMPLE = /example/i;

/** Every placeholder in a text, in order; example domains only when they are not allowed. */
export function findPlaceholders(text: string, allowExampleDomains: boolean): FoundPlaceholder[] {
  // Most texts hold none of the anchors: told without a list made.
  if (!mayHoldAnchor(text, allowExampleDomains)) return [];
  const found: FoundPlaceholder[] = [];
  collect(text, MARKER, MARKER_ANCHORS, 'marker', found);
  collect(text, DUMMY, DUMMY_ANCHORS, 'dummy', found);
  collect(text, BRACKET, BRACKET_ANCHORS, 'bracket', found);
  if (!allowExampleDomains) collectExampleDomains(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps (a marker inside a bracket) keep the first, widest one.
  const kept: FoundPlaceholder[] = [];
  for (const item of found) if (kept.length === 0 || item.start >= kept[kept.length - 1].end) kept.push(item);
  return kept;
}
