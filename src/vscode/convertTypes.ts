/** Converts the core's plain data to VS Code's types. */
import * as vscode from 'vscode';
import type { Range, ReleaseDiagnostic, Severity } from '../core';

export const DIAGNOSTIC_SOURCE = 'pressroom';

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

export function toVsDiagnostic(diagnostic: ReleaseDiagnostic): vscode.Diagnostic {
  const result = new vscode.Diagnostic(toVsRange(diagnostic.range), diagnostic.message, SEVERITIES[diagnostic.severity]);
  result.source = DIAGNOSTIC_SOURCE;
  result.code = diagnostic.code;
  return result;
}
