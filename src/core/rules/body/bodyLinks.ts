/**
 * Every link and picture of the body with where it is written: markdown-it's inline parser says what
 * the links are (so nothing is found that the preview would not render), run only on the outline's
 * blocks that hold a `[` or a `<`, and each link is then found back in its block's source to get
 * exact offsets for the text, the address and the whole. Addresses written out in the running text
 * (which markdown-it's linkify turns into links) are not listed: no rule checks them, and finding
 * them is the slowest part of the parse.
 *
 * A block over MAX_PARSED_BLOCK characters, or one that would take the release past BRACKET_BUDGET
 * brackets, is not given to the parser whole: linkSegments cuts out the stretches that can hold a
 * link and each is parsed alone, so a megabyte of `[` costs milliseconds, not seconds.
 */
import { markdown } from '../../render/markdown';
import { LastOne } from '../lastOne';
import type { RuleContext } from '../types';
import { blockMapper, inlineOf, parseInline, plainText, type Token } from './bodyInline';
import { bodyOutlineOf, lineSpan, type BodyOutline } from './bodyOutline';
import { linkSegments } from './linkSegments';

export type BodyLinkForm = 'inline' | 'reference' | 'autolink';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface BodyLink {
  readonly kind: 'link' | 'image';
  readonly form: BodyLinkForm;
  /** The address as written (inline form), or as the reference defines it. */
  readonly destination: string;
  /** What a reader sees: the link's text, or the picture's alt text. */
  readonly text: string;
  /** File offsets of the whole link, its text (between the brackets) and its address (inline form). */
  readonly whole: Span;
  readonly textSpan: Span;
  readonly destinationSpan?: Span;
}

/** How far a link's text may run, and how many `[` are tried per link, so hostile text stays linear. */
const MAX_LABEL = 4000;
const MAX_TRIES = 64;
/** The largest block parsed whole, and the `[` and `<` a release may give the parser whole (a few ms of its time). */
const MAX_PARSED_BLOCK = 100_000;
const BRACKET_BUDGET = 2000;

const last = new LastOne<BodyOutline, readonly BodyLink[]>();

export function bodyLinksOf(context: RuleContext<unknown>): readonly BodyLink[] {
  const outline = bodyOutlineOf(context);
  return last.get(outline) ?? last.set(outline, linksOf(outline));
}

function linksOf(outline: BodyOutline): BodyLink[] {
  const links: BodyLink[] = [];
  if (!outline.text.includes('[') && !outline.text.includes('<')) return links;
  let budget = BRACKET_BUDGET;
  const hasReferences = Object.keys(outline.env.references ?? {}).length > 0;
  for (const block of outline.blocks) {
    const content = block.content;
    const brackets = countOf(content, '[') + countOf(content, '<');
    if (brackets === 0) continue;
    const toFile = blockMapper(outline, block);
    const fallback = lineSpan(outline, block.firstLine);
    if (content.length <= MAX_PARSED_BLOCK && brackets <= budget) {
      budget -= brackets;
      links.push(...linksIn(outline, content, inlineOf(outline, block), toFile, fallback));
      continue;
    }
    for (const segment of linkSegments(content, hasReferences)) {
      const text = content.slice(segment.start, segment.end);
      links.push(...linksIn(outline, text, parseInline(outline, text), (offset) => toFile(segment.start + offset), fallback));
    }
  }
  return links;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

interface Located {
  readonly end: number;
  readonly label: Span;
  readonly destination?: Span & { readonly text: string };
}

function linksIn(body: BodyOutline, content: string, children: readonly Token[], toFile: (offset: number) => number, fallback: Span): BodyLink[] {
  const found: BodyLink[] = [];
  const open: { token: Token; at?: Located; children: Token[] }[] = [];
  let cursor = 0;

  const record = (kind: BodyLink['kind'], form: BodyLinkForm, href: string, text: string, at: Located | undefined): void => {
    const span = (s: Span): Span => ({ start: toFile(s.start), end: toFile(s.end) });
    found.push({
      kind,
      form,
      destination: at?.destination?.text ?? href,
      text,
      whole: at ? { start: toFile(at.label.start - (kind === 'image' ? 2 : 1)), end: toFile(at.end) } : fallback,
      textSpan: at ? span(at.label) : fallback,
      destinationSpan: at?.destination ? span(at.destination) : undefined,
    });
  };

  for (const child of children) {
    if (open.length > 0 && child.type !== 'link_close') open[open.length - 1].children.push(child);
    if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '');
      const at = child.markup === 'autolink' || child.markup === 'linkify' ? undefined : locateBracketed(body, content, cursor, href, '[');
      open.push({ token: child, at, children: [] });
      if (at) cursor = at.label.start;
    } else if (child.type === 'link_close') {
      const link = open.pop();
      if (!link) continue;
      const href = String(link.token.attrGet('href') ?? '');
      const text = plainText(link.children);
      if (link.token.markup === 'autolink' || link.token.markup === 'linkify') {
        const at = locateAddress(content, cursor, text, link.token.markup === 'autolink');
        if (at) cursor = at.end;
        if (link.token.markup === 'autolink') record('link', 'autolink', href, text, at);
      } else {
        if (link.at) cursor = link.at.end;
        record('link', link.at?.destination ? 'inline' : 'reference', href, text, link.at);
      }
    } else if (child.type === 'image') {
      const src = String(child.attrGet('src') ?? '');
      const at = locateBracketed(body, content, cursor, src, '![');
      if (at) cursor = at.end;
      record('image', at?.destination ? 'inline' : 'reference', src, plainText(child.children), at);
    }
  }
  return found;
}

/** Finds `[text](address)`, `[text][ref]` or `[ref]` (or the `![` forms) whose address is `href`. */
function locateBracketed(body: BodyOutline, content: string, from: number, href: string, opener: '[' | '!['): Located | undefined {
  let at = from;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const start = content.indexOf(opener, at);
    if (start === -1) return undefined;
    at = start + 1;
    if (opener === '[' && content[start - 1] === '!') continue;
    if (isEscaped(content, start)) continue;
    const labelStart = start + opener.length;
    const labelEnd = closingBracket(content, labelStart);
    if (labelEnd === undefined) continue;
    const located = afterLabel(body, content, { start: labelStart, end: labelEnd }, href);
    if (located) return located;
  }
  return undefined;
}

function isEscaped(content: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && content[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/** The `]` that closes a label starting at `from`, skipping escapes, code spans and nested brackets. */
function closingBracket(content: string, from: number): number | undefined {
  let level = 1;
  const limit = Math.min(content.length, from + MAX_LABEL);
  for (let i = from; i < limit; i++) {
    const char = content[i];
    if (char === '\\') i++;
    else if (char === '`') {
      let run = 1;
      while (content[i + run] === '`') run++;
      const close = content.indexOf('`'.repeat(run), i + run);
      if (close !== -1 && close < limit) i = close + run - 1;
      else i += run - 1;
    } else if (char === '[') level++;
    else if (char === ']' && --level === 0) return i;
  }
  return undefined;
}

function afterLabel(body: BodyOutline, content: string, label: Span, href: string): Located | undefined {
  const md = markdown();
  const next = label.end + 1;
  if (content[next] === '(') {
    let pos = skipSpace(content, next + 1);
    const destination = md.helpers.parseLinkDestination(content, pos, content.length);
    if (!destination.ok || md.normalizeLink(destination.str) !== href) return undefined;
    const written = { start: pos, end: destination.pos, text: destination.str };
    pos = skipSpace(content, destination.pos);
    const title = md.helpers.parseLinkTitle(content, pos, content.length);
    if (title.ok && pos > written.end) pos = skipSpace(content, title.pos);
    if (content[pos] !== ')') return undefined;
    return { end: pos + 1, label, destination: written };
  }
  let end = next;
  let name = content.slice(label.start, label.end);
  if (content[next] === '[') {
    const close = closingBracket(content, next + 1);
    if (close === undefined) return undefined;
    if (close > next + 1) name = content.slice(next + 1, close);
    end = close + 1;
  }
  const reference = body.env.references?.[md.utils.normalizeReference(name)];
  return reference?.href === href ? { end, label } : undefined;
}

function skipSpace(content: string, from: number): number {
  let pos = from;
  while (pos < content.length && /[ \t\n]/.test(content[pos])) pos++;
  return pos;
}

/** `<address>` or an address in the text that markdown-it turned into a link. */
function locateAddress(content: string, from: number, text: string, bracketed: boolean): Located | undefined {
  const needle = bracketed ? `<${text}>` : text;
  const start = content.indexOf(needle, from);
  if (start === -1 || text === '') return undefined;
  const label = bracketed ? { start: start + 1, end: start + 1 + text.length } : { start, end: start + text.length };
  return { end: start + needle.length, label };
}
