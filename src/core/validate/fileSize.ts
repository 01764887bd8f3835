/** Files larger than this are not read into the validator at all: a clear note instead of a stall. */
import type { ReleaseDiagnostic } from '../types';

export const MAX_RELEASE_BYTES = 10 * 1024 * 1024;

export function tooLargeFile(bytes: number): ReleaseDiagnostic {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return {
    code: 'too-large',
    severity: 'information',
    message: `This file is too large to check (${megabytes} MB; Pressroom checks releases up to ${MAX_RELEASE_BYTES / (1024 * 1024)} MB)`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    startOffset: 0,
    endOffset: 0,
    path: [],
  };
}
