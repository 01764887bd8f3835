/**
 * Walks a JSON Schema along a front matter path, following local `$ref`s and merging `allOf`,
 * so that hover, completion and messages read what the schema says rather than hard-coded field names.
 */
import type { JsonSchema, SchemaPath } from './jsonSchema';

const MAX_REF_HOPS = 32;

export function resolveRef(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined && hops < MAX_REF_HOPS; hops++) {
    const target = lookupPointer(root, current.$ref);
    if (!target) return current;
    current = target;
  }
  return current;
}

function lookupPointer(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  const segments = ref.slice(1).split('/').filter(Boolean).map(decodePointerSegment);
  let node: unknown = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'object' && node !== null ? (node as JsonSchema) : undefined;
}

export function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The schema's own properties plus those of its `allOf` parts. */
export function propertiesOf(root: JsonSchema, schema: JsonSchema): Record<string, JsonSchema> {
  const resolved = resolveRef(root, schema);
  const merged: Record<string, JsonSchema> = {};
  for (const part of resolved.allOf ?? []) Object.assign(merged, propertiesOf(root, part));
  Object.assign(merged, resolved.properties ?? {});
  return merged;
}

export function requiredOf(root: JsonSchema, schema: JsonSchema): string[] {
  const resolved = resolveRef(root, schema);
  const required = new Set(resolved.required ?? []);
  for (const part of resolved.allOf ?? []) for (const name of requiredOf(root, part)) required.add(name);
  return [...required];
}

function childSchema(root: JsonSchema, parent: JsonSchema, segment: string | number): JsonSchema | undefined {
  const resolved = resolveRef(root, parent);
  if (typeof segment === 'number') {
    const items = resolved.items;
    if (Array.isArray(items)) return items[segment] as JsonSchema | undefined;
    return items as JsonSchema | undefined;
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
