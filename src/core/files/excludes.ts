/**
 * Which files a listing of the workspace leaves out. Every listing skips the folders in SKIPPED_FOLDERS
 * (the CLI's walk, the editor's searches and its file events); the editor also leaves out what VS Code's
 * `files.exclude` setting hides, as VS Code's own search does, so a local listing and `findFiles` agree.
 */
import picomatch from 'picomatch';

/** Folders no listing walks into: installed packages and git's own store. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git'];

/** Whether a forward-slash path lies inside one of SKIPPED_FOLDERS (for the files that file events name). */
export function isInSkippedFolder(path: string): boolean {
  return SKIPPED_FOLDERS.some((folder) => path.includes(`/${folder}/`) || path.startsWith(`${folder}/`));
}

/**
 * Whether a path is excluded: `relativePath` to its workspace folder and `absolutePath` (both with
 * forward slashes), `hasSibling` saying whether a file of that name is in the same folder (for a
 * `{ "when": "$(basename).ts" }` clause).
 */
export type PathExcluder = (relativePath: string, absolutePath: string, hasSibling: (name: string) => boolean) => boolean;

interface Pattern {
  readonly matches: (path: string) => boolean;
  readonly absolute: boolean;
  /** The sibling that must exist, `$(basename)` standing for the file's name without its extension. */
  readonly when?: string;
}

/**
 * The `files.exclude` setting as a test on paths: patterns set to `true` always exclude, patterns with a
 * `when` clause only beside the sibling it names; anything else (false, a malformed entry or glob) is ignored.
 * As in VS Code, a pattern is relative to the workspace folder unless it is an absolute path, and a dot
 * is an ordinary character.
 */
export function filesExcludeMatcher(setting: unknown): PathExcluder {
  const patterns: Pattern[] = [];
  if (typeof setting === 'object' && setting !== null) {
    for (const [glob, value] of Object.entries(setting)) {
      const when = typeof value === 'object' && value !== null && typeof (value as { when?: unknown }).when === 'string' ? (value as { when: string }).when : undefined;
      if (value !== true && when === undefined) continue;
      try {
        patterns.push({ matches: picomatch(glob, { dot: true }), absolute: glob.startsWith('/') || /^[A-Za-z]:\//.test(glob), when });
      } catch {
        // a glob picomatch cannot read excludes nothing
      }
    }
  }
  if (patterns.length === 0) return () => false;
  return (relativePath, absolutePath, hasSibling) =>
    patterns.some((pattern) => {
      if (!pattern.matches(pattern.absolute ? absolutePath : relativePath)) return false;
      if (pattern.when === undefined) return true;
      const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
      const dot = name.lastIndexOf('.');
      return hasSibling(pattern.when.replace('$(basename)', dot > 0 ? name.slice(0, dot) : name));
    });
}

/**
 * Whether a listing leaves out a path because it, or a folder above it inside the workspace folder, is
 * excluded (a listing never walks into an excluded folder). `isFile` answers a `when` clause about a
 * sibling, by absolute path.
 */
export function excludedWithFolders(excludes: PathExcluder, relativePath: string, absolutePath: string, isFile: (absolutePath: string) => boolean): boolean {
  const parts = relativePath.split('/');
  const root = absolutePath.slice(0, absolutePath.length - relativePath.length);
  for (let depth = 1; depth <= parts.length; depth++) {
    const relative = parts.slice(0, depth).join('/');
    const parent = `${root}${parts.slice(0, depth - 1).join('/')}`.replace(/\/$/, '');
    if (excludes(relative, `${root}${relative}`, (name) => isFile(`${parent}/${name}`))) return true;
  }
  return false;
}
