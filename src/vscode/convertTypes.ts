/** Converts the core's plain data to VS Code's types. */
import * as vscode from 'vscode';
import { diagnosticHref, type Range, type ReleaseDiagnostic, type Severity } from '../core';

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
  // A code with a target is a link to its documentation in the Problems panel.
  result.code = { value: diagnostic.code, target: vscode.Uri.parse(diagnosticHref(diagnostic.code)) };
  return result;
}
