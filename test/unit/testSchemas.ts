/** Compiles a schema written inline in a test; a schema the test got wrong fails loudly, with ajv's reason. */
import { compileSchema, type CompiledSchema } from '../../src/core';

export function schemaOf(json: unknown): CompiledSchema {
  const result = compileSchema(json, 'test schema');
  if (!result.ok) throw new Error(result.problem);
  return result.schema;
}
