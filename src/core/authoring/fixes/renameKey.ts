/** A near-miss key (`tittle`, `Area`) renamed to the one the schema knows, in the key's own quotes. */
import { isMap, isScalar } from 'yaml';
import type { BuiltInDiagnostic } from '../../diagnostics';
import { nodeAt, pairAt, yamlKey } from '../../yaml';
import type { FixContext } from './fixContext';
import { inQuotesOf } from './quoting';
import type { AuthoringFix } from './types';

export function renameFix(ctx: FixContext, diagnostic: BuiltInDiagnostic): AuthoringFix | undefined {
  if (diagnostic.code !== 'unknown-field') return undefined;
  const { key, suggestion } = diagnostic.data;
  if (!suggestion) return undefined;
  const parent = diagnostic.path.slice(0, -1);
  const parentNode = parent.length === 0 ? ctx.document.contents : nodeAt(ctx.document, parent);
  if (isMap(parentNode) && parentNode.has(suggestion)) return undefined; // renaming would duplicate a key
  const keyNode = pairAt(ctx.document, diagnostic.path)?.key;
  if (!isScalar(keyNode) || !keyNode.range) return undefined;
  const newText = inQuotesOf(keyNode, suggestion) ?? yamlKey(suggestion);
  return {
    id: 'rename-key',
    title: `Rename "${key}" to "${suggestion}"`,
    edits: [{ startOffset: ctx.contentStart + keyNode.range[0], endOffset: ctx.contentStart + keyNode.range[1], newText }],
    diagnostics: [diagnostic],
    isPreferred: true,
    inFixAll: true,
    writesKeys: [[...parent, suggestion]],
  };
}
