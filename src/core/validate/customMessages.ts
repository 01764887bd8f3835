/**
 * A schema's own wording for its errors, in the ajv-errors convention, read straight from the schema (the
 * plugin is not needed): `errorMessage` as text (for every error of that schema and the schemas inside it),
 * or keyed by keyword (`{type: "...", required: {name: "..."}, properties: {name: "..."}, _: "..."}`).
 */
import type { ErrorObject } from 'ajv';
import type { JsonSchema } from '../schema/jsonSchema';

type Node = Readonly<Record<string, unknown>>;

export function customMessage(error: ErrorObject, root: JsonSchema): string | undefined {
  return ownMessage(error, error.parentSchema) ?? inheritedMessage(error.schemaPath, root);
}

/** Inherited messages by schema path, per schema: a schema never changes once compiled, and a release with problems meets the same paths again. */
const inheritedByRoot = new WeakMap<object, Map<string, string | undefined>>();

/** The message a schema above the keyword's own declares for everything inside it. */
function inheritedMessage(schemaPath: string, root: JsonSchema): string | undefined {
  if (typeof root !== 'object' || root === null) return messageAbove(schemaPath, root);
  let byPath = inheritedByRoot.get(root);
  if (!byPath) inheritedByRoot.set(root, (byPath = new Map()));
  if (!byPath.has(schemaPath)) byPath.set(schemaPath, messageAbove(schemaPath, root));
  return byPath.get(schemaPath);
}

function messageAbove(schemaPath: string, root: JsonSchema): string | undefined {
  const ancestors = ancestorsOf(schemaPath, root);
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const { node, rest } = ancestors[index];
    const declared = node.errorMessage;
    if (typeof declared === 'string') return declared;
    if (isNode(declared) && rest[0] === 'properties' && isNode(declared.properties)) {
      const forProperty = declared.properties[rest[1]];
      if (typeof forProperty === 'string') return forProperty;
    }
  }
  return undefined;
}

function ownMessage(error: ErrorObject, schema: unknown): string | undefined {
  if (!isNode(schema)) return undefined;
  const declared = schema.errorMessage;
  if (typeof declared === 'string') return declared;
  if (!isNode(declared)) return undefined;
  const forKeyword = declared[error.keyword];
  if (typeof forKeyword === 'string') return forKeyword;
  if (isNode(forKeyword) && error.keyword === 'required') {
    const field = forKeyword[String((error.params as { missingProperty?: unknown }).missingProperty)];
    if (typeof field === 'string') return field;
  }
  return typeof declared._ === 'string' ? declared._ : undefined;
}

/** The schemas above the keyword's own schema along a local schema path, each with the path segments below it. */
function ancestorsOf(schemaPath: string, root: JsonSchema): { node: Node; rest: string[] }[] {
  if (!schemaPath.startsWith('#')) return [];
  const segments = schemaPath.slice(1).split('/').filter(Boolean).map(decodeSegment);
  const found: { node: Node; rest: string[] }[] = [];
  let node: unknown = root;
  // After all but the last segment (the keyword) the walk reaches the keyword's own schema, which ownMessage reads.
  for (let index = 0; index < segments.length - 1 && node !== undefined; index++) {
    if (isNode(node)) found.push({ node, rest: segments.slice(index) });
    node = isNode(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segments[index]] : undefined;
  }
  return found;
}

function decodeSegment(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // A segment that is not percent-encoding stays as written.
  }
  return text.replace(/~1/g, '/').replace(/~0/g, '~');
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
