/**
 * The workspace's plain-text files, offered for conversion: "Pressroom: Convert a Plain-Text Release…" (the
 * palette, the Releases view's welcome, the action of Validate All's summary when a workspace has no releases
 * but has .txt files), and Convert to Press Release run with no document open. The file picked goes to
 * Convert to Press Release, which shows its conversion before anything is written.
 */
import * as vscode from 'vscode';
import { PLAIN_TEXT_EXTENSION } from '../core';
import type { ListFiles } from './fileSystem';

export const CONVERT_PLAIN_TEXT_COMMAND = 'pressroom.convertPlainTextRelease';
/** The command's title, also the action on a message that names conversion. */
export const CONVERT_PLAIN_TEXT_ACTION = 'Convert a Plain-Text Release…';

/** At most this many are listed: a choice among more is not one anybody makes from a list. */
export const MAX_PLAIN_TEXT_LISTED = 5_000;

export function listPlainTextFiles(listFiles: ListFiles, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  return listFiles('plainText', { maxResults: MAX_PLAIN_TEXT_LISTED, token });
}

interface PlainTextItem extends vscode.QuickPickItem {
  readonly uri: vscode.Uri;
}

/** How many plain-text files the workspace has, and the one the author chose (none when the list was closed). */
export interface PlainTextChoice {
  readonly files: number;
  readonly picked?: vscode.Uri;
}

/**
 * Asks which plain-text file to convert, by name with its folder beside it, in path order; shows nothing
 * when there is none.
 */
export async function pickPlainTextRelease(listFiles: ListFiles): Promise<PlainTextChoice> {
  const files = await listPlainTextFiles(listFiles);
  if (files.length === 0) return { files: 0 };
  const items: PlainTextItem[] = files
    .map((uri) => ({ uri, path: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ uri, path }) => {
      const slash = path.lastIndexOf('/');
      return { uri, label: path.slice(slash + 1), description: slash < 0 ? undefined : path.slice(0, slash) };
    });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Convert to Press Release',
    placeHolder: 'Choose a plain-text release: its Markdown release is shown first, and written only when you apply it',
    matchOnDescription: true,
  });
  return { files: files.length, picked: picked?.uri };
}

/** `convert` is Convert to Press Release, given the file picked. */
export function registerConvertPlainTextRelease(listFiles: ListFiles, convert: (uri: vscode.Uri) => Thenable<unknown>): vscode.Disposable {
  return vscode.commands.registerCommand(CONVERT_PLAIN_TEXT_COMMAND, async () => {
    const { files, picked } = await pickPlainTextRelease(listFiles);
    if (files === 0) void vscode.window.showInformationMessage(`Pressroom: there are no plain-text files (${PLAIN_TEXT_EXTENSION}) in this workspace to convert.`);
    if (picked) await convert(picked);
  });
}
