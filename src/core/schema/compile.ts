/**
 * Compiles a JSON Schema once with ajv and keeps the raw schema beside it for messages, hover and
 * completion. A broken schema yields one clear problem, never an exception.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import builtInSchemaJson from '../../../schemas/press-release.schema.json';
import { isPressDate, PRESS_DATE_FORMAT } from '../dates/pressDate';
import { withoutBom } from '../text/bom';
import { fieldRolesOf, type FieldRoles } from './fieldRoles';
import type { JsonSchema } from './jsonSchema';

export interface CompiledSchema {
  readonly json: JsonSchema;
  /** Where the schema came from, for messages: "built-in" or the file's path. */
  readonly sourceName: string;
  /** Which field plays which part (headline, area, publish date...), read once from the schema. */
  readonly roles: FieldRoles;
  check(data: unknown): readonly ErrorObject[];
}

export type SchemaLoadResult =
  | { readonly ok: true; readonly schema: CompiledSchema }
  | { readonly ok: false; readonly problem: string };

export const BUILT_IN_SCHEMA_NAME = 'built-in press release schema';

function createAjv(): Ajv {
  // strict: false lets custom schemas carry editor annotations (markdownDescription and the like).
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: true });
  addFormats(ajv);
  ajv.addFormat(PRESS_DATE_FORMAT, { type: 'string', validate: isPressDate });
  return ajv;
}

export function compileSchema(json: unknown, sourceName: string): SchemaLoadResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: `${sourceName} is not a JSON Schema: it must be a JSON object` };
  }
  let validate: ValidateFunction;
  try {
    validate = createAjv().compile(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `${sourceName} is not a valid JSON Schema: ${reason}` };
  }
  const schema: CompiledSchema = {
    json: json as JsonSchema,
    sourceName,
    roles: fieldRolesOf(json as JsonSchema),
    check(data) {
      return validate(data) ? [] : (validate.errors ?? []);
    },
  };
  return { ok: true, schema };
}

/** Parses and compiles a schema file's text. */
export function loadSchemaText(text: string, sourceName: string): SchemaLoadResult {
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `${sourceName} is not valid JSON: ${reason}` };
  }
  return compileSchema(json, sourceName);
}

let builtIn: CompiledSchema | undefined;

export function builtInSchema(): CompiledSchema {
  if (!builtIn) {
    const result = compileSchema(builtInSchemaJson, BUILT_IN_SCHEMA_NAME);
    if (!result.ok) throw new Error(result.problem); // a bug in the shipped schema, caught by the tests
    builtIn = result.schema;
  }
  return builtIn;
}
