/**
 * The fixes for a release's diagnostics: the registry names the fixes that answer each code, and each
 * fix works out from the diagnostic whether it applies; a release rule's diagnostic brings its own.
 */
import { DIAGNOSTIC_REGISTRY, isRuleDiagnostic, type BuiltInDiagnostic, type FixId } from '../../diagnostics';
import type { ParsedRelease } from '../../frontMatter/parse';
import type { CompiledSchema } from '../../schema/compile';
import type { SchemaPath } from '../../schema/jsonSchema';
import type { ReleaseDiagnostic } from '../../types';
import { copyFixFor } from './copyToGroup';
import { dateFixes } from './dateRewrite';
import { addNew, fixContextOf, type FixContext } from './fixContext';
import { missingFieldsFix, missingFieldsOf } from './missingFields';
import { httpsFixFor } from './httpsFix';
import { localeFixes } from './localeFix';
import { quoteValueFix } from './quoteValue';
import { realDateFixes } from './realDate';
import { removeDuplicateKeyFix } from './removeDuplicateKey';
import { renameFix } from './renameKey';
import { ruleFixes } from './ruleFixes';
import type { AuthoringFix, FixOptions } from './types';

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

/** Gathers the fixes of one request; missing fields wait to be added per mapping, all at once. */
class FoundFixes {
  readonly fixes: AuthoringFix[] = [];
  readonly missing = new MissingFields();

  push(...fixes: readonly (AuthoringFix | undefined)[]): void {
    for (const fix of fixes) if (fix) this.fixes.push(fix);
  }
}

const FIXES: Readonly<Record<FixId, (ctx: FixContext, diagnostic: BuiltInDiagnostic, found: FoundFixes) => void>> = {
  'add-missing-fields': (ctx, diagnostic, found) => {
    const asked = missingFieldsOf(ctx, diagnostic);
    if (asked) found.missing.add(asked.parent, asked.fields, diagnostic);
  },
  'copy-to-group': (ctx, diagnostic, found) => found.push(copyFixFor(ctx, diagnostic)),
  'rewrite-date': (ctx, diagnostic, found) => found.push(...dateFixes(ctx, diagnostic)),
  'rename-key': (ctx, diagnostic, found) => found.push(renameFix(ctx, diagnostic)),
  'quote-value': (ctx, diagnostic, found) => found.push(quoteValueFix(ctx, diagnostic)),
  'fix-locale': (ctx, diagnostic, found) => found.push(...localeFixes(ctx, diagnostic)),
  'use-https': (ctx, diagnostic, found) => found.push(httpsFixFor(ctx, diagnostic)),
  'real-date': (ctx, diagnostic, found) => found.push(...realDateFixes(ctx, diagnostic)),
  'remove-duplicate-key': (ctx, diagnostic, found) => found.push(removeDuplicateKeyFix(ctx, diagnostic)),
};

/** Every fix for the given diagnostics (those of this release's text). */
export function fixesFor(release: ParsedRelease, schema: CompiledSchema, diagnostics: readonly ReleaseDiagnostic[], options: FixOptions): AuthoringFix[] {
  const ctx = fixContextOf(release, schema, options.now);
  if (!ctx) return [];
  const found = new FoundFixes();
  for (const diagnostic of diagnostics) {
    if (isRuleDiagnostic(diagnostic)) found.push(...ruleFixes(release.text, diagnostic));
    else for (const fix of DIAGNOSTIC_REGISTRY[diagnostic.code].fixes) FIXES[fix](ctx, diagnostic, found);
  }
  for (const entry of found.missing.byParent()) found.push(missingFieldsFix(ctx, entry.parent, entry.fields, entry.diagnostics));
  return found.fixes;
}
