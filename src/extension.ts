/**
 * The composition root: builds each piece once, hands it what it needs, and registers everything
 * in `context.subscriptions`. No other file registers anything at import time.
 *
 *   ProjectConfigs ─┐
 *   SchemaProvider ─┴─▶ ReleaseAnalyses ─▶ DiagnosticsManager ─▶ status bar
 *                        (one per version)  └▶ preview, completion, hover, code actions, workspace command
 */
import * as vscode from 'vscode';
import type { PreviewFragments } from './core/render';
import { registerAuthoring } from './vscode/authoring';
import { registerValidateCurrentRelease } from './vscode/commands/validateCurrentRelease';
import { registerValidateWorkspace } from './vscode/commands/validateWorkspace';
import { CONVERT_COMMAND, convertingWith, registerConvertCommand } from './vscode/convertCommand';
import { DiagnosticsManager } from './vscode/diagnosticsManager';
import { listThroughVsCode, readThroughVsCode, type ListFiles, type ReadFile } from './vscode/fileSystem';
import { registerConvertPlainTextRelease } from './vscode/plainTextReleases';
import { registerPreview } from './vscode/preview';
import { ProjectConfigs } from './vscode/projectConfigs';
import { ReleaseAnalyses, type AnalysisCounts } from './vscode/releaseAnalyses';
import { registerReleasesView, WorkspaceReleases, type ReleasesTree } from './vscode/releases';
import { SchemaProvider } from './vscode/schemaProvider';
import { ReleaseStatusBar, type StatusBarState } from './vscode/statusBar';

/** What the extension exposes to other extensions and to its own tests. */
export interface PressroomApi {
  readonly statusBar: StatusBarState;
  /** The release the preview shows and its HTML fragments, when a preview is open. */
  readonly preview: { readonly documentUri: string; readonly fragments: PreviewFragments } | undefined;
  /** How many analyses (parse + validation) have run: one per document version and configuration. */
  readonly analysisCounts: Readonly<AnalysisCounts>;
  /** The Releases view's tree (groups and items as shown). */
  readonly releases: ReleasesTree;
  /** How this host lists the workspace's files for the index and Validate All (the Node host walks local folders itself). */
  readonly listFiles: ListFiles;
}

/** What differs between the extension hosts: the Node host's entry (extension.node.ts) reads and lists local files itself. */
export interface HostServices {
  readonly readFile: ReadFile;
  readonly listFiles: ListFiles;
}

/** The web-worker host's entry (dist/extension.browser.js): every file through VS Code's file system. */
export function activate(context: vscode.ExtensionContext): PressroomApi {
  return activatePressroom(context, { readFile: readThroughVsCode, listFiles: listThroughVsCode });
}

export function activatePressroom(context: vscode.ExtensionContext, host: HostServices): PressroomApi {
  const configs = new ProjectConfigs();
  const schemas = new SchemaProvider();
  const analyses = new ReleaseAnalyses(configs, schemas);
  const diagnostics = new DiagnosticsManager(analyses);
  const statusBar = new ReleaseStatusBar(diagnostics);
  const services = { configs, schemas, analyses, diagnostics };
  const preview = registerPreview(context, { analyses });
  // The one workspace index: the Releases view, completion, the workspace rules and Validate All read it.
  const index = new WorkspaceReleases({ configs, schemas, analyses, readFile: host.readFile, listFiles: host.listFiles });
  analyses.useWorkspace((uri) => index.workspaceView(uri));
  const releases = registerReleasesView(context, index);
  const convertTo = convertingWith(configs, schemas);

  context.subscriptions.push(
    configs,
    schemas,
    analyses,
    diagnostics,
    statusBar,
    registerValidateCurrentRelease(analyses),
    index,
    registerValidateWorkspace({ ...services, index, readFile: host.readFile, listFiles: host.listFiles }),
    preview.disposable,
    registerConvertCommand({ convertTo, readFile: host.readFile }),
    registerConvertPlainTextRelease({
      convertTo,
      readFile: host.readFile,
      listFiles: host.listFiles,
      convertOne: (uri) => vscode.commands.executeCommand(CONVERT_COMMAND, uri),
    }),
    registerAuthoring(services, index),
    releases.disposable,
  );
  analyses.start();
  index.start();

  return {
    get statusBar() {
      return statusBar.state;
    },
    get preview() {
      const current = preview.manager.current;
      return current?.documentUri && current.shown ? { documentUri: current.documentUri.toString(), fragments: current.shown } : undefined;
    },
    analysisCounts: analyses.counts,
    releases: releases.tree,
    listFiles: host.listFiles,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
