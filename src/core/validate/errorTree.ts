/**
 * ajv reports a composite rule (anyOf, oneOf, contains, propertyNames) as the errors of its parts followed
 * by one summary error. This puts the parts under their summary, so each can be explained as a whole.
 */
import type { ErrorObject } from 'ajv';

export interface ErrorNode {
  readonly error: ErrorObject;
  /** The errors of the rule's parts (branches, entries, names), grouped the same way. */
  readonly children: readonly ErrorNode[];
}

const COMPOSITES = new Set(['anyOf', 'oneOf', 'contains', 'propertyNames']);
/** Keywords that hold schemas without applying them: errors reached through a `$ref` may point into them. */
const NOT_APPLIED = new Set(['definitions', '$defs']);

export function errorForest(errors: readonly ErrorObject[]): ErrorNode[] {
  const nodes: ErrorNode[] = [];
  let end = errors.length;
  while (end > 0) {
    const error = errors[end - 1];
    let start = end - 1;
    if (COMPOSITES.has(error.keyword)) while (start > 0 && isPartOf(errors[start - 1], error)) start--;
    nodes.unshift({ error, children: errorForest(errors.slice(start, end - 1)) });
    end = start;
  }
  return nodes;
}

/** Whether `error` (reported just before `summary`) comes from inside the summary's rule. */
function isPartOf(error: ErrorObject, summary: ErrorObject): boolean {
  const within = error.instancePath === summary.instancePath || error.instancePath.startsWith(`${summary.instancePath}/`);
  if (!within) return false;
  if (summary.keyword === 'propertyNames' && error.propertyName === undefined) return false;
  if (error.schemaPath.startsWith(`${summary.schemaPath}/`)) return true;
  // Reached through a `$ref` its schema path names the target, so it counts unless a sibling rule owns it.
  const owner = summary.schemaPath.slice(0, summary.schemaPath.lastIndexOf('/'));
  const siblings = Object.keys((summary.parentSchema as object | undefined) ?? {}).filter((key) => key !== summary.keyword && !NOT_APPLIED.has(key));
  return !siblings.some((key) => error.schemaPath === `${owner}/${key}` || error.schemaPath.startsWith(`${owner}/${key}/`));
}

/** Every error under a node, the node's own last. */
export function flatten(node: ErrorNode): ErrorObject[] {
  return [...node.children.flatMap(flatten), node.error];
}
