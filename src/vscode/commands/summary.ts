/** The workspace command's summary and its wording. */
import { describeCounts, type SeverityCounts } from '../../core';

export interface WorkspaceSummary extends SeverityCounts {
  /** Releases checked. */
  readonly files: number;
  readonly filesWithProblems: number;
  readonly cancelled: boolean;
  /** How many releases there are to check, when known (a cancelled run may not know). */
  readonly releases?: number;
  /** Markdown files read of those found. */
  readonly read?: { readonly done: number; readonly of: number };
}

const number = (value: number) => value.toLocaleString('en-GB');

/** "1 release", "1,234 releases". */
function counted(value: number, word: string): string {
  return `${number(value)} ${word}${value === 1 ? '' : 's'}`;
}

export function describeWorkspaceSummary(summary: WorkspaceSummary): string {
  const problems = summary.filesWithProblems === 0 ? undefined : `${number(summary.filesWithProblems)} with problems (${describeCounts(summary)})`;
  if (!summary.cancelled) return `Pressroom: ${counted(summary.files, 'release')} checked, ${problems ?? 'all valid'}.`;
  // A partial run never reads as if the workspace were valid.
  if (summary.files === 0) return 'Pressroom: you cancelled before any release was checked.';
  const checked =
    summary.releases !== undefined
      ? `checked ${number(summary.files)} of ${counted(summary.releases, 'release')}`
      : `checked ${counted(summary.files, 'release')}${summary.read ? ` in ${number(summary.read.done)} of ${counted(summary.read.of, 'file')}` : ''}`;
  return `Pressroom: ${checked} before you cancelled: ${problems ?? 'no problems in those'}; the rest were not checked.`;
}
