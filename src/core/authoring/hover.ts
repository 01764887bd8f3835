/**
 * Hover in the front matter: what the schema says about a key, and for press-date values the date in
 * words ("Wednesday 18 March 2020, 16:55") or why it is not a date.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { readDate } from '../dates/readDate';
import { datePartOf, describePressDate, formatPressDate, parsePressDate, PRESS_DATE_FORMAT, PRESS_DATE_PATTERN_TEXT } from '../dates/pressDate';
import type { ParsedRelease } from '../frontMatter/parse';
import type { CompiledSchema } from '../schema/compile';
import type { SchemaPath } from '../schema/jsonSchema';
import { formatPath, requiredOf, schemaAt } from '../schema/navigate';
import { schemaDisplayName } from '../schema/displayName';
import { fieldDocumentation } from './schemaText';

export interface HoverResult {
  /** Markdown. */
  readonly markdown: string;
  readonly startOffset: number;
  readonly endOffset: number;
}

interface Found {
  readonly part: 'key' | 'value';
  readonly path: SchemaPath;
  readonly node: Node;
  readonly start: number;
  readonly end: number;
}

function contains(node: Node | null | undefined, offset: number): node is Node {
  return !!node?.range && node.range[0] <= offset && offset <= node.range[1];
}

/** The key or scalar value under `offset` (relative to the YAML source). */
function find(node: unknown, offset: number, path: SchemaPath): Found | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const name = isScalar(key) ? String(key.value) : undefined;
      if (name === undefined) continue;
      if (contains(key, offset)) return { part: 'key', path: [...path, name], node: key, start: key.range![0], end: key.range![1] };
      const value = pair.value as Node | null;
      if (contains(value, offset)) return find(value, offset, [...path, name]);
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) if (contains(item as Node, offset)) return find(item, offset, [...path, index]);
    return undefined;
  }
  if (isScalar(node) && node.range) return { part: 'value', path, node, start: node.range[0], end: node.range[1] };
  return undefined;
}

/** Why a press-date value is not a date, or what date it is. */
export function describeDateValue(value: string): string {
  const parsed = parsePressDate(value);
  if (parsed.ok) return `**${describePressDate(parsed.parts)}**`;
  if (parsed.reason === 'date') return `Not a date: ${datePartOf(value)} is not a real date.`;
  if (parsed.reason === 'time') return `Not a date: ${value.split(' ')[0]} is not a real time.`;
  const read = readDate(value);
  const head = `Not a date in the form \`${PRESS_DATE_PATTERN_TEXT}\`.`;
  if (read && read.hour !== undefined && read.minute !== undefined) {
    const parts = { year: read.year, month: read.month, day: read.day, hour: read.hour, minute: read.minute };
    return `${head} It reads as ${describePressDate(parts)}: write it as \`${formatPressDate(parts)}\` (the quick fix does this).`;
  }
  if (read) return `${head} It reads as a date without a time: add the time, as in \`09:00 ${formatPressDate({ ...read, hour: 9, minute: 0 }).split(' ')[1]}\`.`;
  return head;
}

/** Which schema checks the release, for the hover on the block's opening line and on `$schema`. */
function checkedBy(schema: CompiledSchema): string {
  const name = schemaDisplayName(schema);
  const source = schema.sourceName !== name && /[\\/]/.test(schema.sourceName) ? ` (\`${schema.sourceName}\`)` : '';
  return `Pressroom checks this release against **${name}**${source}.`;
}

export function hoverAt(release: ParsedRelease, schema: CompiledSchema, offset: number): HoverResult | undefined {
  const { document, block } = release;
  if (block && offset >= block.openStart && offset <= block.openEnd && offset < block.contentStart) {
    return { markdown: checkedBy(schema), startOffset: block.openStart, endOffset: block.openEnd };
  }
  if (!document || !block || offset < block.contentStart || offset > block.contentEnd) return undefined;
  const found = find(document.contents, offset - block.contentStart, []);
  if (!found) return undefined;
  if (found.path.length === 1 && found.path[0] === '$schema') {
    return { markdown: checkedBy(schema), startOffset: block.contentStart + found.start, endOffset: block.contentStart + found.end };
  }
  const root = schema.json;
  const field = schemaAt(root, found.path);
  if (!field) return undefined;
  const range = { startOffset: block.contentStart + found.start, endOffset: block.contentStart + found.end };
  if (found.part === 'key') {
    const parent = schemaAt(root, found.path.slice(0, -1)) ?? {};
    const required = requiredOf(root, parent).includes(String(found.path[found.path.length - 1]));
    return { markdown: `**${formatPath(found.path)}**\n\n${fieldDocumentation(root, field, required)}`, ...range };
  }
  if (field.format === PRESS_DATE_FORMAT && isScalar(found.node) && typeof found.node.value === 'string') {
    return { markdown: describeDateValue(found.node.value), ...range };
  }
  return undefined;
}
