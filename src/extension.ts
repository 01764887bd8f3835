/**
 * The composition root: builds each piece once, hands it what it needs, and registers everything
 * in `context.subscriptions`. No other file registers anything at import time.
 */
import * as vscode from 'vscode';
import { registerValidateCurrentRelease } from './vscode/commands/validateCurrentRelease';
import { registerValidateWorkspace } from './vscode/commands/validateWorkspace';
import { registerAuthoring } from './vscode/authoring';
import { registerConvertCommand } from './vscode/convertCommand';
import { DiagnosticsManager } from './vscode/diagnosticsManager';
import { registerPreview } from './vscode/preview';
import { ReleaseDocuments } from './vscode/releaseDocuments';
import { SchemaProvider } from './vscode/schemaProvider';
import { affectsPressroom } from './vscode/settings';
import { ReleaseStatusBar, type StatusBarState } from './vscode/statusBar';

/** What the extension exposes to other extensions and to its own tests. */
export interface PressroomApi {
  readonly statusBar: StatusBarState;
}

export function activate(context: vscode.ExtensionContext): PressroomApi {
  const releases = new ReleaseDocuments();
  const schemas = new SchemaProvider();
  const diagnostics = new DiagnosticsManager(releases, schemas);
  const statusBar = new ReleaseStatusBar(diagnostics);

  context.subscriptions.push(
    schemas,
    diagnostics,
    statusBar,
    registerValidateCurrentRelease(diagnostics),
    registerValidateWorkspace({ releases, schemas, diagnostics }),
    registerPreview(context, { releases, schemas, diagnostics }),
    registerConvertCommand((uri) => schemas.schemaFor(uri)),
    registerAuthoring({ releases, schemas, diagnostics }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsPressroom(event)) schemas.reset();
    }),
  );

  for (const document of vscode.workspace.textDocuments) void diagnostics.refresh(document);

  return {
    get statusBar() {
      return statusBar.state;
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
