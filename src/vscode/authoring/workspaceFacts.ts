/**
 * What completion and the workspace rules know beyond the current file: the areas, media contacts,
 * headlines, urls and publish dates of the workspace's releases (a small index, scanned when completion or
 * a workspace rule first asks, and kept up to date as files change; bounded in files and size, and
 * cancellable), the files that exist, and the contacts file the configuration names. Open documents are
 * indexed from their analysis, so they are never parsed twice. Rules never wait for the scan: they see
 * what is indexed when the release is analysed.
 */
import * as vscode from 'vscode';
import {
  decideCheck,
  fileExistsFrom,
  parseRelease,
  releaseSummaryOf,
  withoutBom,
  workspaceViewFor,
  type FieldRoles,
  type ParsedRelease,
  type ProjectConfig,
  type ReleaseSummary,
  type WorkspaceView,
} from '../../core';
import { factsOf, mergeContacts, mergeText, parseContactsFile, type Contact, type ReleaseFacts } from '../../core/authoring';
import type { ProjectConfigs } from '../projectConfigs';
import type { ReleaseAnalyses } from '../releaseAnalyses';
import type { SchemaProvider } from '../schemaProvider';

/** At most this many Markdown files are read for the index. */
export const MAX_INDEXED_FILES = 2000;
/** Files larger than this are not read for the index. */
export const MAX_INDEXED_BYTES = 512 * 1024;
/** At most this many paths are known for `fileExists` (beyond them, a file's existence is unknown). */
export const MAX_KNOWN_FILES = 20000;
const UPDATE_DEBOUNCE_MS = 500;

export interface FactsDependencies {
  readonly configs: ProjectConfigs;
  readonly schemas: SchemaProvider;
  readonly analyses: ReleaseAnalyses;
}

export class WorkspaceFacts implements vscode.Disposable {
  private readonly byFile = new Map<string, ReleaseFacts>();
  private readonly summaries = new Map<string, ReleaseSummary>();
  /** Paths of the workspace's files (uri paths), once listed; `complete` when the listing was not cut short. */
  private known: { readonly paths: Set<string>; readonly complete: boolean } | undefined;
  private readonly contactFiles = new Map<string, Promise<readonly Contact[]>>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private scan: vscode.CancellationTokenSource | undefined;
  private scanned: Promise<void> | undefined;

  constructor(private readonly services: FactsDependencies) {
    const markdown = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    const anyFile = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    const yaml = vscode.workspace.createFileSystemWatcher('**/*.{yml,yaml}');
    const openUris = () => new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    this.disposables.push(
      markdown,
      yaml,
      markdown.onDidCreate((uri) => this.schedule(uri)),
      markdown.onDidChange((uri) => {
        if (!openUris().has(uri.toString())) this.schedule(uri);
      }),
      markdown.onDidDelete((uri) => this.forget(uri.toString())),
      anyFile,
      anyFile.onDidCreate((uri) => this.known?.paths.add(uri.path)),
      anyFile.onDidDelete((uri) => this.known?.paths.delete(uri.path)),
      services.analyses.onDidUpdate((update) => {
        if (update.kind !== 'analysed') return;
        const key = update.document.uri.toString();
        if (update.analysis.isRelease) this.remember(update.document.uri, update.analysis.parsed, update.analysis.schema.roles);
        else this.forget(key);
      }),
      yaml.onDidCreate((uri) => this.contactFiles.delete(uri.toString())),
      yaml.onDidChange((uri) => this.contactFiles.delete(uri.toString())),
      yaml.onDidDelete((uri) => this.contactFiles.delete(uri.toString())),
      services.configs.onDidChange(() => {
        this.contactFiles.clear();
        this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
    );
  }

  /** The next question starts a fresh scan. */
  private invalidate(): void {
    this.scan?.cancel();
    this.scanned = undefined;
    this.byFile.clear();
    this.summaries.clear();
    this.known = undefined;
  }

  private remember(uri: vscode.Uri, parsed: ParsedRelease, roles: FieldRoles): void {
    this.byFile.set(uri.toString(), factsOf(parsed, roles));
    this.summaries.set(uri.toString(), releaseSummaryOf(uri.path, parsed, roles));
  }

  private forget(key: string): void {
    this.byFile.delete(key);
    this.summaries.delete(key);
  }

  /**
   * The workspace as one release's rules see it: the other releases indexed so far and the files known.
   * Never waits: a rule's first look at them starts the scan in the background.
   */
  workspaceView(uri: vscode.Uri): WorkspaceView {
    const roots = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.path);
    const fileExists = (path: string): boolean | undefined => {
      const known = this.known;
      if (!known) {
        void this.ensureScanned();
        return undefined;
      }
      return fileExistsFrom(known.paths, known.complete, roots)(path);
    };
    const releases = () => {
      void this.ensureScanned();
      return [...this.summaries.values()];
    };
    return workspaceViewFor(uri.scheme === 'untitled' ? undefined : uri.path, releases, fileExists);
  }

  /** Scans once, on first use; later calls wait for the same scan. */
  private ensureScanned(): Promise<void> {
    return this.scanned ?? this.rescan();
  }

  /** Starts (or restarts) the scan; resolves when it is done or cancelled. */
  rescan(): Promise<void> {
    this.scan?.cancel();
    this.scan?.dispose();
    const source = new vscode.CancellationTokenSource();
    this.scan = source;
    this.scanned = this.scanAll(source.token).catch((error: unknown) => console.error('Pressroom: could not index releases', error));
    return this.scanned;
  }

  private async scanAll(token: vscode.CancellationToken): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git,out,dist}/**', MAX_INDEXED_FILES, token);
    const all = await vscode.workspace.findFiles('**/*', '**/{node_modules,.git}/**', MAX_KNOWN_FILES, token);
    if (token.isCancellationRequested) return;
    this.known = { paths: new Set(all.map((uri) => uri.path)), complete: all.length < MAX_KNOWN_FILES };
    for (const uri of files) {
      if (token.isCancellationRequested) return;
      await this.index(uri);
    }
  }

  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.index(uri);
      }, UPDATE_DEBOUNCE_MS),
    );
  }

  private async index(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    try {
      if (open) {
        const analysis = await this.services.analyses.get(open);
        if (analysis.isRelease) this.remember(uri, analysis.parsed, analysis.schema.roles);
        else this.forget(key);
        return;
      }
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_INDEXED_BYTES) {
        this.forget(key);
        return;
      }
      const config = await this.services.configs.configFor(uri);
      const text = withoutBom(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      if (decideCheck({ path: uri.path, bytes: stat.size, text }, config).kind !== 'check') {
        this.forget(key);
        return;
      }
      const schema = await this.services.schemas.schemaFor(config, uri);
      this.remember(uri, parseRelease(text), schema.roles);
    } catch {
      this.forget(key);
    }
  }

  /** Areas to propose: those the configuration lists, then those used in releases (most used first). */
  async areas(config: ProjectConfig): Promise<string[]> {
    await this.ensureScanned();
    return mergeText(config.areas, this.usedAreas());
  }

  /** The areas used in the indexed releases, most used first (without waiting for a scan). */
  usedAreas(): string[] {
    const counts = new Map<string, number>();
    for (const facts of this.byFile.values()) for (const area of facts.areas) counts.set(area, (counts.get(area) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([area]) => area);
  }

  /** Contacts to propose: the contacts file's, then those used in releases. */
  async contacts(config: ProjectConfig, near: vscode.Uri): Promise<Contact[]> {
    await this.ensureScanned();
    const fromFile = await this.contactsFile(config, near);
    const used = [...this.byFile.values()].flatMap((facts) => facts.contacts);
    return mergeContacts(fromFile, used);
  }

  private contactsFile(config: ProjectConfig, near: vscode.Uri): Promise<readonly Contact[]> {
    if (!config.contactsFile) return Promise.resolve([]);
    const uri = this.services.configs.uriOf(near, config.contactsFile);
    const key = uri.toString();
    let cached = this.contactFiles.get(key);
    if (!cached) {
      cached = (async () => {
        try {
          const result = parseContactsFile(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
          if (result.problems.length > 0) console.warn(`Pressroom: contacts file ${vscode.workspace.asRelativePath(uri)}: ${result.problems.join('; ')}`);
          return result.contacts;
        } catch {
          return [];
        }
      })();
      this.contactFiles.set(key, cached);
    }
    return cached;
  }

  /** Resolves when the current scan has finished (for tests). */
  whenScanned(): Promise<void> {
    return this.scanned ?? Promise.resolve();
  }

  dispose(): void {
    this.scan?.cancel();
    this.scan?.dispose();
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
