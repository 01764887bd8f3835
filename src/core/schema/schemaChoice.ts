/**
 * Which schema checks one release, most specific first: the release's own `$schema` naming a `.json`
 * file (relative to the release), then the first `schemas` entry of the configuration whose globs match
 * it, then the configuration's `schema`, then the built-in schema (undefined). The CLI and the editor
 * both ask this, so they always agree.
 */
import type { ProjectConfig } from '../config/projectConfig';
import { joinPath, parentOf, relativeTo } from '../files/paths';
import { releasePathMatcher, type ReleasePathMatcher } from '../files/releaseFiles';
import { locateFrontMatter } from '../frontMatter/locate';
import { unquoteScalar } from '../yaml';

const SCHEMA_LINE = /^\$schema[ \t]*:[ \t]*(\S.*?)[ \t]*(?:#.*)?$/m;

/** The `.json` file a release's top-level `$schema` names (absolute), or undefined when it names none (`press-release`, an address). */
export function frontMatterSchemaFile(releasePath: string, text: string): string | undefined {
  // Most releases name no schema: they are answered without finding their front matter.
  if (!text.includes('$schema')) return undefined;
  const located = locateFrontMatter(text);
  if (located.kind !== 'found') return undefined;
  const match = SCHEMA_LINE.exec(text.slice(located.block.contentStart, located.block.contentEnd));
  if (!match) return undefined;
  const value = unquoteScalar(match[1]).trim();
  if (!/\.json$/i.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  return joinPath(parentOf(releasePath), value);
}

const matchers = new WeakMap<readonly string[], ReleasePathMatcher>();

function matches(globs: readonly string[], relativePath: string): boolean {
  let matcher = matchers.get(globs);
  if (!matcher) {
    matcher = releasePathMatcher(globs);
    matchers.set(globs, matcher);
  }
  return matcher(relativePath);
}

/** The schema file for a release (absolute), or undefined for the built-in schema. `text` when read. */
export function schemaPathFor(releasePath: string, text: string | undefined, config: ProjectConfig): string | undefined {
  if (config.frontMatterSchema && text !== undefined) {
    const own = frontMatterSchemaFile(releasePath, text);
    if (own !== undefined) return own;
  }
  const relative = relativeTo(config.root, releasePath);
  if (relative !== undefined) {
    const entry = config.schemas.find((mapping) => matches(mapping.files, relative));
    if (entry) return entry.schema;
  }
  return config.schema;
}
