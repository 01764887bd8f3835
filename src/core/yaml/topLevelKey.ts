/**
 * Where a top-level key is written, found from the text alone, for front matter the quick read accepted
 * (quickRead.ts): there, a line that starts in the first column is a top-level key, a comment or nothing
 * (block and plain values of top-level keys are indented, multi-line quotes and complex keys are left to
 * the careful parse) and no key appears twice. So a schema problem on a top-level field (an unknown
 * field, most often) is placed without building the range-keeping document.
 */
import type { OffsetRange } from './nodes';

/** The range of `key` written plain at a line's start and followed by `:`, relative to `source`; undefined otherwise. */
export function topLevelKeyRange(source: string, key: string): OffsetRange | undefined {
  if (key === '') return undefined;
  for (let start = 0; start < source.length; ) {
    if (source.startsWith(key, start)) {
      const after = start + key.length;
      const next = source.charCodeAt(after + 1);
      // `key:` then a space, a line break or the end, as a plain key is written.
      if (source.charCodeAt(after) === COLON && (after + 1 === source.length || next === SPACE || next === NEWLINE || next === CARRIAGE_RETURN)) {
        return { start, end: after };
      }
    }
    const newline = source.indexOf('\n', start);
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  return undefined;
}

const COLON = 0x3a;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
