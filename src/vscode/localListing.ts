/**
 * The Node extension host's listing of `file:` workspace folders, for the workspace index and Validate All.
 * VS Code's `findFiles` runs its search in this same host and sends the result to the window, which sends
 * it back: for 10,000 releases two messages of 10,000 addresses, the reply parsed in one turn of this
 * host (a block of about 100 ms in a profile of Validate All). Here the folders are walked as the CLI walks
 * them (walkFolder.ts), in time slices, leaving out what `files.exclude` hides as VS Code's search does.
 * A workspace with a folder of another scheme is listed through VS Code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { toForwardSlashes } from '../core';
import { nodeFolderReader } from '../node/folderReader';
import { walkFolder } from '../node/walkFolder';
import { inSlices } from './background';
import { filesExcludeOf, isOfKind, type ListFiles } from './fileSystem';

export function listLocalFiles(otherwise: ListFiles): ListFiles {
  return async (what, options = {}) => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0 || folders.some((folder) => folder.uri.scheme !== 'file')) return otherwise(what, options);
    const { maxResults = Infinity, token } = options;
    // By path: a folder inside another workspace folder is listed once.
    const found = new Map<string, vscode.Uri>();
    const stop = () => found.size >= maxResults || token?.isCancellationRequested === true;
    for (const folder of folders) {
      const root = folder.uri.fsPath;
      const excluded = filesExcludeOf(folder);
      const excludes = (full: string) =>
        excluded(toForwardSlashes(path.relative(root, full)), toForwardSlashes(full), (name) => fs.existsSync(path.join(path.dirname(full), name)));
      const files = walkFolder(nodeFolderReader, root, { skipFolder: excludes });
      await inSlices(files, stop, (file) => {
        if (isOfKind(what, file) && !found.has(file) && !excludes(file)) found.set(file, vscode.Uri.file(file));
      });
      if (stop()) break;
    }
    return [...found.values()];
  };
}
