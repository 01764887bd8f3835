/**
 * Turns the CLI's arguments (files, folders, globs) into a sorted list of files. Files are taken as
 * given, whatever their name; folders and globs yield Markdown files, skipping node_modules and .git.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isMarkdownPath } from '../core';
import type { CliIo } from './io';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface ExpandedInputs {
  readonly files: string[];
  /** Arguments that named nothing: a usage error. */
  readonly unmatched: string[];
}

function* walk(io: CliIo, folder: string): Generator<string> {
  let entries: string[];
  try {
    entries = io.listDirectory(folder).sort();
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry);
    let isFolder: boolean;
    try {
      isFolder = io.isDirectory(full);
    } catch {
      continue; // a broken link or a file removed meanwhile
    }
    if (isFolder) {
      if (!SKIPPED_FOLDERS.has(entry)) yield* walk(io, full);
    } else {
      yield full;
    }
  }
}

export function expandInputs(io: CliIo, inputs: readonly string[]): ExpandedInputs {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const input of inputs) {
    const before = files.size;
    if (io.exists(input)) {
      if (io.isDirectory(input)) {
        for (const file of walk(io, input)) if (isMarkdownPath(file)) files.add(file);
      } else {
        files.add(input);
      }
    } else if (picomatch.scan(input).isGlob) {
      const { base } = picomatch.scan(input);
      const matches = picomatch(input, { dot: false });
      for (const file of walk(io, base || '.')) {
        const relative = path.relative('.', file).split(path.sep).join('/');
        if (matches(relative) || matches(file.split(path.sep).join('/'))) files.add(file);
      }
    }
    if (files.size === before && !(io.exists(input) && io.isDirectory(input))) unmatched.push(input);
  }
  return { files: [...files].sort(), unmatched };
}
