/**
 * A near-miss key (`tittle`, `Area`) renamed to the one the schema knows, in the key's own quotes.
 * Automatic (preferred, in Fix All) only when the value suits the field it would move to.
 */
import { isMap, isScalar } from 'yaml';
import type { BuiltInDiagnostic } from '../../diagnostics';
import { schemaAt } from '../../schema/navigate';
import { valueAtPath } from '../../util/valueAtPath';
import { listInWords, typeInWords, typeOfValue } from '../../validate/describeValue';
import { nodeAt, pairAt, yamlKey } from '../../yaml';
import { fitsDeclaredType, typesOf } from '../schemaText';
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
  // `published: false` is not a misspelt `publish:` group: renaming it would only trade one error for another.
  const target = schemaAt(ctx.root, [...parent, suggestion]);
  const value = valueAtPath(ctx.release.data, diagnostic.path);
  const fits = target === undefined || fitsDeclaredType(ctx.root, target, value);
  const unlike = fits ? '' : ` (${listInWords(typesOf(ctx.root, target).map(typeInWords))}, not ${typeInWords(typeOfValue(value))})`;
  return {
    id: 'rename-key',
    title: `Rename "${key}" to "${suggestion}"${unlike}`,
    edits: [{ startOffset: ctx.contentStart + keyNode.range[0], endOffset: ctx.contentStart + keyNode.range[1], newText }],
    diagnostics: [diagnostic],
    isPreferred: fits,
    inFixAll: fits,
    writesKeys: [[...parent, suggestion]],
  };
}
