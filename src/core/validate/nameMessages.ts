/** propertyNames: a field whose name breaks the schema's rule for names, shown on that key. */
import type { ErrorObject } from 'ajv';
import type { DiagnosticCode } from '../diagnostics';
import { formatPath } from '../schema/navigate';
import type { SchemaPath } from '../schema/jsonSchema';
import { allowedInWords } from './describeValue';
import { formatInWords } from './formatWords';
import type { SchemaProblem } from './problemTypes';

/** What the rule for names asks, in words, and the code of that kind of rule. */
function ruleForNames(error: ErrorObject): { words: string; code: DiagnosticCode } {
  const params = error.params as Record<string, unknown>;
  const rule = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case 'pattern':
      return { words: typeof rule.patternDescription === 'string' ? `names here must be ${rule.patternDescription}` : `names here must match the pattern ${String(params.pattern)}`, code: 'pattern-mismatch' };
    case 'maxLength':
      return { words: `names here may be at most ${String(params.limit)} characters long`, code: 'too-long' };
    case 'minLength':
      return { words: `names here must be at least ${String(params.limit)} characters long`, code: 'too-short' };
    case 'enum':
      return { words: `names here must be ${allowedInWords((params.allowedValues as unknown[]) ?? [])}`, code: 'schema-rule' };
    case 'const':
      return { words: `the only name allowed here is ${allowedInWords([params.allowedValue])}`, code: 'schema-rule' };
    case 'format':
      return { words: `names here must be ${formatInWords(String(params.format))}`, code: 'schema-rule' };
    case 'false schema':
      return { words: 'no fields are allowed here', code: 'schema-rule' };
    default:
      return { words: `names here must follow the schema's "${error.keyword}" rule`, code: 'schema-rule' };
  }
}

export function nameProblem(parentPath: SchemaPath, name: string, rule: ErrorObject | undefined): SchemaProblem {
  const { words, code } = rule ? ruleForNames(rule) : { words: 'the schema does not allow this name', code: 'schema-rule' as const };
  const where = parentPath.length === 0 ? '' : ` in "${formatPath(parentPath)}"`;
  const message = `The field name "${name}"${where} is not allowed: ${words}`;
  return { anchor: 'key', draft: { code, path: [...parentPath, name], message } as SchemaProblem['draft'] };
}
