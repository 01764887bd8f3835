/**
 * Turns ajv's errors into messages a press officer understands, each with a stable code and the path
 * of the value concerned. Ranges are found later, from the parsed YAML.
 */
import type { ErrorObject } from 'ajv';
import { datePartOf, parsePressDate, PRESS_DATE_EXAMPLE, PRESS_DATE_FORMAT, PRESS_DATE_PATTERN_TEXT } from '../dates/pressDate';
import type { JsonSchema, SchemaPath } from '../schema/jsonSchema';
import { decodePointerSegment, formatPath, propertiesOf, requiredOf, schemaAt } from '../schema/navigate';
import { closestMatch } from '../text/similarity';
import type { DiagnosticCode, Severity } from '../types';
import { quoteValue, typeInWords, typeOfValue } from './describeValue';

export type Anchor = 'key' | 'value' | 'parent-key';

export interface SchemaProblem {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly path: SchemaPath;
  readonly anchor: Anchor;
  readonly data?: Record<string, unknown>;
}

/** '/contacts/0/phone' → ['contacts', 0, 'phone'], decoding JSON Pointer escapes. */
export function pathOfPointer(pointer: string, data: unknown): SchemaPath {
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = decodePointerSegment(raw);
    const key: string | number = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key as string] : undefined;
  }
  return path;
}

const FORMAT_WORDS: Record<string, string> = {
  uri: 'a full web address like https://www.example.org/news/',
  'uri-reference': 'a web address',
  url: 'a full web address like https://www.example.org/news/',
  email: 'an email address like press.office@example.org',
  date: 'a date like 2020-03-18',
  'date-time': 'a date and time like 2020-03-18T16:55:00Z',
  time: 'a time like 16:55:00',
};

function pressDateMessage(label: string, value: unknown): string {
  const head = `${label} must be a time and date like ${PRESS_DATE_EXAMPLE} (${PRESS_DATE_PATTERN_TEXT})`;
  if (typeof value !== 'string') return head;
  const parsed = parsePressDate(value);
  if (parsed.ok) return head;
  if (parsed.reason === 'date') return `${head}; ${datePartOf(value)} is not a real date`;
  if (parsed.reason === 'time') return `${head}; ${value.split(' ')[0]} is not a real time`;
  return `${head}; ${quoteValue(value)} is not in that form`;
}

/** Converts one ajv error, or returns undefined for errors that only echo another (anyOf summaries). */
export function problemOf(error: ErrorObject, root: JsonSchema, data: unknown, sourceText: (path: SchemaPath) => string | undefined): SchemaProblem | undefined {
  const path = pathOfPointer(error.instancePath, data);
  const label = path.length === 0 ? 'The front matter' : formatPath(path);
  const value = error.data;
  const here = { path, severity: 'error' as Severity };
  const ruleSchema = (error.parentSchema ?? {}) as JsonSchema;

  switch (error.keyword) {
    case 'required': {
      const field = String((error.params as { missingProperty: string }).missingProperty);
      const fullName = formatPath([...path, field]);
      return { ...here, code: 'missing-field', anchor: 'parent-key', message: `Missing required field "${fullName}"`, data: { field, parentPath: path } };
    }
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(propertiesOf(root, schemaAt(root, path) ?? {}));
      const suggestion = closestMatch(key, known);
      const where = path.length === 0 ? 'the press release schema' : `"${formatPath(path)}"`;
      const message = suggestion
        ? `Unknown field "${key}"; did you mean "${suggestion}"?`
        : `Unknown field "${key}": ${where} has no such field`;
      return { path: [...path, key], severity: 'warning', code: 'unknown-field', anchor: 'key', message, data: { key, suggestion, known } };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type).split(',');
      const actual = typeOfValue(value);
      const source = sourceText(path);
      const children = requiredOf(root, schemaAt(root, path) ?? {});
      if (expected.includes('object') && actual === 'null' && children.length > 0) {
        return { ...here, code: 'wrong-type', anchor: 'value', message: `${label} is empty: add its ${children.join(', ')}`, data: { expected, actual } };
      }
      let message = `${label} must be ${expected.map(typeInWords).join(' or ')}, not ${typeInWords(actual)}`;
      if (expected.includes('string') && actual === 'number' && source && /^[+]?0\d/.test(source)) {
        message += `; put it in quotes ("${source}") so the leading zero is kept`;
      }
      return { ...here, code: 'wrong-type', anchor: 'value', message, data: { expected, actual } };
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      return { ...here, code: 'not-allowed-value', anchor: 'value', message: `${label} must be one of ${allowed.join(', ')}; ${quoteValue(value)} is not`, data: { allowed } };
    }
    case 'const':
      return { ...here, code: 'not-allowed-value', anchor: 'value', message: `${label} must be ${quoteValue(ruleSchema.const)}`, data: { allowed: [ruleSchema.const] } };
    case 'format': {
      const format = String((error.params as { format: string }).format);
      if (format === PRESS_DATE_FORMAT) {
        return { ...here, code: 'invalid-date', anchor: 'value', message: pressDateMessage(label, value), data: { value } };
      }
      const words = FORMAT_WORDS[format] ?? `in the "${format}" format`;
      return { ...here, code: 'invalid-format', anchor: 'value', message: `${label} must be ${words}; ${quoteValue(value)} is not`, data: { format } };
    }
    case 'pattern': {
      const hint = ruleSchema.patternDescription;
      const message = hint
        ? `${label} must be ${hint}; ${quoteValue(value)} is not`
        : `${label} must match the pattern ${String((error.params as { pattern: string }).pattern)}; ${quoteValue(value)} does not`;
      return { ...here, code: 'pattern-mismatch', anchor: 'value', message };
    }
    case 'minLength': {
      const limit = Number((error.params as { limit: number }).limit);
      const message = limit <= 1 ? `${label} must not be empty` : `${label} must be at least ${limit} characters long`;
      return { ...here, code: 'too-short', anchor: 'value', message };
    }
    case 'maxLength': {
      const limit = Number((error.params as { limit: number }).limit);
      const length = typeof value === 'string' ? value.length : 0;
      return { ...here, code: 'too-long', anchor: 'value', message: `${label} is too long: ${length} characters, the limit is ${limit}` };
    }
    case 'minItems': {
      const limit = Number((error.params as { limit: number }).limit);
      const message = limit <= 1 ? `${label} must not be an empty list` : `${label} must list at least ${limit} entries`;
      return { ...here, code: 'too-short', anchor: 'value', message };
    }
    case 'maxItems':
      return { ...here, code: 'too-long', anchor: 'value', message: `${label} lists too many entries (at most ${Number((error.params as { limit: number }).limit)})` };
    case 'anyOf':
    case 'oneOf':
    case 'if':
      // Their branches report the specific problems; the summary would only repeat them.
      return undefined;
    default:
      return { ...here, code: 'schema-rule', anchor: 'value', message: `${label} ${error.message ?? 'does not follow the schema'}` };
  }
}
