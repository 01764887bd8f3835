/**
 * The Node extension host's read of a `file:` URI, for the workspace index and Validate All, which read
 * every release of the workspace. VS Code's own read of a local file is Node's asynchronous one: four
 * trips through the thread pool (open, stat, read, close), which on a busy 2-core machine left the host
 * idle for 40% of a Validate All of 10,000 releases. A release is a few kilobytes, read here at once in
 * the CPU turn that checks it. Anything else goes through VS Code: other schemes, a file over
 * MAX_LOCAL_BYTES (read without blocking the host), and a path that is not a regular file (opened without
 * blocking, so a named pipe never hangs the host).
 */
import type * as vscode from 'vscode';
import { readRegularFileUpTo } from '../node/regularFile';
import type { ReadFile } from './fileSystem';

/** Read at once up to this size: well under a millisecond. */
export const MAX_LOCAL_BYTES = 256 * 1024;

export function readLocalFilesAtOnce(otherwise: ReadFile): ReadFile {
  return (uri: vscode.Uri) => {
    if (uri.scheme !== 'file') return otherwise(uri);
    try {
      const read = readRegularFileUpTo(uri.fsPath, MAX_LOCAL_BYTES);
      return read.kind === 'file' && read.bytes ? Promise.resolve(read.bytes) : otherwise(uri);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
