/**
 * The working state every step of a conversion shares: the original lines, which of them were taken
 * for a field, the values found so far (by role: headline, publish date...), and the notes for the author.
 */
import type { Contact } from '../contacts';
import { DEFAULT_ROLE_PATHS, fieldRolesOf, type FieldRoles } from '../schema/fieldRoles';
import type { JsonSchema } from '../schema/jsonSchema';
import { propertiesOf, schemaAt } from '../schema/navigate';
import { isRecord } from '../util/isRecord';
import { isEndMark } from './endMarks';
import { forgetClassifiedLines, isAuthorLine, LETTER_SPACED } from './headline';
import type { ConvertedFields, ConvertField } from './types';

/** Fields are looked for in the first lines with text (the header) and the last (the footer). */
const HEADER_LINES = 12;
const FOOTER_LINES = 8;
/** A web page's list of other stories after the release. */
const OTHER_STORIES = /^\s*(?:related|recent|latest|more|other)\s+(?:posts|news|stories|releases|articles)\s*:?\s*$/i;
/** However many short lines it has, the header ends here. */
const MOST_HEADER_LINES = 40;

export interface TargetSchema {
  readonly root: JsonSchema;
  readonly rootProperties: Record<string, JsonSchema>;
  /** A schema that names no fields and allows any: every field we know is written. */
  readonly loose: boolean;
  /** Which fields the headline, dates and contacts go into. */
  readonly roles: FieldRoles;
}

/** The roles a conversion fills. */
export type ConvertRole = 'headline' | 'publishDate' | 'embargo' | 'contacts';

/** What the text gave for each role. */
export interface FoundValues {
  headline?: string;
  publishDate?: string;
  embargo?: string;
  contacts?: Contact[];
}

export interface Conversion {
  readonly schema: TargetSchema;
  /** The original lines, without their line breaks. */
  readonly lines: readonly string[];
  /** The numbers of the lines with text, in order. */
  readonly nonBlank: readonly number[];
  readonly header: readonly number[];
  /** Never overlaps the header. */
  readonly footer: readonly number[];
  /** Lines taken out of the body, with the field each became. */
  readonly consumed: Map<number, ConvertField>;
  readonly found: FoundValues;
  /** Lines taken for a field whose other words stay in the body, in place of the line. */
  readonly remnants: Map<number, string>;
  /** A YAML comment to write beside a field (by dotted path): words the field's form cannot keep. */
  readonly comments: Map<ConvertField, string>;
  /** What the author must check in a field's value (by dotted path), written as a TODO beside it. */
  readonly checks: Map<ConvertField, string[]>;
  readonly notes: string[];
}

export function targetSchemaOf(root: JsonSchema, roles: FieldRoles = fieldRolesOf(root)): TargetSchema {
  const rootProperties = propertiesOf(root, root);
  return { root, rootProperties, loose: Object.keys(rootProperties).length === 0 && root.additionalProperties !== false, roles };
}

export function startConversion(schema: TargetSchema, lines: readonly string[], nonBlank: readonly number[]): Conversion {
  forgetClassifiedLines();
  const headerEnd = headerLength(lines, nonBlank);
  return {
    schema,
    lines,
    nonBlank,
    header: nonBlank.slice(0, headerEnd),
    footer: nonBlank.slice(Math.max(headerEnd, nonBlank.length - FOOTER_LINES)),
    consumed: new Map(),
    found: {},
    remnants: new Map(),
    comments: new Map(),
    checks: new Map(),
    notes: [],
  };
}

/**
 * How many lines with text the header spans: twelve, not counting letter-spaced PDF lines ("M E D I A"),
 * a web page's one- and two-word links ("Home", "Follow Us", "Published") nor the authors' names and offices.
 */
function headerLength(lines: readonly string[], nonBlank: readonly number[]): number {
  let counted = 0;
  let position = 0;
  for (; position < nonBlank.length && counted < HEADER_LINES && position < MOST_HEADER_LINES; position++) {
    const line = lines[nonBlank[position]];
    // The story's end, or a page's list of other stories, ends the header.
    if (isEndMark(line) || OTHER_STORIES.test(line)) break;
    if (line.length > 200 || (!LETTER_SPACED.test(line) && line.trim().split(/\s+/).length > 2 && !isAuthorLine(line))) counted++;
  }
  return position;
}

/**
 * A note on something the author must check in a field's value; the same words, without the line they
 * came from, go beside the field as a TODO, where the author sees them when the release is opened (a
 * batch conversion shows no notes).
 */
export function noteToCheck(conversion: Conversion, path: ConvertField, note: string, check: string): void {
  conversion.notes.push(`${path}: ${note}`);
  askToCheck(conversion, path, check);
}

/** A TODO beside the field at `path` (`contacts[0].name`), for a note made in other words. */
export function askToCheck(conversion: Conversion, path: ConvertField, check: string): void {
  const checks = conversion.checks.get(path);
  if (checks) checks.push(check);
  else conversion.checks.set(path, [check]);
}

/** The comment beside each field: the words its form cannot keep, then what to check. */
export function fieldComments(conversion: Conversion): Map<ConvertField, string> {
  const comments = new Map(conversion.comments);
  for (const [path, checks] of conversion.checks) {
    const todo = `TODO: ${checks.join('; ')}`;
    const words = comments.get(path);
    comments.set(path, words === undefined ? todo : `${words}; ${todo}`);
  }
  return comments;
}

/** Whether the schema has a field for the role. */
export function accepts(conversion: Conversion, role: ConvertRole): boolean {
  const path = conversion.schema.roles[role];
  return path !== undefined && (conversion.schema.loose || schemaAt(conversion.schema.root, path) !== undefined);
}

/** How notes and consumed lines name a role's field (`publish.date`); the built-in name when the schema has none. */
export function fieldName(conversion: Conversion, role: ConvertRole): ConvertField {
  return (conversion.schema.roles[role] ?? DEFAULT_ROLE_PATHS[role]).join('.');
}

/** The values found, as front matter data: each in the field its role names (`publish.date` nests). */
export function fieldsOf(conversion: Conversion): ConvertedFields {
  const data: Record<string, unknown> = {};
  for (const [role, value] of Object.entries(conversion.found) as [ConvertRole, unknown][]) {
    const path = conversion.schema.roles[role];
    if (value === undefined || !path) continue;
    let parent = data;
    for (const segment of path.slice(0, -1)) {
      if (!isRecord(parent[segment])) parent[segment] = {};
      parent = parent[segment] as Record<string, unknown>;
    }
    parent[path[path.length - 1]] = value;
  }
  return data;
}

/** How notes name a line: one-based, as editors number them. */
export function lineRef(index: number): string {
  return `line ${index + 1}`;
}
