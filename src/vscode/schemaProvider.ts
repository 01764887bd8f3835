/**
 * The schema a project configuration names (`schema` in .pressroom.jsonc or the `pressroom.schema`
 * setting), compiled once per file; the built-in schema when none is named. A broken schema is reported
 * once, and releases are then checked against the built-in schema rather than not at all.
 */
import * as vscode from 'vscode';
import { builtInSchema, loadSchemaText, type CompiledSchema, type ProjectConfig } from '../core';
import { uriAtPath } from './projectConfigs';

export class SchemaProvider implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<CompiledSchema>>();
  private readonly reportedProblems = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    const onFile = (uri: vscode.Uri) => {
      if (this.cache.has(uri.toString())) this.reset();
    };
    this.disposables.push(watcher, watcher.onDidChange(onFile), watcher.onDidCreate(onFile), watcher.onDidDelete(onFile));
  }

  /** Forget compiled schemas and tell listeners to check again. */
  reset(): void {
    this.cache.clear();
    this.reportedProblems.clear();
    this.changed.fire();
  }

  /** The schema in force under a configuration; `near` gives the scheme and authority of its paths. */
  schemaFor(config: ProjectConfig, near: vscode.Uri): Promise<CompiledSchema> {
    if (!config.schema) return Promise.resolve(builtInSchema());
    const uri = uriAtPath(near, config.schema);
    const key = uri.toString();
    let cached = this.cache.get(key);
    if (!cached) {
      cached = this.load(uri, config.configFile !== undefined);
      this.cache.set(key, cached);
    }
    return cached;
  }

  private async load(uri: vscode.Uri, fromConfigFile: boolean): Promise<CompiledSchema> {
    const name = vscode.workspace.asRelativePath(uri);
    const origin = fromConfigFile ? 'named in .pressroom.jsonc or pressroom.schema' : 'pressroom.schema';
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return this.fallBack(`Pressroom cannot read the schema file ${name} (${origin}); using the built-in schema.`);
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
