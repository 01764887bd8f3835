/** The workspace command's summary and its wording. */
import { describeCounts, plural, type SeverityCounts } from '../../core';

export interface WorkspaceSummary extends SeverityCounts {
  readonly files: number;
  readonly filesWithProblems: number;
  readonly cancelled: boolean;
}

export function describeWorkspaceSummary(summary: WorkspaceSummary): string {
  const checked = `${plural(summary.files, 'release')} checked`;
  const stopped = summary.cancelled ? ' before you cancelled' : '';
  if (summary.filesWithProblems === 0) return `Pressroom: ${checked}${stopped}, all valid.`;
  return `Pressroom: ${checked}${stopped}, ${summary.filesWithProblems} with problems (${describeCounts(summary)}).`;
}
