/**
 * One file through the CLI: the project configuration decides whether and how it is checked (the same
 * `decideCheck` the editor calls), then the core analyses it. A file too large is never read.
 */
import { analyseRelease, decideCheck, withoutBom, type CheckDecision, type ReleaseDiagnostic } from '../core';
import type { InputFile } from './expandInputs';
import type { CliIo } from './io';
import type { ProjectConfigs } from './projectConfigs';

export interface CheckedFile {
  readonly file: string;
  readonly diagnostics: readonly ReleaseDiagnostic[];
}

/** The file's diagnostics, or undefined when it is not a release. Throws when it cannot be read. */
export function checkFile(io: Pick<CliIo, 'fileSize' | 'readFile'>, configs: ProjectConfigs, { file, explicit }: InputFile): CheckedFile | undefined {
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
  if (decision.kind === 'check') text ??= read();
  const analysis = analyseRelease(text ?? '', decision, configs.schemaFor(config));
  return { file, diagnostics: analysis.diagnostics };
}
