/**
 * Keeps the Problems panel in step with the releases: validates on open, on edit (debounced, and only
 * the latest version counts), on save, and when settings or the schema change; clears a file's problems
 * when it is closed or stops being a release.
 */
import * as vscode from 'vscode';
import { validateParsed, type ReleaseDiagnostic } from '../core';
import { toVsDiagnostic } from './convertTypes';
import type { ReleaseDocuments } from './releaseDocuments';
import type { SchemaProvider } from './schemaProvider';
import { readSettings } from './settings';

export const EDIT_DEBOUNCE_MS = 300;

export interface ValidationResult {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly diagnostics: readonly ReleaseDiagnostic[];
}

export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('pressroom');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, ValidationResult>();
  /** Documents checked by an explicit command stay checked until closed, whatever their name. */
  private readonly pinned = new Set<string>();
  private readonly updated = new vscode.EventEmitter<ValidationResult | { readonly uri: vscode.Uri; readonly cleared: true }>();
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];

  constructor(
    private readonly releases: ReleaseDocuments,
    private readonly schemas: SchemaProvider,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleOnEdit(event.document)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.refresh(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.clear(document.uri, true)),
      schemas.onDidChange(() => this.refreshAll()),
    );
  }

  /** Validates every open document again (settings or schema changed). */
  refreshAll(): void {
    this.releases.resetSettings();
    for (const document of vscode.workspace.textDocuments) void this.refresh(document);
  }

  /** The latest result for a document, when it is a release that has been checked. */
  resultFor(uri: vscode.Uri): ValidationResult | undefined {
    return this.results.get(uri.toString());
  }

  isChecked(document: vscode.TextDocument): boolean {
    return this.pinned.has(document.uri.toString()) || this.releases.isRelease(document);
  }

  /** Whether an edit to the document will be followed by a fresh result (and an `onDidUpdate`). */
  revalidatesOnEdit(document: vscode.TextDocument): boolean {
    return this.isChecked(document) && readSettings(document.uri).validateOnType;
  }

  /** Validates a document whatever its name (the "Validate Current Release" command). */
  async validateExplicitly(document: vscode.TextDocument): Promise<ValidationResult> {
    this.pinned.add(document.uri.toString());
    return (await this.refresh(document)) as ValidationResult;
  }

  private scheduleOnEdit(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!readSettings(document.uri).validateOnType) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.refresh(document);
      }, EDIT_DEBOUNCE_MS),
    );
  }

  async refresh(document: vscode.TextDocument): Promise<ValidationResult | undefined> {
    if (document.isClosed) return undefined;
    if (!this.isChecked(document)) {
      this.clear(document.uri, false);
      return undefined;
    }
    const version = document.version;
    const schema = await this.schemas.schemaFor(document.uri);
    // An edit may have arrived while the schema loaded: only the newest version may publish.
    if (document.isClosed || document.version !== version) return this.resultFor(document.uri);
    let diagnostics: ReleaseDiagnostic[];
    try {
      diagnostics = validateParsed(this.releases.parsed(document), schema);
    } catch (error) {
      // The core guards every known bad input; anything else must not take the extension down.
      console.error('Pressroom could not check', document.uri.toString(), error);
      diagnostics = [];
    }
    return this.publish(document.uri, version, diagnostics);
  }

  /** Records and shows diagnostics computed elsewhere (the workspace command checks unopened files). */
  publish(uri: vscode.Uri, version: number, diagnostics: readonly ReleaseDiagnostic[]): ValidationResult {
    const result: ValidationResult = { uri, version, diagnostics };
    this.results.set(uri.toString(), result);
    this.collection.set(uri, diagnostics.map(toVsDiagnostic));
    this.updated.fire(result);
    return result;
  }

  private clear(uri: vscode.Uri, closed: boolean): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (closed) {
      this.pinned.delete(key);
      this.releases.forgetUri(uri);
    }
    if (!this.results.has(key) && !this.collection.has(uri)) return;
    this.results.delete(key);
    this.collection.delete(uri);
    this.updated.fire({ uri, cleared: true });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
