/** The shipped schema's validator, generated at build time by scripts/generateSchemaValidator.ts. */
import type { ValidateFunction } from 'ajv';
import { GENERATED_FROM, validate } from './generated/pressReleaseValidator';

/**
 * The generated validator when `prepared` (the shipped schema as ajv is given it) is the schema it was
 * generated from; undefined when it is not (an edit not yet regenerated), and the caller compiles it then.
 */
export function generatedBuiltInValidator(prepared: unknown): ValidateFunction | undefined {
  return JSON.stringify(prepared) === JSON.stringify(GENERATED_FROM) ? (validate as unknown as ValidateFunction) : undefined;
}
