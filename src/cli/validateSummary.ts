/** The human summary of a validate run (on standard error) and its exit status. */
import { countBySeverity, describeCounts, formatCount, plural, type ReleaseDiagnostic } from '../core';
import { noMarkdownFound, type PassedOver } from './expandInputs';
import type { ReportedFile } from './formatDiagnostics';
import { EXIT_OK, EXIT_PROBLEMS } from './io';

export interface RunTotals {
  readonly errors: number;
  readonly warnings: number;
}

export function totalsOf(files: readonly { readonly diagnostics: readonly ReleaseDiagnostic[] }[]): RunTotals {
  return countBySeverity(files.flatMap((file) => file.diagnostics));
}

/** What a run was given, for a summary of a run that checked nothing. */
export interface RunInputs {
  /** How many files the run was given or found. */
  readonly found: number;
  /** Whether naming a file would check it (not with --only-releases). */
  readonly named: boolean;
  /** The files folder walks passed over as not Markdown (expandInputs). */
  readonly otherFiles: PassedOver;
}

/** "2 files checked, 1 with problems: 2 errors, 1 warning" over what is reported (errors only with --quiet). */
export function summaryLine(reported: readonly ReportedFile[], quiet: boolean, inputs: RunInputs): string {
  if (reported.length === 0) return nothingChecked(inputs);
  const counted = reported.filter(({ diagnostics }) => diagnostics.some((diagnostic) => diagnostic.severity !== 'information'));
  const checked = `${plural(reported.length, 'file')} checked`;
  const counts = totalsOf(reported);
  if (quiet) return counted.length === 0 ? `${checked}, no errors\n` : `${checked}, ${formatCount(counted.length)} with errors: ${plural(counts.errors, 'error')}\n`;
  if (counted.length === 0) return `${checked}, all valid\n`;
  return `${checked}, ${formatCount(counted.length)} with problems: ${describeCounts(counts)}\n`;
}

/** A folder of Markdown that holds no releases must not read as all valid: it says why nothing was checked. */
function nothingChecked({ found, named, otherFiles }: RunInputs): string {
  if (found === 0) return `0 files checked: ${otherFiles.byExtension.size === 0 ? 'no files found' : noMarkdownFound(otherFiles)}\n`;
  const which = found === 1 ? 'the one file is not a release' : `none of the ${formatCount(found)} files is a release`;
  const anyway = named ? '; name a file to check it anyway' : '';
  return `0 files checked: ${which} under the project configuration (--help says which files are)${anyway}\n`;
}

/** Errors fail the run; warnings only beyond --max-warnings (as ESLint does). */
export function exitStatusOf(totals: RunTotals, maxWarnings: number | undefined): number {
  if (totals.errors > 0) return EXIT_PROBLEMS;
  return maxWarnings !== undefined && totals.warnings > maxWarnings ? EXIT_PROBLEMS : EXIT_OK;
}

export function tooManyWarnings(totals: RunTotals, maxWarnings: number | undefined): string | undefined {
  if (maxWarnings === undefined || totals.warnings <= maxWarnings) return undefined;
  return `Pressroom found ${plural(totals.warnings, 'warning')}, more than the ${maxWarnings} that --max-warnings allows.\n`;
}
