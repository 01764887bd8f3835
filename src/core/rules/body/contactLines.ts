/**
 * The media contact lines of a body ("Media enquiries: …", "For media inquiries, call …") and the
 * lines that follow them up to a blank line, where the contact's name, phone and email are written.
 */
import { contactLabelOf } from '../../convert/contacts';

export interface ContactLine {
  /** Offset of the line's text in the body. */
  readonly start: number;
  readonly text: string;
}

/** US-style labels the converter's label does not cover ("For media inquiries, contact …"). */
const FOR_MEDIA = /^\W*for\s+(?:media|press)\s+(?:inquir|enquir|queries)/i;
/** How many lines below a label still belong to its contact. */
const MAX_FOLLOWING = 6;

export function isContactLabel(line: string): boolean {
  const plain = line.replace(/[*_]/g, '');
  return FOR_MEDIA.test(plain) || contactLabelOf(plain) !== undefined;
}

export function contactLinesOf(body: string): ContactLine[] {
  const found: ContactLine[] = [];
  let following = 0;
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const text = body.slice(start, end).replace(/\r$/, '');
    if (text.trim() === '') following = 0;
    else if (isContactLabel(text)) following = MAX_FOLLOWING + 1;
    if (following > 0) {
      found.push({ start, text });
      following--;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return found;
}
