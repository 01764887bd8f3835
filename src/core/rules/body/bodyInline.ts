/**
 * markdown-it's inline parser on one block of the outline (the preview's own instance, with the
 * body's reference definitions), and the helpers that turn offsets in a block's text into offsets of
 * the file.
 */
import { markdown } from '../../render/markdown';
import { LastOne } from '../lastOne';
import { rowOf, rowText, type BodyOutline, type OutlineBlock, type Token } from './bodyOutline';

export type { Token } from './bodyOutline';

/**
 * Texts already parsed, for bodies without reference definitions (then the tokens depend on the text
 * alone): boilerplate with links ("Follow us on [X](…)") comes back in release after release. Bounded,
 * and the tokens are only ever read.
 */
const parsedTexts = new Map<string, readonly Token[]>();
const MAX_PARSED_TEXTS = 500;
const MAX_CACHED_TEXT = 2000;

/** The inline tokens of a text of the block (all of it unless a part is given), as markdown-it reads it. */
export function parseInline(outline: BodyOutline, text: string): readonly Token[] {
  const cacheable = text.length <= MAX_CACHED_TEXT && !hasReferences(outline.env);
  const known = cacheable ? parsedTexts.get(text) : undefined;
  if (known) return known;
  const children = markdown().parseInline(text, outline.env)[0]?.children ?? [];
  if (cacheable) {
    if (parsedTexts.size >= MAX_PARSED_TEXTS) parsedTexts.delete(parsedTexts.keys().next().value!);
    parsedTexts.set(text, children);
  }
  return children;
}

function hasReferences(env: BodyOutline['env']): boolean {
  for (const _ in env.references ?? {}) return true;
  return false;
}

/** The last outline's parsed blocks. */
const parsed = new LastOne<BodyOutline, Map<OutlineBlock, readonly Token[]>>();

/** A block's inline tokens, parsed once per analysis. */
export function inlineOf(outline: BodyOutline, block: OutlineBlock): readonly Token[] {
  const blocks = parsed.get(outline) ?? parsed.set(outline, new Map());
  let children = blocks.get(block);
  if (!children) {
    children = parseInline(outline, block.content);
    blocks.set(block, children);
  }
  return children;
}

/**
 * Maps offsets in a block's text to file offsets. markdown-it strips each line's block prefix
 * (indentation, `>`, list markers, `#`) and trims the ends; the text's lines are found back in their
 * source lines, so a range lands on the characters the author wrote.
 */
export function blockMapper(outline: BodyOutline, block: OutlineBlock): (contentOffset: number) => number {
  const firstLine = block.firstLine;
  const contentLines = block.content.split('\n');
  const starts: number[] = [];
  const columns: number[] = [];
  let at = 0;
  contentLines.forEach((contentLine, k) => {
    starts.push(at);
    at += contentLine.length + 1;
    const source = rowText(outline, firstLine + k);
    const column = source.endsWith(contentLine) ? source.length - contentLine.length : source.lastIndexOf(contentLine);
    columns.push(Math.max(0, column));
  });
  return (contentOffset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= contentOffset) low = middle;
      else high = middle - 1;
    }
    return outline.offset + rowOf(outline, firstLine + low).start + columns[low] + (contentOffset - starts[low]);
  };
}

/**
 * Characters where markdown-it's inline rules may read something other than text: escapes, code,
 * emphasis, strikethrough, links, pictures, autolinks, HTML, entities, and NUL (which it replaces).
 */
const INLINE_SYNTAX = /[\\`*_~[<&\0]|:\/\//;
/**
 * What linkify needs to find anything: a scheme's `:` or `//`, an email's `@`, or a host's dot with more
 * of the host after it. Most paragraphs have none, and linkify's own test is far slower than this one.
 */
const MAY_LINKIFY = /[:/@]|\.\S/;

/**
 * What a reader sees of a block's text when markdown-it would read it as plain text and line breaks
 * only (no inline syntax, nothing linkify would turn into a link), else undefined: the text as
 * plainText(inlineOf(...)) gives it, without running the inline parser. A line break is a space; the
 * spaces before it and the spaces and tabs after it go, as markdown-it's newline rule drops them.
 */
export function plainReadingOf(content: string): string | undefined {
  if (INLINE_SYNTAX.test(content) || (MAY_LINKIFY.test(content) && markdown().linkify.test(content))) return undefined;
  if (!content.includes('\n')) return content;
  const lines = content.split('\n');
  const last = lines.length - 1;
  return lines.map((line, index) => (index < last ? line.replace(/ +$/, '') : line)).map((line, index) => (index > 0 ? line.replace(/^[ \t]+/, '') : line)).join(' ');
}

/** The plain text of inline children (text, code and line breaks), as a reader sees it. */
export function plainText(children: readonly Token[] | null): string {
  let text = '';
  for (const child of children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image') text += plainText(child.children);
  }
  return text;
}
