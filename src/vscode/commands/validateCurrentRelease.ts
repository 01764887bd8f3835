/** "Pressroom: Validate Current Release": checks the active file whatever its name. */
import * as vscode from 'vscode';
import { countBySeverity, describeCounts } from '../../core';
import type { ValidationResult } from '../diagnosticsManager';
import type { ReleaseAnalyses } from '../releaseAnalyses';

export const VALIDATE_CURRENT_COMMAND = 'pressroom.validateCurrentRelease';

export function registerValidateCurrentRelease(analyses: ReleaseAnalyses): vscode.Disposable {
  return vscode.commands.registerCommand(VALIDATE_CURRENT_COMMAND, async (uri?: vscode.Uri): Promise<ValidationResult | undefined> => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Pressroom: open a release to validate it.');
      return undefined;
    }
    const analysis = await analyses.checkExplicitly(document);
    const result: ValidationResult = { uri: document.uri, version: analysis.version, diagnostics: analysis.diagnostics };
    const counts = countBySeverity(analysis.diagnostics);
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
