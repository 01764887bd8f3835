/**
 * The active schema for each workspace folder: the built-in one, or the file named by `pressroom.schema`.
 * A custom schema is read only in trusted workspaces; a broken one is reported once, and releases are
 * then checked against the built-in schema rather than not at all.
 */
import * as vscode from 'vscode';
import { builtInSchema, loadSchemaText, type CompiledSchema } from '../core';
import { readSettings, trustedWorkspaceFile } from './settings';

export class SchemaProvider implements vscode.Disposable {
  private readonly cache = new Map<string, CompiledSchema>();
  private readonly reportedProblems = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    const onFile = (uri: vscode.Uri) => {
      if ([...this.cache.keys()].some((key) => key.endsWith(`|${uri.toString()}`))) this.reset();
    };
    this.disposables.push(watcher, watcher.onDidChange(onFile), watcher.onDidCreate(onFile), watcher.onDidDelete(onFile));
    this.disposables.push(vscode.workspace.onDidGrantWorkspaceTrust(() => this.reset()));
  }

  /** Forget compiled schemas, e.g. after a settings change, and tell listeners to revalidate. */
  reset(): void {
    this.cache.clear();
    this.reportedProblems.clear();
    this.changed.fire();
  }

  /** The custom schema file for a resource, when one is configured and allowed. */
  customSchemaUri(resource: vscode.Uri): vscode.Uri | undefined {
    return trustedWorkspaceFile(resource, readSettings(resource).schema);
  }

  async schemaFor(resource: vscode.Uri): Promise<CompiledSchema> {
    const custom = this.customSchemaUri(resource);
    if (!custom) return builtInSchema();
    const key = `schema|${custom.toString()}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const schema = await this.load(custom);
    this.cache.set(key, schema);
    return schema;
  }

  private async load(uri: vscode.Uri): Promise<CompiledSchema> {
    const name = vscode.workspace.asRelativePath(uri);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return this.fallBack(`Pressroom cannot read the schema file ${name} (pressroom.schema); using the built-in schema.`);
    }
    const result = loadSchemaText(text, name);
    if (result.ok) return result.schema;
    return this.fallBack(`Pressroom: ${result.problem}. Using the built-in schema until it is fixed.`);
  }

  private fallBack(problem: string): CompiledSchema {
    if (!this.reportedProblems.has(problem)) {
      this.reportedProblems.add(problem);
      void vscode.window.showErrorMessage(problem, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'pressroom.schema');
      });
    }
    return builtInSchema();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
