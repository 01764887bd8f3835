/**
 * Finds where a front matter path stands in the source, from the YAML parser's own node ranges
 * (never by searching the text, which finds the wrong occurrence; topLevelKey.ts does so only for YAML
 * the quick read accepted, where a line in the first column can be nothing but a key). Offsets are the file's.
 */
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { SchemaPath } from '../schema/jsonSchema';

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * What `document.getIn(path, true)` gives, walked here without the copies of the rest of the path it
 * makes at each level: a mapping's value by its key (`null` as undefined), a list's item by its index.
 */
function contentsAt(document: Document.Parsed, path: SchemaPath): unknown {
  let node: unknown = document.contents;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    if (isMap(node)) node = valueWithKey(node.items, segment);
    else if (isSeq(node)) node = itemAt(node.items, segment);
    else return undefined;
  }
  return node;
}

function valueWithKey(pairs: readonly unknown[], key: string | number): unknown {
  for (let index = 0; index < pairs.length; index++) {
    const pair = pairs[index] as { readonly key?: unknown; readonly value?: unknown };
    const itsKey = pair.key as { readonly value?: unknown } | null | undefined;
    // The node-type tests (a look-up each node type shares) only once the key's value matches.
    const matches = itsKey === key || (typeof itsKey === 'object' && itsKey !== null && itsKey.value === key && isScalar(itsKey));
    if (matches && isPair(pair)) return pair.value ?? undefined;
  }
  return undefined;
}

/** A list item by its index, which `yaml` also takes written as a string of digits. */
function itemAt(items: readonly unknown[], segment: string | number): unknown {
  const index = segment && typeof segment === 'string' ? Number(segment) : segment;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? items[index] : undefined;
}

/** The map pair holding the last segment of `path`, when the parent is a mapping. */
export function pairAt(document: Document.Parsed, path: SchemaPath): Pair | undefined {
  if (path.length === 0) return undefined;
  const parent = contentsAt(document, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  return parent.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key));
}

export function nodeAt(document: Document.Parsed, path: SchemaPath): Node | undefined {
  const found = contentsAt(document, path);
  return isNode(found) ? found : undefined;
}

function rangeOfNode(node: Node | null | undefined, base: number): OffsetRange | undefined {
  if (!node?.range) return undefined;
  const [start, valueEnd] = node.range;
  return { start: base + start, end: base + valueEnd };
}

/** The key of the field at `path` (`tittle` in `tittle: ...`), or for a list item the item's first line. */
export function keyRange(document: Document.Parsed, path: SchemaPath, base: number, text: string): OffsetRange | undefined {
  const pair = pairAt(document, path);
  if (pair && isNode(pair.key)) return rangeOfNode(pair.key, base);
  const node = nodeAt(document, path);
  const whole = rangeOfNode(node, base);
  if (!whole) return undefined;
  return { start: whole.start, end: Math.min(whole.end, lineEndFrom(text, whole.start)) };
}

/** The value at `path`; an empty value falls back to its key, so there is always something to underline. */
export function valueRange(document: Document.Parsed, path: SchemaPath, base: number, text: string): OffsetRange | undefined {
  const node = nodeAt(document, path);
  const range = rangeOfNode(node, base);
  if (range && range.end > range.start) {
    // Block collections span lines; underline only their first line (most values are scalars, told first).
    if (!isScalar(node) && (isMap(node) || isSeq(node))) return { start: range.start, end: Math.min(range.end, lineEndFrom(text, range.start)) };
    return range;
  }
  return keyRange(document, path, base, text) ?? range;
}

function lineEndFrom(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

/** The original source of a scalar (e.g. `07702541401`, before YAML made it a number). */
export function scalarSource(document: Document.Parsed, path: SchemaPath, base: number, text: string): string | undefined {
  const node = nodeAt(document, path);
  if (!isScalar(node) || !node.range) return undefined;
  return text.slice(base + node.range[0], base + node.range[1]);
}

