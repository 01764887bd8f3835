/**
 * Turns the CLI's arguments (files, folders, globs) into a sorted list of files. Files named on the
 * command line are explicit (checked whatever their name); folders and globs yield candidates, skipping
 * node_modules and .git, that the project configuration then decides on.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isMarkdownPath } from '../core';
import type { CliIo, FolderEntry } from './io';
import { readProblem } from './readProblem';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface InputFile {
  readonly file: string;
  /** Named on the command line, not found in a folder or by a glob. */
  readonly explicit: boolean;
}

export interface ExpandedInputs {
  readonly files: InputFile[];
  /** Arguments that named nothing: a usage error. */
  readonly unmatched: string[];
  /** Folders that could not be read and links that loop: reported, and the run goes on. */
  readonly problems: string[];
}

/** Walks a folder in name order; folders it cannot list, and links back to a folder being walked, become problems. */
function* walk(io: CliIo, folder: string, problems: string[], ancestors: readonly string[] = []): Generator<string> {
  let real: string | undefined;
  try {
    real = io.realPath?.(folder);
  } catch {
    real = undefined;
  }
  if (real !== undefined && ancestors.includes(real)) {
    problems.push(`skipped ${folder}: it is a link back to a folder already being checked`);
    return;
  }
  let entries: FolderEntry[];
  try {
    entries = io.listDirectory(folder).sort(byName);
  } catch (error) {
    problems.push(`cannot read the folder ${folder}: ${readProblem(error)}`);
    return;
  }
  const inside = real === undefined ? ancestors : [...ancestors, real];
  for (const { name, isFolder: listedAsFolder } of entries) {
    const full = path.join(folder, name);
    let isFolder: boolean;
    try {
      isFolder = listedAsFolder ?? io.isDirectory(full);
    } catch (error) {
      // A broken link or a file removed meanwhile is no release; a link loop is worth saying.
      if ((error as { code?: unknown } | null)?.code === 'ELOOP') problems.push(`skipped ${full}: ${readProblem(error)}`);
      continue;
    }
    if (isFolder) {
      if (!SKIPPED_FOLDERS.has(name)) yield* walk(io, full, problems, inside);
    } else {
      yield full;
    }
  }
}

/** Name order as a plain sort of the names gives it (UTF-16 code units), whatever the file system lists first. */
function byName(a: FolderEntry, b: FolderEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function expandInputs(io: CliIo, inputs: readonly string[]): ExpandedInputs {
  // A file both named and found is explicit: naming it is the stronger request.
  const files = new Map<string, boolean>();
  const unmatched: string[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    let matched = false;
    const found = (file: string) => {
      matched = true;
      if (!files.has(file)) files.set(file, false);
    };
    if (io.exists(input)) {
      if (io.isDirectory(input)) {
        matched = true; // an empty folder is not a mistake
        for (const file of walk(io, input, problems)) if (isMarkdownPath(file)) found(file);
      } else {
        matched = true;
        files.set(input, true);
      }
    } else if (picomatch.scan(input).isGlob) {
      const { base } = picomatch.scan(input);
      const matches = picomatch(input, { dot: false });
      for (const file of walk(io, base || '.', problems)) {
        const relative = path.relative('.', file).split(path.sep).join('/');
        if (matches(relative) || matches(file.split(path.sep).join('/'))) found(file);
      }
    }
    if (!matched) unmatched.push(input);
  }
  const sorted = [...files.keys()].sort();
  return { files: sorted.map((file) => ({ file, explicit: files.get(file)! })), unmatched, problems };
}
