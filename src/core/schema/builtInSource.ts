/** The shipped press release schema, and the same schema prepared for ajv (what its generated validator is made from). */
import builtInSchemaJson from '../../../schemas/press-release.schema.json';
import { draftOf, type DraftRules } from './drafts';
import { forAjv } from './prepareForAjv';
import type { SchemaNode } from './subschemas';

export const BUILT_IN_SCHEMA_NAME = 'built-in press release schema';

export const BUILT_IN_SCHEMA_JSON = builtInSchemaJson as SchemaNode;

/** The shipped schema's draft rules; a schema naming a draft Pressroom cannot check is a bug, caught by the tests. */
export function builtInRules(): DraftRules {
  const draft = draftOf(BUILT_IN_SCHEMA_JSON.$schema, BUILT_IN_SCHEMA_NAME);
  if (!draft.ok) throw new Error(draft.problem);
  return draft.rules;
}

/** The shipped schema exactly as the run-time compile gives it to ajv. */
export function builtInSchemaForAjv(rules: DraftRules = builtInRules()): SchemaNode | boolean {
  return forAjv(BUILT_IN_SCHEMA_JSON, rules, undefined) as SchemaNode | boolean;
}
