/** The CLI's contact with the outside world, passed in so every command can be tested in memory. */
import * as fs from 'node:fs';
import { readRegularFileUpTo } from '../node/regularFile';
import { nodeFolderReader, type FolderReader } from '../node/folderReader';
import { decodeUtf8, NotAFileError } from './readProblem';

export interface CliIo extends FolderReader {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  /** Creates a file; fails when it exists (convert never overwrites). */
  writeFile(path: string, text: string): void;
  /** Writes a file, replacing what it held (--fix, --output). */
  replaceFile(path: string, text: string): void;
  exists(path: string): boolean;
  /**
   * A file's size in bytes, and its text when it is no larger than `maxBytes`: one open for both, since
   * every file a check visits needs its size first (a file too large is never read).
   */
  readUpTo(path: string, maxBytes: number): SizedText;
  cwd(): string;
}

export interface SizedText {
  readonly bytes: number;
  /** Undefined when the file is larger than asked for. */
  readonly text?: string;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => decodeUtf8(regularFileUpTo(path, Infinity).bytes!),
  readUpTo: (path, maxBytes) => {
    const { size, bytes } = regularFileUpTo(path, maxBytes);
    return bytes === undefined ? { bytes: size } : { bytes: size, text: decodeUtf8(bytes) };
  },
  writeFile: (path, text) => fs.writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' }),
  replaceFile: (path, text) => fs.writeFileSync(path, text, 'utf8'),
  exists: (path) => fs.existsSync(path),
  ...nodeFolderReader,
  cwd: () => process.cwd(),
};

/** A regular file read up to `maxBytes`; a pipe or a device is refused with a message saying so. */
function regularFileUpTo(path: string, maxBytes: number): { readonly size: number; readonly bytes?: Buffer } {
  const read = readRegularFileUpTo(path, maxBytes);
  if (read.kind === 'not-a-file') throw new NotAFileError();
  return read;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
