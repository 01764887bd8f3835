/** A locale written another way (`en-GB`, `english`, `English (UK)`) rewritten as the field's pattern wants. */
import type { BuiltInDiagnostic } from '../../diagnostics';
import { formatPath, schemaAt } from '../../schema/navigate';
import type { FixContext } from './fixContext';
import { likelyLocales } from './localeNames';
import { inSameStyle } from './quoting';
import { scalarAt } from './scalarAt';
import type { AuthoringFix } from './types';

/** A locale pattern: it accepts `en_GB` and refuses `en-GB` (so other patterns never get locale fixes). */
function isLocalePattern(pattern: RegExp): boolean {
  return pattern.test('en_GB') && !pattern.test('en-GB') && !pattern.test('english');
}

/** A schema's `pattern` as a RegExp (JSON Schema patterns are Unicode regular expressions); undefined when absent or broken. */
export function patternOf(source: unknown): RegExp | undefined {
  if (typeof source !== 'string') return undefined;
  try {
    return new RegExp(source, 'u');
  } catch {
    return undefined;
  }
}

export function localeFixes(ctx: FixContext, diagnostic: BuiltInDiagnostic): AuthoringFix[] {
  if (diagnostic.code !== 'pattern-mismatch') return [];
  const field = schemaAt(ctx.root, diagnostic.path);
  const pattern = patternOf(field?.pattern);
  if (!field || !pattern || !isLocalePattern(pattern)) return [];
  const scalar = scalarAt(ctx, diagnostic.path);
  if (!scalar || typeof scalar.node.value !== 'string') return [];
  const examples = (field.examples ?? []).filter((example): example is string => typeof example === 'string');
  const locales = likelyLocales(scalar.node.value, examples).filter((locale) => pattern.test(locale));
  const single = locales.length === 1;
  return locales.flatMap((locale): AuthoringFix[] => {
    const newText = inSameStyle(scalar.node, locale);
    if (newText === undefined) return [];
    return [
      {
        id: 'fix-locale',
        title: `Change ${formatPath(diagnostic.path)} to ${locale}`,
        edits: [{ startOffset: scalar.startOffset, endOffset: scalar.endOffset, newText }],
        diagnostics: [diagnostic],
        // Only the author can choose between several countries.
        isPreferred: single,
        inFixAll: single,
      },
    ];
  });
}
