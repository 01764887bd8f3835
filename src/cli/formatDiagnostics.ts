/** The CLI's two output formats: `file:line:column severity code message` and JSON. Lines and columns are 1-based. */
import type { ReleaseDiagnostic } from '../core';

export interface FileDiagnostic {
  readonly file: string;
  readonly diagnostic: ReleaseDiagnostic;
}

export interface JsonDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

export function toJsonDiagnostic({ file, diagnostic }: FileDiagnostic): JsonDiagnostic {
  const { start, end } = diagnostic.range;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
  };
}

export function formatText(entries: readonly FileDiagnostic[]): string {
  return entries
    .map(toJsonDiagnostic)
    .map((entry) => `${entry.file}:${entry.line}:${entry.column} ${entry.severity} ${entry.code} ${entry.message}\n`)
    .join('');
}

export function formatJson(entries: readonly FileDiagnostic[]): string {
  return `${JSON.stringify(entries.map(toJsonDiagnostic), null, 2)}\n`;
}
