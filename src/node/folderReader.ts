/**
 * What a walk of folders asks of the file system, and Node's answers. Apart from walkFolder.ts, and free of
 * the core, because the CLI's small dispatcher (dist/cli.js) takes it in with the CLI's I/O.
 */
import * as fs from 'node:fs';

export interface FolderEntry {
  readonly name: string;
  /** Undefined when the listing cannot tell (a symbolic link): the walk then asks `isDirectory`. */
  readonly isFolder: boolean | undefined;
}

/** What a walk asks of the file system. */
export interface FolderReader {
  isDirectory(path: string): boolean;
  /** A folder's entries, each saying whether it is a folder when the listing knows (not for a link: only a stat can tell). */
  listDirectory(path: string): FolderEntry[];
  /** The path with every link resolved (to notice a link back to a folder being walked); optional for doubles. */
  realPath?(path: string): string;
}

export const nodeFolderReader: FolderReader = {
  isDirectory: (path) => fs.statSync(path).isDirectory(),
  // The kinds come with the listing, so a walk over 100,000 files needs no stat for each.
  listDirectory: (path) => fs.readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, isFolder: entry.isSymbolicLink() ? undefined : entry.isDirectory() })),
  realPath: (path) => fs.realpathSync(path),
};
