/** Files larger than the limit are not read into the validator at all: a clear note instead of a stall. */
import { placeDiagnostic } from '../diagnostics';
import type { ReleaseDiagnostic } from '../types';

const UNITS: readonly [string, number][] = [['MB', 1024 * 1024], ['KB', 1024]];

/** A size as people write it: `11 MB`, `3.5 KB`, `900 bytes` (one decimal, none when whole). */
export function sizeInWords(bytes: number): string {
  for (const [unit, size] of UNITS) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** `limit` is the configuration's `maxFileBytes` (core/config owns the default). */
export function tooLargeFile(bytes: number, limit: number): ReleaseDiagnostic {
  const limitWords = sizeInWords(limit);
  // Just over the limit rounds to the limit itself: "10 MB; up to 10 MB" would read as a contradiction.
  const sizeWords = sizeInWords(bytes) === limitWords ? `more than ${limitWords}` : sizeInWords(bytes);
  const message = `This file is too large to check (${sizeWords}; Pressroom checks releases up to ${limitWords})`;
  const start = { line: 0, character: 0 };
  return placeDiagnostic({ code: 'too-large', message }, { range: { start, end: start }, startOffset: 0, endOffset: 0 });
}
