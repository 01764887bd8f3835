/** The fixes for a release's diagnostics: each diagnostic code is answered by the fixes that resolve it. */
import type { ParsedRelease } from '../../frontMatter/parse';
import type { CompiledSchema } from '../../schema/compile';
import type { SchemaPath } from '../../schema/jsonSchema';
import { requiredOf, schemaAt } from '../../schema/navigate';
import type { ReleaseDiagnostic } from '../../types';
import { isObjectSchema } from '../schemaText';
import { copyFix, copyFixForValue } from './copyToGroup';
import { dateFixes } from './dateRewrite';
import { addNew, fixContextOf, type FixContext } from './fixContext';
import { missingFieldsFix } from './missingFields';
import { renameFix } from './renameKey';
import type { AuthoringFix, FixOptions } from './types';

/** Every fix for the given diagnostics (those of this release's text). */
export function fixesFor(release: ParsedRelease, schema: CompiledSchema, diagnostics: readonly ReleaseDiagnostic[], options: FixOptions): AuthoringFix[] {
  const ctx = fixContextOf(release, schema, options.now);
  if (!ctx) return [];
  const fixes: AuthoringFix[] = [];
  const missing = new MissingFields();
  const push = (fix: AuthoringFix | undefined) => {
    if (fix) fixes.push(fix);
  };

  for (const diagnostic of diagnostics) {
    const data = diagnostic.data ?? {};
    switch (diagnostic.code) {
      case 'missing-field': {
        const parent = (data.parentPath as SchemaPath | undefined) ?? diagnostic.path;
        const field = String(data.field);
        missing.add(parent, [field], diagnostic);
        push(copyFix(ctx, parent, [field], [diagnostic]));
        break;
      }
      case 'wrong-type': {
        // `publish:` left empty: add its required fields under it.
        if (data.actual === 'null') {
          const required = requiredChildrenOf(ctx, diagnostic.path);
          if (required.length > 0) missing.add(diagnostic.path, required, diagnostic);
          push(copyFixForValue(ctx, diagnostic));
        }
        break;
      }
      case 'too-short':
        push(copyFixForValue(ctx, diagnostic));
        break;
      case 'invalid-date':
        fixes.push(...dateFixes(ctx, diagnostic));
        break;
      case 'unknown-field':
        push(renameFix(ctx, diagnostic));
        break;
      default:
        break;
    }
  }
  for (const entry of missing.byParent()) push(missingFieldsFix(ctx, entry.parent, entry.fields, entry.diagnostics));
  return fixes;
}

/** The required fields of the object at `path`; none when it is not an object. */
function requiredChildrenOf(ctx: FixContext, path: SchemaPath): string[] {
  const field = schemaAt(ctx.root, path);
  return field && isObjectSchema(ctx.root, field) ? requiredOf(ctx.root, field) : [];
}

/** Missing fields gathered by mapping: one fix per mapping adds all of its missing fields at once. */
class MissingFields {
  private readonly entries = new Map<string, { parent: SchemaPath; fields: string[]; diagnostics: ReleaseDiagnostic[] }>();

  add(parent: SchemaPath, fields: readonly string[], diagnostic: ReleaseDiagnostic): void {
    const key = JSON.stringify(parent);
    const entry = this.entries.get(key) ?? { parent, fields: [], diagnostics: [] };
    addNew(entry.fields, fields);
    entry.diagnostics.push(diagnostic);
    this.entries.set(key, entry);
  }

  byParent(): Iterable<{ parent: SchemaPath; fields: string[]; diagnostics: ReleaseDiagnostic[] }> {
    return this.entries.values();
  }
}
