/**
 * Which files are releases. A Markdown file is checked automatically when its workspace-relative path
 * matches one of the `pressroom.files` globs, or when its front matter names a schema (`$schema:`).
 * Anything else is never diagnosed; explicit commands check whatever file they are given.
 */
import picomatch from 'picomatch';
import { locateFrontMatter } from '../frontMatter/locate';

export const DEFAULT_RELEASE_GLOBS: readonly string[] = [
  '**/{press,news,newsroom,releases}/**/*.{md,markdown}',
  '**/*.release.md',
];

export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown'];

export function isMarkdownPath(path: string): boolean {
  const lower = path.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Plain-text releases: Convert to Press Release (and `pressroom convert --write`) makes a Markdown release beside each. */
export const PLAIN_TEXT_EXTENSION = '.txt';

export function isPlainTextPath(path: string): boolean {
  return path.toLowerCase().endsWith(PLAIN_TEXT_EXTENSION);
}

/**
 * Plain-text files that repositories keep and that are never releases: a website's robots.txt and its
 * kin, Python's requirements, CMake's lists, a project's licence, readme and change log. The workspace's
 * list of plain-text releases to convert leaves them out; a file named or chosen on purpose is still converted.
 */
const PROJECT_TEXT_FILE =
  /(?:^|\/)(?:robots|humans|ads|app-ads|security|llms|requirements(?:[-_.][a-z0-9]+)?|constraints|cmakelists|licen[cs]e(?:[-_.](?:mit|apache|bsd|gpl|lgpl|mpl|cc)[\w.-]*)?|copying|notice|readme|changelog|changes|history|authors|contributors|maintainers|third[-_]party[-_]notices)\.txt$/i;

export function isProjectTextFile(path: string): boolean {
  return PROJECT_TEXT_FILE.test(path);
}

/** Where a plain-text release's conversion goes: `notes.txt` becomes `notes.md`; undefined for any other file. */
export function markdownPathFor(plainTextPath: string): string | undefined {
  return isPlainTextPath(plainTextPath) ? `${plainTextPath.slice(0, -PLAIN_TEXT_EXTENSION.length)}.md` : undefined;
}

export type ReleasePathMatcher = (relativePath: string) => boolean;

/** Compiles the globs once; invalid globs are skipped rather than thrown. */
export function releasePathMatcher(globs: readonly string[]): ReleasePathMatcher {
  const matchers = globs.flatMap((glob) => {
    try {
      return [picomatch(glob, { dot: true, nocase: true })];
    } catch {
      return [];
    }
  });
  return (relativePath) => {
    const normalised = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    return matchers.some((matches) => matches(normalised));
  };
}

const SCHEMA_KEY = /^\$schema[ \t]*:/m;

/** True when the front matter has a top-level `$schema:` field. */
export function namesASchema(text: string): boolean {
  const located = locateFrontMatter(text);
  if (located.kind !== 'found') return false;
  return SCHEMA_KEY.test(text.slice(located.block.contentStart, located.block.contentEnd));
}

export function isRelease(relativePath: string, text: string, matcher: ReleasePathMatcher): boolean {
  if (!isMarkdownPath(relativePath)) return false;
  return matcher(relativePath) || namesASchema(text);
}
