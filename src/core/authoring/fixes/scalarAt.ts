/** The scalar a fix rewrites: its node and where its text stands in the file. */
import { isScalar, type Scalar } from 'yaml';
import type { SchemaPath } from '../../schema/jsonSchema';
import { nodeAt } from '../../yaml';
import type { FixContext } from './fixContext';

export interface ScalarAt {
  readonly node: Scalar;
  readonly startOffset: number;
  readonly endOffset: number;
  /** The scalar as written, quotes and all. */
  readonly source: string;
}

/** The scalar at `path` when it is written on one line; undefined for collections, aliases and block scalars. */
export function scalarAt(ctx: FixContext, path: SchemaPath): ScalarAt | undefined {
  const node = nodeAt(ctx.document, path);
  if (!isScalar(node) || !node.range || node.range[1] <= node.range[0]) return undefined;
  if (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return undefined;
  const startOffset = ctx.contentStart + node.range[0];
  const endOffset = ctx.contentStart + node.range[1];
  const source = ctx.release.text.slice(startOffset, endOffset);
  if (/[\r\n]/.test(source)) return undefined;
  return { node, startOffset, endOffset, source };
}
