/**
 * The schema a project configuration names (`schema` in .pressroom.jsonc or the `pressroom.schema`
 * setting), compiled once per file; the built-in schema when none is named. A broken schema is reported
 * once, and releases are then checked against the built-in schema rather than not at all.
 */
import * as vscode from 'vscode';
import { builtInSchema, SchemaFiles, type CompiledSchema, type ProjectConfig } from '../core';
import { uriAtPath } from './projectConfigs';

export class SchemaProvider implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<CompiledSchema>>();
  private readonly reportedProblems = new Set<string>();
  /** Every file read for a schema (the schema and the files it references): a change to one recompiles. */
  private readonly read = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    const onFile = (uri: vscode.Uri) => {
      if (this.read.has(uri.toString())) this.reset();
    };
    this.disposables.push(watcher, watcher.onDidChange(onFile), watcher.onDidCreate(onFile), watcher.onDidDelete(onFile));
  }

  /** Forget compiled schemas and tell listeners to check again. */
  reset(): void {
    this.cache.clear();
    this.read.clear();
    this.reportedProblems.clear();
    this.changed.fire();
  }

  /**
   * The schema in force under a configuration, or the one a check decision chose for a release
   * (`schemaPath`); `near` gives the scheme and authority of its paths.
   */
  schemaFor(config: ProjectConfig, near: vscode.Uri, schemaPath: string | undefined = config.schema): Promise<CompiledSchema> {
    if (!schemaPath) return Promise.resolve(builtInSchema());
    const uri = uriAtPath(near, schemaPath);
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
    const text = await this.readText(uri);
    if (text === undefined) return this.fallBack(`Pressroom cannot read the schema file ${name} (${origin}); using the built-in schema.`);
    // The files it references, beside it on the same file system; never anything from the network.
    const files = new SchemaFiles(uri.toString(), text, name);
    for (let next = files.next(); next !== undefined; next = files.next()) files.provide(next, await this.readText(vscode.Uri.parse(next)));
    const result = files.compile();
    if (result.ok) {
      for (const note of result.schema.notes) this.tellOnce(`Pressroom: ${note}`, false);
      return result.schema;
    }
    return this.fallBack(`Pressroom: ${result.problem}. Using the built-in schema until it is fixed.`);
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    this.read.add(uri.toString());
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  private fallBack(problem: string): CompiledSchema {
    this.tellOnce(problem, true);
    return builtInSchema();
  }

  private tellOnce(message: string, isError: boolean): void {
    if (this.reportedProblems.has(message)) return;
    this.reportedProblems.add(message);
    if (!isError) {
      void vscode.window.showWarningMessage(message);
      return;
    }
    void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'pressroom.schema');
    });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
