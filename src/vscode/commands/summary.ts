/** Counting and wording shared by the validate commands. */
import type { ReleaseDiagnostic } from '../../core';

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countBySeverity(diagnostics: readonly ReleaseDiagnostic[]): SeverityCounts {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else if (diagnostic.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function describeCounts(counts: SeverityCounts): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
}

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
