/**
 * Turns ajv's errors into messages a press officer understands, each with a stable code and the path
 * of the value concerned. Ranges are found later, from the parsed YAML.
 */
import type { ErrorObject } from 'ajv';
import { datePartOf, parsePressDate, PRESS_DATE_EXAMPLE, PRESS_DATE_FORMAT, PRESS_DATE_PATTERN_TEXT } from '../dates/pressDate';
import type { JsonSchema, SchemaPath } from '../schema/jsonSchema';
import { decodePointerSegment, formatPath, propertiesOf, requiredOf, schemaAt } from '../schema/navigate';
import { closestMatch } from '../text/similarity';
import type { DiagnosticDraft } from '../diagnostics';
import { quoteValue, typeInWords, typeOfValue } from './describeValue';

export type Anchor = 'key' | 'value' | 'parent-key';

/** A schema diagnostic before its range is known: where it belongs (`anchor`) and what it says. */
export interface SchemaProblem {
  readonly anchor: Anchor;
  readonly draft: DiagnosticDraft & { readonly path: SchemaPath };
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
  const atValue = (draft: DiagnosticDraft): SchemaProblem => ({ anchor: 'value', draft: { ...draft, path } });
  const ruleSchema = (error.parentSchema ?? {}) as JsonSchema;

  switch (error.keyword) {
    case 'required': {
      const field = String((error.params as { missingProperty: string }).missingProperty);
      const fullName = formatPath([...path, field]);
      return { anchor: 'parent-key', draft: { code: 'missing-field', path, message: `Missing required field "${fullName}"`, data: { field, parentPath: path } } };
    }
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(propertiesOf(root, schemaAt(root, path) ?? {}));
      const suggestion = closestMatch(key, known);
      const where = path.length === 0 ? 'the press release schema' : `"${formatPath(path)}"`;
      const message = suggestion
        ? `Unknown field "${key}"; did you mean "${suggestion}"?`
        : `Unknown field "${key}": ${where} has no such field`;
      return { anchor: 'key', draft: { code: 'unknown-field', path: [...path, key], message, data: { key, suggestion, known } } };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type).split(',');
      const actual = typeOfValue(value);
      const source = sourceText(path);
      const children = requiredOf(root, schemaAt(root, path) ?? {});
      if (expected.includes('object') && actual === 'null' && children.length > 0) {
        return atValue({ code: 'wrong-type', message: `${label} is empty: add its ${children.join(', ')}`, data: { expected, actual } });
      }
      let message = `${label} must be ${expected.map(typeInWords).join(' or ')}, not ${typeInWords(actual)}`;
      if (expected.includes('string') && actual === 'number' && source && /^[+]?0\d/.test(source)) {
        message += `; put it in quotes ("${source}") so the leading zero is kept`;
      }
      return atValue({ code: 'wrong-type', message, data: { expected, actual, ...(source === undefined ? {} : { source }) } });
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues ?? [];
      return atValue({ code: 'not-allowed-value', message: `${label} must be one of ${allowed.map(String).join(', ')}; ${quoteValue(value)} is not`, data: { allowed } });
    }
    case 'const':
      return atValue({ code: 'not-allowed-value', message: `${label} must be ${quoteValue(ruleSchema.const)}`, data: { allowed: [ruleSchema.const] } });
    case 'format': {
      const format = String((error.params as { format: string }).format);
      if (format === PRESS_DATE_FORMAT) {
        return atValue({ code: 'invalid-date', message: pressDateMessage(label, value), data: { value: String(value) } });
      }
      const words = FORMAT_WORDS[format] ?? `in the "${format}" format`;
      return atValue({ code: 'invalid-format', message: `${label} must be ${words}; ${quoteValue(value)} is not`, data: { format } });
    }
    case 'pattern': {
      const hint = ruleSchema.patternDescription;
      const message = hint
        ? `${label} must be ${hint}; ${quoteValue(value)} is not`
        : `${label} must match the pattern ${String((error.params as { pattern: string }).pattern)}; ${quoteValue(value)} does not`;
      return atValue({ code: 'pattern-mismatch', message });
    }
    case 'minLength': {
      const limit = Number((error.params as { limit: number }).limit);
      const message = limit <= 1 ? `${label} must not be empty` : `${label} must be at least ${limit} characters long`;
      return atValue({ code: 'too-short', message });
    }
    case 'maxLength': {
      const limit = Number((error.params as { limit: number }).limit);
      const length = typeof value === 'string' ? value.length : 0;
      return atValue({ code: 'too-long', message: `${label} is too long: ${length} characters, the limit is ${limit}` });
    }
    case 'minItems': {
      const limit = Number((error.params as { limit: number }).limit);
      const message = limit <= 1 ? `${label} must not be an empty list` : `${label} must list at least ${limit} entries`;
      return atValue({ code: 'too-short', message });
    }
    case 'maxItems':
      return atValue({ code: 'too-long', message: `${label} lists too many entries (at most ${Number((error.params as { limit: number }).limit)})` });
    case 'anyOf':
    case 'oneOf':
    case 'if':
      // Their branches report the specific problems; the summary would only repeat them.
      return undefined;
    default:
      return atValue({ code: 'schema-rule', message: `${label} ${error.message ?? 'does not follow the schema'}` });
  }
}
