/**
 * The Node extension host's read of a `file:` URI, for the workspace index and Validate All, which read
 * every release of the workspace. VS Code's own read of a local file is Node's asynchronous one: four
 * trips through the thread pool (open, stat, read, close), which on a busy 2-core machine left the host
 * idle for 40% of a Validate All of 10,000 releases. A release is a few kilobytes, read here at once in
 * the CPU turn that checks it. Anything else goes through VS Code: other schemes, a file over
 * MAX_LOCAL_BYTES (read without blocking the host), and a path that is not a regular file (opened without
 * blocking, so a named pipe never hangs the host).
 */
import * as fs from 'node:fs';
import type * as vscode from 'vscode';
import type { ReadFile } from './fileSystem';

/** Read at once up to this size: well under a millisecond. */
export const MAX_LOCAL_BYTES = 256 * 1024;

export function readLocalFilesAtOnce(otherwise: ReadFile): ReadFile {
  return (uri: vscode.Uri) => {
    if (uri.scheme !== 'file') return otherwise(uri);
    try {
      const bytes = readSmallRegularFile(uri.fsPath);
      return bytes ? Promise.resolve(bytes) : otherwise(uri);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/** The file's bytes, or undefined when it should be read another way; throws when it cannot be opened. */
function readSmallRegularFile(path: string): Uint8Array | undefined {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_LOCAL_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    // A file that grew since the stat is read as far as its size then: the next change event reads it again.
    while (read < bytes.length) {
      const got = fs.readSync(fd, bytes, read, bytes.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}
