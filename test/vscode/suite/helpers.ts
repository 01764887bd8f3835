/** Helpers for the suite that runs inside VS Code's extension host, against the real `vscode` API. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, type ExpectedDiagnostic } from '../fixture';

/** What the extension's activate() returns (see src/extension.ts). */
export interface PressroomApi {
  readonly statusBar: { readonly text: string; readonly tooltip: string; readonly visible: boolean };
  readonly preview: { readonly documentUri: string; readonly fragments: { readonly problems: string; readonly header: string; readonly body: string; readonly card: string } } | undefined;
  readonly analysisCounts: { readonly analyses: number };
  readonly listFiles: (what: 'markdown' | 'plainText' | 'all') => Promise<vscode.Uri[]>;
}

/** The host the harness runs this suite in (the runner extension's setting; desktop runs are Node). */
export function expectedHost(): 'node' | 'worker' {
  return vscode.workspace.getConfiguration('pressroomTests').get<string>('host') === 'worker' ? 'worker' : 'node';
}

/** The last segment of a slash-separated path (node:path is not there in the web-worker host). */
export function baseName(relativePath: string): string {
  return relativePath.slice(relativePath.lastIndexOf('/') + 1);
}

export function extension(): vscode.Extension<PressroomApi> {
  const found = vscode.extensions.getExtension<PressroomApi>(EXTENSION_ID);
  assert.ok(found, `the extension ${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

export async function api(): Promise<PressroomApi> {
  return extension().activate();
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code must be started on the fixture workspace (test/vscode/workspace)');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a fixture file in an editor and makes it the active one. */
export async function show(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function pressroomDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'pressroom');
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, ExpectedDiagnostic['severity'] | 'hint'> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** A diagnostic's code (VS Code keeps it with its documentation link as `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** A diagnostic as plain data, comparable with the fixture's expectations. */
export function plain(diagnostic: vscode.Diagnostic): ExpectedDiagnostic {
  const { start, end } = diagnostic.range;
  return {
    code: codeOf(diagnostic),
    severity: SEVERITY_NAMES[diagnostic.severity] as ExpectedDiagnostic['severity'],
    message: diagnostic.message,
    range: [start.line, start.character, end.line, end.character],
  };
}

export function byPosition(a: ExpectedDiagnostic, b: ExpectedDiagnostic): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.message.localeCompare(b.message);
}

/**
 * Waits until `check` returns something other than undefined/false, checking whenever diagnostics,
 * editors or documents change (and every 50 ms for state without an event, like the status bar item).
 */
export function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let finished = false;
    const finish = (error?: Error, value?: T) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearInterval(interval);
      for (const subscription of subscriptions) subscription.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const attempt = () => {
      try {
        const value = check();
        if (value !== undefined && value !== false) finish(undefined, value);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)), timeoutMs);
    const interval = setInterval(attempt, 50);
    subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(attempt),
      vscode.window.onDidChangeActiveTextEditor(attempt),
      vscode.workspace.onDidChangeTextDocument(attempt),
    );
    attempt();
  });
}

/** Waits for the document's Pressroom diagnostics to reach `count` entries. */
export function waitForDiagnosticCount(uri: vscode.Uri, count: number, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${count} Pressroom diagnostics on ${vscode.workspace.asRelativePath(uri)} (now ${pressroomDiagnostics(uri).length})`,
    () => {
      const found = pressroomDiagnostics(uri);
      return found.length === count ? found : undefined;
    },
    timeoutMs,
  );
}

/** Waits for the status bar state while `relativePath` is the active editor. */
export async function waitForStatusBar(relativePath: string, expected: PressroomApi['statusBar']['text'] | 'hidden'): Promise<PressroomApi['statusBar']> {
  const pressroom = await api();
  const uri = fixtureUri(relativePath).toString();
  return waitFor(`the status bar to show "${expected}" for ${relativePath} (now "${pressroom.statusBar.text}")`, () => {
    if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) return undefined;
    const state = pressroom.statusBar;
    if (expected === 'hidden') return state.visible ? undefined : state;
    return state.visible && state.text === expected ? state : undefined;
  });
}
