/** Explorer badges for releases under embargo (E) and scheduled (S), as git marks changed files; off by `pressroom.decorations.enabled`. */
import * as vscode from 'vscode';
import { statusDateInWords, type PlacedRelease } from '../../core';

export class ReleaseDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri[] | undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;
  private decorated = new Map<string, vscode.FileDecoration>();

  constructor(private enabled: boolean) {}

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.changed.fire(undefined);
  }

  /** Takes the statuses of a new arrangement; tells VS Code only the files whose badge changed. */
  update(placed: readonly PlacedRelease[]): void {
    const next = new Map<string, vscode.FileDecoration>();
    for (const { release, status } of placed) {
      if (status === 'embargoed') next.set(release.path, decoration('E', statusDateInWords(release, status), 'charts.orange'));
      if (status === 'scheduled') next.set(release.path, decoration('S', `Scheduled for ${statusDateInWords(release, status)}`, 'charts.blue'));
    }
    const keys = new Set([...next.keys(), ...this.decorated.keys()]);
    const changed = [...keys].filter((key) => next.get(key)?.tooltip !== this.decorated.get(key)?.tooltip);
    this.decorated = next;
    if (changed.length > 0) this.changed.fire(changed.map((key) => vscode.Uri.parse(key)));
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    return this.enabled ? this.decorated.get(uri.toString()) : undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function decoration(badge: string, tooltip: string, colour: string): vscode.FileDecoration {
  return new vscode.FileDecoration(badge, tooltip, new vscode.ThemeColor(colour));
}
