/**
 * Field roles: which front matter field plays which part in a release (the headline, the area, the
 * publish date...). Features that need to know (preview, completion, hover, quick fixes, New Press
 * Release, the converter) ask the roles, never a field name, so a newsroom's own schema with its own
 * names gets the same help.
 *
 * A schema names a role with the annotation `"x-pressroom-role": "<role>"` on a property (at the top
 * level or inside an object property). A role the schema does not annotate falls back to the built-in
 * schema's field for it, when the schema has that field or describes no fields at all.
 */
import type { JsonSchema, SchemaPath } from './jsonSchema';
import { propertiesOf, resolveRef, schemaAt } from './navigate';
import { isRecord } from '../util/isRecord';
import { valueAtPath } from '../util/valueAtPath';

export const FIELD_ROLES = [
  'headline',
  'area',
  'publishDate',
  'embargo',
  'url',
  'contacts',
  'socialTitle',
  'socialDescription',
  'socialImage',
  'socialUrl',
] as const;

export type FieldRole = (typeof FIELD_ROLES)[number];

/** The path of each role's field; a role the schema has no field for is absent. */
export type FieldRoles = Readonly<Partial<Record<FieldRole, readonly string[]>>>;

/** The annotation a schema property carries to name its role. */
export const ROLE_ANNOTATION = 'x-pressroom-role';

/** The built-in schema's field for each role. */
export const DEFAULT_ROLE_PATHS: Readonly<Record<FieldRole, readonly string[]>> = {
  headline: ['title'],
  area: ['area'],
  publishDate: ['publish', 'date'],
  embargo: ['embargo'],
  url: ['url'],
  contacts: ['contacts'],
  socialTitle: ['og', 'title'],
  socialDescription: ['og', 'description'],
  socialImage: ['og', 'image'],
  socialUrl: ['og', 'url'],
};

/** How deep annotated properties are looked for (`og.image` is two levels). */
const MAX_ROLE_DEPTH = 3;

function isRole(value: unknown): value is FieldRole {
  return typeof value === 'string' && (FIELD_ROLES as readonly string[]).includes(value);
}

function annotatedRoles(root: JsonSchema, schema: JsonSchema, prefix: readonly string[], found: Map<FieldRole, readonly string[]>): void {
  if (prefix.length >= MAX_ROLE_DEPTH) return;
  for (const [name, property] of Object.entries(propertiesOf(root, schema))) {
    if (!isRecord(property)) continue;
    const path = [...prefix, name];
    const role = (property as Record<string, unknown>)[ROLE_ANNOTATION] ?? (resolveRef(root, property) as Record<string, unknown>)[ROLE_ANNOTATION];
    if (isRole(role) && !found.has(role)) found.set(role, path);
    annotatedRoles(root, property, path, found);
  }
}

/** The roles of a schema's fields: annotated ones first, then the built-in names the schema has. */
export function fieldRolesOf(root: JsonSchema): FieldRoles {
  const found = new Map<FieldRole, readonly string[]>();
  annotatedRoles(root, root, [], found);
  const describesNoFields = Object.keys(propertiesOf(root, root)).length === 0;
  const taken = new Set([...found.values()].map((path) => path.join('.')));
  for (const role of FIELD_ROLES) {
    if (found.has(role)) continue;
    const path = DEFAULT_ROLE_PATHS[role];
    if (taken.has(path.join('.'))) continue;
    if (describesNoFields || schemaAt(root, path) !== undefined) found.set(role, path);
  }
  return Object.fromEntries(found) as FieldRoles;
}

/** The value a release's data holds for a role, if the schema has that role. */
export function valueOfRole(data: unknown, roles: FieldRoles, role: FieldRole): unknown {
  const path = roles[role];
  return path ? valueAtPath(data, path) : undefined;
}

/** The role a front matter path plays, if any (`['og', 'title']` → `socialTitle`). */
export function roleAt(roles: FieldRoles, path: SchemaPath): FieldRole | undefined {
  const key = path.join('.');
  return FIELD_ROLES.find((role) => roles[role]?.join('.') === key);
}

/** Display form of a role's field (`publish.date`), or undefined when the schema has none. */
export function roleFieldName(roles: FieldRoles, role: FieldRole): string | undefined {
  return roles[role]?.join('.');
}
