/** Every text value of the front matter with its path and where its characters are in the file. */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ParsedRelease } from '../../frontMatter/parse';
import { LastOne } from '../lastOne';

export interface TextScalar {
  readonly path: readonly (string | number)[];
  readonly value: string;
  /** The whole value as written (quotes included). */
  readonly start: number;
  readonly end: number;
  /**
   * Where the value's own characters begin, when the source spells them one for one (plain or quoted
   * on one line, no escapes); otherwise findings inside it underline the whole value.
   */
  readonly textStart: number | undefined;
}

/** Deeper than the guarded read allows anyway; a bound for the walk. */
const MAX_DEPTH = 80;

const last = new LastOne<ParsedRelease, readonly TextScalar[]>();

/** Read once per release. */
export function textScalarsOf(release: ParsedRelease): readonly TextScalar[] {
  return last.get(release) ?? last.set(release, readTextScalars(release));
}

function readTextScalars(release: ParsedRelease): TextScalar[] {
  const { document, block, text } = release;
  if (!document || !block || document.errors.length > 0) return [];
  const out: TextScalar[] = [];
  walk(document.contents, [], 0, (path, node) => {
    if (!node.range || typeof node.value !== 'string') return;
    const start = block.contentStart + node.range[0];
    const end = block.contentStart + node.range[1];
    const source = text.slice(start, end);
    let textStart: number | undefined;
    if (node.type === 'PLAIN' && source === node.value) textStart = start;
    else if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && source.slice(1, -1) === node.value) textStart = start + 1;
    out.push({ path, value: node.value, start, end, textStart });
  });
  return out;
}

type Visit = (path: readonly (string | number)[], node: import('yaml').Scalar) => void;

function walk(node: Document.Parsed['contents'] | Node | null | undefined, path: readonly (string | number)[], depth: number, visit: Visit): void {
  if (depth > MAX_DEPTH || !node) return;
  if (isScalar(node)) visit(path, node);
  else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      walk(pair.value as Node | null, [...path, String(pair.key.value)], depth + 1, visit);
    }
  } else if (isSeq(node)) node.items.forEach((item, index) => walk(item as Node | null, [...path, index], depth + 1, visit));
}
