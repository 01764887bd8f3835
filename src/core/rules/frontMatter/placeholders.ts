/**
 * Template and snippet text left in a release: what Pressroom's own `release` snippet and New Press
 * Release write (`Headline`, `Area`, `https://`, an empty required field), notes for later (`TODO`,
 * `TBC`), dummy text, `[Insert …]` brackets and addresses at the domains reserved for examples, in the
 * front matter and the body. The fix selects the placeholder so the author types over it.
 */
import { roleAt, type FieldRole } from '../../schema/fieldRoles';
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { formatPath, propertiesOf, requiredOf, resolveRef } from '../../schema/navigate';
import { isRecord } from '../../util/isRecord';
import type { Rule, RuleContext, RuleFinding } from '../types';
import { characterCount, failsSchemaPattern, selectFix } from './fields';
import { findPlaceholders, isBareScheme, isTemplateValue, isWholePlaceholder, mayHoldPlaceholders, type FoundPlaceholder } from './placeholderText';
import { textScalarsOf, type TextScalar } from './scalars';
import { finding } from '../finding';

export interface PlaceholdersOptions {
  /** Addresses at example.com, example.org and example.net are real for a release that is itself an example. */
  readonly allowExampleDomains: boolean;
}

/** Enough to show a release is full of them; more would bury the other problems. */
export const MAX_PLACEHOLDER_FINDINGS = 100;

/** What the author should write instead, by the field's role. */
const WHAT_TO_WRITE: Partial<Record<FieldRole, string>> = {
  headline: "the release's headline",
  area: 'the area the release belongs to',
  url: 'the full address the release is published at',
  socialUrl: 'the full address the release is published at',
  socialImage: 'the full address of the picture',
  socialTitle: 'the title for the social card',
  socialDescription: 'one or two sentences for the social card',
};

function whatFound(found: FoundPlaceholder): string {
  if (found.kind === 'marker') return `still has "${found.text}" in it, a note left for later; finish that part before the release goes out`;
  if (found.kind === 'dummy') return `has dummy text ("${found.text}"); replace it with the real text`;
  if (found.kind === 'bracket') return `has template text to fill in: "${found.text}"`;
  return `uses ${found.text}, a domain kept for examples; write the real address`;
}

/** The placeholders inside the values that are not wholly template text, scanned as one text (a value per line), by value. */
function insideValues(scalars: readonly TextScalar[], allowExampleDomains: boolean): Map<TextScalar, FoundPlaceholder[]> {
  const byScalar = new Map<TextScalar, FoundPlaceholder[]>();
  if (scalars.length === 0) return byScalar;
  // No placeholder spans a line break, and a line break reads as the start or end of a text to every pattern.
  const starts: number[] = [];
  let at = 0;
  for (const scalar of scalars) {
    starts.push(at);
    at += scalar.value.length + 1;
  }
  let index = 0;
  for (const found of findPlaceholders(scalars.map((scalar) => scalar.value).join('\n'), allowExampleDomains)) {
    while (index + 1 < scalars.length && starts[index + 1] <= found.start) index++;
    const shift = starts[index];
    const list = byScalar.get(scalars[index]) ?? [];
    list.push({ ...found, start: found.start - shift, end: found.end - shift });
    byScalar.set(scalars[index], list);
  }
  return byScalar;
}

function inValue(scalar: TextScalar, name: string, found: readonly FoundPlaceholder[]): RuleFinding[] {
  return found.map((one) => {
    const startOffset = scalar.textStart === undefined ? scalar.start : scalar.textStart + one.start;
    const endOffset = scalar.textStart === undefined ? scalar.end : scalar.textStart + one.end;
    return finding(`${name} ${whatFound(one)}.`, startOffset, endOffset, scalar.path, [selectFix(startOffset, endOffset)]);
  });
}

function wholeValue(context: RuleContext<PlaceholdersOptions>, scalar: TextScalar, name: string): RuleFinding | undefined {
  const whole = isWholePlaceholder(scalar.value);
  if (!whole && !isBareScheme(scalar.value)) return undefined;
  const role = roleAt(context.roles, scalar.path);
  const instead = (role && WHAT_TO_WRITE[role]) ?? 'the real value';
  const select = scalar.textStart === undefined ? selectFix(scalar.start, scalar.end) : selectFix(scalar.textStart, scalar.textStart + scalar.value.length);
  const message = whole ? `${name} still holds the template text "${scalar.value.trim()}"; write ${instead}.` : `${name} is only "${scalar.value.trim()}", the start of a web address; write ${instead}.`;
  return finding(message, scalar.start, scalar.end, scalar.path, [select]);
}

/** Whether the schema itself rejects the value (a minimum length, a pattern, a format), so it says so already. */
function schemaRejects(field: JsonSchema, value: string): boolean {
  if (typeof field.minLength === 'number' && characterCount(value) < field.minLength) return true;
  if (typeof field.format === 'string') return true;
  return failsSchemaPattern(field, value);
}

interface RequiredField {
  readonly name: string;
  /** Its schema, references followed. */
  readonly field: JsonSchema;
}

/** A schema's required fields, read once per schema (a schema is the same for every release it checks). */
const requiredFields = new WeakMap<JsonSchema, WeakMap<JsonSchema, readonly RequiredField[]>>();

function requiredFieldsOf(root: JsonSchema, schema: JsonSchema): readonly RequiredField[] {
  let bySchema = requiredFields.get(root);
  if (!bySchema) {
    bySchema = new WeakMap();
    requiredFields.set(root, bySchema);
  }
  let fields = bySchema.get(schema);
  if (!fields) {
    const properties = propertiesOf(root, schema);
    fields = requiredOf(root, schema).map((name) => ({ name, field: resolveRef(root, properties[name] ?? {}) }));
    bySchema.set(schema, fields);
  }
  return fields;
}

/** Required text fields left empty (or only spaces) that the schema lets through. */
function emptyRequired(context: RuleContext<PlaceholdersOptions>): SchemaPath[] {
  const root = context.schema.json;
  const out: SchemaPath[] = [];
  const visit = (schema: JsonSchema, data: unknown, path: readonly string[], depth: number) => {
    if (depth > 4 || !isRecord(data)) return;
    for (const { name, field } of requiredFieldsOf(root, schema)) {
      const value = data[name];
      if (typeof value === 'string' && value.trim() === '' && !schemaRejects(field, value)) out.push([...path, name]);
      else if (isRecord(value)) visit(field, value, [...path, name], depth + 1);
    }
  };
  visit(resolveRef(root, root), context.data, [], 0);
  return out;
}

/** Deeper than the guarded read allows anyway; a bound for the walk. */
const MAX_DEPTH = 80;

function collectTexts(value: unknown, depth: number, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  else if (Array.isArray(value)) for (const item of value) collectTexts(item, depth + 1, into);
  else for (const key in value) collectTexts((value as Record<string, unknown>)[key], depth + 1, into);
}

/**
 * Whether some text value of a list or mapping is empty, template text or a bare scheme (without listing
 * them: most releases have none), each text tested where it is found rather than in a call of its own.
 */
function hasTemplateValueIn(group: object, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  // Indexed or `for…in` loops: a list of the values made first (Object.values) or a callback each cost more than the check of a short value.
  if (Array.isArray(group)) {
    for (let index = 0; index < group.length; index++) if (isOrHoldsTemplateValue(group[index], depth)) return true;
    return false;
  }
  for (const key in group) if (isOrHoldsTemplateValue((group as Record<string, unknown>)[key], depth)) return true;
  return false;
}

function isOrHoldsTemplateValue(item: unknown, depth: number): boolean {
  return typeof item === 'string' ? isTemplateValue(item) : typeof item === 'object' && item !== null && hasTemplateValueIn(item, depth + 1);
}

/**
 * Whether some text value could hold a finding, from the plain data: every value the YAML document
 * holds is in the data (an alias's more than once), so when none is empty, template text or holds a
 * placeholder, the document need not be read. Placeholders inside values are looked for in the front
 * matter's source, which holds every value's characters as written (keys and comments besides) when it
 * has no backslash: only an escape writes a character other than itself, and folding lines only turns
 * a line break into a space, which no placeholder holds.
 */
function mayHaveValueFindings(context: RuleContext<PlaceholdersOptions>, allowExampleDomains: boolean): boolean {
  if (hasTemplateValueIn(context.data, 0)) return true;
  const { block, text } = context.release;
  const source = block && text.slice(block.contentStart, block.contentEnd);
  if (source !== undefined && !source.includes('\\')) return mayHoldPlaceholders(source, allowExampleDomains);
  const texts: string[] = [];
  collectTexts(context.data, 0, texts);
  return findPlaceholders(texts.join('\n'), allowExampleDomains).length > 0;
}

/** The front matter's findings: each text value of the document, placed. */
function valueFindings(context: RuleContext<PlaceholdersOptions>, allow: boolean): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const scalars = textScalarsOf(context.release);
  const empty = new Set(emptyRequired(context).map((path) => formatPath(path)));
  const names = scalars.map((scalar) => formatPath(scalar.path));
  const wholes = scalars.map((scalar, index) => (empty.has(names[index]) ? undefined : wholeValue(context, scalar, names[index])));
  const inside = insideValues(
    scalars.filter((_, index) => !empty.has(names[index]) && !wholes[index]),
    allow,
  );
  scalars.forEach((scalar, index) => {
    const name = names[index];
    if (empty.has(name)) {
      const at = scalar.textStart ?? scalar.start;
      const blank = scalar.value === '' ? 'is required but empty' : 'is required but holds only spaces';
      findings.push(finding(`${name} ${blank}; fill it in.`, scalar.start, scalar.end, scalar.path, [selectFix(at, at + scalar.value.length)]));
      return;
    }
    const whole = wholes[index];
    if (whole) findings.push(whole);
    else findings.push(...inValue(scalar, name, inside.get(scalar) ?? []));
  });
  return findings;
}

export const placeholders: Rule<PlaceholdersOptions> = {
  id: 'placeholders',
  severity: 'error',
  description: 'No template text is left in: Headline, Area, a bare https://, TODO, TBC, Lorem ipsum, [Name], example.org addresses, empty required fields.',
  defaults: { allowExampleDomains: false },
  optionsSchema: {
    type: 'object',
    properties: { allowExampleDomains: { type: 'boolean', description: 'Allow addresses at example.com, example.org and example.net (for releases that are themselves examples).' } },
    additionalProperties: false,
  },
  scope: 'release',
  check(context) {
    const allow = context.options.allowExampleDomains === true;
    const findings = mayHaveValueFindings(context, allow) ? valueFindings(context, allow) : [];
    const { text, offset } = context.body;
    for (const found of findPlaceholders(text, allow)) {
      if (findings.length >= MAX_PLACEHOLDER_FINDINGS) break;
      const startOffset = offset + found.start;
      const endOffset = offset + found.end;
      findings.push(finding(`The body ${whatFound(found)}.`, startOffset, endOffset, undefined, [selectFix(startOffset, endOffset)]));
    }
    return findings.slice(0, MAX_PLACEHOLDER_FINDINGS);
  },
};
