/**
 * What hover, completion and messages need to follow a `$ref` the way ajv does: for every schema object
 * of a compiled set, the document it belongs to and the base URI in force there, and every document,
 * `$id` and anchor by absolute URI. Kept beside the objects (a WeakMap), so the navigation functions keep
 * their simple `(root, schema)` signature and a schema nobody holds is forgotten.
 */
import { decodePointerSegment } from './pointer';
import { fragmentOf, isSchemaObject, resolveUri, walkSchemas, withoutFragment, type IdRules, type SchemaNode } from './subschemas';

interface SetIndex {
  /** Absolute URI (no fragment) → the schema object with that identity (a document or an `$id`). */
  readonly resources: Map<string, SchemaNode>;
  /** Absolute URI with a plain-name fragment (`…#foo`) → its schema (`$anchor`, or draft 6/7's `$id: "#foo"`). */
  readonly anchors: Map<string, SchemaNode>;
}

interface NodeContext {
  readonly base: string;
  readonly set: SetIndex;
}

const contexts = new WeakMap<object, NodeContext>();

export interface IndexedDocument {
  readonly uri: string;
  readonly json: unknown;
  readonly rules: IdRules;
}

/** Records a set of documents (the main schema first) for `followReference`. */
export function indexSchemaSet(documents: readonly IndexedDocument[]): void {
  const set: SetIndex = { resources: new Map(), anchors: new Map() };
  for (const { uri, json, rules } of documents) {
    if (!isSchemaObject(json)) continue;
    if (uri) set.resources.set(withoutFragment(uri), json);
    walkSchemas(json, uri, rules, (node, base, ownsId) => {
      contexts.set(node, { base, set });
      const id = node[rules.idKey] as string;
      if (ownsId && fragmentOf(id) !== '') set.anchors.set(resolveUri(base, id) ?? id, node);
      else if (ownsId) set.resources.set(withoutFragment(base), node);
      if (typeof node.$anchor === 'string') set.anchors.set(`${withoutFragment(base)}#${node.$anchor}`, node);
    });
  }
}

/**
 * The schema a `$ref` written in `from` names, or undefined when it cannot be found. `root` is the
 * main schema, used for plain `#/…` pointers in schemas that were never indexed (built by hand in tests).
 */
export function followReference(root: unknown, from: unknown, ref: string): unknown {
  const context = isSchemaObject(from) ? contexts.get(from) : undefined;
  if (!context) return ref.startsWith('#') ? lookupPointer(root, ref.slice(1)) : undefined;
  const target = resolveUri(context.base, ref) ?? ref;
  const fragment = fragmentOf(target);
  const resource = context.set.resources.get(withoutFragment(target)) ?? (withoutFragment(target) === '' ? root : undefined);
  if (fragment === '' || fragment.startsWith('/')) return resource === undefined ? undefined : lookupPointer(resource, fragment);
  return context.set.anchors.get(target);
}

function lookupPointer(document: unknown, pointer: string): unknown {
  const segments = pointer.split('/').slice(1).map((segment) => decodePointerSegment(safeDecode(segment)));
  let node: unknown = document;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
