/**
 * "Pressroom: Validate All Releases in Workspace": finds every release (by the `pressroom.files` globs or
 * a `$schema` in its front matter), checks each with the same engine as the editor, and puts the results
 * in the Problems panel. Cancellable, with progress; unsaved editor text wins over the file on disk.
 */
import * as vscode from 'vscode';
import { MARKDOWN_EXTENSIONS, validateRelease, withoutBom } from '../../core';
import type { DiagnosticsManager } from '../diagnosticsManager';
import type { ReleaseDocuments } from '../releaseDocuments';
import type { SchemaProvider } from '../schemaProvider';
import { countBySeverity } from '../../core';
import { describeWorkspaceSummary, type WorkspaceSummary } from './summary';

export const VALIDATE_WORKSPACE_COMMAND = 'pressroom.validateWorkspace';

const MARKDOWN_GLOB = `**/*{${MARKDOWN_EXTENSIONS.join(',')}}`;
const EXCLUDED = '{**/node_modules/**,**/.git/**}';

interface Dependencies {
  readonly releases: ReleaseDocuments;
  readonly schemas: SchemaProvider;
  readonly diagnostics: DiagnosticsManager;
}

export function registerValidateWorkspace(dependencies: Dependencies): vscode.Disposable {
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

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return withoutBom(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch {
    return undefined; // deleted or unreadable since it was found: nothing to report
  }
}

async function validateWorkspace(
  { releases, schemas, diagnostics }: Dependencies,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceSummary> {
  const candidates = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDED, undefined, token);
  candidates.sort((a, b) => a.path.localeCompare(b.path));
  let files = 0;
  let filesWithProblems = 0;
  let errors = 0;
  let warnings = 0;
  for (const [index, uri] of candidates.entries()) {
    if (token.isCancellationRequested) break;
    progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / candidates.length });
    const text = await readText(uri);
    if (text === undefined || !releases.isReleaseFile(uri, text)) continue;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    const found = validateRelease(text, await schemas.schemaFor(uri));
    diagnostics.publish(uri, open?.version ?? 0, found);
    const counts = countBySeverity(found);
    files++;
    errors += counts.errors;
    warnings += counts.warnings;
    if (counts.errors + counts.warnings > 0) filesWithProblems++;
    // Let the UI breathe on large workspaces.
    if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  return { files, filesWithProblems, errors, warnings, cancelled: token.isCancellationRequested };
}
