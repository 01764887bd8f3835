/** A status bar item on releases: valid, or how many problems; a click opens the Problems panel. */
import * as vscode from 'vscode';
import { countBySeverity, plural, type ReleaseDiagnostic } from '../core';
import type { DiagnosticsManager } from './diagnosticsManager';

export interface StatusBarState {
  readonly text: string;
  readonly tooltip: string;
  readonly visible: boolean;
}

/** Pure: the item's text and tooltip for a release's diagnostics, naming the schema that checked it when known. */
export function statusFor(diagnostics: readonly ReleaseDiagnostic[], schemaName?: string): Omit<StatusBarState, 'visible'> {
  const { errors, warnings } = countBySeverity(diagnostics);
  const checkedBy = schemaName ? `\nChecked against: ${schemaName}` : '';
  if (errors === 0 && warnings === 0) {
    return { text: '$(check) Release valid', tooltip: `Pressroom: this release is valid${checkedBy}` };
  }
  const parts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean);
  return {
    text: `${errors > 0 ? '$(error)' : '$(warning)'} ${plural(errors + warnings, 'problem')}`,
    tooltip: `Pressroom: this release has ${parts.join(' and ')}. Click to show them in the Problems panel.${checkedBy}`,
  };
}

export class ReleaseStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pressroom.status', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private current: StatusBarState = { text: '', tooltip: '', visible: false };

  constructor(private readonly diagnostics: DiagnosticsManager) {
    this.item.name = 'Pressroom release status';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate((change) => {
        if (change.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** What the item shows now (read by the extension's API and the tests). */
  get state(): StatusBarState {
    return this.current;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document ? this.diagnostics.resultFor(document.uri) : undefined;
    if (!document || !result) {
      this.current = { text: '', tooltip: '', visible: false };
      this.item.hide();
      return;
    }
    const { text, tooltip } = statusFor(result.diagnostics, result.schemaName);
    this.current = { text, tooltip, visible: true };
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
