/**
 * Everything the features need to know about one version of one file, computed once: whether it is a
 * release, its parse, the schema in force and its diagnostics. The editor keeps one of these per document
 * version; the workspace command and the CLI make one per file.
 */
import type { CheckDecision } from '../config/releaseCheck';
import { parseRelease, type ParsedRelease } from '../frontMatter/parse';
import type { CompiledSchema } from '../schema/compile';
import type { ReleaseDiagnostic } from '../types';
import { tooLargeFile } from '../validate/fileSize';
import { validateParsed } from '../validate/validateRelease';

export interface ReleaseAnalysis {
  readonly decision: CheckDecision;
  /** True when the file is checked (a release, or named explicitly). */
  readonly isRelease: boolean;
  readonly parsed: ParsedRelease;
  readonly schema: CompiledSchema;
  /** Empty for a file that is not a release. */
  readonly diagnostics: readonly ReleaseDiagnostic[];
}

export function analyseRelease(text: string, decision: CheckDecision, schema: CompiledSchema): ReleaseAnalysis {
  const parsed = parseRelease(text);
  return analyseParsed(parsed, decision, schema);
}

export function analyseParsed(parsed: ParsedRelease, decision: CheckDecision, schema: CompiledSchema): ReleaseAnalysis {
  switch (decision.kind) {
    case 'skip':
      return { decision, isRelease: false, parsed, schema, diagnostics: [] };
    case 'too-large':
      return { decision, isRelease: true, parsed, schema, diagnostics: [tooLargeFile(decision.bytes, decision.limit)] };
    case 'check':
      return { decision, isRelease: true, parsed, schema, diagnostics: validateParsed(parsed, schema) };
  }
}
