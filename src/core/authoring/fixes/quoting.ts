/** Edits keep the author's quoting: a double-quoted value stays double-quoted, and so on. */
import type { Scalar } from 'yaml';
import { yamlDoubleQuoted, yamlScalar, yamlSingleQuoted } from '../../yaml';

/** `value` in the quotes `node` was written with; undefined when it was written plain or as a block. */
export function inQuotesOf(node: Scalar, value: string): string | undefined {
  if (node.type === 'QUOTE_DOUBLE') return yamlDoubleQuoted(value);
  if (node.type === 'QUOTE_SINGLE') return yamlSingleQuoted(value);
  return undefined;
}

/** Writes `value` in the scalar's own quoting style; undefined for block scalars, which are left alone. */
export function inSameStyle(node: Scalar, value: string): string | undefined {
  const quoted = inQuotesOf(node, value);
  if (quoted !== undefined) return quoted;
  if (node.type === 'PLAIN' || node.type === undefined) return yamlScalar(value);
  return undefined;
}
