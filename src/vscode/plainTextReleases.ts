/**
 * The workspace's plain-text files, offered for conversion: "Pressroom: Convert a Plain-Text Release…" (the
 * palette, the Releases view's welcome, the action of Validate All's summary when a workspace has no releases
 * but has .txt files), and Convert to Press Release run with no document open. The one file picked goes to
 * Convert to Press Release, which shows its conversion before anything is written; all of them, to convertAll.ts.
 */
import * as vscode from 'vscode';
import { isProjectTextFile, PLAIN_TEXT_EXTENSION, plural } from '../core';
import { convertAll, type ConvertAllDependencies } from './convertAll';
import type { ListFiles } from './fileSystem';

export const CONVERT_PLAIN_TEXT_COMMAND = 'pressroom.convertPlainTextRelease';
/** The command's title, also the action on a message that names conversion. */
export const CONVERT_PLAIN_TEXT_ACTION = 'Convert a Plain-Text Release…';

/** At most this many are listed: a choice among more is not one anybody makes from a list. */
export const MAX_PLAIN_TEXT_LISTED = 5_000;

export interface PlainTextListing {
  readonly files: vscode.Uri[];
  /** False when the listing stopped at MAX_PLAIN_TEXT_LISTED: the workspace has more. */
  readonly complete: boolean;
}

/** The workspace's .txt files, without those that are never releases (robots.txt, requirements.txt…). */
export async function listPlainTextFiles(listFiles: ListFiles, token?: vscode.CancellationToken): Promise<PlainTextListing> {
  const listed = await listFiles('plainText', { maxResults: MAX_PLAIN_TEXT_LISTED, token });
  return { files: listed.filter((uri) => !isProjectTextFile(uri.path)), complete: listed.length < MAX_PLAIN_TEXT_LISTED };
}

type PlainTextItem = vscode.QuickPickItem & { readonly pick?: vscode.Uri | 'all' };

/** The plain-text files of the workspace, and what the author chose: one of them, all, or nothing (the list closed). */
export interface PlainTextChoice {
  readonly files: readonly vscode.Uri[];
  readonly picked?: vscode.Uri | 'all';
}

function itemsFor({ files, complete }: PlainTextListing): PlainTextItem[] {
  const byPath = files
    .map((uri) => ({ uri, path: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ uri, path }): PlainTextItem => {
      const slash = path.lastIndexOf('/');
      return { pick: uri, label: path.slice(slash + 1), description: slash < 0 ? undefined : path.slice(0, slash) };
    });
  if (files.length < 2) return byPath;
  const label = complete ? `All ${plural(files.length, 'plain-text file')}` : `The ${plural(files.length, 'plain-text file')} listed (of more)`;
  const all: PlainTextItem = { pick: 'all', label, description: 'each made a Markdown release beside it, once you confirm' };
  return [all, { label: 'One file', kind: vscode.QuickPickItemKind.Separator }, ...byPath];
}

/**
 * Asks which plain-text file to convert (by name with its folder beside it, in path order), or all of
 * them; shows nothing when there is none.
 */
export async function pickPlainTextRelease(listFiles: ListFiles): Promise<PlainTextChoice> {
  const listing = await listPlainTextFiles(listFiles);
  const { files } = listing;
  if (files.length === 0) return { files };
  const picked = await vscode.window.showQuickPick(itemsFor(listing), {
    title: 'Convert to Press Release',
    placeHolder: files.length > 1 ? 'Choose a plain-text release to see it converted before anything is written, or all of them' : 'Choose the plain-text release to see it converted before anything is written',
    matchOnDescription: true,
  });
  return { files, picked: picked?.pick };
}

export interface PlainTextDependencies extends ConvertAllDependencies {
  readonly listFiles: ListFiles;
  /** Convert to Press Release, given the one file picked. */
  readonly convertOne: (uri: vscode.Uri) => Thenable<unknown>;
}

export function registerConvertPlainTextRelease(dependencies: PlainTextDependencies): vscode.Disposable {
  return vscode.commands.registerCommand(CONVERT_PLAIN_TEXT_COMMAND, async () => {
    const { files, picked } = await pickPlainTextRelease(dependencies.listFiles);
    if (files.length === 0) void vscode.window.showInformationMessage(`Pressroom: there are no plain-text files (${PLAIN_TEXT_EXTENSION}) in this workspace to convert.`);
    if (picked === 'all') await convertAll(files, dependencies);
    else if (picked) await dependencies.convertOne(picked);
  });
}
