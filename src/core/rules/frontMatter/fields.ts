/**
 * How the front matter rules read a role's field and place findings and fixes on it: values through
 * the schema's roles, ranges from the YAML parser's own nodes, new text only through yaml/write.ts.
 */
import { isScalar, type Document, type Node } from 'yaml';
import { fixContextOf } from '../../authoring/fixes/fixContext';
import { insertionPoint } from '../../authoring/fixes/insertionPoint';
import { inSameStyle } from '../../authoring/fixes/quoting';
import { spaces } from '../../authoring/textTools';
import { roleFieldName, valueOfRole, type FieldRole, type FieldRoles } from '../../schema/fieldRoles';
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { schemaAt } from '../../schema/navigate';
import { isRecord } from '../../util/isRecord';
import { keyRange, nodeAt, pairAt, valueRange, yamlKey, yamlScalar, type OffsetRange } from '../../yaml';
import { LastOne } from '../lastOne';
import type { RuleContext, RuleFix } from '../types';

/**
 * A role's field holding text. Where it stands is not part of it: that needs the YAML document, which a
 * release read quickly has not built, so a rule asks valueRangeAt only once it has something to report.
 */
export interface RoleText {
  readonly path: readonly string[];
  /** `og.title`, for messages. */
  readonly name: string;
  readonly value: string;
}

// The rules' options differ; these helpers read only the release.
type AnyContext = RuleContext<unknown>;

function documentOf(context: AnyContext): { document: Document.Parsed; base: number } | undefined {
  const { document, block } = context.release;
  if (!document || !block || document.errors.length > 0) return undefined;
  return { document, base: block.contentStart };
}

/** The role's value when it is text; undefined when absent or not text. From the plain data alone. */
export function roleText(context: AnyContext, role: FieldRole): RoleText | undefined {
  const path = context.roles[role];
  const value = valueOfRole(context.data, context.roles, role);
  if (!path || typeof value !== 'string') return undefined;
  return { path, name: roleName(context.roles, role, path), value };
}

/** Each schema's role names, written once: the roles are the same object for every release the schema checks. */
const roleNames = new WeakMap<FieldRoles, Map<FieldRole, string>>();

/** The last schema's names: every release a run checks under one schema asks for the same roles object. */
const lastRoleNames = new LastOne<FieldRoles, Map<FieldRole, string>>();

function roleName(roles: FieldRoles, role: FieldRole, path: readonly string[]): string {
  let names = lastRoleNames.get(roles);
  if (!names) {
    names = roleNames.get(roles) ?? new Map<FieldRole, string>();
    roleNames.set(roles, names);
    lastRoleNames.set(roles, names);
  }
  let name = names.get(role);
  if (name === undefined) {
    name = roleFieldName(roles, role) ?? path.join('.');
    names.set(role, name);
  }
  return name;
}

/**
 * Where a finding on the value at `path` goes (its key when empty), with the path; undefined when the
 * document does not place it. Reads the YAML document: call it only once there is something to report.
 */
export function placeOn(context: AnyContext, path: readonly string[]): { startOffset: number; endOffset: number; path: readonly string[] } | undefined {
  const range = valueRangeAt(context, path);
  return range && { startOffset: range.start, endOffset: range.end, path };
}

/** The range of the value at `path` (its key when empty). */
export function valueRangeAt(context: AnyContext, path: SchemaPath): OffsetRange | undefined {
  const doc = documentOf(context);
  return doc && valueRange(doc.document, path, doc.base, context.release.text);
}

const SOCIAL_ROLES: readonly FieldRole[] = ['socialTitle', 'socialDescription', 'socialImage', 'socialUrl'];

/**
 * Whether the release fills in its social card by hand (any of its social fields is there). A release
 * with none leaves the card to the site, which usually builds it from the headline and address, so a
 * missing social field is reported only when this is true.
 */
export function fillsSocialCard(context: AnyContext): boolean {
  return SOCIAL_ROLES.some((role) => valueOfRole(context.data, context.roles, role) !== undefined);
}

/** Where to say a field is missing: its group's key when the group is there, else the front matter's opening line. */
export function missingFieldRange(context: AnyContext, path: readonly string[]): OffsetRange | undefined {
  const doc = documentOf(context);
  const block = context.release.block;
  if (!doc || !block) return undefined;
  if (path.length > 1) {
    const group = keyRange(doc.document, path.slice(0, -1), doc.base, context.release.text);
    if (group) return group;
  }
  return { start: block.openStart, end: block.openEnd };
}

/** The schema of the field at `path`, if the schema describes it. */
export function fieldSchema(context: AnyContext, path: SchemaPath): JsonSchema | undefined {
  const root = context.schema.json;
  let byPath = fieldSchemas.get(root);
  if (!byPath) {
    byPath = new Map();
    fieldSchemas.set(root, byPath);
  }
  // The roles' paths are the same arrays for every release, so most look-ups need no key made.
  let byArray = fieldSchemasByArray.get(root);
  if (!byArray) {
    byArray = new WeakMap();
    fieldSchemasByArray.set(root, byArray);
  }
  if (byArray.has(path)) return byArray.get(path);
  // JSON keeps a list index (a number) apart from a field named with digits.
  const key = JSON.stringify(path);
  if (!byPath.has(key)) byPath.set(key, schemaAt(root, path));
  const schema = byPath.get(key);
  byArray.set(path, schema);
  return schema;
}

const fieldSchemasByArray = new WeakMap<JsonSchema, WeakMap<SchemaPath, JsonSchema | undefined>>();

/** Each schema's fields by path, looked up once: a schema is the same for every release it checks. */
const fieldSchemas = new WeakMap<JsonSchema, Map<string, JsonSchema | undefined>>();

/** Whether the schema's own `pattern` for a field rejects the value (a pattern this engine cannot read rejects nothing). */
export function failsSchemaPattern(schema: JsonSchema, value: string): boolean {
  if (typeof schema.pattern !== 'string') return false;
  const pattern = compiledPattern(schema.pattern);
  return pattern !== undefined && !pattern.test(value);
}

/** Schema patterns compiled once each; null for one this engine cannot read. */
const patterns = new Map<string, RegExp | null>();

function compiledPattern(source: string): RegExp | undefined {
  if (!patterns.has(source)) {
    let compiled: RegExp | null;
    try {
      compiled = new RegExp(source, 'u');
    } catch {
      compiled = null;
    }
    // Bounded: patterns come from the schemas in use, a handful each.
    if (patterns.size > 1000) patterns.clear();
    patterns.set(source, compiled);
  }
  return patterns.get(source) ?? undefined;
}

/**
 * A fix that writes `value` into the field at `path`: replacing the value in its own quoting, filling
 * an empty `key:`, or adding the field to its mapping when absent. Undefined when it cannot be done
 * without guessing (block scalars, flow mappings).
 */
export function setFieldFix(context: AnyContext, path: readonly string[], value: string, fix: Omit<RuleFix, 'edits'>): RuleFix | undefined {
  const doc = documentOf(context);
  if (!doc) return undefined;
  const node = nodeAt(doc.document, path);
  const pair = pairAt(doc.document, path);
  const text = context.release.text;
  if (isScalar(node) && node.range && node.range[1] > node.range[0]) {
    const newText = inSameStyle(node, value);
    if (newText === undefined) return undefined;
    return { ...fix, edits: [{ startOffset: doc.base + node.range[0], endOffset: doc.base + node.range[1], newText }], writesKeys: [path] };
  }
  if (pair) {
    // `key:` with nothing after it: write the value after the colon.
    const key = pair.key as Node | null;
    if (!key?.range || (node !== undefined && !(isScalar(node) && node.value === null))) return undefined;
    let offset = doc.base + key.range[1];
    while (text[offset] === ' ') offset++;
    if (text[offset] !== ':') return undefined;
    return { ...fix, edits: [{ startOffset: offset + 1, endOffset: offset + 1, newText: ` ${yamlScalar(value)}` }], writesKeys: [path] };
  }
  return addFieldFix(context, path, value, fix);
}

/** A new `key: value` line at the end of the field's mapping (which must be there). */
function addFieldFix(context: AnyContext, path: readonly string[], value: string, fix: Omit<RuleFix, 'edits'>): RuleFix | undefined {
  const ctx = fixContextOf(context.release, context.schema, context.now);
  if (!ctx || path.length === 0) return undefined;
  const parent = path.slice(0, -1);
  if (parent.length > 0 && !pairAt(ctx.document, parent)) return undefined;
  const at = insertionPoint(ctx, parent);
  if (!at) return undefined;
  const newText = `${spaces(at.column)}${yamlKey(path[path.length - 1])}: ${yamlScalar(value)}${ctx.eol}`;
  return { ...fix, edits: [{ startOffset: at.offset, endOffset: at.offset, newText }], writesKeys: [path] };
}

/** A fix with no edits that selects a span for the author to type over. */
export function selectFix(start: number, end: number): RuleFix {
  return { title: 'Select the placeholder', edits: [], inFixAll: false, select: { startOffset: start, endOffset: end } };
}

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\x00-\x7f]*$/;
const COMBINING_MARK = /\p{M}/u;

/** Characters as readers count them (an emoji or an accented letter is one). */
export function characterCount(text: string): number {
  // ASCII is already normalised and has no combining marks.
  if (ASCII.test(text)) return text.length;
  let count = 0;
  for (const char of text.normalize('NFC')) if (!COMBINING_MARK.test(char)) count++;
  return count;
}

/** A positive integer option, or the default when the project gave something else. */
export function limitOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/**
 * Whether the field at `path` is absent (nothing there, its groups absent or mappings), empty (`key:`
 * or `key: ""`), or there; `blocked` when a group on the way is not a mapping (`og: text`), which the
 * schema reports.
 */
export function fieldState(context: AnyContext, path: readonly string[]): 'absent' | 'empty' | 'present' | 'blocked' {
  let node: unknown = context.data;
  for (const segment of path) {
    if (node === undefined || node === null) return 'absent';
    if (!isRecord(node)) return 'blocked';
    node = node[segment];
  }
  if (node === undefined) return 'absent';
  return node === null || (typeof node === 'string' && node.trim() === '') ? 'empty' : 'present';
}
