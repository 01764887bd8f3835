/**
 * Quick fixes for Pressroom's diagnostics, as exact text edits worked out from the parser's node
 * ranges: only the bytes being fixed change; comments, key order, quoting and line endings stay.
 *
 * - missing required fields: inserted after the mapping's last field (a snippet with placeholders for
 *   editors that can insert one, plain text otherwise);
 * - a date written in another style (ISO 8601, "18 March 2020 16:55", ...) rewritten as a press date;
 * - a near-miss key (`tittle`, `Area`) renamed to the one the schema knows;
 * - a field of a top-level group (`og.title`, `og.url`) copied from the top-level field of that name,
 *   creating the group when absent;
 * - fix-all: every fix that needs no decision from the author, merged without overlaps.
 */
import { isMap, isScalar, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { readDate } from '../dates/readDate';
import { formatPressDate } from '../dates/pressDate';
import type { ParsedRelease } from '../frontMatter/parse';
import type { CompiledSchema } from '../schema/compile';
import type { JsonSchema, SchemaPath } from '../schema/jsonSchema';
import { formatPath, propertiesOf, requiredOf, schemaAt } from '../schema/navigate';
import type { ReleaseDiagnostic } from '../types';
import { nodeAt, pairAt } from '../validate/nodeRanges';
import { isObjectSchema, keyText, SnippetNumbers, valueSnippet } from './schemaText';
import { eolOf, escapeSnippet, indentUnitOf, snippetDefaults, spaces, yamlScalar, type Eol, type TextEdit } from './textTools';

export interface SnippetEdit {
  readonly startOffset: number;
  readonly endOffset: number;
  /** Snippet syntax; lines after the first carry their full indentation (insert without re-indenting). */
  readonly snippet: string;
}

export interface AuthoringFix {
  readonly title: string;
  /** Plain edits: what the fix does where snippets cannot be inserted (and in fix-all). */
  readonly edits: readonly TextEdit[];
  /** When present, editors that can should insert this instead of applying `edits`. */
  readonly snippet?: SnippetEdit;
  /** The diagnostics this fix resolves (empty for a fix offered from the cursor's place). */
  readonly diagnostics: readonly ReleaseDiagnostic[];
  readonly isPreferred: boolean;
  /** Safe to apply without the author's choice (part of "fix all"). */
  readonly inFixAll: boolean;
  /** For copy fixes: the group and the fields copied into it. */
  readonly copy?: { readonly parent: string; readonly keys: readonly string[] };
}

export interface FixOptions {
  /** Placeholders for press dates default to this time. */
  readonly now: Date;
}

interface Ctx {
  readonly release: ParsedRelease;
  readonly document: Document.Parsed;
  readonly root: JsonSchema;
  readonly base: number;
  readonly eol: Eol;
  readonly unit: number;
  readonly now: Date;
}

function contextOf(release: ParsedRelease, schema: CompiledSchema, now: Date): Ctx | undefined {
  const { document, block } = release;
  if (!document || !block || document.errors.length > 0) return undefined;
  return { release, document, root: schema.json, base: block.contentStart, eol: eolOf(release.text), unit: indentUnitOf(release), now };
}

/** Every fix for the given diagnostics (those of this release's text). */
export function fixesFor(release: ParsedRelease, schema: CompiledSchema, diagnostics: readonly ReleaseDiagnostic[], options: FixOptions): AuthoringFix[] {
  const ctx = contextOf(release, schema, options.now);
  if (!ctx) return [];
  const fixes: AuthoringFix[] = [];

  // Missing fields: one fix per mapping, adding all its missing fields at once.
  const missing = new Map<string, { parent: SchemaPath; fields: string[]; diagnostics: ReleaseDiagnostic[] }>();
  const addMissing = (parent: SchemaPath, fields: readonly string[], diagnostic: ReleaseDiagnostic) => {
    const key = JSON.stringify(parent);
    const entry = missing.get(key) ?? { parent, fields: [], diagnostics: [] };
    for (const field of fields) if (!entry.fields.includes(field)) entry.fields.push(field);
    entry.diagnostics.push(diagnostic);
    missing.set(key, entry);
  };

  for (const diagnostic of diagnostics) {
    const data = diagnostic.data ?? {};
    switch (diagnostic.code) {
      case 'missing-field': {
        const parent = (data.parentPath as SchemaPath | undefined) ?? diagnostic.path;
        const field = String(data.field);
        addMissing(parent, [field], diagnostic);
        const copy = copyFix(ctx, parent, [field], [diagnostic]);
        if (copy) fixes.push(copy);
        break;
      }
      case 'wrong-type': {
        // `publish:` left empty: add its required fields under it.
        if (data.actual === 'null') {
          const field = schemaAt(ctx.root, diagnostic.path);
          if (field && isObjectSchema(ctx.root, field)) {
            const required = requiredOf(ctx.root, field);
            if (required.length > 0) addMissing(diagnostic.path, required, diagnostic);
          }
          const copy = copyFixForValue(ctx, diagnostic);
          if (copy) fixes.push(copy);
        }
        break;
      }
      case 'too-short': {
        const copy = copyFixForValue(ctx, diagnostic);
        if (copy) fixes.push(copy);
        break;
      }
      case 'invalid-date': {
        fixes.push(...dateFixes(ctx, diagnostic));
        break;
      }
      case 'unknown-field': {
        const rename = renameFix(ctx, diagnostic);
        if (rename) fixes.push(rename);
        break;
      }
      default:
        break;
    }
  }
  for (const entry of missing.values()) {
    const fix = missingFieldsFix(ctx, entry.parent, entry.fields, entry.diagnostics);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/**
 * Fixes offered where the cursor is, without a diagnostic: copying top-level fields into a group
 * (`title` → `og.title`) when the range touches the source field or the group.
 */
export function fixesAt(release: ParsedRelease, schema: CompiledSchema, startOffset: number, endOffset: number, options: FixOptions): AuthoringFix[] {
  const ctx = contextOf(release, schema, options.now);
  if (!ctx) return [];
  const touches = (path: SchemaPath) => {
    const pair = pairAt(ctx.document, path);
    const key = pair?.key as Node | undefined;
    if (!key?.range) return false;
    const value = pair?.value as Node | null | undefined;
    const end = ctx.base + (value?.range?.[1] ?? key.range[1]);
    return ctx.base + key.range[0] <= endOffset && startOffset <= end;
  };
  const fixes: AuthoringFix[] = [];
  const candidates = copyCandidates(ctx);
  const touchedParents = new Set<string>();
  for (const { parent, key } of candidates) {
    if (!touches([key]) && !touches([parent])) continue;
    const fix = copyFix(ctx, [parent], [key], []);
    if (fix) fixes.push(fix);
    touchedParents.add(parent);
  }
  // And every copy into that group at once.
  for (const parent of touchedParents) {
    const keys = candidates.filter((candidate) => candidate.parent === parent).map((candidate) => candidate.key);
    if (keys.length < 2) continue;
    const fix = copyFix(ctx, [parent], keys, []);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** The edits of every fix that needs no decision, merged: none overlap, copies into one group combined. */
export function fixAllEdits(release: ParsedRelease, schema: CompiledSchema, diagnostics: readonly ReleaseDiagnostic[], options: FixOptions): TextEdit[] {
  const ctx = contextOf(release, schema, options.now);
  if (!ctx) return [];
  const fixes = fixesFor(release, schema, diagnostics, options).filter((fix) => fix.inFixAll);
  const copies = new Map<string, { keys: string[]; diagnostics: ReleaseDiagnostic[] }>();
  const chosen: AuthoringFix[] = [];
  for (const fix of fixes) {
    if (!fix.copy) {
      chosen.push(fix);
      continue;
    }
    const entry = copies.get(fix.copy.parent) ?? { keys: [], diagnostics: [] };
    for (const key of fix.copy.keys) if (!entry.keys.includes(key)) entry.keys.push(key);
    entry.diagnostics.push(...fix.diagnostics);
    copies.set(fix.copy.parent, entry);
  }
  for (const [parent, entry] of copies) {
    const fix = copyFix(ctx, [parent], entry.keys, entry.diagnostics);
    if (fix) chosen.push(fix);
  }
  const accepted: TextEdit[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) => (a.startOffset < b.endOffset && b.startOffset < a.endOffset) || a.startOffset === b.startOffset;
  for (const fix of chosen) {
    if (fix.edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) continue;
    accepted.push(...fix.edits);
  }
  return accepted.sort((a, b) => a.startOffset - b.startOffset);
}

// ---------------------------------------------------------------------------------------------------------
// Where things are

function column(ctx: Ctx, offset: number): number {
  return ctx.release.lines.positionAt(offset).character;
}

/** The start of the line after the one holding `offset` (ignoring line breaks right before it). */
function lineAfter(ctx: Ctx, offset: number): number {
  const { text, lines } = ctx.release;
  let end = offset;
  while (end > ctx.base && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const line = lines.positionAt(end).line;
  return line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
}

function pairEnd(pair: Pair): number | undefined {
  const value = pair.value as Node | null;
  const key = pair.key as Node | null;
  return value?.range?.[1] ?? key?.range?.[1];
}

/** Where new fields of the mapping at `path` go, and at which column; undefined for flow mappings. */
function insertionPoint(ctx: Ctx, path: SchemaPath): { offset: number; column: number } | undefined {
  const node = path.length === 0 ? ctx.document.contents : nodeAt(ctx.document, path);
  if (isMap(node) && node.items.length > 0) {
    if (node.flow) return undefined;
    const first = node.items[0].key as Node | null;
    const end = pairEnd(node.items[node.items.length - 1]);
    if (!first?.range || end === undefined) return undefined;
    return { offset: lineAfter(ctx, ctx.base + end), column: column(ctx, ctx.base + first.range[0]) };
  }
  if (path.length === 0) {
    if (node !== null && node !== undefined && !(isScalar(node) && node.value === null)) return undefined;
    return { offset: ctx.release.block!.contentEnd, column: 0 };
  }
  // `publish:` with nothing under it.
  if (isMap(node) || node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) {
    const pair = pairAt(ctx.document, path);
    const key = pair?.key as Node | null | undefined;
    const end = pair ? pairEnd(pair) : undefined;
    if (!key?.range || end === undefined) return undefined;
    if (isScalar(node) && node.range && node.range[1] > node.range[0]) return undefined; // `publish: ""`
    return { offset: lineAfter(ctx, ctx.base + end), column: column(ctx, ctx.base + key.range[0]) + ctx.unit };
  }
  return undefined;
}

function withoutTrailingSpaces(text: string): string {
  return text.replace(/[ \t]+(?=\r?\n|$)/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// Missing fields

function missingFieldsFix(ctx: Ctx, parent: SchemaPath, fields: readonly string[], diagnostics: ReleaseDiagnostic[]): AuthoringFix | undefined {
  const parentSchema = schemaAt(ctx.root, parent);
  const at = insertionPoint(ctx, parent);
  if (!parentSchema || !at) return undefined;
  const properties = propertiesOf(ctx.root, parentSchema);
  const order = requiredOf(ctx.root, parentSchema);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  fields = [...fields].sort((a, b) => rank(a) - rank(b));
  const numbers = new SnippetNumbers();
  const snippet = fields
    .map((field) => `${spaces(at.column)}${escapeSnippet(keyText(field))}:${valueSnippet(ctx.root, properties[field] ?? {}, at.column, { eol: ctx.eol, unit: ctx.unit, now: ctx.now, numbers })}${ctx.eol}`)
    .join('');
  const where = parent.length === 0 ? '' : ` to ${formatPath(parent)}`;
  const names = fields.map((field) => `"${field}"`).join(', ');
  return {
    title: fields.length === 1 ? `Add missing field ${names}${where}` : `Add missing fields ${names}${where}`,
    edits: [{ startOffset: at.offset, endOffset: at.offset, newText: withoutTrailingSpaces(snippetDefaults(snippet)) }],
    snippet: { startOffset: at.offset, endOffset: at.offset, snippet },
    diagnostics,
    isPreferred: true,
    inFixAll: false,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Dates

/** Writes `value` in the scalar's own quoting style. */
function inSameQuotes(node: Scalar, value: string): string | undefined {
  if (node.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (node.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (node.type === 'PLAIN' || node.type === undefined) return yamlScalar(value);
  return undefined; // block scalars are left alone
}

function dateFixes(ctx: Ctx, diagnostic: ReleaseDiagnostic): AuthoringFix[] {
  const node = nodeAt(ctx.document, diagnostic.path);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return [];
  const read = readDate(node.value);
  if (!read) return [];
  const start = ctx.base + node.range[0];
  const end = ctx.base + node.range[1];
  if (read.hour !== undefined && read.minute !== undefined) {
    const value = formatPressDate({ year: read.year, month: read.month, day: read.day, hour: read.hour, minute: read.minute });
    const newText = inSameQuotes(node, value);
    if (newText === undefined) return [];
    return [{ title: `Rewrite the date as "${value}"`, edits: [{ startOffset: start, endOffset: end, newText }], diagnostics: [diagnostic], isPreferred: true, inFixAll: true }];
  }
  // A date without a time: the author must choose one; 09:00 is proposed.
  const datePart = formatPressDate({ year: read.year, month: read.month, day: read.day, hour: 9, minute: 0 }).split(' ')[1];
  const plain = inSameQuotes(node, `09:00 ${datePart}`);
  if (plain === undefined) return [];
  const quote = plain.startsWith('"') || plain.startsWith("'") ? plain[0] : '';
  return [
    {
      title: `Rewrite the date as "${datePart}" with a time (09:00)`,
      edits: [{ startOffset: start, endOffset: end, newText: plain }],
      snippet: { startOffset: start, endOffset: end, snippet: `${quote}\${1:09:00} ${escapeSnippet(datePart)}${quote}` },
      diagnostics: [diagnostic],
      isPreferred: false,
      inFixAll: false,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Near-miss keys

function renameFix(ctx: Ctx, diagnostic: ReleaseDiagnostic): AuthoringFix | undefined {
  const data = diagnostic.data ?? {};
  const suggestion = typeof data.suggestion === 'string' ? data.suggestion : undefined;
  const key = String(data.key);
  if (!suggestion) return undefined;
  const parent = diagnostic.path.slice(0, -1);
  const parentNode = parent.length === 0 ? ctx.document.contents : nodeAt(ctx.document, parent);
  if (isMap(parentNode) && parentNode.has(suggestion)) return undefined; // renaming would duplicate a key
  const pair = pairAt(ctx.document, diagnostic.path);
  const keyNode = pair?.key;
  if (!isScalar(keyNode) || !keyNode.range) return undefined;
  const newText = keyNode.type === 'QUOTE_DOUBLE' ? JSON.stringify(suggestion) : keyNode.type === 'QUOTE_SINGLE' ? `'${suggestion.replace(/'/g, "''")}'` : keyText(suggestion);
  return {
    title: `Rename "${key}" to "${suggestion}"`,
    edits: [{ startOffset: ctx.base + keyNode.range[0], endOffset: ctx.base + keyNode.range[1], newText }],
    diagnostics: [diagnostic],
    isPreferred: true,
    inFixAll: true,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Copying top-level fields into a group (title → og.title)

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Group fields that share a name with a filled-in top-level text field, and are themselves blank. */
function copyCandidates(ctx: Ctx): { parent: string; key: string }[] {
  const data = ctx.release.data;
  if (!data) return [];
  const top = propertiesOf(ctx.root, ctx.root);
  const result: { parent: string; key: string }[] = [];
  for (const [parent, parentSchema] of Object.entries(top)) {
    if (!isObjectSchema(ctx.root, parentSchema)) continue;
    const group = data[parent];
    if (group !== undefined && group !== null && (typeof group !== 'object' || Array.isArray(group))) continue;
    for (const key of Object.keys(propertiesOf(ctx.root, parentSchema))) {
      if (key === parent || !(key in top) || typeof data[key] !== 'string' || isBlank(data[key])) continue;
      const current = (group as Record<string, unknown> | null | undefined)?.[key];
      if (isBlank(current)) result.push({ parent, key });
    }
  }
  return result;
}

function copyFixForValue(ctx: Ctx, diagnostic: ReleaseDiagnostic): AuthoringFix | undefined {
  if (diagnostic.path.length !== 2) return undefined;
  const [parent, key] = diagnostic.path;
  if (typeof parent !== 'string' || typeof key !== 'string') return undefined;
  return copyFix(ctx, [parent], [key], [diagnostic]);
}

/** The source text of a top-level field, as written when it is on one line. */
function sourceOf(ctx: Ctx, key: string): string {
  const node = nodeAt(ctx.document, [key]);
  const value = String(ctx.release.data?.[key] ?? '');
  if (isScalar(node) && node.range && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
    const text = ctx.release.text.slice(ctx.base + node.range[0], ctx.base + node.range[1]);
    if (!/[\r\n]/.test(text)) return text;
  }
  return yamlScalar(value);
}

function copyFix(ctx: Ctx, parentPath: SchemaPath, keys: readonly string[], diagnostics: ReleaseDiagnostic[]): AuthoringFix | undefined {
  if (parentPath.length !== 1 || typeof parentPath[0] !== 'string') return undefined;
  const parent = parentPath[0];
  const candidates = copyCandidates(ctx).filter((candidate) => candidate.parent === parent && keys.includes(candidate.key));
  if (candidates.length !== keys.length) return undefined;
  const edits: TextEdit[] = [];
  const toInsert: string[] = [];
  for (const key of keys) {
    const pair = pairAt(ctx.document, [parent, key]);
    if (!pair) {
      toInsert.push(key);
      continue;
    }
    const edit = fillEmptyValue(ctx, pair, sourceOf(ctx, key));
    if (!edit) return undefined;
    edits.push(edit);
  }
  if (toInsert.length > 0) {
    const group = nodeAt(ctx.document, [parent]);
    const exists = pairAt(ctx.document, [parent]) !== undefined;
    if (exists) {
      const at = insertionPoint(ctx, [parent]);
      if (!at) return undefined;
      if (!isMap(group) && !(isScalar(group) && group.value === null) && group !== undefined) return undefined;
      const newText = toInsert.map((key) => `${spaces(at.column)}${keyText(key)}: ${sourceOf(ctx, key)}${ctx.eol}`).join('');
      edits.push({ startOffset: at.offset, endOffset: at.offset, newText });
    } else {
      const at = insertionPoint(ctx, []);
      if (!at) return undefined;
      const lines = toInsert.map((key) => `${spaces(at.column + ctx.unit)}${keyText(key)}: ${sourceOf(ctx, key)}${ctx.eol}`).join('');
      edits.push({ startOffset: at.offset, endOffset: at.offset, newText: `${spaces(at.column)}${keyText(parent)}:${ctx.eol}${lines}` });
    }
  }
  const title = keys.length === 1 ? `Copy ${keys[0]} to ${parent}.${keys[0]}` : `Copy ${keys.join(' and ')} to ${parent}`;
  return { title, edits, diagnostics, isPreferred: diagnostics.length > 0, inFixAll: diagnostics.length > 0, copy: { parent, keys } };
}

/** Writes `value` into a field present with no value (`title:`) or an empty one (`title: ""`). */
function fillEmptyValue(ctx: Ctx, pair: Pair, value: string): TextEdit | undefined {
  const text = ctx.release.text;
  const valueNode = pair.value as Node | null;
  if (valueNode?.range && valueNode.range[1] > valueNode.range[0]) {
    return { startOffset: ctx.base + valueNode.range[0], endOffset: ctx.base + valueNode.range[1], newText: value };
  }
  const key = pair.key as Node | null;
  if (!key?.range) return undefined;
  let offset = ctx.base + key.range[1];
  while (text[offset] === ' ' || text[offset] === '\t') offset++;
  if (text[offset] !== ':') return undefined;
  offset++;
  if (text[offset] === ' ') return { startOffset: offset + 1, endOffset: offset + 1, newText: value };
  return { startOffset: offset, endOffset: offset, newText: ` ${value}` };
}
