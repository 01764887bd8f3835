/** Small workspace file system questions shared by the commands that create files, and how files are read and listed. */
import * as vscode from 'vscode';
import { MARKDOWN_EXTENSIONS, SKIPPED_FOLDERS } from '../core';

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

/**
 * Every file of the workspace folders, or only the Markdown files, leaving out SKIPPED_FOLDERS and what
 * `files.exclude` hides; in no particular order. Cut short by a cancel, it lists what it found so far or nothing.
 */
export type ListFiles = (what: 'markdown' | 'all', options?: ListOptions) => Promise<vscode.Uri[]>;

/** Through VS Code's search: any scheme, in either extension host. */
export const listThroughVsCode: ListFiles = (what, { maxResults, token } = {}) =>
  Promise.resolve(vscode.workspace.findFiles(what === 'markdown' ? MARKDOWN_GLOB : '**/*', EXCLUDED, maxResults, token));
