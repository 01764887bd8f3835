/**
 * A schema as ajv should be given it, and the compile of a schema known to be valid. Shared by the run-time
 * compile (compile.ts) and the build-time generator of the shipped schema's validator, so both see one schema.
 */
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { DraftRules } from './drafts';
import { isSchemaObject, mapSchemas, type SchemaNode } from './subschemas';

/**
 * The schema as ajv should see it: its own URI as `$id` when it has none (so relative references find
 * files beside it), and, for drafts up to 7, nothing beside a `$ref` (those drafts ignore it; ajv 8 does not).
 */
export function forAjv(json: unknown, rules: DraftRules, uri: string | undefined): unknown {
  let prepared = mapSchemas(json, (node) => withoutEmptyEnum(rules.refIgnoresSiblings ? onlyTheRef(node) : node));
  if (uri && isSchemaObject(prepared) && prepared[rules.idKey] === undefined) {
    prepared = { ...prepared, [rules.idKey]: uri };
  }
  return prepared;
}

/** `definitions` stay: pointers may reach through them; every other keyword beside `$ref` is dropped. */
function onlyTheRef(node: SchemaNode): SchemaNode {
  if (typeof node.$ref !== 'string') return node;
  const kept: SchemaNode = { $ref: node.$ref };
  if (node.definitions !== undefined) kept.definitions = node.definitions;
  if (node.$schema !== undefined) kept.$schema = node.$schema;
  return kept;
}

/** `enum: []` allows nothing (ajv refuses to compile it): the same as a `false` schema beside the other keywords. */
function withoutEmptyEnum(node: SchemaNode): SchemaNode {
  if (!Array.isArray(node.enum) || node.enum.length > 0) return node;
  const rest = { ...node };
  delete rest.enum;
  return { ...rest, allOf: [...(Array.isArray(rest.allOf) ? rest.allOf : []), false] };
}

const TRUSTED_KEY = 'pressroom:trusted-schema';

/**
 * The validator of a prepared schema that is known to be valid (the shipped one, which a test checks against
 * its meta-schema), without checking it against its meta-schema: compiling the meta-schema costs more than
 * compiling the schema. The caller removes it from `ajv` when `ajv` is shared.
 */
export function compileTrusted(ajv: Ajv, prepared: SchemaNode | boolean): ValidateFunction {
  ajv.addSchema(prepared, TRUSTED_KEY, undefined, false);
  return ajv.getSchema(TRUSTED_KEY)!;
}
