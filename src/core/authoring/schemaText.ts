/**
 * Reads what the schema says about a field for people (documentation) and for typing (snippets with
 * placeholders for required children, choices for enums and booleans, a date for press dates).
 */
import { formatPressDate, partsOfDate, PRESS_DATE_FORMAT, PRESS_DATE_PATTERN_TEXT } from '../dates/pressDate';
import type { JsonSchema } from '../schema/jsonSchema';
import { typeOfValue } from '../validate/describeValue';
import { propertiesOf, requiredOf, resolveRef } from '../schema/navigate';
import type { Eol } from '../text/eol';
import { yamlKey, yamlValue } from '../yaml';
import { escapeSnippet, spaces } from './textTools';

export function typesOf(root: JsonSchema, schema: JsonSchema): string[] {
  const resolved = resolveRef(root, schema);
  if (resolved.type !== undefined) return typeof resolved.type === 'string' ? [resolved.type] : [...resolved.type];
  if (resolved.properties || resolved.allOf?.some((part) => resolveRef(root, part).properties)) return ['object'];
  if (resolved.items) return ['array'];
  if (resolved.enum) return [...new Set(resolved.enum.map((value) => (value === null ? 'null' : typeof value)))];
  return [];
}

/**
 * Whether a value has one of the types the schema declares (any, where it declares none): what a
 * fix that moves the value under another field checks, so that the move does not make a new error.
 */
export function fitsDeclaredType(root: JsonSchema, schema: JsonSchema, value: unknown): boolean {
  const types = typesOf(root, schema);
  if (types.length === 0) return true;
  const type = typeOfValue(value);
  if (types.includes(type)) return true;
  return type === 'number' && types.includes('integer') && Number.isInteger(value);
}

export const isObjectSchema = (root: JsonSchema, schema: JsonSchema): boolean => typesOf(root, schema).includes('object');
export const isArraySchema = (root: JsonSchema, schema: JsonSchema): boolean => typesOf(root, schema).includes('array');

export function itemsOf(root: JsonSchema, schema: JsonSchema): JsonSchema | undefined {
  const items = resolveRef(root, schema).items;
  if (!items) return undefined;
  return resolveRef(root, Array.isArray(items) ? (items[0] as JsonSchema) : (items as JsonSchema));
}

function inlineCode(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** Markdown documentation for a field: description, whether required, format or allowed values, examples. */
export function fieldDocumentation(root: JsonSchema, schema: JsonSchema, required: boolean): string {
  const resolved = resolveRef(root, schema);
  const parts: string[] = [];
  const description = resolved.markdownDescription ?? resolved.description;
  if (description) parts.push(description);
  const facts: string[] = [required ? 'Required.' : 'Optional.'];
  if (resolved.format === PRESS_DATE_FORMAT) facts.push(`Format: \`${PRESS_DATE_PATTERN_TEXT}\`.`);
  else if (resolved.patternDescription) facts.push(`Must be ${resolved.patternDescription}.`);
  if (resolved.enum) facts.push(`One of: ${resolved.enum.map(inlineCode).join(', ')}.`);
  parts.push(facts.join(' '));
  const examples = resolved.examples ?? [];
  if (examples.length > 0) parts.push(`${examples.length === 1 ? 'Example' : 'Examples'}: ${examples.map(inlineCode).join(', ')}`);
  return parts.join('\n\n');
}

/** Numbers snippet placeholders in order. */
export class SnippetNumbers {
  private next = 1;
  take(): number {
    return this.next++;
  }
  get used(): number {
    return this.next - 1;
  }
}

export interface SnippetOptions {
  readonly eol: Eol;
  readonly unit: number;
  readonly now: Date;
}

const MAX_SNIPPET_DEPTH = 4;
const MAX_ITEM_FIELDS = 6;

function choiceText(values: readonly string[]): string {
  return values.map((value) => value.replace(/[$}\\,|]/g, '\\$&')).join(',');
}

/** A placeholder for a scalar: a choice for enums and booleans, today's date for press dates. */
export function scalarPlaceholder(root: JsonSchema, schema: JsonSchema, numbers: SnippetNumbers, now: Date): string {
  const resolved = resolveRef(root, schema);
  if (resolved.const !== undefined) return escapeSnippet(yamlValue(resolved.const));
  if (resolved.enum && resolved.enum.length > 0) return `\${${numbers.take()}|${choiceText(resolved.enum.map(yamlValue))}|}`;
  const types = typesOf(root, resolved);
  if (types.length === 1 && types[0] === 'boolean') return `\${${numbers.take()}|true,false|}`;
  if (resolved.format === PRESS_DATE_FORMAT) return `\${${numbers.take()}:${escapeSnippet(formatPressDate(partsOfDate(now)))}}`;
  return `\${${numbers.take()}}`;
}

/**
 * The snippet text that follows `name:` for a field whose key starts at `column`:
 * ` ${1}` for scalars, the required children on indented lines for objects, a first item for lists.
 */
export function valueSnippet(root: JsonSchema, schema: JsonSchema, column: number, numbers: SnippetOptions & { numbers: SnippetNumbers }, depth = 0): string {
  const { eol, unit, now } = numbers;
  const resolved = resolveRef(root, schema);
  if (depth < MAX_SNIPPET_DEPTH && isObjectSchema(root, resolved) && !resolved.enum) {
    return requiredOf(root, resolved)
      .map((child) => `${eol}${spaces(column + unit)}${escapeSnippet(yamlKey(child))}:${valueSnippet(root, propertiesOf(root, resolved)[child] ?? {}, column + unit, numbers, depth + 1)}`)
      .join('');
  }
  if (depth < MAX_SNIPPET_DEPTH && isArraySchema(root, resolved)) {
    const items = itemsOf(root, resolved) ?? {};
    return `${eol}${spaces(column + unit)}- ${itemSnippet(root, items, column + unit + 2, numbers, depth + 1)}`;
  }
  return ` ${scalarPlaceholder(root, resolved, numbers.numbers, now)}`;
}

/** Whether `""` is a valid value for the field: text with no minimum length, pattern, format or fixed choices refusing it. */
export function acceptsEmptyText(root: JsonSchema, schema: JsonSchema): boolean {
  const resolved = resolveRef(root, schema);
  const types = typesOf(root, resolved);
  if (types.length > 0 && !types.includes('string')) return false;
  if ((resolved.minLength ?? 0) > 0 || resolved.format !== undefined) return false;
  if (resolved.enum && !resolved.enum.includes('')) return false;
  if (resolved.const !== undefined && resolved.const !== '') return false;
  if (typeof resolved.pattern === 'string') {
    try {
      if (!new RegExp(resolved.pattern, 'u').test('')) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * The body of a list item written after `- `, whose keys start at `column`: a scalar placeholder, or an
 * object's required fields and then its optional ones, as a record is usually filled in whole. An
 * optional field is written only when skipping its placeholder leaves no error (`role: "${2}"` reads as
 * ""); the others (a phone with a pattern, an email) are left to completion, so a skipped one never
 * leaves `phone:` empty and wrong.
 */
export function itemSnippet(root: JsonSchema, items: JsonSchema, column: number, options: SnippetOptions & { numbers: SnippetNumbers }, depth = 0): string {
  if (!isObjectSchema(root, items)) return scalarPlaceholder(root, items, options.numbers, options.now);
  const properties = propertiesOf(root, items);
  const required = requiredOf(root, items).filter((name) => name in properties);
  const lines: string[] = [];
  for (const name of [...required, ...Object.keys(properties).filter((name) => !required.includes(name))]) {
    if (lines.length >= Math.max(required.length, MAX_ITEM_FIELDS)) break;
    const value = required.includes(name) ? valueSnippet(root, properties[name], column, options, depth + 1) : optionalPlaceholder(root, properties[name], options);
    if (value !== undefined) lines.push(`${lines.length === 0 ? '' : `${options.eol}${spaces(column)}`}${escapeSnippet(yamlKey(name))}:${value}`);
  }
  return lines.join('');
}

/** A placeholder for an optional field whose default is valid when skipped: a choice, a date, or `""`; otherwise none. */
function optionalPlaceholder(root: JsonSchema, schema: JsonSchema, options: SnippetOptions & { numbers: SnippetNumbers }): string | undefined {
  const resolved = resolveRef(root, schema);
  if (isObjectSchema(root, resolved) || isArraySchema(root, resolved)) return undefined;
  const types = typesOf(root, resolved);
  const hasDefault = resolved.const !== undefined || (resolved.enum?.length ?? 0) > 0 || (types.length === 1 && types[0] === 'boolean') || resolved.format === PRESS_DATE_FORMAT;
  if (hasDefault) return ` ${scalarPlaceholder(root, resolved, options.numbers, options.now)}`;
  return acceptsEmptyText(root, resolved) ? ` "\${${options.numbers.take()}}"` : undefined;
}
