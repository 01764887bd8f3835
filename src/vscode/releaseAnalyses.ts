/**
 * The one owner of what Pressroom knows about each open document: for every (document, version,
 * configuration) it computes once whether the file is a release, its parse, the schema in force and its
 * diagnostics (core `analyseRelease`). Every feature reads it; nothing else parses or validates an open
 * document. `onDidUpdate` tells them when a newer analysis is out: on open, 300 ms after an edit, on save,
 * when the configuration or the schema changes, and when a file is checked by a command.
 */
import * as vscode from 'vscode';
import { analyseRelease, decideCheck, isMarkdownPath, utf8Length, type ProjectConfig, type ReleaseAnalysis, type WorkspaceView } from '../core';
import { holdBackgroundForUser } from './background';
import type { ProjectConfigs } from './projectConfigs';
import type { SchemaProvider } from './schemaProvider';

export const EDIT_DEBOUNCE_MS = 300;

export interface DocumentAnalysis extends ReleaseAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly config: ProjectConfig;
}

export type AnalysisTrigger = 'open' | 'edit' | 'save' | 'refresh' | 'command';

export type AnalysisUpdate =
  | { readonly kind: 'analysed'; readonly document: vscode.TextDocument; readonly analysis: DocumentAnalysis; readonly trigger: AnalysisTrigger }
  | { readonly kind: 'closed'; readonly uri: vscode.Uri };

/** How much work the analyses did: read by the tests that count parses per edit. */
export interface AnalysisCounts {
  analyses: number;
}

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly analysis: Promise<DocumentAnalysis>;
}

/** Documents Pressroom looks at without being asked: Markdown ones (which may be releases). */
export function mayBeRelease(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || isMarkdownPath(document.uri.path);
}

export class ReleaseAnalyses implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents checked by an explicit command stay checked until closed, whatever their name. */
  private readonly pinned = new Set<string>();
  /** Bumped when the configuration or a schema changes: every cached analysis is then stale. */
  private generation = 0;
  private readonly updated = new vscode.EventEmitter<AnalysisUpdate>();
  readonly onDidUpdate = this.updated.event;
  readonly counts: AnalysisCounts = { analyses: 0 };
  private readonly disposables: vscode.Disposable[] = [this.updated];
  /** The other releases, for workspace rules: set by the workspace index once it exists. */
  private workspaceOf: ((uri: vscode.Uri) => WorkspaceView | undefined) | undefined;

  constructor(
    private readonly configs: ProjectConfigs,
    private readonly schemas: SchemaProvider,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.publishIfWatched(document, 'open')),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        if (event.document.languageId === 'markdown') holdBackgroundForUser(); // typing: the next keystroke's answers come first
        this.scheduleOnEdit(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.publishIfWatched(document, 'save')),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      configs.onDidChange(() => this.refreshAll()),
      schemas.onDidChange(() => this.refreshAll()),
    );
  }

  /** Where workspace rules learn about the other releases (the authoring room's workspace index). */
  useWorkspace(provider: (uri: vscode.Uri) => WorkspaceView | undefined): void {
    this.workspaceOf = provider;
  }

  /** Analyses every open document that may be a release (at start-up). */
  start(): void {
    for (const document of vscode.workspace.textDocuments) this.publishIfWatched(document, 'open');
  }

  /** The analysis of the document's current version: computed at most once per version and configuration. */
  get(document: vscode.TextDocument): Promise<DocumentAnalysis> {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version && entry.generation === this.generation) return entry.analysis;
    const analysis = this.analyse(document);
    this.entries.set(key, { version: document.version, generation: this.generation, analysis });
    return analysis;
  }

  /** Checks a document whatever its name (the "Validate Current Release" command) and publishes it. */
  async checkExplicitly(document: vscode.TextDocument): Promise<DocumentAnalysis> {
    const key = document.uri.toString();
    if (!this.pinned.has(key)) {
      this.pinned.add(key);
      this.entries.delete(key);
    }
    return this.publish(document, 'command');
  }

  private async analyse(document: vscode.TextDocument): Promise<DocumentAnalysis> {
    const uri = document.uri;
    const version = document.version;
    const text = document.getText();
    const config = await this.configs.configFor(uri);
    const decision = decideCheck(
      { path: uri.scheme === 'untitled' ? `${uri.path}.md` : uri.path, bytes: utf8Length(text), text, explicit: this.pinned.has(uri.toString()) },
      config,
    );
    const schema = await this.schemas.schemaFor(config, uri, decision.kind === 'check' ? decision.schema : config.schema);
    this.counts.analyses++;
    let analysis: ReleaseAnalysis;
    try {
      analysis = analyseRelease(text, decision, schema, {
        now: new Date(),
        filePath: uri.scheme === 'untitled' ? undefined : uri.path,
        workspace: decision.kind === 'check' ? this.workspaceOf?.(uri) : undefined,
        rules: config.rules,
      });
    } catch (error) {
      // The core guards every known bad input; anything else must not take the extension down.
      console.error('Pressroom could not check', uri.toString(), error);
      analysis = analyseRelease('', { kind: 'skip', reason: 'not-a-release' }, schema);
    }
    return { ...analysis, uri, version, config };
  }

  private publishIfWatched(document: vscode.TextDocument, trigger: AnalysisTrigger): void {
    if (mayBeRelease(document) || this.pinned.has(document.uri.toString())) void this.publish(document, trigger);
  }

  private async publish(document: vscode.TextDocument, trigger: AnalysisTrigger): Promise<DocumentAnalysis> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const analysis = await this.get(document);
    // Only the newest version of an open document may publish.
    if (!document.isClosed && document.version === analysis.version) this.updated.fire({ kind: 'analysed', document, analysis, trigger });
    return analysis;
  }

  private scheduleOnEdit(document: vscode.TextDocument): void {
    if (!mayBeRelease(document) && !this.pinned.has(document.uri.toString())) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) void this.publish(document, 'edit');
      }, EDIT_DEBOUNCE_MS),
    );
  }

  private refreshAll(): void {
    this.generation++;
    for (const document of vscode.workspace.textDocuments) this.publishIfWatched(document, 'refresh');
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.pinned.delete(key);
    if (this.entries.delete(key)) this.updated.fire({ kind: 'closed', uri });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
