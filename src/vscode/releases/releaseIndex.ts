/**
 * Every release of the workspace as the Releases view shows it (core ReleaseOverview), built in the
 * background a few files at a time through workspace.findFiles and workspace.fs (so it runs in the web
 * worker too), then kept current one file at a time: from a file watcher for files on disk and from the
 * open documents' analyses (ReleaseAnalyses.onDidUpdate). A change never rescans the tree.
 */
import * as vscode from 'vscode';
import {
  analyseRelease,
  decideCheck,
  MARKDOWN_EXTENSIONS,
  ReleaseIndex as MatchIndex,
  releaseOverviewOf,
  releaseSummaryOf,
  timeZoneOf,
  withoutBom,
  type ReleaseAnalysis,
  type ReleaseOverview,
  type ReleaseSummary,
} from '../../core';
import type { ProjectConfigs } from '../projectConfigs';
import type { ReleaseAnalyses } from '../releaseAnalyses';
import type { SchemaProvider } from '../schemaProvider';

const MARKDOWN_GLOB = `**/*{${MARKDOWN_EXTENSIONS.join(',')}}`;
const EXCLUDED = '{**/node_modules/**,**/.git/**}';
/** Reads in flight at once: each is a round trip to the file system provider. */
const CONCURRENT_READS = 16;

interface Entry {
  readonly overview: ReleaseOverview;
  readonly summary: ReleaseSummary;
}

export interface IndexDependencies {
  readonly configs: ProjectConfigs;
  readonly schemas: SchemaProvider;
  readonly analyses: ReleaseAnalyses;
}

export class WorkspaceReleases implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the first scan and after each change to a release. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private scanning: Promise<void> | undefined;
  private scanned = false;

  constructor(private readonly dependencies: IndexDependencies) {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.refreshFile(uri)),
      watcher.onDidChange((uri) => void this.refreshFile(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      dependencies.analyses.onDidUpdate((update) => {
        if (update.kind === 'analysed') this.put(update.document.uri, update.analysis.isRelease ? update.analysis : undefined, timeZoneOf(update.analysis.config));
        else void this.refreshFile(update.uri); // closed unsaved: the file on disk is what counts again
      }),
      dependencies.configs.onDidChange(() => void this.rescan()),
    );
  }

  /** The releases known now, scanning the workspace the first time. */
  async releases(): Promise<ReleaseOverview[]> {
    await this.ready();
    return [...this.entries.values()].map((entry) => entry.overview);
  }

  ready(): Promise<void> {
    this.scanning ??= this.scan();
    return this.scanning;
  }

  get isScanned(): boolean {
    return this.scanned;
  }

  private async rescan(): Promise<void> {
    if (!this.scanned) return;
    this.scanning = this.scan();
    await this.scanning;
  }

  private async scan(): Promise<void> {
    const files = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDED);
    const found = new Map<string, Entry>();
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const uri = files[next++];
        const entry = await this.read(uri, []);
        if (entry) found.set(uri.toString(), entry);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, files.length) }, worker));
    // The workspace rules (duplicate headline, address) again for the few releases that match another, as the CLI does.
    const matches = new MatchIndex([...found.values()].map((entry) => entry.summary));
    for (const [key, entry] of found) {
      const others = matches.othersLike(entry.summary);
      if (others.length === 0) continue;
      const again = await this.read(vscode.Uri.parse(key), others);
      if (again) found.set(key, again);
    }
    this.entries.clear();
    for (const [key, entry] of found) this.entries.set(key, entry);
    this.scanned = true;
    this.changed.fire();
  }

  /** One file from disk (an open document's analysis when it is open), checked with the others given. */
  private async read(uri: vscode.Uri, others: readonly ReleaseSummary[]): Promise<Entry | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    const { configs, schemas, analyses } = this.dependencies;
    if (open) {
      const analysis = await analyses.get(open);
      return analysis.isRelease ? entryOf(uri, analysis, timeZoneOf(analysis.config)) : undefined;
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined; // gone since it was found
    }
    const config = await configs.configFor(uri);
    const text = withoutBom(new TextDecoder().decode(bytes));
    const decision = decideCheck({ path: uri.path, bytes: bytes.byteLength, text }, config);
    if (decision.kind === 'skip') return undefined;
    const schema = await schemas.schemaFor(config, uri, decision.kind === 'check' ? decision.schema : config.schema);
    try {
      const analysis = analyseRelease(decision.kind === 'check' ? text : '', decision, schema, {
        filePath: uri.path,
        rules: config.rules,
        workspace: { releases: others, fileExists: () => undefined },
      });
      return entryOf(uri, analysis, timeZoneOf(config));
    } catch (error) {
      console.error('Pressroom could not list', uri.toString(), error);
      return undefined;
    }
  }

  private async refreshFile(uri: vscode.Uri): Promise<void> {
    if (!this.scanned) return; // the scan will read it
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty)) return; // the editor's analysis speaks for it
    const summaries = [...this.entries.entries()].filter(([key]) => key !== uri.toString()).map(([, entry]) => entry.summary);
    const first = await this.read(uri, []);
    const others = first ? new MatchIndex(summaries).othersLike(first.summary) : [];
    this.set(uri, others.length > 0 ? await this.read(uri, others) : first);
  }

  private put(uri: vscode.Uri, analysis: ReleaseAnalysis | undefined, timeZone: string): void {
    if (!this.scanned) return;
    this.set(uri, analysis ? entryOf(uri, analysis, timeZone) : undefined);
  }

  private set(uri: vscode.Uri, entry: Entry | undefined): void {
    const key = uri.toString();
    if (entry) this.entries.set(key, entry);
    else if (!this.entries.delete(key)) return;
    this.changed.fire();
  }

  private remove(uri: vscode.Uri): void {
    if (this.entries.delete(uri.toString())) this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function entryOf(uri: vscode.Uri, analysis: ReleaseAnalysis, timeZone: string): Entry {
  return { overview: releaseOverviewOf(uri.toString(), analysis, timeZone), summary: releaseSummaryOf(uri.path, analysis.parsed, analysis.schema.roles) };
}
