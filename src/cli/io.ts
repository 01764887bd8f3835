/** The CLI's contact with the outside world, passed in so every command can be tested in memory. */
import * as fs from 'node:fs';

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
  listDirectory(path: string): string[];
  cwd(): string;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => fs.readFileSync(path, 'utf8'),
  writeFile: (path, text) => fs.writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' }),
  replaceFile: (path, text) => fs.writeFileSync(path, text, 'utf8'),
  exists: (path) => fs.existsSync(path),
  isDirectory: (path) => fs.statSync(path).isDirectory(),
  fileSize: (path) => fs.statSync(path).size,
  listDirectory: (path) => fs.readdirSync(path),
  cwd: () => process.cwd(),
};

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
