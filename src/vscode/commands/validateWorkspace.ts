/**
 * "Pressroom: Validate All Releases in Workspace": finds every Markdown file, decides with the same core
 * function as the CLI whether it is a release (the project configuration's globs, a `$schema`, the size
 * limit), checks each with the same engine, and puts the results in the Problems panel. Files are read a
 * few at a time; open documents are not read or parsed again (their analysis is reused). Cancellable.
 */
import * as vscode from 'vscode';
import { analyseRelease, countBySeverity, decideCheck, MARKDOWN_EXTENSIONS, withoutBom, type ReleaseDiagnostic } from '../../core';
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

type Checked = { readonly uri: vscode.Uri; readonly version: number; readonly diagnostics: readonly ReleaseDiagnostic[] } | undefined;

/** One file's result, or undefined when it is not a release (or vanished since it was found). */
async function checkFile({ configs, schemas, analyses }: WorkspaceDependencies, uri: vscode.Uri): Promise<Checked> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) {
    const analysis = await analyses.get(open);
    return analysis.isRelease ? { uri, version: open.version, diagnostics: analysis.diagnostics } : undefined;
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
  const analysis = analyseRelease(text, decision, await schemas.schemaFor(config, uri));
  return { uri, version: 0, diagnostics: analysis.diagnostics };
}

async function validateWorkspace(
  dependencies: WorkspaceDependencies,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceSummary> {
  const candidates = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDED, undefined, token);
  candidates.sort((a, b) => a.path.localeCompare(b.path));
  const summary = { files: 0, filesWithProblems: 0, errors: 0, warnings: 0 };
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < candidates.length && !token.isCancellationRequested) {
      const uri = candidates[next++];
      const checked = await checkFile(dependencies, uri);
      done++;
      progress.report({ message: `${done} of ${candidates.length} files`, increment: 100 / candidates.length });
      if (!checked || token.isCancellationRequested) continue;
      dependencies.diagnostics.publish(checked.uri, checked.version, checked.diagnostics);
      const counts = countBySeverity(checked.diagnostics);
      summary.files++;
      summary.errors += counts.errors;
      summary.warnings += counts.warnings;
      if (counts.errors + counts.warnings > 0) summary.filesWithProblems++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, candidates.length) }, worker));
  return { ...summary, cancelled: token.isCancellationRequested };
}
