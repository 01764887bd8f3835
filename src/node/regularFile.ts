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
    return stat.size > maxBytes ? { kind: 'file', size: stat.size } : { kind: 'file', size: stat.size, bytes: readBytes(fd, stat.size) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The file's first `size` bytes (fewer if it has shrunk since its size was taken), read straight into one
 * buffer: `readFileSync` on the descriptor would take its size again, and read past `size` if it had grown.
 */
function readBytes(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = fs.readSync(fd, bytes, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}
