/**
 * "Pressroom: Convert to Press Release": converts the active plain-text release (or the file chosen in
 * the explorer) through a previewed workspace edit. A .txt file gets a new .md file beside it and stays
 * untouched; any other document is replaced in place. All the reading is done by the core.
 */
import * as vscode from 'vscode';
import { fileExists } from './fileSystem';
import type { CompiledSchema } from '../core';
import { convertPlainText } from '../core/convert';

export const CONVERT_COMMAND = 'pressroom.convertToRelease';

const EDIT_LABEL = 'Convert to press release';

function isTextFile(uri: vscode.Uri): boolean {
  return uri.scheme !== 'untitled' && /\.txt$/i.test(uri.path);
}

export function registerConvertCommand(getSchema: (uri: vscode.Uri) => CompiledSchema | Thenable<CompiledSchema>): vscode.Disposable {
  return vscode.commands.registerCommand(CONVERT_COMMAND, async (uri?: vscode.Uri): Promise<boolean> => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Pressroom: open a plain-text release to convert it.');
      return false;
    }
    const name = vscode.workspace.asRelativePath(document.uri);
    const result = convertPlainText(document.getText(), await getSchema(document.uri));
    if (result.kind === 'not-a-release') {
      void vscode.window.showWarningMessage(`Pressroom: ${name} was not converted: ${result.reason}.`);
      return false;
    }

    const edit = new vscode.WorkspaceEdit();
    let target = document.uri;
    if (isTextFile(document.uri)) {
      target = document.uri.with({ path: document.uri.path.replace(/\.txt$/i, '.md') });
      if (await fileExists(target)) {
        void vscode.window.showWarningMessage(`Pressroom: ${vscode.workspace.asRelativePath(target)} already exists; rename or remove it first.`);
        return false;
      }
      const metadata: vscode.WorkspaceEditEntryMetadata = {
        needsConfirmation: true,
        label: EDIT_LABEL,
        description: `new file beside ${name}; the .txt file is left as it is`,
      };
      edit.createFile(target, { overwrite: false, ignoreIfExists: false }, metadata);
      edit.insert(target, new vscode.Position(0, 0), result.text, metadata);
    } else {
      const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      edit.replace(document.uri, whole, result.text, { needsConfirmation: true, label: EDIT_LABEL, description: name });
    }

    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) return false;
    if (target.toString() !== document.uri.toString()) {
      await vscode.window.showTextDocument(target);
    }
    if (result.notes.length > 0) {
      void vscode.window.showInformationMessage(`Pressroom: converted ${name}. Check: ${result.notes.join('; ')}.`);
    }
    return true;
  });
}
