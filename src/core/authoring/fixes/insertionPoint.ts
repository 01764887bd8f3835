/** Where new lines go in the front matter, and at which column, so that they join the right mapping. */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import type { SchemaPath } from '../../schema/jsonSchema';
import { nodeAt, pairAt } from '../../yaml';
import type { FixContext } from './fixContext';

export interface InsertionPoint {
  readonly offset: number;
  readonly column: number;
}

function columnOf(ctx: FixContext, offset: number): number {
  return ctx.release.lines.positionAt(offset).character;
}

/** The start of the line after the one holding `offset` (ignoring line breaks right before it). */
function lineAfter(ctx: FixContext, offset: number): number {
  const { text, lines } = ctx.release;
  let end = offset;
  while (end > ctx.contentStart && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const line = lines.positionAt(end).line;
  return line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
}

/** Where a pair's text ends: after its value, or after its key when it has none. */
function pairEnd(pair: Pair): number | undefined {
  const value = pair.value as Node | null;
  const key = pair.key as Node | null;
  return value?.range?.[1] ?? key?.range?.[1];
}

/** Where new fields of the mapping at `path` go, and at which column; undefined for flow mappings. */
export function insertionPoint(ctx: FixContext, path: SchemaPath): InsertionPoint | undefined {
  const node = path.length === 0 ? ctx.document.contents : nodeAt(ctx.document, path);
  if (isMap(node) && node.items.length > 0) {
    // `{ a: 1 }` would need its own syntax; only block mappings get new lines.
    if (node.flow) return undefined;
    const first = node.items[0].key as Node | null;
    const end = pairEnd(node.items[node.items.length - 1]);
    if (!first?.range || end === undefined) return undefined;
    return { offset: lineAfter(ctx, ctx.contentStart + end), column: columnOf(ctx, ctx.contentStart + first.range[0]) };
  }
  if (path.length === 0) {
    // Empty front matter: write at its end.
    if (node !== null && node !== undefined && !(isScalar(node) && node.value === null)) return undefined;
    return { offset: ctx.release.block!.contentEnd, column: 0 };
  }
  // `publish: {}` is a flow mapping too: a line under it would not join it.
  if (isMap(node) && node.flow) return undefined;
  // `publish:` with nothing under it: one indentation step under its key.
  if (isMap(node) || node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) {
    const pair = pairAt(ctx.document, path);
    const key = pair?.key as Node | null | undefined;
    const end = pair ? pairEnd(pair) : undefined;
    if (!key?.range || end === undefined) return undefined;
    if (isScalar(node) && node.range && node.range[1] > node.range[0]) return undefined; // `publish: ""`
    return { offset: lineAfter(ctx, ctx.contentStart + end), column: columnOf(ctx, ctx.contentStart + key.range[0]) + ctx.indentUnit };
  }
  return undefined;
}

/** Snippet defaults can leave `key: ` with nothing after it; editors would keep the space. */
export function withoutTrailingSpaces(text: string): string {
  return text.replace(/[ \t]+(?=\r?\n|$)/g, '');
}
