/**
 * Keeps the Problems panel in step with the releases' analyses: shows each new analysis of a release,
 * clears a file's problems when it is closed or stops being a release, and (with `pressroom.validate.onType`
 * off) leaves the panel alone while the author types, until the file is saved.
 */
import * as vscode from 'vscode';
import { schemaDisplayName, type ReleaseDiagnostic } from '../core';
import { toVsDiagnostic } from './convertTypes';
import type { AnalysisUpdate, ReleaseAnalyses } from './releaseAnalyses';
import { readSettings } from './settings';

export interface ValidationResult {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly diagnostics: readonly ReleaseDiagnostic[];
  /** The name of the schema that checked it (its title or file name), for the status bar. */
  readonly schemaName?: string;
}

export type ProblemsUpdate = ValidationResult | { readonly uri: vscode.Uri; readonly cleared: true };

export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('pressroom');
  private readonly results = new Map<string, ValidationResult>();
  private readonly updated = new vscode.EventEmitter<ProblemsUpdate>();
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];

  constructor(analyses: ReleaseAnalyses) {
    this.disposables.push(analyses.onDidUpdate((update) => this.onAnalysis(update)));
  }

  private onAnalysis(update: AnalysisUpdate): void {
    if (update.kind === 'closed') {
      this.clear(update.uri);
      return;
    }
    const { analysis, trigger, document } = update;
    if (!analysis.isRelease) {
      this.clear(document.uri);
      return;
    }
    if (trigger === 'edit' && !readSettings(document.uri).validateOnType) return;
    this.publish(document.uri, analysis.version, analysis.diagnostics, schemaDisplayName(analysis.schema));
  }

  /** The latest result shown for a file. */
  resultFor(uri: vscode.Uri): ValidationResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Shows a file's diagnostics (the workspace command checks files that are not open). */
  publish(uri: vscode.Uri, version: number, diagnostics: readonly ReleaseDiagnostic[], schemaName?: string): ValidationResult {
    const result: ValidationResult = { uri, version, diagnostics, schemaName };
    this.results.set(uri.toString(), result);
    this.collection.set(uri, diagnostics.map(toVsDiagnostic));
    this.updated.fire(result);
    return result;
  }

  /**
   * Shows many files' diagnostics in one update of the Problems panel (one message to the window, not one per
   * file); each file once. A file without problems that the panel shows nothing for is left out of the update:
   * most files of a workspace, and VS Code's own handling of each entry is not free.
   */
  publishAll(results: readonly ValidationResult[]): void {
    if (results.length === 0) return;
    for (const result of results) this.results.set(result.uri.toString(), result);
    const changed = results.filter((result) => result.diagnostics.length > 0 || this.collection.has(result.uri));
    if (changed.length > 0) this.collection.set(changed.map((result) => [result.uri, result.diagnostics.map(toVsDiagnostic)]));
    for (const result of results) this.updated.fire(result);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.results.has(key) && !this.collection.has(uri)) return;
    this.results.delete(key);
    this.collection.delete(uri);
    this.updated.fire({ uri, cleared: true });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
