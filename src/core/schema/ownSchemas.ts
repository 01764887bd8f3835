/**
 * Validators of Pressroom's own schemas: the project configuration's and each rule's options. They are
 * generated at build time (generated/ownValidators.ts, by scripts/generateSchemaValidator.ts), so no
 * process compiles them: the configuration's compile cost 43-56 ms in a fresh process, ajv's meta-schema
 * with it. A schema that is not among them (an edit not yet regenerated) is compiled with the same options.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { OWN_SCHEMA_OPTIONS } from './drafts';
import { OWN_VALIDATORS } from './generated/ownValidators';

const validators = new WeakMap<object, ValidateFunction>();
let generated: ReadonlyMap<string, ValidateFunction> | undefined;
let ajv: Ajv | undefined;

export function ownSchemaValidator(schema: object): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    generated ??= new Map(OWN_VALIDATORS.map((own) => [JSON.stringify(own.schema), own.validate as unknown as ValidateFunction]));
    validate = generated.get(JSON.stringify(schema)) ?? (ajv ??= new Ajv(OWN_SCHEMA_OPTIONS)).compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}
