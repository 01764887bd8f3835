/**
 * Node-only file reading shared by the CLI and the desktop extension host's read of local files: a
 * regular file's size and, when it is no larger than asked, its bytes, from one open. A pipe or a device
 * (`/dev/zero`, a FIFO named like a release) is never read: reading one would wait or run forever. The file
 * is opened without blocking, so opening a pipe cannot wait either.
 */
import * as fs from 'node:fs';

export type RegularFileRead =
  | { readonly kind: 'not-a-file' }
  /** `bytes` is undefined when the file is larger than `maxBytes`. */
  | { readonly kind: 'file'; readonly size: number; readonly bytes?: Buffer };

/** Throws what `open` throws (a missing file, no permission). */
export function readRegularFileUpTo(path: string, maxBytes: number): RegularFileRead {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-a-file' };
    return stat.size > maxBytes ? { kind: 'file', size: stat.size } : { kind: 'file', size: stat.size, bytes: fs.readFileSync(fd) };
  } finally {
    fs.closeSync(fd);
  }
}
