/** Where a body's end mark and its "Notes to editors" are, reading its lines once. */
import { isEndMark } from '../../convert/endMarks';

export const DEFAULT_END_MARKS: readonly string[] = ['ENDS', '###', '-30-'];

export interface BodyLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface BodyLayout {
  /** The last end mark, if any. */
  readonly endMark?: BodyLine;
  /** The first "Notes to editors" line, if any. */
  readonly notes?: BodyLine;
  /** The last line with text that is neither the end mark nor below it. */
  readonly lastText?: BodyLine;
}

const NOTES = /^[\s#*_>-]*(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?\s+notes?)\b/i;

function markOf(text: string, marks: readonly string[]): boolean {
  const bare = text.trim().replace(/^[[(*_-]+\s*|\s*[\])*_-]+$/g, '').toLowerCase();
  return isEndMark(text) || marks.some((mark) => mark.trim() !== '' && (text.trim().toLowerCase() === mark.trim().toLowerCase() || bare === mark.trim().toLowerCase()));
}

export function bodyLayout(body: string, marks: readonly string[]): BodyLayout {
  let endMark: BodyLine | undefined;
  let notes: BodyLine | undefined;
  let lastText: BodyLine | undefined;
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const raw = body.slice(start, end).replace(/\r$/, '');
    if (raw.trim() !== '') {
      const lead = raw.length - raw.trimStart().length;
      const line = { start: start + lead, end: start + lead + raw.trim().length, text: raw.trim() };
      if (markOf(raw, marks)) endMark = line;
      else {
        if (!notes && NOTES.test(raw)) notes = line;
        if (!notes && !endMark) lastText = line;
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return { endMark, notes, lastText };
}
