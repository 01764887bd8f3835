/**
 * Everything the features need to know about one version of one file, computed once: whether it is a
 * release, its parse, the schema in force and its diagnostics (the schema's, then the release rules').
 * The editor keeps one of these per document version; the workspace command and the CLI make one per file.
 */
import type { CheckDecision } from '../config/releaseCheck';
import { parseRelease, parseReleaseQuickly, type ParsedRelease } from '../frontMatter/parse';
import { runRules, type AnyRule, type RuleRunOptions, type RulesConfig, type WorkspaceView } from '../rules';
import type { CompiledSchema } from '../schema/compile';
import type { SchemaErrors } from '../validate/validateRelease';
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

/** What the release rules need beyond the text: every field is optional, so a bare call still checks with the defaults. */
export interface AnalysisOptions {
  /** The time date rules compare against (default: now). */
  readonly now?: Date;
  /** The release's path (absolute, forward slashes), when it has one. */
  readonly filePath?: string;
  /** The other releases, for workspace rules (skipped without it). */
  readonly workspace?: WorkspaceView;
  /** The project's `rules` (ProjectConfig.rules). */
  readonly rules?: RulesConfig;
  /** The rules to run instead of every rule Pressroom has (tests). */
  readonly ruleSet?: readonly AnyRule[];
  /**
   * Try the quick parse first (the CLI and the workspace checks, where most releases are valid): the
   * diagnostics are the same either way, and a release without findings never builds its range-keeping parse.
   */
  readonly quick?: boolean;
}

export function analyseRelease(text: string, decision: CheckDecision, schema: CompiledSchema, options: AnalysisOptions = {}): ReleaseAnalysis {
  const quick = options.quick && decision.kind === 'check' ? parseReleaseQuickly(text) : undefined;
  if (!quick) return analyseParsed(parseRelease(text), decision, schema, options);
  const schemaErrors = schema.check(quick.data);
  if (schemaErrors.length > 0) {
    // The schema's messages read the source: the release's document is parsed now, once, for them and the rules.
    return analyseParsed(quick, decision, schema, options, schemaErrors);
  }
  return quickAnalysis(quick, decision, schema, options);
}

/**
 * The analysis of a release the quick parse can read and the schema finds nothing wrong with: its rules'
 * findings are then the whole answer (the quick read takes only YAML the careful parse reads without an
 * error or a warning), placed through the document the rules parse when they find something.
 */
function quickAnalysis(parsed: ParsedRelease, decision: CheckDecision, schema: CompiledSchema, options: AnalysisOptions): ReleaseAnalysis {
  const rules = runRules(parsed, schema, ruleOptionsOf(options));
  return { decision, isRelease: true, parsed, schema, diagnostics: rules.length > 0 ? inPositionOrder([], rules) : [] };
}

function ruleOptionsOf(options: AnalysisOptions): RuleRunOptions {
  return { now: options.now ?? new Date(), filePath: options.filePath, workspace: options.workspace, config: options.rules, rules: options.ruleSet };
}

/** `schemaErrors`: the schema's errors on `parsed.data`, when the caller has checked it already. */
export function analyseParsed(parsed: ParsedRelease, decision: CheckDecision, schema: CompiledSchema, options: AnalysisOptions = {}, schemaErrors?: SchemaErrors): ReleaseAnalysis {
  switch (decision.kind) {
    case 'skip':
      return { decision, isRelease: false, parsed, schema, diagnostics: [] };
    case 'too-large':
      return { decision, isRelease: true, parsed, schema, diagnostics: [tooLargeFile(decision.bytes, decision.limit)] };
    case 'check': {
      const rules = runRules(parsed, schema, ruleOptionsOf(options));
      const diagnostics = validateParsed(parsed, schema, schemaErrors);
      return { decision, isRelease: true, parsed, schema, diagnostics: rules.length > 0 ? inPositionOrder(diagnostics, withoutSecondWord(diagnostics, rules)) : diagnostics };
    }
  }
}

/**
 * One message per value: a rule's finding on a front matter value the schema already reports is left out,
 * since fixing the schema's problem comes first (and may answer the rule's too).
 */
function withoutSecondWord(schemaDiagnostics: readonly ReleaseDiagnostic[], ruleDiagnostics: readonly ReleaseDiagnostic[]): readonly ReleaseDiagnostic[] {
  const reported = new Set(schemaDiagnostics.filter((diagnostic) => diagnostic.path.length > 0).map((diagnostic) => JSON.stringify(diagnostic.path)));
  if (reported.size === 0) return ruleDiagnostics;
  return ruleDiagnostics.filter((diagnostic) => diagnostic.path.length === 0 || !reported.has(JSON.stringify(diagnostic.path)));
}

/** Schema and rule diagnostics together, by position (a stable sort: at one place, the schema's first). */
function inPositionOrder(schemaDiagnostics: readonly ReleaseDiagnostic[], ruleDiagnostics: readonly ReleaseDiagnostic[]): ReleaseDiagnostic[] {
  return [...schemaDiagnostics, ...ruleDiagnostics].sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
}
