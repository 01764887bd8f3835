/**
 * What every fix needs to know about the release, worked out once: the parsed front matter, the
 * schema, and how the author writes (line endings, indentation step).
 */
import type { Document } from 'yaml';
import type { ParsedRelease } from '../../frontMatter/parse';
import type { CompiledSchema } from '../../schema/compile';
import type { FieldRoles } from '../../schema/fieldRoles';
import type { JsonSchema } from '../../schema/jsonSchema';
import { eolOf, type Eol } from '../../text/eol';
import { indentUnitOf } from '../textTools';

export interface FixContext {
  readonly release: ParsedRelease;
  readonly document: Document.Parsed;
  readonly root: JsonSchema;
  /** Which field plays which part (the headline, the social title...), from the schema. */
  readonly roles: FieldRoles;
  /** Where the front matter's content starts in the text: node ranges count from here. */
  readonly contentStart: number;
  readonly eol: Eol;
  /** The indentation step the front matter already uses. */
  readonly indentUnit: number;
  readonly now: Date;
}

/** Undefined when there is no front matter, or it does not parse: fixes would be guesses. */
export function fixContextOf(release: ParsedRelease, schema: CompiledSchema, now: Date): FixContext | undefined {
  const { document, block } = release;
  if (!document || !block || document.errors.length > 0) return undefined;
  return { release, document, root: schema.json, roles: schema.roles, contentStart: block.contentStart, eol: eolOf(release.text), indentUnit: indentUnitOf(release), now };
}

/** Adds to `list` the items it does not hold yet, keeping first-seen order. */
export function addNew<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}
