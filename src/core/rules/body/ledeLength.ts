/**
 * The lede (the body's first paragraph) is short enough for a wire editor to use as it stands: wire
 * style guides ask for ledes of about 25 to 35 words.
 */
import { isEndMark } from '../../convert/endMarks';
import type { Rule } from '../types';
import { inlineOf, plainReadingOf, plainText, type Token } from './bodyInline';
import { bodyOutlineOf, lineSpan, type BodyOutline, type OutlineBlock } from './bodyOutline';
import { isContactLabel } from './contactLines';
import { findingAt } from '../finding';

export interface LedeLengthOptions {
  readonly maxWords: number;
  /** 0 turns the lower limit off. */
  readonly minWords: number;
}

/** Lines above the story that are not its lede: release status, a bold standfirst used as a heading. */
const STATUS = /^\W*(?:for\s+immediate\s+release|embargoed?\b|news\s+release|press\s+release|media\s+release|posted\s+on\b)/i;

/** A paragraph longer than this is not given to markdown-it's inline parser: it is counted as plain text. */
const MAX_PARSED_LEDE = 10_000;

interface LedeText {
  readonly text: string;
  /** The inline tokens, or undefined for a paragraph read as plain text. */
  readonly children?: readonly Token[];
  /** markdown-it would read it as text alone (no emphasis, links or pictures), so the tokens need not be made. */
  readonly textOnly?: boolean;
}

/** What a reader sees of a paragraph: markdown-it's reading, or for a very long one its lines as written. */
function readingOf(outline: BodyOutline, block: OutlineBlock): LedeText {
  if (block.content.length > MAX_PARSED_LEDE) return { text: block.content.split('\n').map((line) => line.trim()).join(' ') };
  const plain = plainReadingOf(block.content);
  if (plain !== undefined) return { text: plain, textOnly: true };
  const children = inlineOf(outline, block);
  return { text: plainText(children), children };
}

function isLede({ text: plain, children = [], textOnly }: LedeText): boolean {
  const text = plain.trim();
  // An ASCII letter answers at once, without the Unicode class (which costs a new thread its compile).
  if (!(/[A-Za-z]/.test(text) || /\p{L}/u.test(text)) || STATUS.test(text) || isEndMark(text) || isContactLabel(text)) return false;
  // A small ASCII letter is enough to say it is not all in capitals.
  if (!/[a-z]/.test(text)) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters === letters.toUpperCase()) return false;
  }
  if (textOnly) return true;
  const meaningful = children.filter((child) => !(child.type === 'text' && child.content.trim() === ''));
  // A paragraph that is one bold or italic phrase is a heading written by hand.
  const wholly = meaningful[0]?.type.endsWith('_open') && meaningful[meaningful.length - 1]?.type.endsWith('_close');
  return !(wholly && meaningful[0].type !== 'link_open') && !meaningful.every((child) => child.type === 'image');
}

function ledeOf(outline: BodyOutline): { reading: LedeText; block: OutlineBlock } | undefined {
  // Block by block: the lede is near the top, and the body below it need not be read.
  for (let index = 0, block = outline.blockAt(0); block; block = outline.blockAt(++index)) {
    if (block.kind !== 'paragraph' || !block.topLevel) continue;
    const reading = readingOf(outline, block);
    if (isLede(reading)) return { reading, block };
  }
  return undefined;
}

/** The words with a letter or digit in them, words being what lies between white space. */
export function wordCount(text: string): number {
  if (!BEYOND_ASCII.test(text)) return asciiWordCount(text);
  // One pass, as asciiWordCount, asking Unicode only about the characters beyond ASCII of a word not yet counted.
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) counted = false;
      else if (!counted && isAsciiLetterOrDigit(code)) {
        count++;
        counted = true;
      }
      continue;
    }
    if (WHITE_SPACE.test(text[i])) {
      counted = false;
      continue;
    }
    if (counted) continue;
    // A letter beyond the first plane is a pair of code units, read together.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i];
    if (LETTER_OR_DIGIT.test(pair)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** White space as `\s` means it, and letters and digits, for one character beyond ASCII. */
const WHITE_SPACE = /^\s$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

// eslint-disable-next-line no-control-regex -- anything beyond ASCII
const BEYOND_ASCII = /[^\x00-\x7f]/;

/** wordCount for ASCII text, without the list of words: in ASCII, white space is tab to carriage return and the space. */
function asciiWordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) counted = false;
    else if (!counted && isAsciiLetterOrDigit(code)) {
      count++;
      counted = true;
    }
  }
  return count;
}

function isAsciiLetterOrDigit(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
}

function limit(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

export const ledeLength: Rule<LedeLengthOptions> = {
  id: 'lede-length',
  severity: 'warning',
  description: 'The first paragraph (the lede) is about 25 to 35 words, as wire editors expect.',
  defaults: { maxWords: 35, minWords: 0 },
  optionsSchema: {
    type: 'object',
    properties: {
      maxWords: { type: 'integer', minimum: 1, description: 'The most words the lede may have.' },
      minWords: { type: 'integer', minimum: 0, description: 'The fewest words the lede may have (0: no lower limit).' },
    },
    additionalProperties: false,
  },
  scope: 'release',
  check(context) {
    const outline = bodyOutlineOf(context);
    const lede = ledeOf(outline);
    if (!lede) return [];
    const words = wordCount(lede.reading.text);
    const maxWords = limit(context.options.maxWords, 35);
    const minWords = limit(context.options.minWords, 0);
    if (words <= maxWords && words >= minWords) return [];
    const range = { startOffset: lineSpan(outline, lede.block.firstLine).start, endOffset: lineSpan(outline, lede.block.lastLine).end };
    if (words > maxWords) {
      return [findingAt(range, `The first paragraph (the lede) has ${words} words; keep it to ${maxWords} or fewer, saying who, what, where and when, and move the detail to the next paragraph.`)];
    }
    if (words < minWords) {
      return [findingAt(range, `The first paragraph (the lede) has ${words} ${words === 1 ? 'word' : 'words'}; give it at least ${minWords}, so it tells the story on its own.`)];
    }
    return [];
  },
};
