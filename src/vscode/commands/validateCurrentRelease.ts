/** "Pressroom: Validate Current Release": checks the active file whatever its name. */
import * as vscode from 'vscode';
import type { DiagnosticsManager, ValidationResult } from '../diagnosticsManager';
import { countBySeverity, describeCounts } from '../../core';

export const VALIDATE_CURRENT_COMMAND = 'pressroom.validateCurrentRelease';

export function registerValidateCurrentRelease(diagnostics: DiagnosticsManager): vscode.Disposable {
  return vscode.commands.registerCommand(VALIDATE_CURRENT_COMMAND, async (uri?: vscode.Uri): Promise<ValidationResult | undefined> => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Pressroom: open a release to validate it.');
      return undefined;
    }
    const result = await diagnostics.validateExplicitly(document);
    const counts = countBySeverity(result.diagnostics);
    const name = vscode.workspace.asRelativePath(document.uri);
    if (counts.errors + counts.warnings === 0) {
      void vscode.window.showInformationMessage(`Pressroom: ${name} is valid.`);
    } else {
      void vscode.window.showWarningMessage(`Pressroom: ${name} has ${describeCounts(counts)}.`, 'Show Problems').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
    return result;
  });
}
