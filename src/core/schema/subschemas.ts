/**
 * Where a JSON Schema holds other schemas (every draft's keywords), so that references, identifiers and
 * draft 7's ignored `$ref` siblings are found in schemas only, never inside `enum`, `const` or examples.
 */

const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies'];
const SCHEMA_VALUES = ['additionalProperties', 'additionalItems', 'items', 'contains', 'propertyNames', 'if', 'then', 'else', 'not', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items', 'prefixItems'];

export type SchemaNode = Record<string, unknown>;

/** How a draft names identifiers and whether keywords beside `$ref` count. */
export interface IdRules {
  readonly idKey: '$id' | 'id';
  readonly refIgnoresSiblings: boolean;
}

export function isSchemaObject(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object subschemas directly inside a schema (boolean schemas hold nothing and are skipped). */
export function childSchemas(schema: SchemaNode): SchemaNode[] {
  const children: SchemaNode[] = [];
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isSchemaObject(map)) for (const value of Object.values(map)) if (isSchemaObject(value)) children.push(value);
  }
  for (const key of SCHEMA_VALUES) if (isSchemaObject(schema[key])) children.push(schema[key] as SchemaNode);
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) for (const value of list) if (isSchemaObject(value)) children.push(value);
  }
  return children;
}

/** A copy of a schema with `transform` applied to every schema object in it, innermost first. */
export function mapSchemas(schema: unknown, transform: (node: SchemaNode) => SchemaNode): unknown {
  if (!isSchemaObject(schema)) return schema;
  const copy: SchemaNode = { ...schema };
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isSchemaObject(map)) copy[key] = Object.fromEntries(Object.entries(map).map(([name, value]) => [name, mapSchemas(value, transform)]));
  }
  for (const key of SCHEMA_VALUES) if (isSchemaObject(schema[key])) copy[key] = mapSchemas(schema[key], transform);
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) copy[key] = list.map((value) => mapSchemas(value, transform));
  }
  return transform(copy);
}

/** Every schema object in a document, with the base URI in force there (changed by `$id`/`id`). */
export function walkSchemas(root: unknown, baseUri: string, draft: IdRules, visit: (node: SchemaNode, base: string, ownsId: boolean) => void): void {
  const seen = new Set<SchemaNode>();
  const walk = (node: SchemaNode, inherited: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    const id = node[draft.idKey];
    // Draft 7 and earlier ignore an `$id` beside `$ref`.
    const ownsId = typeof id === 'string' && !(draft.refIgnoresSiblings && typeof node.$ref === 'string');
    const base = ownsId ? (resolveUri(inherited, id as string) ?? inherited) : inherited;
    visit(node, base, ownsId);
    for (const child of childSchemas(node)) walk(child, base);
  };
  if (isSchemaObject(root)) walk(root, baseUri);
}

/** `reference` resolved against `base`, without its fragment; undefined when either is not a URI. */
export function resolveUri(base: string, reference: string): string | undefined {
  try {
    const url = new URL(reference, base || undefined);
    return url.href;
  } catch {
    return undefined;
  }
}

/** A URI without its fragment (`#...`). */
export function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash < 0 ? uri : uri.slice(0, hash);
}

/** The fragment of a reference (after `#`, still percent-encoded), or '' when it has none. */
export function fragmentOf(uri: string): string {
  const hash = uri.indexOf('#');
  return hash < 0 ? '' : uri.slice(hash + 1);
}
