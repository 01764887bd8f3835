/**
 * A field of a top-level group (`og.title`, `og.url`) copied from the top-level field it mirrors,
 * creating the group when absent. Which field it mirrors comes from the schema's roles (the social
 * title mirrors the headline, the social url the url), or else from the names (`social.title` and
 * `title`). The source text is copied as written, quotes and all.
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import type { FieldRole } from '../../schema/fieldRoles';
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { propertiesOf } from '../../schema/navigate';
import type { BuiltInDiagnostic, ReleaseDiagnostic } from '../../diagnostics';
import { isRecord } from '../../util/isRecord';
import { nodeAt, pairAt, yamlKey, yamlScalar } from '../../yaml';
import { isObjectSchema } from '../schemaText';
import { spaces, type TextEdit } from '../textTools';
import type { FixContext } from './fixContext';
import { insertionPoint } from './insertionPoint';
import type { AuthoringFix } from './types';

export interface CopyCandidate {
  /** The group, and its field that gets the copy. */
  readonly parent: string;
  readonly key: string;
  /** The top-level field copied. */
  readonly source: string;
}

/** Group fields that mirror a top-level field: [the source's role, the copy's role]. */
const MIRRORED_ROLES: readonly (readonly [FieldRole, FieldRole])[] = [
  ['headline', 'socialTitle'],
  ['url', 'socialUrl'],
];

/** The top-level field that `parent.key` mirrors: by role first, else the one of the same name. */
function sourceFieldOf(ctx: FixContext, top: Record<string, JsonSchema>, parent: string, key: string): string | undefined {
  for (const [sourceRole, copyRole] of MIRRORED_ROLES) {
    const copy = ctx.roles[copyRole];
    const source = ctx.roles[sourceRole];
    if (copy?.length === 2 && copy[0] === parent && copy[1] === key && source?.length === 1) return source[0];
  }
  return key !== parent && key in top ? key : undefined;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Blank group fields whose top-level source field is filled-in text. */
export function copyCandidates(ctx: FixContext): CopyCandidate[] {
  const data = ctx.release.data;
  if (!data) return [];
  const top = propertiesOf(ctx.root, ctx.root);
  const result: CopyCandidate[] = [];
  for (const [parent, parentSchema] of Object.entries(top)) {
    if (!isObjectSchema(ctx.root, parentSchema)) continue;
    const group = data[parent];
    if (group !== undefined && group !== null && !isRecord(group)) continue;
    for (const key of Object.keys(propertiesOf(ctx.root, parentSchema))) {
      const source = sourceFieldOf(ctx, top, parent, key);
      if (source === undefined || typeof data[source] !== 'string' || isBlank(data[source])) continue;
      const current = (group as Record<string, unknown> | null | undefined)?.[key];
      if (isBlank(current)) result.push({ parent, key, source });
    }
  }
  return result;
}

/** The copy fix for a diagnostic on a group's field: missing, left empty, or too short (`og.title: ""`). */
export function copyFixFor(ctx: FixContext, diagnostic: BuiltInDiagnostic): AuthoringFix | undefined {
  if (diagnostic.code === 'missing-field') return copyFix(ctx, diagnostic.data.parentPath, [diagnostic.data.field], [diagnostic]);
  if (diagnostic.code === 'wrong-type' && diagnostic.data.actual !== 'null') return undefined;
  if (diagnostic.path.length !== 2) return undefined;
  const [parent, key] = diagnostic.path;
  if (typeof parent !== 'string' || typeof key !== 'string') return undefined;
  return copyFix(ctx, [parent], [key], [diagnostic]);
}

/**
 * Copies every one of `keys` into the group at `parentPath`, or nothing: undefined when any of them
 * is not a candidate or has no place to go. Fixes for diagnostics are preferred and part of fix-all.
 */
export function copyFix(ctx: FixContext, parentPath: SchemaPath, keys: readonly string[], diagnostics: ReleaseDiagnostic[]): AuthoringFix | undefined {
  if (parentPath.length !== 1 || typeof parentPath[0] !== 'string') return undefined;
  const parent = parentPath[0];
  const candidates = copyCandidates(ctx).filter((candidate) => candidate.parent === parent);
  const copies = keys.map((key) => candidates.find((candidate) => candidate.key === key));
  if (!copies.every((copy) => copy !== undefined)) return undefined;
  const edits: TextEdit[] = [];
  const toInsert: CopyCandidate[] = [];
  for (const copy of copies) {
    const pair = pairAt(ctx.document, [parent, copy.key]);
    if (!pair) {
      toInsert.push(copy);
      continue;
    }
    const edit = fillEmptyValue(ctx, pair, sourceOf(ctx, copy.source));
    if (!edit) return undefined;
    edits.push(edit);
  }
  if (toInsert.length > 0) {
    const insert = insertFields(ctx, parent, toInsert);
    if (!insert) return undefined;
    edits.push(insert);
  }
  const sources = copies.map((copy) => copy.source);
  const title = keys.length === 1 ? `Copy ${sources[0]} to ${parent}.${keys[0]}` : `Copy ${sources.join(' and ')} to ${parent}`;
  return { id: 'copy-to-group', title, edits, diagnostics, isPreferred: diagnostics.length > 0, inFixAll: diagnostics.length > 0, copy: { parent, keys }, writesKeys: keys.map((key) => [parent, key]) };
}

/** New `key: source` lines in the group, or the whole group (`og:` and its lines) when it is absent. */
function insertFields(ctx: FixContext, parent: string, copies: readonly CopyCandidate[]): TextEdit | undefined {
  const lineAt = (column: number, copy: CopyCandidate) => `${spaces(column)}${yamlKey(copy.key)}: ${sourceOf(ctx, copy.source)}${ctx.eol}`;
  if (pairAt(ctx.document, [parent]) !== undefined) {
    const at = insertionPoint(ctx, [parent]);
    if (!at) return undefined;
    const group = nodeAt(ctx.document, [parent]);
    if (!isMap(group) && !(isScalar(group) && group.value === null) && group !== undefined) return undefined;
    return { startOffset: at.offset, endOffset: at.offset, newText: copies.map((copy) => lineAt(at.column, copy)).join('') };
  }
  const at = insertionPoint(ctx, []);
  if (!at) return undefined;
  const lines = copies.map((copy) => lineAt(at.column + ctx.indentUnit, copy)).join('');
  return { startOffset: at.offset, endOffset: at.offset, newText: `${spaces(at.column)}${yamlKey(parent)}:${ctx.eol}${lines}` };
}

/** The source text of a top-level field, as written when it is on one line. */
function sourceOf(ctx: FixContext, key: string): string {
  const node = nodeAt(ctx.document, [key]);
  const value = String(ctx.release.data?.[key] ?? '');
  if (isScalar(node) && node.range && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
    const text = ctx.release.text.slice(ctx.contentStart + node.range[0], ctx.contentStart + node.range[1]);
    if (!/[\r\n]/.test(text)) return text;
  }
  return yamlScalar(value);
}

/** Writes `value` into a field present with no value (`title:`) or an empty one (`title: ""`). */
function fillEmptyValue(ctx: FixContext, pair: Pair, value: string): TextEdit | undefined {
  const text = ctx.release.text;
  const valueNode = pair.value as Node | null;
  if (valueNode?.range && valueNode.range[1] > valueNode.range[0]) {
    return { startOffset: ctx.contentStart + valueNode.range[0], endOffset: ctx.contentStart + valueNode.range[1], newText: value };
  }
  const key = pair.key as Node | null;
  if (!key?.range) return undefined;
  let offset = ctx.contentStart + key.range[1];
  while (text[offset] === ' ' || text[offset] === '\t') offset++;
  if (text[offset] !== ':') return undefined;
  offset++;
  if (text[offset] === ' ') return { startOffset: offset + 1, endOffset: offset + 1, newText: value };
  return { startOffset: offset, endOffset: offset, newText: ` ${value}` };
}
