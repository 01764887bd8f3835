/**
 * Missing required fields, inserted after the mapping's last field: a snippet with placeholders for
 * editors that can insert one, its defaults as plain text otherwise.
 */
import type { SchemaPath } from '../../schema/jsonSchema';
import { formatPath, propertiesOf, requiredOf, schemaAt } from '../../schema/navigate';
import type { BuiltInDiagnostic, ReleaseDiagnostic } from '../../diagnostics';
import { yamlKey } from '../../yaml';
import { isObjectSchema, SnippetNumbers, valueSnippet } from '../schemaText';
import { escapeSnippet, snippetDefaults, spaces } from '../textTools';
import type { FixContext } from './fixContext';
import { insertionPoint, withoutTrailingSpaces } from './insertionPoint';
import type { AuthoringFix } from './types';

/** The fields a diagnostic asks for: a missing field, or the required fields of a group left empty. */
export function missingFieldsOf(ctx: FixContext, diagnostic: BuiltInDiagnostic): { parent: SchemaPath; fields: string[] } | undefined {
  if (diagnostic.code === 'missing-field') return { parent: diagnostic.data.parentPath, fields: [diagnostic.data.field] };
  if (diagnostic.code !== 'wrong-type' || diagnostic.data.actual !== 'null') return undefined;
  const group = schemaAt(ctx.root, diagnostic.path);
  const fields = group && isObjectSchema(ctx.root, group) ? requiredOf(ctx.root, group) : [];
  return fields.length > 0 ? { parent: diagnostic.path, fields } : undefined;
}

export function missingFieldsFix(ctx: FixContext, parent: SchemaPath, fields: readonly string[], diagnostics: ReleaseDiagnostic[]): AuthoringFix | undefined {
  const parentSchema = schemaAt(ctx.root, parent);
  const at = insertionPoint(ctx, parent);
  if (!parentSchema || !at) return undefined;
  const properties = propertiesOf(ctx.root, parentSchema);
  const ordered = inRequiredOrder(requiredOf(ctx.root, parentSchema), fields);
  const numbers = new SnippetNumbers();
  const snippetOptions = { eol: ctx.eol, unit: ctx.indentUnit, now: ctx.now, numbers };
  const snippet = ordered
    .map((field) => `${spaces(at.column)}${escapeSnippet(yamlKey(field))}:${valueSnippet(ctx.root, properties[field] ?? {}, at.column, snippetOptions)}${ctx.eol}`)
    .join('');
  const where = parent.length === 0 ? '' : ` to ${formatPath(parent)}`;
  const names = ordered.map((field) => `"${field}"`).join(', ');
  return {
    id: 'add-missing-fields',
    title: ordered.length === 1 ? `Add missing field ${names}${where}` : `Add missing fields ${names}${where}`,
    edits: [{ startOffset: at.offset, endOffset: at.offset, newText: withoutTrailingSpaces(snippetDefaults(snippet)) }],
    snippet: { startOffset: at.offset, endOffset: at.offset, snippet },
    diagnostics,
    isPreferred: true,
    inFixAll: false,
  };
}

/** The fields in the order the schema lists them as required (others last), as an author would write them. */
function inRequiredOrder(required: readonly string[], fields: readonly string[]): string[] {
  const rank = (field: string) => (required.includes(field) ? required.indexOf(field) : required.length);
  return [...fields].sort((a, b) => rank(a) - rank(b));
}
