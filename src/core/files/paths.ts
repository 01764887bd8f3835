/**
 * Forward-slash paths, as both adapters hand them to the core: the CLI converts its file system's paths,
 * the editor passes `Uri.path`. Pure string work, so it runs in a browser too.
 */

/** `/a/b` or `C:/a/b`: a path that does not depend on where it is resolved from. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

export function toForwardSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The root a path starts from: `/`, a drive such as `C:/`, or '' for a relative path. */
function rootOf(path: string): string {
  if (/^[A-Za-z]:\//.test(path)) return path.slice(0, 3);
  return path.startsWith('/') ? '/' : '';
}

/** What normalising would change: a backslash, a repeated slash, a `.` or `..` part, a trailing slash. */
const NEEDS_NORMALISING = /\\|\/\/|(?:^|\/)\.{1,2}(?:\/|$)|.\/$/;

/** Joins and normalises (`.`, `..`, repeated slashes); an absolute `relative` stands on its own. */
export function joinPath(base: string, relative: string): string {
  // The common calls (paths already normal, joined with '.', or an absolute or plain relative path) need
  // no work: a run over 100,000 files makes several per file.
  if (relative === '.' && (isAbsolutePath(base) || (base !== '' && !base.includes(':'))) && !NEEDS_NORMALISING.test(base)) return base;
  if (isAbsolutePath(relative) && !NEEDS_NORMALISING.test(relative)) return relative;
  if (relative !== '' && !relative.includes(':') && isAbsolutePath(base) && !NEEDS_NORMALISING.test(base) && !NEEDS_NORMALISING.test(relative)) {
    return base.endsWith('/') ? `${base}${relative}` : `${base}/${relative}`;
  }
  const rel = toForwardSlashes(relative);
  const whole = isAbsolutePath(rel) ? rel : `${toForwardSlashes(base)}/${rel}`;
  const root = rootOf(whole);
  const parts: string[] = [];
  for (const part of whole.slice(root.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (root === '') parts.push(part); // `..` above a root stays at the root
  }
  return `${root}${parts.join('/')}` || '.';
}

/** The folder holding a path (`/a/b/c.md` → `/a/b`); a root is its own parent. */
export function parentOf(path: string): string {
  const clean = joinPath(path, '.');
  const root = rootOf(clean);
  const slash = clean.lastIndexOf('/');
  if (clean === root || slash < root.length) return root || '.';
  return clean.slice(0, slash);
}

/** `path` relative to `root`, or undefined when it is not inside it. */
export function relativeTo(root: string, path: string): string | undefined {
  const base = joinPath(root, '.');
  const full = joinPath(path, '.');
  if (full === base) return '';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return full.startsWith(prefix) ? full.slice(prefix.length) : undefined;
}

/** The folders from a file's own up to the root, nearest first: where a configuration file may be. */
export function foldersAbove(file: string): string[] {
  const folders: string[] = [];
  let folder = parentOf(file);
  for (let guard = 0; guard < 256; guard++) {
    folders.push(folder);
    const next = parentOf(folder);
    if (next === folder || folder === '.') break;
    folder = next;
  }
  return folders;
}
