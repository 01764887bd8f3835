/**
 * The one walk of a folder tree, shared by the CLI and the desktop extension host's listing of the
 * workspace: entries in name order, the folders every listing skips (SKIPPED_FOLDERS) left out, links
 * followed, and a link back to a folder being walked noticed rather than followed for ever. Lazy and
 * synchronous: each step lists at most one folder, so the extension host can drive it in time slices.
 */
import * as path from 'node:path';
import { SKIPPED_FOLDERS } from '../core';
import type { FolderEntry, FolderReader } from './folderReader';

/** Why part of a tree was not walked; the walk goes on. */
export type WalkProblem =
  | { readonly kind: 'link-back'; readonly path: string }
  | { readonly kind: 'unlistable'; readonly path: string; readonly error: unknown }
  /** A link that leads back to itself. */
  | { readonly kind: 'link-loop'; readonly path: string; readonly error: unknown };

export interface WalkOptions {
  readonly onProblem?: (problem: WalkProblem) => void;
  /** Leaves a folder out (beside SKIPPED_FOLDERS), before it is listed. */
  readonly skipFolder?: (path: string) => boolean;
}

const SKIPPED = new Set(SKIPPED_FOLDERS);

/** Every file below `folder`, in name order, as paths joined onto it. */
export function walkFolder(reader: FolderReader, folder: string, options: WalkOptions = {}): Generator<string> {
  return walkBelow(reader, folder, options, []);
}

/** `ancestors`: the real paths of the folders being walked, to notice a link back to one of them. */
function* walkBelow(reader: FolderReader, folder: string, options: WalkOptions, ancestors: readonly string[]): Generator<string> {
  let real: string | undefined;
  try {
    real = reader.realPath?.(folder);
  } catch {
    real = undefined;
  }
  if (real !== undefined && ancestors.includes(real)) {
    options.onProblem?.({ kind: 'link-back', path: folder });
    return;
  }
  let entries: FolderEntry[];
  try {
    entries = reader.listDirectory(folder).sort(byName);
  } catch (error) {
    options.onProblem?.({ kind: 'unlistable', path: folder, error });
    return;
  }
  const inside = real === undefined ? ancestors : [...ancestors, real];
  for (const { name, isFolder: listedAsFolder } of entries) {
    const full = path.join(folder, name);
    let isFolder: boolean;
    try {
      isFolder = listedAsFolder ?? reader.isDirectory(full);
    } catch (error) {
      // A broken link or a file removed meanwhile is no file; a link loop is worth saying.
      if ((error as { code?: unknown } | null)?.code === 'ELOOP') options.onProblem?.({ kind: 'link-loop', path: full, error });
      continue;
    }
    if (!isFolder) yield full;
    else if (!SKIPPED.has(name) && !options.skipFolder?.(full)) yield* walkBelow(reader, full, options, inside);
  }
}

/** Name order as a plain sort of the names gives it (UTF-16 code units), whatever the file system lists first. */
function byName(a: FolderEntry, b: FolderEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
