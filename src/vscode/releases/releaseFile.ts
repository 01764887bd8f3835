/**
 * One Markdown file read from disk and checked as the CLI checks it (its configuration's globs, `$schema`
 * and size limit decide; the quick path first): the one way the workspace index and Validate All read a
 * file. Its analysis runs in the host's CPU queue (inCpuTurn), so many reads in flight never block the host.
 */
import type * as vscode from 'vscode';
import { analyseRelease, decideCheck, withoutBom, type AnalysisOptions, type ProjectConfig, type ReleaseAnalysis } from '../../core';
import { inCpuTurn } from '../background';
import type { ReadFile } from '../fileSystem';
import type { ProjectConfigs } from '../projectConfigs';
import type { SchemaProvider } from '../schemaProvider';

export interface FileCheckDependencies {
  readonly configs: ProjectConfigs;
  readonly schemas: SchemaProvider;
  /** How the host reads a file (the Node host reads local files at once: see localFiles.ts). */
  readonly readFile: ReadFile;
}

export interface FileOnDisk {
  /** The configuration it was checked under. */
  readonly config: ProjectConfig;
  /** Undefined when the configuration says it is not a release. */
  readonly analysis: ReleaseAnalysis | undefined;
}

const decoder = new TextDecoder();

/** The file's analysis with the options given (path, rules and the quick path filled in); undefined when it is gone or unreadable. */
export async function checkFileOnDisk({ configs, schemas, readFile }: FileCheckDependencies, uri: vscode.Uri, options: Pick<AnalysisOptions, 'now' | 'workspace'>): Promise<FileOnDisk | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(uri);
  } catch {
    return undefined; // deleted or unreadable since it was found
  }
  const config = await configs.configFor(uri);
  const text = withoutBom(decoder.decode(bytes));
  const decision = decideCheck({ path: uri.path, bytes: bytes.byteLength, text }, config);
  if (decision.kind === 'skip') return { config, analysis: undefined };
  const schema = await schemas.schemaFor(config, uri, decision.kind === 'check' ? decision.schema : config.schema);
  const analysis = await inCpuTurn(() => analyseRelease(decision.kind === 'check' ? text : '', decision, schema, { ...options, filePath: uri.path, rules: config.rules, quick: true }));
  return { config, analysis };
}
