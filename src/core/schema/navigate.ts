/**
 * Walks a JSON Schema along a front matter path, following `$ref`s (local, into other loaded files, by `$id`) and merging `allOf`,
 * so that hover, completion and messages read what the schema says rather than hard-coded field names.
 */
import type { JsonSchema, SchemaPath } from './jsonSchema';
import { followReference } from './schemaIndex';

export { decodePointerSegment } from './pointer';

const MAX_REF_HOPS = 32;

/** Follows `$ref`s (into other loaded files and `$id`s too) to the schema they name; boolean schemas read as empty. */
export function resolveRef(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < MAX_REF_HOPS; hops++) {
    const target = followReference(root, current, current.$ref);
    if (typeof target === 'boolean') return target ? {} : FORBIDDEN;
    if (typeof target !== 'object' || target === null) return current;
    current = target as JsonSchema;
  }
  return current;
}

/** What navigation sees for the schema `false`: nothing is allowed. */
const FORBIDDEN: JsonSchema = { not: {} };

/** A subschema as navigation reads it: `true` says nothing, `false` allows nothing. */
function asSchema(value: JsonSchema | boolean | undefined): JsonSchema | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? {} : FORBIDDEN;
  return value;
}

/** The schema's own properties plus those of its `allOf` parts. */
export function propertiesOf(root: JsonSchema, schema: JsonSchema): Record<string, JsonSchema> {
  const resolved = resolveRef(root, schema);
  const merged: Record<string, JsonSchema> = {};
  for (const part of resolved.allOf ?? []) if (typeof part === 'object') Object.assign(merged, propertiesOf(root, part));
  // A property the schema forbids (`false`) is not offered; `true` allows anything.
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    if (property !== (false as unknown)) merged[name] = asSchema(property)!;
  }
  return merged;
}

export function requiredOf(root: JsonSchema, schema: JsonSchema): string[] {
  const resolved = resolveRef(root, schema);
  const required = new Set(resolved.required ?? []);
  for (const part of resolved.allOf ?? []) if (typeof part === 'object') for (const name of requiredOf(root, part)) required.add(name);
  return [...required];
}

function childSchema(root: JsonSchema, parent: JsonSchema, segment: string | number): JsonSchema | undefined {
  const resolved = resolveRef(root, parent);
  if (typeof segment === 'number') {
    const items = resolved.items;
    if (Array.isArray(items)) return asSchema(items[segment] as JsonSchema | boolean | undefined);
    return asSchema((resolved.prefixItems?.[segment] ?? items) as JsonSchema | boolean | undefined);
  }
  const property = propertiesOf(root, resolved)[segment];
  if (property) return property;
  return typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined;
}

/** The schema that describes the value at `path`, or undefined where the schema says nothing. */
export function schemaAt(root: JsonSchema, path: SchemaPath): JsonSchema | undefined {
  let current: JsonSchema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(root, current, segment);
  }
  return current ? resolveRef(root, current) : undefined;
}

/** Display form of a path: `publish.date`, `contacts[0].phone`. */
export function formatPath(path: SchemaPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}
