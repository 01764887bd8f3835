/**
 * One file through the CLI: the project configuration decides whether and how it is checked (the same
 * `decideCheck` the editor calls), then the core analyses it. A file too large is never read.
 */
import { analyseRelease, decideCheck, withoutBom, type AnalysisOptions, type CheckDecision, type ReleaseAnalysis, type ReleaseDiagnostic } from '../core';
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
export function checkFile(io: Pick<CliIo, 'fileSize' | 'readFile'>, configs: ProjectConfigs, { file, explicit }: InputFile, options: AnalysisOptions = {}): CheckedFile | undefined {
  const config = configs.configFor(file);
  const candidate = { path: configs.absolute(file), bytes: io.fileSize(file), explicit };
  // Like the editor, the BOM is not part of the text: columns on line 1 stay right.
  const read = () => withoutBom(io.readFile(file));
  let text: string | undefined;
  let decision: CheckDecision = decideCheck(candidate, config);
  if (decision.kind === 'skip' && decision.reason === 'not-a-release' && candidate.bytes <= config.maxFileBytes) {
    text = read(); // outside the globs: a `$schema` in its front matter still makes it a release
    decision = decideCheck({ ...candidate, text }, config);
  }
  if (decision.kind === 'skip') return undefined;
  if (decision.kind === 'check' && text === undefined) {
    text = read();
    decision = decideCheck({ ...candidate, text }, config); // the release's own `$schema` may choose its schema
  }
  const schema = configs.schemaAt(decision.kind === 'check' ? decision.schema : config.schema, config);
  const analysis = analyseRelease(text ?? '', decision, schema, { filePath: candidate.path, rules: config.rules, quick: true, ...options });
  return { file, diagnostics: analysis.diagnostics, analysis };
}
