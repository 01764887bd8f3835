/**
 * "Pressroom: Validate All Releases in Workspace": finds every Markdown file, decides with the same core
 * function as the CLI whether it is a release (the project configuration's globs, a `$schema`, the size
 * limit), checks each with the same engine, and puts the results in the Problems panel. Files are read and
 * parsed a few at a time; then, with every release's summary known (for the workspace rules), each is
 * analysed. Open documents are not read or parsed again (their analysis is reused). Cancellable.
 */
import * as vscode from 'vscode';
import {
  analyseParsed,
  countBySeverity,
  decideCheck,
  fileExistsFrom,
  MARKDOWN_EXTENSIONS,
  parseRelease,
  ReleaseIndex,
  releaseSummaryOf,
  withoutBom,
  workspaceViewFor,
  type CheckDecision,
  type CompiledSchema,
  type ParsedRelease,
  type ProjectConfig,
  type ReleaseDiagnostic,
  type ReleaseSummary,
} from '../../core';
import type { DiagnosticsManager } from '../diagnosticsManager';
import type { ProjectConfigs } from '../projectConfigs';
import type { ReleaseAnalyses } from '../releaseAnalyses';
import type { SchemaProvider } from '../schemaProvider';
import { describeWorkspaceSummary, type WorkspaceSummary } from './summary';

export const VALIDATE_WORKSPACE_COMMAND = 'pressroom.validateWorkspace';

const MARKDOWN_GLOB = `**/*{${MARKDOWN_EXTENSIONS.join(',')}}`;
const EXCLUDED = '{**/node_modules/**,**/.git/**}';
/** Reads in flight at once: each is a round trip to the file system provider. */
const CONCURRENT_READS = 16;

export interface WorkspaceDependencies {
  readonly configs: ProjectConfigs;
  readonly schemas: SchemaProvider;
  readonly analyses: ReleaseAnalyses;
  readonly diagnostics: DiagnosticsManager;
}

export function registerValidateWorkspace(dependencies: WorkspaceDependencies): vscode.Disposable {
  return vscode.commands.registerCommand(VALIDATE_WORKSPACE_COMMAND, async (): Promise<WorkspaceSummary> => {
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Pressroom: validating releases', cancellable: true },
      (progress, token) => validateWorkspace(dependencies, progress, token),
    );
    const message = describeWorkspaceSummary(summary);
    if (summary.filesWithProblems === 0) void vscode.window.showInformationMessage(message);
    else {
      void vscode.window.showWarningMessage(message, 'Show Problems').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
    return summary;
  });
}

type Checked = { readonly uri: vscode.Uri; readonly version: number; readonly diagnostics: readonly ReleaseDiagnostic[] };

/** A release read from disk and parsed, waiting for the other releases' summaries before its rules run. */
interface ReadRelease {
  readonly uri: vscode.Uri;
  readonly parsed: ParsedRelease;
  readonly decision: CheckDecision;
  readonly schema: CompiledSchema;
  readonly config: ProjectConfig;
}

type Found = { readonly kind: 'checked'; readonly checked: Checked; readonly summary: ReleaseSummary } | { readonly kind: 'read'; readonly release: ReadRelease } | undefined;

/** One file read (an open document's analysis reused), or undefined when it is not a release (or vanished since it was found). */
async function readFile({ configs, schemas, analyses }: WorkspaceDependencies, uri: vscode.Uri): Promise<Found> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) {
    const analysis = await analyses.get(open);
    if (!analysis.isRelease) return undefined;
    return { kind: 'checked', checked: { uri, version: open.version, diagnostics: analysis.diagnostics }, summary: releaseSummaryOf(uri.path, analysis.parsed, analysis.schema.roles) };
  }
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined; // deleted or unreadable since it was found: nothing to report
  }
  const config = await configs.configFor(uri);
  const text = withoutBom(new TextDecoder().decode(bytes));
  const decision = decideCheck({ path: uri.path, bytes: bytes.byteLength, text }, config);
  if (decision.kind === 'skip') return undefined;
  const parsed = parseRelease(decision.kind === 'check' ? text : '');
  return { kind: 'read', release: { uri, parsed, decision, schema: await schemas.schemaFor(config, uri, decision.kind === 'check' ? decision.schema : config.schema), config } };
}

/** Every file's path, for the rules that check links. */
async function knownFiles(token: vscode.CancellationToken): Promise<(path: string) => boolean | undefined> {
  const all = await vscode.workspace.findFiles('**/*', EXCLUDED, undefined, token);
  return fileExistsFrom(new Set(all.map((uri) => uri.path)), !token.isCancellationRequested, (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.path));
}

async function validateWorkspace(
  dependencies: WorkspaceDependencies,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceSummary> {
  const candidates = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDED, undefined, token);
  candidates.sort((a, b) => a.path.localeCompare(b.path));
  const summary = { files: 0, filesWithProblems: 0, errors: 0, warnings: 0 };
  const found: NonNullable<Found>[] = [];
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < candidates.length && !token.isCancellationRequested) {
      const uri = candidates[next++];
      const one = await readFile(dependencies, uri);
      done++;
      progress.report({ message: `${done} of ${candidates.length} files`, increment: 100 / candidates.length });
      if (one) found.push(one);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, candidates.length) }, worker));
  const fileExists = await knownFiles(token);
  // Each release's workspace rules see the others it could match (ReleaseIndex), not every release.
  const summaries = new Map(found.map((one) => [one, one.kind === 'checked' ? one.summary : releaseSummaryOf(one.release.uri.path, one.release.parsed, one.release.schema.roles)]));
  const index = new ReleaseIndex(summaries.values());
  const now = new Date();
  found.sort((a, b) => uriOf(a).path.localeCompare(uriOf(b).path));
  for (const one of found) {
    if (token.isCancellationRequested) break;
    const checked = one.kind === 'checked' ? one.checked : analyseRead(one.release, () => index.othersLike(summaries.get(one)!), fileExists, now);
    dependencies.diagnostics.publish(checked.uri, checked.version, checked.diagnostics);
    const counts = countBySeverity(checked.diagnostics);
    summary.files++;
    summary.errors += counts.errors;
    summary.warnings += counts.warnings;
    if (counts.errors + counts.warnings > 0) summary.filesWithProblems++;
  }
  return { ...summary, cancelled: token.isCancellationRequested };
}

function uriOf(one: NonNullable<Found>): vscode.Uri {
  return one.kind === 'checked' ? one.checked.uri : one.release.uri;
}

function analyseRead({ uri, parsed, decision, schema, config }: ReadRelease, others: () => readonly ReleaseSummary[], fileExists: (path: string) => boolean | undefined, now: Date): Checked {
  const workspace = workspaceViewFor(uri.path, others, fileExists);
  const analysis = analyseParsed(parsed, decision, schema, { now, filePath: uri.path, workspace, rules: config.rules });
  return { uri, version: 0, diagnostics: analysis.diagnostics };
}
