/**
 * "Pressroom: Convert to Press Release": converts the active plain-text release (or the file chosen in
 * the explorer). The result is shown first, as a diff against the original, and nothing is written until
 * the author confirms. A .txt file gets a new .md file beside it and stays untouched; any other document is
 * replaced in place. All the reading is done by the core.
 *
 * Why a diff and not the refactor preview: VS Code leaves edits that need confirmation unticked in its
 * refactor preview, so "Apply" there would do nothing until the author ticked the file.
 */
import * as vscode from 'vscode';
import type { CompiledSchema } from '../core';
import { convertPlainText } from '../core/convert';
import { fileExists } from './fileSystem';

export const CONVERT_COMMAND = 'pressroom.convertToRelease';

/** Read-only documents holding converted text, shown on the right of the diff. */
const PREVIEW_SCHEME = 'pressroom-converted';

function isTextFile(uri: vscode.Uri): boolean {
  return uri.scheme !== 'untitled' && /\.txt$/i.test(uri.path);
}

class ConvertedPreviews implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();

  /** A preview document for `text`; each conversion gets its own address, so an old preview never shows new text. */
  show(target: vscode.Uri, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: target.path, query: String(Date.now()) });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  forget(uri: vscode.Uri): void {
    this.texts.delete(uri.toString());
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

export function registerConvertCommand(getSchema: (uri: vscode.Uri) => CompiledSchema | Thenable<CompiledSchema>): vscode.Disposable {
  const previews = new ConvertedPreviews();
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    vscode.commands.registerCommand(CONVERT_COMMAND, (uri?: vscode.Uri) => convert(uri, getSchema, previews)),
  );
}

async function convert(
  uri: vscode.Uri | undefined,
  getSchema: (uri: vscode.Uri) => CompiledSchema | Thenable<CompiledSchema>,
  previews: ConvertedPreviews,
): Promise<boolean> {
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

  const createsFile = isTextFile(document.uri);
  const target = createsFile ? document.uri.with({ path: document.uri.path.replace(/\.txt$/i, '.md') }) : document.uri;
  const targetName = vscode.workspace.asRelativePath(target);
  if (createsFile && (await fileExists(target))) {
    void vscode.window.showWarningMessage(`Pressroom: ${targetName} already exists; rename or remove it first.`);
    return false;
  }

  const preview = previews.show(target, result.text);
  try {
    await vscode.commands.executeCommand('vscode.diff', document.uri, preview, `${name} ↔ converted release (not saved yet)`, { preview: true });
    const action = createsFile ? `Create ${targetName}` : 'Replace the text';
    const question = createsFile ? `Create ${targetName} from ${name}? The .txt file is left as it is.` : `Replace the text of ${name} with the converted release?`;
    const detail = result.notes.length > 0 ? `Check: ${result.notes.join('; ')}.` : 'Every field was found in the text.';
    const choice = await vscode.window.showInformationMessage(question, { modal: true, detail }, action);
    if (choice !== action) return false;
  } finally {
    await closeDiffOf(preview);
    previews.forget(preview);
  }

  const edit = new vscode.WorkspaceEdit();
  if (createsFile) {
    edit.createFile(target, { overwrite: false, ignoreIfExists: false });
    edit.insert(target, new vscode.Position(0, 0), result.text);
  } else {
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), result.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  await vscode.window.showTextDocument(target, { preview: false });
  return true;
}

/** Closes the diff that showed a preview, once the author has answered. */
async function closeDiffOf(preview: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === preview.toString());
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}
