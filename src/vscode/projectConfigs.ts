/**
 * The project configuration in force for each file, as the CLI finds it: the nearest `.pressroom.jsonc`
 * walking up from the file's folder, then the VS Code settings, then the defaults (core `effectiveConfig`).
 * Each folder's answer is cached until a configuration file or a setting changes. An invalid file gets one
 * diagnostic on itself, and files under it are checked with the settings and defaults.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, configDiagnostic, effectiveConfig, foldersAbove, joinPath, parentOf, readProjectConfig, type ProjectConfig, type ProjectConfigValues } from '../core';
import { toVsDiagnostic } from './convertTypes';
import { onDidChangeSettings, PROJECT_SETTINGS, projectValuesOf, readSettings } from './settings';

/**
 * A configuration path (forward slashes, as `Uri.path`) as a URI on the same file system as `near`; an
 * unsaved file's paths are on its workspace folder's file system.
 */
export function uriAtPath(near: vscode.Uri, path: string): vscode.Uri {
  const base = near.scheme === 'untitled' ? (vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/')) : near;
  return base.with({ path, query: '', fragment: '' });
}

type FolderConfig = { readonly path: string; readonly values: ProjectConfigValues } | undefined;

export class ProjectConfigs implements vscode.Disposable {
  /** For each folder (uri string): the configuration file that governs it, once looked up. */
  private readonly folders = new Map<string, Promise<FolderConfig>>();
  /** The configuration in force in each folder that holds files (every file of a folder shares it). */
  private readonly configs = new Map<string, Promise<ProjectConfig>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('pressroom-config');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reset = () => this.reset();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reset),
      watcher.onDidChange(reset),
      watcher.onDidDelete(reset),
      onDidChangeSettings((change) => {
        if (PROJECT_SETTINGS.some((name) => change.names.has(name))) this.reset();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(reset),
      vscode.workspace.onDidChangeWorkspaceFolders(reset),
    );
  }

  private reset(): void {
    this.folders.clear();
    this.configs.clear();
    this.problems.clear();
    this.changed.fire();
  }

  /** The configuration for a file (an untitled one gets the first workspace folder's settings). */
  configFor(uri: vscode.Uri): Promise<ProjectConfig> {
    // Worked out once per folder until something changes: the same object keeps its compiled globs.
    const key = uri.scheme === 'untitled' ? 'untitled:' : uriAtPath(uri, parentOf(uri.path)).toString();
    let config = this.configs.get(key);
    if (!config) {
      config = this.settle(uri);
      this.configs.set(key, config);
    }
    return config;
  }

  private async settle(uri: vscode.Uri): Promise<ProjectConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    const settings = readSettings(folder?.uri ?? uri);
    const file = uri.scheme === 'untitled' ? undefined : await this.nearestFile(uri);
    const trusted = vscode.workspace.isTrusted;
    const config = effectiveConfig({
      file,
      fallback: folder ? { root: folder.uri.path, values: projectValuesOf(settings) } : undefined,
      defaultRoot: folder?.uri.path ?? '',
    });
    // Restricted mode: no workspace file is read, so no custom schema and no contacts file.
    return trusted ? config : { ...config, schema: undefined, schemas: [], frontMatterSchema: false, contactsFile: undefined };
  }

  /** A path from a configuration as a URI beside the file it configures. */
  uriOf(near: vscode.Uri, path: string): vscode.Uri {
    return uriAtPath(near, path);
  }

  private nearestFile(uri: vscode.Uri): Promise<FolderConfig> {
    return this.lookUp(uri, foldersAbove(uri.path));
  }

  private lookUp(near: vscode.Uri, folders: readonly string[]): Promise<FolderConfig> {
    const [folder, ...above] = folders;
    if (folder === undefined) return Promise.resolve(undefined);
    const key = this.uriOf(near, folder).toString();
    let found = this.folders.get(key);
    if (!found) {
      found = this.readFolder(near, folder).then((own) => (own !== null ? own : this.lookUp(near, above)));
      this.folders.set(key, found);
    }
    return found;
  }

  /** The folder's own configuration file (no values when it is invalid), or null when it has none. */
  private async readFolder(near: vscode.Uri, folder: string): Promise<FolderConfig | null> {
    const path = joinPath(folder, CONFIG_FILE_NAME);
    const uri = this.uriOf(near, path);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return null;
    }
    const text = new TextDecoder().decode(bytes);
    const result = readProjectConfig(text);
    if (result.ok) {
      this.problems.delete(uri);
      return { path, values: result.values };
    }
    const diagnostic = toVsDiagnostic(configDiagnostic(text, result.problem));
    this.problems.set(uri, [diagnostic]);
    // An invalid file still governs its folder: releases under it are not checked with a farther one.
    return { path, values: {} };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
