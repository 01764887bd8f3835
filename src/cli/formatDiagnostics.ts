/**
 * The CLI's output formats, by name: text (`file:line:column severity code message`), JSON, SARIF,
 * GitHub workflow commands and JUnit XML. Lines and columns are 1-based.
 */
import { formatGithub } from './formats/github';
import { formatJunit } from './formats/junit';
import { oneBased, type ReportedFile, type ValidationReport } from './formats/report';
import { formatSarif } from './formats/sarif';

export type { ReportedFile, ValidationReport } from './formats/report';

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

function jsonDiagnostics({ file, diagnostics }: ReportedFile): JsonDiagnostic[] {
  return diagnostics.map((diagnostic) => ({ file, ...oneBased(diagnostic), severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message }));
}

export function formatText(report: ValidationReport): string {
  return report.files
    .flatMap(jsonDiagnostics)
    .map((entry) => `${entry.file}:${entry.line}:${entry.column} ${entry.severity} ${entry.code} ${entry.message}\n`)
    .join('');
}

export function formatJson(report: ValidationReport): string {
  return `${JSON.stringify(report.files.flatMap(jsonDiagnostics), null, 2)}\n`;
}

export const FORMATS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
} as const satisfies Record<string, (report: ValidationReport) => string>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
