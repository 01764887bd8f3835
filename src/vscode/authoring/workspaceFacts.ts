/**
 * What completion knows beyond the current file: the areas and media contacts used in the workspace's
 * releases (a small index, scanned when completion first asks, not at activation, and kept up to date
 * as files are saved, created and deleted; bounded in files and size, and cancellable) and the contacts file.
 */
import * as vscode from 'vscode';
import { parseRelease } from '../../core';
import { factsOf, mergeContacts, mergeText, parseContactsFile, type Contact, type ReleaseFacts } from '../../core/authoring';
import type { ReleaseDocuments } from '../releaseDocuments';
import { trustedWorkspaceFile } from '../settings';
import { readAuthoringSettings } from './settings';

/** At most this many Markdown files are read for the index. */
export const MAX_INDEXED_FILES = 2000;
/** Files larger than this are not read for the index. */
export const MAX_INDEXED_BYTES = 512 * 1024;
const UPDATE_DEBOUNCE_MS = 500;

export class WorkspaceFacts implements vscode.Disposable {
  private readonly byFile = new Map<string, ReleaseFacts>();
  private readonly contactFiles = new Map<string, Promise<readonly Contact[]>>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private scan: vscode.CancellationTokenSource | undefined;
  private scanned: Promise<void> | undefined;

  constructor(private readonly releases: ReleaseDocuments) {
    const markdown = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    const yaml = vscode.workspace.createFileSystemWatcher('**/*.{yml,yaml}');
    this.disposables.push(
      markdown,
      yaml,
      markdown.onDidCreate((uri) => this.schedule(uri)),
      markdown.onDidChange((uri) => this.schedule(uri)),
      markdown.onDidDelete((uri) => this.byFile.delete(uri.toString())),
      vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document.uri)),
      yaml.onDidCreate((uri) => this.contactFiles.delete(uri.toString())),
      yaml.onDidChange((uri) => this.contactFiles.delete(uri.toString())),
      yaml.onDidDelete((uri) => this.contactFiles.delete(uri.toString())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('pressroom.contactsFile')) this.contactFiles.clear();
        if (event.affectsConfiguration('pressroom.files')) this.invalidate();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.contactFiles.clear()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
    );
  }

  /** The next question starts a fresh scan. */
  private invalidate(): void {
    this.scan?.cancel();
    this.scanned = undefined;
    this.byFile.clear();
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
    for (const uri of files) {
      if (token.isCancellationRequested) return;
      await this.index(uri);
    }
  }

  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!/\.(md|markdown)$/i.test(uri.path)) return;
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
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_INDEXED_BYTES) {
        this.byFile.delete(key);
        return;
      }
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      if (!this.releases.isReleaseFile(uri, text)) {
        this.byFile.delete(key);
        return;
      }
      this.byFile.set(key, factsOf(parseRelease(text)));
    } catch {
      this.byFile.delete(key);
    }
  }

  /** Areas to propose: those in `pressroom.areas`, then those used in releases (most used first). */
  async areas(resource: vscode.Uri): Promise<string[]> {
    await this.ensureScanned();
    const counts = new Map<string, number>();
    for (const facts of this.byFile.values()) for (const area of facts.areas) counts.set(area, (counts.get(area) ?? 0) + 1);
    const used = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([area]) => area);
    return mergeText(readAuthoringSettings(resource).areas, used);
  }

  /** Contacts to propose: the contacts file's, then those used in releases. */
  async contacts(resource: vscode.Uri): Promise<Contact[]> {
    await this.ensureScanned();
    const fromFile = await this.contactsFile(resource);
    const used = [...this.byFile.values()].flatMap((facts) => facts.contacts);
    return mergeContacts(fromFile, used);
  }

  /** The contacts file for a resource's folder; read only in trusted workspaces. */
  contactsFileUri(resource: vscode.Uri): vscode.Uri | undefined {
    return trustedWorkspaceFile(resource, readAuthoringSettings(resource).contactsFile);
  }

  private contactsFile(resource: vscode.Uri): Promise<readonly Contact[]> {
    const uri = this.contactsFileUri(resource);
    if (!uri) return Promise.resolve([]);
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
