/**
 * A press office's style guide: discouraged words and spellings with what to write instead
 * (`COVID19` → `Covid-19`, `%` → `per cent`), in the body and in the headline and social texts.
 */
import { isScalar } from 'yaml';
import { isRecord } from '../../util/isRecord';
import { nodeAt, valueRange } from '../../yaml';
import type { FieldRole } from '../../schema/fieldRoles';
import type { Rule, RuleContext, RuleFinding } from '../types';
import { TermMatcher, type StyleTerm, type TermMatch } from './termMatcher';
import { finding } from '../finding';

export interface StyleTermEntry {
  readonly use: string;
  readonly instead: readonly string[];
  readonly caseSensitive?: boolean;
}

export interface StyleTermsOptions {
  /** A list of `{ use, instead, caseSensitive }`, or a map from the discouraged text to what to use. */
  readonly terms: readonly StyleTermEntry[] | Readonly<Record<string, string>>;
}

/** The front matter texts a style guide applies to. */
const TEXT_ROLES: readonly FieldRole[] = ['headline', 'socialTitle', 'socialDescription'];

/** Unless told, a term with a capital letter is matched as written (`US`, not "us"); a lower-case one in any case. */
function termsOf(option: unknown): StyleTerm[] {
  const entry = (term: unknown, use: unknown, caseSensitive?: unknown): StyleTerm[] =>
    typeof term === 'string' && typeof use === 'string' ? [{ term, use, caseSensitive: typeof caseSensitive === 'boolean' ? caseSensitive : term !== term.toLowerCase() }] : [];
  if (Array.isArray(option)) {
    return option.flatMap((item) => (isRecord(item) && Array.isArray(item.instead) ? item.instead.flatMap((term) => entry(term, item.use, item.caseSensitive)) : []));
  }
  return isRecord(option) ? Object.entries(option).flatMap(([term, use]) => entry(term, use)) : [];
}

const matchers = new WeakMap<object, TermMatcher>();

function matcherFor(option: unknown): TermMatcher {
  if (typeof option !== 'object' || option === null) return new TermMatcher([]);
  let matcher = matchers.get(option);
  if (!matcher) {
    matcher = new TermMatcher(termsOf(option));
    matchers.set(option, matcher);
  }
  return matcher;
}

/** Addresses are left alone: `%` in a web address is not a per cent sign. */
function insideAddress(text: string, match: TermMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 200), match.start);
  const chunkStart = before.search(/\S*$/);
  const chunk = before.slice(chunkStart) + text.slice(match.start, match.end + 200).split(/\s/, 1)[0];
  return /:\/\/|www\.|@|\]\(/.test(chunk);
}

function findingOf(match: TermMatch, written: string, base: number, fixable: boolean): RuleFinding {
  const use = match.replacement.trim();
  const fixes = fixable ? [{ title: `Replace with "${use}"`, edits: [{ startOffset: base + match.start, endOffset: base + match.end, newText: match.replacement }], inFixAll: false, isPreferred: true }] : [];
  return finding(`The style guide says to write "${use}", not "${written}".`, base + match.start, base + match.end, undefined, fixes);
}

function frontMatterFindings(context: RuleContext<StyleTermsOptions>, matcher: TermMatcher): RuleFinding[] {
  const { release, roles } = context;
  const { block } = release;
  // Each text is matched as written; when nothing in the whole front matter matches, none of them can, and the document is not read.
  if (!block || matcher.matches(release.text.slice(block.contentStart, block.contentEnd)).length === 0 || !release.document) return [];
  const base = block.contentStart;
  return TEXT_ROLES.flatMap((role) => {
    const path = roles[role];
    const node = path ? nodeAt(release.document!, path) : undefined;
    if (!path || !isScalar(node) || typeof node.value !== 'string') return [];
    const range = valueRange(release.document!, path, base, release.text);
    if (!range) return [];
    const source = release.text.slice(range.start, range.end);
    return matcher.matches(source).map((match) => {
      // Inside YAML, a replacement with quotes, backslashes or ": " could change what the value reads as.
      const fixable = !/["'\\#:]/.test(match.replacement);
      return { ...findingOf(match, source.slice(match.start, match.end), range.start, fixable), path };
    });
  });
}

export const styleTerms: Rule<StyleTermsOptions> = {
  id: 'style-terms',
  severity: 'warning',
  description: "Words and spellings the office's style guide replaces, with what to write instead.",
  defaults: { terms: [] },
  optionsSchema: {
    type: 'object',
    properties: {
      terms: {
        description: 'Discouraged terms: a list of { use, instead, caseSensitive }, or a map such as { "COVID19": "Covid-19" }.',
        oneOf: [
          {
            type: 'array',
            items: {
              type: 'object',
              required: ['use', 'instead'],
              properties: { use: { type: 'string' }, instead: { type: 'array', items: { type: 'string' } }, caseSensitive: { type: 'boolean' } },
              additionalProperties: false,
            },
          },
          { type: 'object', additionalProperties: { type: 'string' } },
        ],
      },
    },
    additionalProperties: false,
  },
  scope: 'release',
  check(context) {
    const matcher = matcherFor(context.options.terms);
    if (matcher.size === 0) return [];
    const body = context.body.text;
    const inBody = matcher
      .matches(body)
      .filter((match) => !insideAddress(body, match))
      .map((match) => findingOf(match, body.slice(match.start, match.end), context.body.offset, true));
    return [...frontMatterFindings(context, matcher), ...inBody];
  },
};
