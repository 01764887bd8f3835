/**
 * Compiles a JSON Schema (any draft from 04 to 2020-12, with the other documents it references) once
 * with ajv, and keeps the raw schema beside it for messages, hover and completion. A broken schema yields
 * one clear problem, never an exception.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { BUILT_IN_SCHEMA_JSON, BUILT_IN_SCHEMA_NAME, builtInRules } from './builtInSource';
import { ajvFor, draftOf, type Draft, type DraftRules } from './drafts';
import { fieldRolesOf, type FieldRoles } from './fieldRoles';
import type { JsonSchema } from './jsonSchema';
import { generatedBuiltInValidator } from './generatedValidator';
import { compileTrusted, forAjv } from './prepareForAjv';
import { indexSchemaSet } from './schemaIndex';
import { parseSchemaJson } from './schemaJson';
import { isSchemaObject, withoutFragment, type SchemaNode } from './subschemas';

export interface CompiledSchema {
  readonly json: JsonSchema;
  /** Where the schema came from, for messages: "built-in" or the file's path. */
  readonly sourceName: string;
  /** The draft it is checked by (its `$schema`; draft-07 when it names none). */
  readonly draft: Draft;
  /** Which field plays which part (headline, area, publish date...), read once from the schema. */
  readonly roles: FieldRoles;
  /** Things to tell the user once, e.g. a remote reference that was not fetched. */
  readonly notes: readonly string[];
  check(data: unknown): readonly ErrorObject[];
}

export type SchemaLoadResult =
  | { readonly ok: true; readonly schema: CompiledSchema }
  | { readonly ok: false; readonly problem: string };

/** Another schema document a schema may reference, by the absolute URI references resolve to. */
export interface SchemaDocument {
  readonly uri: string;
  readonly json: unknown;
  /** Other URIs that name the same document (where it was read from, the address it stands for). */
  readonly aliases?: readonly string[];
}

export interface SchemaSetOptions {
  /** The main schema's own URI (its file's), which relative references resolve against when it has no `$id`. */
  readonly uri?: string;
  readonly others?: readonly SchemaDocument[];
  readonly notes?: readonly string[];
}

/** Compiled schemas by (draft, name, documents' text): the same schema is never compiled twice. */
const cache = new Map<string, SchemaLoadResult>();
const CACHE_LIMIT = 64;

export function compileSchema(json: unknown, sourceName: string, options: SchemaSetOptions = {}): SchemaLoadResult {
  if (typeof json !== 'boolean' && !isSchemaObject(json)) {
    return { ok: false, problem: `${sourceName} is not a JSON Schema: it must be a JSON object (or true or false)` };
  }
  const draft = draftOf(isSchemaObject(json) ? json.$schema : undefined, sourceName);
  if (!draft.ok) return draft;
  const key = JSON.stringify([draft.rules.draft, sourceName, options.uri ?? '', json, options.others ?? [], options.notes ?? []]);
  const cached = cache.get(key);
  if (cached) return cached;
  const result = compileUncached(json, sourceName, draft.rules, options);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/**
 * The validator of a schema set, or why it cannot be built. `trusted` (the shipped schema, which a test
 * checks against its meta-schema) skips checking the schema against its meta-schema: compiling the
 * meta-schema costs more than compiling the schema, in every process and thread that checks a release.
 */
function buildValidator(json: SchemaNode | boolean, sourceName: string, rules: DraftRules, options: SchemaSetOptions, trusted = false): ValidateFunction | { readonly problem: string } {
  const ajv = ajvFor(rules.draft);
  try {
    for (const document of options.others ?? []) addDocument(ajv, document, rules);
    const prepared = forAjv(json, rules, options.uri) as SchemaNode | boolean;
    return trusted ? compileTrusted(ajv, prepared) : ajv.compile(prepared);
  } catch (error) {
    return { problem: compileProblem(sourceName, error) };
  } finally {
    ajv.removeSchema(); // the shared instance keeps only the meta-schemas and formats
  }
}

/**
 * `deferred` is for a schema known to compile (the shipped one): it makes the validator the first time a
 * release is checked, so a command that only reads the schema's fields (convert) never pays for it.
 */
function compileUncached(json: SchemaNode | boolean, sourceName: string, rules: DraftRules, options: SchemaSetOptions, deferred?: () => ValidateFunction): SchemaLoadResult {
  let built: ValidateFunction | undefined;
  if (!deferred) {
    const result = buildValidator(json, sourceName, rules, options);
    if (!(result instanceof Function)) return { ok: false, problem: result.problem };
    built = result;
  }
  const validatorOf = (): ValidateFunction => (built ??= deferred!());
  const root: JsonSchema = isSchemaObject(json) ? (json as JsonSchema) : json ? {} : { not: {} };
  indexSchemaSet([
    { uri: options.uri ?? '', json, rules },
    ...(options.others ?? []).map((document) => ({ uri: document.uri, json: document.json, rules: documentRules(document.json, rules) })),
  ]);
  const schema: CompiledSchema = {
    json: root,
    sourceName,
    draft: rules.draft,
    roles: fieldRolesOf(root),
    notes: options.notes ?? [],
    check(data) {
      const validate = validatorOf();
      try {
        return validate(data) ? [] : (validate.errors ?? []);
      } catch {
        return [UNFINISHED_CHECK]; // ajv can recurse without end on some dynamic references: never crash
      }
    },
  };
  return { ok: true, schema };
}

/** The error reported when ajv itself fails while checking (keyword `pressroomUnfinished`). */
export const UNFINISHED_CHECK: ErrorObject = {
  instancePath: '',
  schemaPath: '#',
  keyword: 'pressroomUnfinished',
  params: {},
  message: 'could not be checked to the end: the schema refers to itself without end',
};

type Ajv = ReturnType<typeof ajvFor>;

function addDocument(ajv: Ajv, document: SchemaDocument, mainRules: DraftRules): void {
  const rules = documentRules(document.json, mainRules);
  const ownId = isSchemaObject(document.json) && typeof document.json[rules.idKey] === 'string' ? withoutFragment(document.json[rules.idKey] as string) : undefined;
  const keys = [...new Set([document.uri, ...(document.aliases ?? [])].map(withoutFragment))].filter((key) => key !== ownId);
  const prepared = forAjv(document.json, rules, undefined) as SchemaNode | boolean;
  // A document written for another draft is not checked against this draft's meta-schema.
  const sameDraft = rules.draft === mainRules.draft;
  if (keys.length === 0) ajv.addSchema(prepared, undefined, undefined, sameDraft);
  for (const key of keys) ajv.addSchema(prepared, key, undefined, sameDraft);
}

function documentRules(json: unknown, mainRules: DraftRules): DraftRules {
  if (!isSchemaObject(json) || json.$schema === undefined) return mainRules;
  const own = draftOf(json.$schema, '');
  return own.ok ? own.rules : mainRules;
}

function compileProblem(sourceName: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const missing = /^can't resolve reference (\S+) from id (\S*)$/.exec(reason);
  if (missing) return `${sourceName} refers to ${missing[1]}, which Pressroom could not find: check the file name and the path after "#"`;
  return `${sourceName} is not a valid JSON Schema: ${reason}`;
}

/** Parses and compiles a schema file's text. */
export function loadSchemaText(text: string, sourceName: string, options: SchemaSetOptions = {}): SchemaLoadResult {
  const parsed = parseSchemaJson(text, sourceName);
  return parsed.ok ? compileSchema(parsed.json, sourceName, options) : parsed;
}

let builtIn: CompiledSchema | undefined;

export function builtInSchema(): CompiledSchema {
  if (!builtIn) {
    const rules = builtInRules();
    const result = compileUncached(BUILT_IN_SCHEMA_JSON, BUILT_IN_SCHEMA_NAME, rules, {}, () => shippedSchemaValidator(BUILT_IN_SCHEMA_JSON, rules));
    if (!result.ok) throw new Error(result.problem); // a bug in the shipped schema, caught by the tests
    builtIn = result.schema;
  }
  return builtIn;
}

/** The validator generated at build time, or, when the shipped schema `json` has changed since, one compiled now. */
export function shippedSchemaValidator(json: SchemaNode, rules: DraftRules): ValidateFunction {
  const generated = generatedBuiltInValidator(forAjv(json, rules, undefined));
  if (generated) return generated;
  const compiled = buildValidator(json, BUILT_IN_SCHEMA_NAME, rules, {}, true);
  if (!(compiled instanceof Function)) throw new Error(compiled.problem); // a fault in the shipped schema, caught by the tests
  return compiled;
}
