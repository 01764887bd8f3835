/** What every output format is given: the releases checked, in order, with the diagnostics to report. */
import * as path from 'node:path';
import type { ReleaseDiagnostic, Severity } from '../../core';

export interface ReportedFile {
  /** The path as the CLI found it (relative to the working folder unless given absolute). */
  readonly file: string;
  readonly diagnostics: readonly ReleaseDiagnostic[];
}

export interface ValidationReport {
  /** Absolute working folder: SARIF and GitHub paths are relative to it. */
  readonly cwd: string;
  readonly files: readonly ReportedFile[];
}

/** A file's path relative to the working folder, with forward slashes (how CI systems name files). */
export function relativePath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.split(path.sep).join('/');
}

/** 1-based lines and columns; the end column is the one after the last character. */
export function oneBased(diagnostic: ReleaseDiagnostic): { line: number; column: number; endLine: number; endColumn: number } {
  const { start, end } = diagnostic.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export const isError = (diagnostic: { readonly severity: Severity }): boolean => diagnostic.severity === 'error';
