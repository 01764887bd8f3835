/** How many errors, warnings and notes a set of diagnostics holds, for summaries in the editor, the preview and the CLI. */
import { plural } from '../text/plural';
import type { ReleaseDiagnostic } from '../types';

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** The counts and the notes (information), which summaries leave out but the preview's banner shows. */
export interface SeverityTally extends SeverityCounts {
  readonly information: number;
}

export function countBySeverity(diagnostics: readonly ReleaseDiagnostic[]): SeverityTally {
  let errors = 0;
  let warnings = 0;
  let information = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else if (diagnostic.severity === 'warning') warnings++;
    else information++;
  }
  return { errors, warnings, information };
}

/** "2 errors, 1 warning" */
export function describeCounts(counts: SeverityCounts): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
}
