/**
 * One file through the CLI: the project configuration decides whether and how it is checked (the same
 * `decideCheck` the editor calls), then the core analyses it. Each file is opened once, and a file too
 * large is never read.
 */
import { analyseRelease, decideCheck, isMarkdownPath, withoutBom, type AnalysisOptions, type CheckDecision, type ReleaseAnalysis, type ReleaseDiagnostic } from '../core';
import type { InputFile } from './expandInputs';
import type { CliIo } from './io';
import type { ProjectConfigs } from './projectConfigs';

export interface CheckedFile {
  readonly file: string;
  readonly diagnostics: readonly ReleaseDiagnostic[];
  /** The parse and schema behind the diagnostics (what --fix works from). */
  readonly analysis: ReleaseAnalysis;
}

/**
 * The file's diagnostics, or undefined when it is not a release. Throws when it cannot be read. `options`
 * carry what the release rules need beyond the file (the run's time, the other releases: checkRun.ts).
 */
export function checkFile(io: Pick<CliIo, 'readUpTo'>, configs: ProjectConfigs, { file, explicit }: InputFile, options: AnalysisOptions = {}): CheckedFile | undefined {
  const config = configs.configFor(file);
  const path = configs.absolute(file);
  // Only Markdown is a release, unless named: told before the file is opened.
  if (!explicit && !isMarkdownPath(path)) return undefined;
  // Read when no larger than the limit: outside the globs, a `$schema` in its front matter still makes it
  // a release, and inside them the release's own `$schema` may choose its schema.
  const { bytes, text: read } = io.readUpTo(file, config.maxFileBytes);
  // Like the editor, the BOM is not part of the text: columns on line 1 stay right.
  const text = read === undefined ? undefined : withoutBom(read);
  const decision: CheckDecision = decideCheck({ path, bytes, explicit, text }, config);
  if (decision.kind === 'skip') return undefined;
  const schema = configs.schemaAt(decision.kind === 'check' ? decision.schema : config.schema, config);
  const analysis = analyseRelease(text ?? '', decision, schema, { filePath: path, rules: config.rules, quick: true, ...options });
  return { file, diagnostics: analysis.diagnostics, analysis };
}
