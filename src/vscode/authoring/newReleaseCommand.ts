/**
 * "Pressroom: New Press Release": asks for the headline, writes a release into the configured folder
 * under a dated slug (never over an existing file), and opens it with the cursor in the body.
 */
import * as vscode from 'vscode';
import { fileExists } from '../fileSystem';
import { schemaKeyForNewRelease } from '../../core';
import { checkReleaseTitle, newReleaseFileName, newReleaseText } from '../../core/authoring';
import { readSettings } from '../settings';
import type { AuthoringServices } from './services';

export const NEW_RELEASE_COMMAND = 'pressroom.newRelease';

export interface NewReleaseArguments {
  /** Skips the input box (for scripts and tests). */
  readonly title?: string;
}

function targetFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

/**
 * The files.eol setting; when it is "auto", the line endings of the active editor's file in the same folder
 * (a checkout's files follow its platform), else LF. No Node API: this also runs in a browser.
 */
function eolFor(folder: vscode.WorkspaceFolder): '\n' | '\r\n' {
  const setting = vscode.workspace.getConfiguration('files', folder.uri).get<string>('eol');
  if (setting === '\r\n' || setting === '\n') return setting;
  const active = vscode.window.activeTextEditor?.document;
  const sameFolder = active && vscode.workspace.getWorkspaceFolder(active.uri)?.uri.toString() === folder.uri.toString();
  return sameFolder && active.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

export async function newRelease(services: AuthoringServices, args?: NewReleaseArguments): Promise<vscode.Uri | undefined> {
  const folder = targetFolder();
  if (!folder) {
    void vscode.window.showErrorMessage('Pressroom: open a folder first; new releases are created in it.');
    return undefined;
  }
  const settings = readSettings(folder.uri);
  const segments = settings.newReleaseFolder.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    void vscode.window.showErrorMessage('Pressroom: pressroom.newRelease.folder must be a folder inside the workspace.');
    return undefined;
  }
  const directory = vscode.Uri.joinPath(folder.uri, ...segments);
  // The folder's configuration (the nearest .pressroom.jsonc) decides the schema and whether the file is a release.
  const config = await services.configs.configFor(vscode.Uri.joinPath(directory, 'new-release.md'));
  const schema = await services.schemas.schemaFor(config, directory);
  const title =
    args?.title ??
    (await vscode.window.showInputBox({
      title: 'New Press Release',
      prompt: 'The headline of the release',
      placeHolder: 'Council opens new library',
      ignoreFocusOut: true,
      validateInput: (value) => checkReleaseTitle(value, schema),
    }));
  if (title === undefined) return undefined;
  const problem = checkReleaseTitle(title, schema);
  if (problem) {
    void vscode.window.showErrorMessage(`Pressroom: ${problem}.`);
    return undefined;
  }

  await vscode.workspace.fs.createDirectory(directory);
  const taken = new Set((await vscode.workspace.fs.readDirectory(directory)).map(([name]) => name.toLowerCase()));
  const now = new Date();
  let uri = vscode.Uri.joinPath(directory, newReleaseFileName(title, now, (name) => taken.has(name.toLowerCase())));
  // Another process may have written the same name meanwhile: never overwrite.
  while (await fileExists(uri)) {
    taken.add(uri.path.split('/').pop()!.toLowerCase());
    uri = vscode.Uri.joinPath(directory, newReleaseFileName(title, now, (name) => taken.has(name.toLowerCase())));
  }

  // Outside the release globs, `$schema` makes the file a release wherever it is kept.
  const schemaKey = schemaKeyForNewRelease(uri.path, config, schema.json);
  const release = newReleaseText(schema, {
    title,
    // The configured areas, then the workspace's, most used first (after the index is built).
    areas: await services.facts.areas(config),
    now,
    shape: settings.newReleaseShape,
    eol: eolFor(folder),
    ...(schemaKey ? { schemaKey } : {}),
  });
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(release.text));
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const position = document.positionAt(release.cursorOffset);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position));
  return uri;
}

