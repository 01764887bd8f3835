/**
 * What template and snippet text looks like: whole values Pressroom's own snippets and New Press
 * Release leave in (`Headline`, `Area`, `https://`), markers writers leave for later (`TODO`, `TBC`),
 * dummy text, `[Insert …]` brackets, and the domains reserved for examples (RFC 2606).
 */

/** Whole values that are only ever template text (compared trimmed, ignoring case). */
const WHOLE_VALUES = new Set(['headline', 'area', 'full name', 'one or two sentences for the social card.', 'title', 'your headline here']);
/** A web address with nothing after its scheme, as the snippets write it. */
const BARE_SCHEME = /^(?:https?:\/\/|https?:|www\.?)$/i;

export function isWholePlaceholder(value: string): boolean {
  return WHOLE_VALUES.has(value.trim().toLowerCase());
}

export function isBareScheme(value: string): boolean {
  return BARE_SCHEME.test(value.trim());
}

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

function collectExampleDomains(text: string, into: FoundPlaceholder[]): void {
  EXAMPLE_DOMAIN.lastIndex = 0;
  for (let match = EXAMPLE_DOMAIN.exec(text); match; match = EXAMPLE_DOMAIN.exec(text)) {
    const end = match.index + match[0].length;
    // `myexample.com` is someone's real domain.
    if (match[1] !== undefined && /[a-z0-9-]/i.test(text[match.index - 1] ?? '')) continue;
    let start = match.index;
    while (start > 0 && HOST_CHAR.test(text[start - 1])) start--;
    while (text[start] === '.' || text[start] === '-') start++;
    into.push({ start, end, text: text.slice(start, end), kind: 'example-domain' });
  }
}

function collect(text: string, pattern: RegExp, kind: FoundPlaceholder['kind'], into: FoundPlaceholder[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) into.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind });
}

/** Every placeholder in a text, in order; example domains only when they are not allowed. */
export function findPlaceholders(text: string, allowExampleDomains: boolean): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  collect(text, MARKER, 'marker', found);
  collect(text, DUMMY, 'dummy', found);
  collect(text, BRACKET, 'bracket', found);
  if (!allowExampleDomains) collectExampleDomains(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps (a marker inside a bracket) keep the first, widest one.
  const kept: FoundPlaceholder[] = [];
  for (const item of found) if (kept.length === 0 || item.start >= kept[kept.length - 1].end) kept.push(item);
  return kept;
}
