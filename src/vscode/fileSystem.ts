/** Small workspace file system questions shared by the commands that create files, and how files are read and listed. */
import * as vscode from 'vscode';
import {
  excludedWithFolders,
  filesExcludeMatcher,
  isMarkdownPath,
  isPlainTextPath,
  MARKDOWN_EXTENSIONS,
  PLAIN_TEXT_EXTENSION,
  relativeTo,
  SKIPPED_FOLDERS,
  type PathExcluder,
} from '../core';

export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Reads a file's bytes; rejects when it is gone or unreadable. */
export type ReadFile = (uri: vscode.Uri) => Thenable<Uint8Array>;

/** Through VS Code's file system: any scheme, in either extension host. */
export const readThroughVsCode: ReadFile = (uri) => vscode.workspace.fs.readFile(uri);

export const MARKDOWN_GLOB = `**/*{${MARKDOWN_EXTENSIONS.join(',')}}`;
const EXCLUDED = `{${SKIPPED_FOLDERS.map((folder) => `**/${folder}/**`).join(',')}}`;

export interface ListOptions {
  /** At most this many files are listed. */
  readonly maxResults?: number;
  readonly token?: vscode.CancellationToken;
}

/** The files a listing is for: the Markdown files (releases among them), the plain-text ones (to convert), or all. */
export type FileKind = 'markdown' | 'plainText' | 'all';

const GLOB_OF: Readonly<Record<FileKind, string>> = { markdown: MARKDOWN_GLOB, plainText: `**/*${PLAIN_TEXT_EXTENSION}`, all: '**/*' };

/** Whether a file is of the kind a listing asks for, for the listings that walk folders themselves. */
export function isOfKind(kind: FileKind, path: string): boolean {
  return kind === 'all' || (kind === 'markdown' ? isMarkdownPath(path) : isPlainTextPath(path));
}

/**
 * Every file of the workspace folders, or only those of one kind, leaving out SKIPPED_FOLDERS and what
 * `files.exclude` hides; in no particular order. Cut short by a cancel, it lists what it found so far or nothing.
 */
export type ListFiles = (what: FileKind, options?: ListOptions) => Promise<vscode.Uri[]>;

/** Through VS Code's search: any scheme, in either extension host. */
export const listThroughVsCode: ListFiles = (what, { maxResults, token } = {}) =>
  Promise.resolve(vscode.workspace.findFiles(GLOB_OF[what], EXCLUDED, maxResults, token));

/** A workspace folder's `files.exclude` setting, as the core's test on paths. */
export function filesExcludeOf(folder: vscode.WorkspaceFolder): PathExcluder {
  return filesExcludeMatcher(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'));
}

/**
 * Whether `files.exclude` hides a file from listings, itself or a folder above it, as it hides it from VS
 * Code's search: for the files that file events name, so each folder's setting is read once until it changes.
 */
export class FilesExcludeSetting implements vscode.Disposable {
  private readonly byFolder = new Map<string, PathExcluder>();
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('files.exclude')) this.byFolder.clear();
  });

  /** `isFile` answers a `when` clause about a sibling's path. */
  hides(uri: vscode.Uri, isFile: (path: string) => boolean): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = folder && relativeTo(folder.uri.path, uri.path);
    if (!folder || !relative) return false;
    const key = folder.uri.toString();
    let excludes = this.byFolder.get(key);
    if (!excludes) {
      excludes = filesExcludeOf(folder);
      this.byFolder.set(key, excludes);
    }
    return excludedWithFolders(excludes, relative, uri.path, isFile);
  }

  dispose(): void {
    this.listener.dispose();
  }
}
