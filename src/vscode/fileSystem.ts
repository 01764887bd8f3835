/** Small workspace file system questions shared by the commands that create files, and how files are read. */
import * as vscode from 'vscode';

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
