/** Messages for rules about a group of fields: required, unknown and forbidden fields, dependencies, counts. */
import { formatPath, propertiesOf, schemaAt } from '../schema/navigate';
import type { SchemaPath } from '../schema/jsonSchema';
import { closestMatch } from '../text/similarity';
import { plural } from '../text/plural';
import { atValue, limitOf, type MessageContext, type SchemaProblem, type Subject } from './problemTypes';

export function requiredProblem(subject: Subject): SchemaProblem {
  const field = String((subject.error.params as { missingProperty: string }).missingProperty);
  const condition = dependentCondition(subject.error.schemaPath);
  const name = formatPath([...subject.path, field]);
  const message = condition === undefined ? `Missing required field "${name}"` : `Missing field "${name}", which is required when "${formatPath([...subject.path, condition])}" is present`;
  return missingField(subject.path, field, message);
}

/** dependencies / dependentRequired: name the field that is missing and the one that needs it. */
export function dependencyProblem(subject: Subject): SchemaProblem {
  const { property, missingProperty } = subject.error.params as { property: string; missingProperty: string };
  const needed = formatPath([...subject.path, String(missingProperty)]);
  const needing = formatPath([...subject.path, String(property)]);
  return missingField(subject.path, String(missingProperty), `Missing field "${needed}", which is required when "${needing}" is present: add it, or remove "${needing}"`);
}

function missingField(parentPath: SchemaPath, field: string, message: string): SchemaProblem {
  return { anchor: 'parent-key', draft: { code: 'missing-field', path: parentPath, message, data: { field, parentPath } } };
}

/** The field a `dependentSchemas`/`dependencies` schema hangs on, when the error comes from one. */
function dependentCondition(schemaPath: string): string | undefined {
  const match = /\/(?:dependentSchemas|dependencies)\/([^/]+)\/[^/]+$/.exec(schemaPath);
  return match ? decodeURIComponent(match[1]).replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

/** additionalProperties: false and unevaluatedProperties: false: an unknown field, on its key, with a near miss. */
export function unknownFieldProblem(subject: Subject, context: MessageContext): SchemaProblem {
  const params = subject.error.params as { additionalProperty?: string; unevaluatedProperty?: string };
  const key = String(params.additionalProperty ?? params.unevaluatedProperty);
  const own = subject.rule.properties;
  const known = [
    ...new Set([
      ...(typeof own === 'object' && own !== null ? Object.keys(own) : []),
      ...Object.keys(propertiesOf(context.root, schemaAt(context.root, subject.path) ?? {})),
    ]),
  ];
  const path = [...subject.path, key];
  const data = { key, suggestion: undefined as string | undefined, known };
  const differsInCase = known.find((name) => name !== key && name.toLowerCase() === key.toLowerCase());
  if (differsInCase !== undefined && hasKey(subject.value, differsInCase)) {
    return { anchor: 'key', draft: { code: 'unknown-field', path, message: `"${key}" repeats "${differsInCase}" with different capitals: remove one`, data: { ...data, suggestion: differsInCase } } };
  }
  const suggestion = differsInCase ?? closestMatch(key, known);
  if (suggestion) return { anchor: 'key', draft: { code: 'unknown-field', path, message: `Unknown field "${key}"; did you mean "${suggestion}"?`, data: { ...data, suggestion } } };
  const where = subject.path.length === 0 ? context.schemaName : `"${formatPath(subject.path)}"`;
  const patterns = Object.keys((subject.rule.patternProperties as object | undefined) ?? {});
  const named = patterns.length === 0 ? '' : ` (other fields here need a name matching ${patterns.join(' or ')})`;
  return { anchor: 'key', draft: { code: 'unknown-field', path, message: `Unknown field "${key}": ${where} has no such field${named}`, data } };
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);
}

export function propertyCountProblem(subject: Subject): SchemaProblem {
  const limit = limitOf(subject.error);
  const count = typeof subject.value === 'object' && subject.value !== null ? Object.keys(subject.value).length : 0;
  const bound = subject.error.keyword === 'minProperties' ? 'at least' : 'at most';
  const subjectWords = subject.path.length === 0 ? 'The front matter' : `"${subject.label}"`;
  const rule = limit === 0 && bound === 'at most' ? 'must have no fields' : `must have ${bound} ${plural(limit, 'field')}`;
  return atValue(subject, { code: 'schema-rule', message: `${subjectWords} ${rule}; it has ${count}` });
}

/** A `false` schema: nothing is allowed there. A field is shown on its key, as something to remove. */
export function forbiddenProblem(subject: Subject, context: MessageContext): SchemaProblem {
  const last = subject.path[subject.path.length - 1];
  if (typeof last === 'string') {
    return { anchor: 'key', draft: { code: 'schema-rule', path: subject.path, message: `The field "${subject.label}" is not allowed here: ${context.schemaName} rules it out, so remove it` } };
  }
  if (subject.path.length === 0) return atValue(subject, { code: 'schema-rule', message: `${context.schemaName} allows no front matter at all` });
  return atValue(subject, { code: 'schema-rule', message: `${subject.label} is not allowed here: ${context.schemaName} rules it out, so remove it` });
}
