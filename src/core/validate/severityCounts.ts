/** How many errors and warnings a set of diagnostics holds, for summaries in the editor and the CLI. */
import { plural } from '../text/plural';
import type { ReleaseDiagnostic } from '../types';

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

/** "2 errors, 1 warning" */
export function describeCounts(counts: SeverityCounts): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
}
