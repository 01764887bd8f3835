/**
 * For a block too large, or too full of brackets, for markdown-it's inline parser (which spends a few
 * microseconds on every `[` that opens no link, seconds on a megabyte of them): the stretches of text
 * that can each hold one link or picture, found in one pass, so each is parsed alone. Brackets are
 * paired with a stack (escapes respected), and a pair counts when `(` follows it, or when the body
 * defines references; `<…>` up to the next `>` without spaces counts as an autolink.
 *
 * What this reads differently from markdown-it's parse of the whole block: a link written inside a
 * code span (`` `[a](b)` ``) is still a link, and emphasis around a link is not seen; neither changes
 * a link's text, address or place.
 */
import { markdown } from '../../render/markdown';

export interface Segment {
  readonly start: number;
  readonly end: number;
}

/** How far a link's text, its address and an autolink may run, as in bodyLinks' own locating. */
const MAX_LABEL = 4000;
const MAX_DESTINATION = 2048;

export function linkSegments(content: string, hasReferences: boolean): Segment[] {
  const closes = pairedBrackets(content);
  const segments: Segment[] = [];
  let after = 0;
  for (let i = 0; i < content.length; i++) {
    const char = content.charCodeAt(i);
    if (i < after || (char !== 0x5b && char !== 0x3c)) continue;
    const end = char === 0x3c ? autolinkEnd(content, i) : bracketedEnd(content, i, closes, hasReferences);
    if (end === undefined) continue;
    const start = char === 0x5b && content[i - 1] === '!' && i - 1 >= after ? i - 1 : i;
    segments.push({ start, end });
    after = end;
  }
  return segments;
}

/** For each `[`, the offset of its `]`, pairing them innermost first. */
function pairedBrackets(content: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < content.length; i++) {
    const char = content.charCodeAt(i);
    if (char === 0x5c) i++;
    else if (char === 0x5b) open.push(i);
    else if (char === 0x5d && open.length > 0) closes.set(open.pop()!, i);
  }
  return closes;
}

function bracketedEnd(content: string, open: number, closes: Map<number, number>, hasReferences: boolean): number | undefined {
  const close = closes.get(open);
  if (close === undefined || close - open > MAX_LABEL) return undefined;
  const next = close + 1;
  if (content[next] === '(') {
    const md = markdown();
    const limit = Math.min(content.length, next + 1 + MAX_DESTINATION);
    let pos = skipSpace(content, next + 1, limit);
    const destination = md.helpers.parseLinkDestination(content, pos, limit);
    if (destination.ok) pos = skipSpace(content, destination.pos, limit);
    const title = md.helpers.parseLinkTitle(content, pos, limit);
    if (title.ok) pos = skipSpace(content, title.pos, limit);
    if (content[pos] === ')') return pos + 1;
  }
  if (!hasReferences) return undefined;
  const second = content[next] === '[' ? closes.get(next) : undefined;
  return second !== undefined && second - next <= MAX_LABEL ? second + 1 : next;
}

function autolinkEnd(content: string, open: number): number | undefined {
  const limit = Math.min(content.length, open + 1 + MAX_DESTINATION);
  for (let i = open + 1; i < limit; i++) {
    const char = content.charCodeAt(i);
    if (char === 0x3e) return i > open + 1 ? i + 1 : undefined;
    if (char <= 0x20 || char === 0x3c) return undefined;
  }
  return undefined;
}

function skipSpace(content: string, from: number, limit: number): number {
  let pos = from;
  while (pos < limit && (content[pos] === ' ' || content[pos] === '\t' || content[pos] === '\n')) pos++;
  return pos;
}
