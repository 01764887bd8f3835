/**
 * The one decision, for a path and the configuration in force, of whether and how a file is checked.
 * The CLI, the workspace command and the editor all call it, so they agree on every repository.
 */
import { isMarkdownPath, namesASchema, releasePathMatcher, type ReleasePathMatcher } from '../files/releaseFiles';
import { relativeTo } from '../files/paths';
import type { JsonSchema } from '../schema/jsonSchema';
import { propertiesOf } from '../schema/navigate';
import { schemaPathFor } from '../schema/schemaChoice';
import type { ProjectConfig } from './projectConfig';

export type CheckDecision =
  /** Check it against this schema file (or the built-in one when `schema` is undefined): see schemaChoice.ts for which wins. */
  | { readonly kind: 'check'; readonly schema: string | undefined }
  /** Too large to read: one note instead of a stall. */
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  /** Not a release: never diagnosed. */
  | { readonly kind: 'skip'; readonly reason: 'not-markdown' | 'not-a-release' };

export interface CheckCandidate {
  /** The file's path (forward slashes), absolute or relative to the same base as `config.root`. */
  readonly path: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Its text, when read: a `$schema` in its front matter makes any Markdown file a release. */
  readonly text?: string;
  /** Named explicitly (a command on this file, a file on the command line): checked whatever its name. */
  readonly explicit?: boolean;
}

const matchers = new WeakMap<readonly string[], ReleasePathMatcher>();

function matcherFor(globs: readonly string[]): ReleasePathMatcher {
  let matcher = matchers.get(globs);
  if (!matcher) {
    matcher = releasePathMatcher(globs);
    matchers.set(globs, matcher);
  }
  return matcher;
}

/** Whether the path is under the release globs (relative to the configuration's root). */
export function matchesReleaseGlobs(path: string, config: ProjectConfig): boolean {
  const relative = relativeTo(config.root, path);
  return relative !== undefined && matcherFor(config.files)(relative);
}

export function decideCheck(candidate: CheckCandidate, config: ProjectConfig): CheckDecision {
  if (!candidate.explicit) {
    if (!isMarkdownPath(candidate.path)) return { kind: 'skip', reason: 'not-markdown' };
    const byName = matchesReleaseGlobs(candidate.path, config);
    if (!byName && !(candidate.text !== undefined && candidate.bytes <= config.maxFileBytes && namesASchema(candidate.text))) {
      return { kind: 'skip', reason: 'not-a-release' };
    }
  }
  if (candidate.bytes > config.maxFileBytes) return { kind: 'too-large', bytes: candidate.bytes, limit: config.maxFileBytes };
  return { kind: 'check', schema: schemaPathFor(candidate.path, candidate.text, config) };
}

/** The UTF-8 size of a text, for open documents whose bytes are not at hand. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** What a new release's `$schema` says when it is kept outside the release globs. */
export const RELEASE_SCHEMA_KEY = 'press-release';

/**
 * The `$schema` a release written to `path` needs to be checked where it is kept (New Press Release, Convert
 * to Press Release): `press-release` outside the release globs, nothing where they cover it or where the
 * schema has no `$schema` field to allow one.
 */
export function schemaKeyForNewRelease(path: string, config: ProjectConfig, schema: JsonSchema): string | undefined {
  if (decideCheck({ path, bytes: 0 }, config).kind !== 'skip') return undefined;
  return '$schema' in propertiesOf(schema, schema) ? RELEASE_SCHEMA_KEY : undefined;
}
