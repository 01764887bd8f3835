/** The CLI's contact with the outside world, passed in so every command can be tested in memory. */
import * as fs from 'node:fs';
import { decodeUtf8, NotAFileError } from './readProblem';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  /** Creates a file; fails when it exists (convert never overwrites). */
  writeFile(path: string, text: string): void;
  /** Writes a file, replacing what it held (--fix, --output). */
  replaceFile(path: string, text: string): void;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  fileSize(path: string): number;
  /** A folder's entries, each saying whether it is a folder when the listing knows (not for a link: only a stat can tell). */
  listDirectory(path: string): FolderEntry[];
  /** The path with every link resolved (to notice a link back to a folder being walked); optional for doubles. */
  realPath?(path: string): string;
  cwd(): string;
}

export interface FolderEntry {
  readonly name: string;
  /** Undefined when the listing cannot tell (a symbolic link): the walk then asks `isDirectory`. */
  readonly isFolder: boolean | undefined;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => decodeUtf8(readRegularFile(path)),
  writeFile: (path, text) => fs.writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' }),
  replaceFile: (path, text) => fs.writeFileSync(path, text, 'utf8'),
  exists: (path) => fs.existsSync(path),
  isDirectory: (path) => fs.statSync(path).isDirectory(),
  fileSize: (path) => fs.statSync(path).size,
  // The kinds come with the listing, so a walk over 100,000 files needs no stat for each.
  listDirectory: (path) => fs.readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, isFolder: entry.isSymbolicLink() ? undefined : entry.isDirectory() })),
  realPath: (path) => fs.realpathSync(path),
  cwd: () => process.cwd(),
};

/**
 * A regular file's bytes. A pipe or a device (`/dev/zero`, a FIFO named like a release) is refused, not
 * read: reading one would wait or run forever. Opened without blocking, so opening a pipe cannot wait either.
 */
function readRegularFile(path: string): Buffer {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile()) throw new NotAFileError();
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
