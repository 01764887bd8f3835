/**
 * The media contact lines of a body ("Media enquiries: …", "For media inquiries, call …") and the
 * lines that follow them up to a blank line, where the contact's name, phone and email are written.
 */
import { contactLabelOf } from '../../convert/contacts';
import { LastOne } from '../lastOne';
import type { BodyOutline } from './bodyOutline';

export interface ContactLine {
  /** Offset of the line's text in the body. */
  readonly start: number;
  readonly text: string;
}

/** US-style labels the converter's label does not cover ("For media inquiries, contact …"). */
const FOR_MEDIA = /^\W*for\s+(?:media|press)\s+(?:inquir|enquir|queries)/i;
/** How many lines below a label still belong to its contact. */
const MAX_FOLLOWING = 6;
/**
 * Every label's first word, after anything that is not an ASCII letter or digit (and with `*` and `_`
 * taken out, as isContactLabel does), starts with one of these (for, further, more, media, press,
 * contact, enquiries, inquiries), so other lines skip the regexes.
 */
const LABEL_STARTS = new Set(['for', 'fur', 'mor', 'med', 'pre', 'con', 'enq', 'inq'].map((start) => codeOf(start.charCodeAt(0), start.charCodeAt(1), start.charCodeAt(2))));

/** Three lower-case ASCII letters or digits as one number. */
function codeOf(a: number, b: number, c: number): number {
  return (a << 16) | (b << 8) | c;
}

export function isContactLabel(line: string): boolean {
  // Most lines (a lede, a paragraph) start with no label's first word: told without the expressions.
  if (!mayBeLabel(line, 0, line.length)) return false;
  const plain = line.replace(/[*_]/g, '');
  return FOR_MEDIA.test(plain) || contactLabelOf(plain) !== undefined;
}

function mayBeLabel(text: string, from: number, to: number): boolean {
  let start = 0;
  let length = 0;
  for (let i = from; i < to && length < 3; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2a || code === 0x5f) continue;
    const digit = code >= 0x30 && code <= 0x39;
    const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (digit || letter) {
      start = (start << 8) | (letter ? code | 0x20 : code);
      length++;
    } else if (length > 0) return false;
  }
  return length === 3 && LABEL_STARTS.has(start);
}

const last = new LastOne<BodyOutline, readonly ContactLine[]>();

export function contactLinesOf(outline: BodyOutline): readonly ContactLine[] {
  const cached = last.get(outline);
  if (cached) return cached;
  const text = outline.text;
  const found: ContactLine[] = [];
  let following = 0;
  for (const row of outline.rows) {
    const label = mayBeLabel(text, row.first, row.end);
    if (following === 0 && !label) continue;
    const line = text.slice(row.start, row.end);
    const code = text.charCodeAt(row.first);
    const plainStart = row.first < row.end && code > 0x20 && code < 0x7f;
    if (!plainStart && line.trim() === '') following = 0;
    else if (label && isContactLabel(line)) following = MAX_FOLLOWING + 1;
    if (following > 0) {
      found.push({ start: row.start, text: line });
      following--;
    }
  }
  return last.set(outline, found);
}
