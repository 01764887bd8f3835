/**
 * A value the schema wants as text but YAML read as something else (`phone: 01632960123` is the number
 * 1632960123): put it in quotes exactly as it was written, so every digit, leading zero included, is kept.
 */
import type { BuiltInDiagnostic } from '../../diagnostics';
import { formatPath } from '../../schema/navigate';
import { yamlDoubleQuoted } from '../../yaml';
import type { FixContext } from './fixContext';
import { scalarAt } from './scalarAt';
import type { AuthoringFix } from './types';

export function quoteValueFix(ctx: FixContext, diagnostic: BuiltInDiagnostic): AuthoringFix | undefined {
  if (diagnostic.code !== 'wrong-type' || !diagnostic.data.expected.includes('string')) return undefined;
  if (diagnostic.data.actual === 'null' || diagnostic.data.actual === 'object' || diagnostic.data.actual === 'array') return undefined;
  const scalar = scalarAt(ctx, diagnostic.path);
  // Only a plain scalar is text YAML reinterpreted; its source is what the author meant.
  if (!scalar || scalar.node.type !== 'PLAIN' || scalar.source.trim() !== scalar.source) return undefined;
  const quoted = yamlDoubleQuoted(scalar.source);
  return {
    id: 'quote-value',
    title: `Put ${formatPath(diagnostic.path)} in quotes (${quoted})`,
    edits: [{ startOffset: scalar.startOffset, endOffset: scalar.endOffset, newText: quoted }],
    diagnostics: [diagnostic],
    isPreferred: true,
    inFixAll: true,
  };
}
