/**
 * The editor's one workspace index: every release of the workspace, with what each consumer needs of it
 * (the Releases view's ReleaseOverview, the workspace rules' ReleaseSummary, completion's areas and
 * contacts) and the paths of the workspace's files (for the rules that check links).
 *
 * Built in the background, a few reads in flight at a time, through the host's listing and reading of
 * files (VS Code's search and file system in the web worker; see localListing.ts and localFiles.ts); each
 * release is usable as soon as it is read, so nobody waits for the whole scan. Then kept current one file at a time: from file watchers for files on disk and from the
 * open documents' analyses (ReleaseAnalyses.onDidUpdate). A change never lists the tree again; a
 * configuration change re-reads only the files whose configuration changed (a schema file's change, every
 * file), in the background: analyses never wait for it.
 */
import * as vscode from 'vscode';
import {
  fileExistsFrom,
  isMarkdownPath,
  isInSkippedFolder,
  ReleaseIndex as MatchIndex,
  releaseOverviewOf,
  releaseSummaryOf,
  timeZoneOf,
  workspaceViewFor,
  type ProjectConfig,
  type ReleaseAnalysis,
  type ReleaseOverview,
  type ReleaseSummary,
  type WorkspaceView,
} from '../../core';
import { factsOf, type ReleaseFacts } from '../../core/authoring';
import type { ReleaseAnalyses } from '../releaseAnalyses';
import { CONCURRENT_READS, inParallel, inSlices } from '../background';
import { FilesExcludeSetting, MARKDOWN_GLOB, type ListFiles } from '../fileSystem';
import { checkFileOnDisk, type FileCheckDependencies } from './releaseFile';

/** At most this many paths are known for `fileExists` (beyond them, a file's existence is unknown). */
export const MAX_KNOWN_FILES = 200_000;
/** A burst of configuration events (a settings write fires several) is handled once. */
const CONFIG_DEBOUNCE_MS = 100;
/** File events within this time are read together (one look for duplicates, one change event). */
const REFRESH_DEBOUNCE_MS = 50;

interface Entry {
  readonly overview: ReleaseOverview;
  readonly summary: ReleaseSummary;
  readonly facts: ReleaseFacts;
}

/** How far the first scan has got: Markdown files read of those listed (`total` unknown until listed). */
export interface IndexProgress {
  readonly read: number;
  readonly total: number | undefined;
  readonly complete: boolean;
}

export interface IndexDependencies extends FileCheckDependencies {
  readonly analyses: ReleaseAnalyses;
  readonly listFiles: ListFiles;
}

/**
 * What each file's entry needs of its configuration, worked out once per configuration object (ProjectConfigs
 * hands every file of a folder the same one until something changes): the machine's time zone costs an Intl
 * object each time it is asked, far more than checking a release.
 */
const perConfig = new WeakMap<ProjectConfig, { readonly key: string; readonly timeZone: string }>();
function configFacts(config: ProjectConfig): { readonly key: string; readonly timeZone: string } {
  let facts = perConfig.get(config);
  if (!facts) {
    // The configuration's values decide what a file's entry is (same values: same entry).
    facts = { key: JSON.stringify(config), timeZone: timeZoneOf(config) };
    perConfig.set(config, facts);
  }
  return facts;
}

function configKey(config: ProjectConfig): string {
  return configFacts(config).key;
}

export class WorkspaceReleases implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Areas and contacts of the open untitled releases. */
  private readonly untitled = new Map<string, ReleaseFacts>();
  /** Every Markdown file read (uri string) and the configuration it was read under, release or not. */
  private readonly readUnder = new Map<string, { readonly uri: vscode.Uri; readonly config: string }>();
  /** The workspace's Markdown files (uri string), as the scan listed them and file events changed them since. */
  private readonly markdown = new Map<string, vscode.Uri>();
  /** Paths of the workspace's files (uri paths), once listed; `complete` when the listing was not cut short. */
  private known: { readonly paths: Set<string>; readonly complete: boolean } | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the first scan and after each change to a release. */
  readonly onDidChange = this.changed.event;
  private readonly releaseChanged = new vscode.EventEmitter<string | undefined>();
  /** Fires for each release added, changed or removed (its uri string), also during the first scan; undefined: any may have. */
  readonly onDidChangeRelease = this.releaseChanged.event;
  private readonly progressed = new vscode.EventEmitter<void>();
  /** Fires as the first scan reads files, and when it is complete. */
  readonly onDidProgress = this.progressed.event;
  private scanProgress: { read: number; total: number | undefined } = { read: 0, total: undefined };
  private readonly filesExclude = new FilesExcludeSetting();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.releaseChanged, this.progressed, this.filesExclude];
  private scanning: Promise<void> | undefined;
  private scanned = false;
  /** Bumped by each configuration change: a re-read started for an older one stops. */
  private generation = 0;
  private configTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly refreshing = new Map<string, vscode.Uri>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private schemaFilesChanged = false;
  /** Bumped each time the workspace is listed: a scan of an older listing stops. */
  private listings = 0;
  private disposed = false;

  constructor(private readonly dependencies: IndexDependencies) {
    const markdown = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    const anyFile = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      markdown,
      markdown.onDidCreate((uri) => this.refreshFile(uri, true)),
      markdown.onDidChange((uri) => this.refreshFile(uri, true)),
      markdown.onDidDelete((uri) => this.remove(uri)),
      anyFile,
      anyFile.onDidCreate((uri) => {
        if (!this.leftOutOfListings(uri)) this.known?.paths.add(uri.path);
      }),
      anyFile.onDidDelete((uri) => {
        // A folder's delete is the only event its files get; a file known as one has nothing under it.
        const aFile = this.known?.paths.delete(uri.path) || isMarkdownPath(uri.path);
        if (!aFile) this.removeUnder(uri);
      }),
      dependencies.analyses.onDidUpdate((update) => {
        if (update.kind === 'analysed') this.put(update.document.uri, update.analysis.isRelease ? update.analysis : undefined, configFacts(update.analysis.config).timeZone);
        else this.refreshFile(update.uri); // closed unsaved: the file on disk is what counts again
      }),
      dependencies.configs.onDidChange(() => this.configChanged(false)),
      dependencies.schemas.onDidChange(() => this.configChanged(true)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
    );
  }

  /** Starts the scan in the background (the composition root calls it once everything is wired). */
  start(): void {
    void this.ready();
  }

  /** The releases, once the first scan is done (the Releases view shows the whole list or none). */
  async releases(): Promise<ReleaseOverview[]> {
    await this.ready();
    return [...this.entries.values()].map((entry) => entry.overview);
  }

  /** Resolves when the first scan (or the current one) has finished. */
  ready(): Promise<void> {
    this.scanning ??= this.scan().catch((error: unknown) => console.error('Pressroom: could not index releases', error));
    return this.scanning;
  }

  get isScanned(): boolean {
    return this.scanned;
  }

  get progress(): IndexProgress {
    return { ...this.scanProgress, complete: this.scanned };
  }

  /** The releases indexed so far, without waiting. */
  overviewsNow(): ReleaseOverview[] {
    return [...this.entries.values()].map((entry) => entry.overview);
  }

  /** One indexed release (by uri string), if it is one. */
  overviewOf(key: string): ReleaseOverview | undefined {
    return this.entries.get(key)?.overview;
  }

  /** How many releases (files) are indexed now. */
  get releaseCount(): number {
    return this.entries.size;
  }

  /** The indexed releases' summaries now, without waiting (for the workspace rules). */
  summaries(): ReleaseSummary[] {
    this.start();
    return [...this.entries.values()].map((entry) => entry.summary);
  }

  /** The indexed releases' areas and contacts now, without waiting (for completion). */
  facts(): ReleaseFacts[] {
    this.start();
    return [...[...this.entries.values()].map((entry) => entry.facts), ...this.untitled.values()];
  }

  /**
   * The workspace's Markdown files outside node_modules and .git, once the first scan has listed them (the
   * same listing Validate All would ask for, kept current from file events); undefined before.
   */
  markdownFiles(): vscode.Uri[] | undefined {
    return this.scanned ? [...this.markdown.values()] : undefined;
  }

  /** Whether a path is a file of the workspace, once listed (undefined before, or beyond the listing). */
  fileExists(path: string): boolean | undefined {
    this.start();
    const known = this.known;
    if (!known) return undefined;
    return fileExistsFrom(known.paths, known.complete, (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.path))(path);
  }

  /** The workspace as one release's rules see it: the other releases indexed so far and the files known. Never waits. */
  workspaceView(uri: vscode.Uri): WorkspaceView {
    return workspaceViewFor(uri.scheme === 'untitled' ? undefined : uri.path, () => this.summaries(), (path) => this.fileExists(path));
  }

  private async scan(): Promise<void> {
    const listing = ++this.listings;
    const current = () => listing === this.listings && !this.disposed;
    if (!vscode.workspace.workspaceFolders?.length) {
      this.finishScan();
      return;
    }
    // Releases are read as soon as they are listed; the listing of every file (for links) comes beside.
    // Each listing is taken in in time slices: a URI's first toString() costs microseconds, and there are thousands.
    void this.dependencies.listFiles('all', { maxResults: MAX_KNOWN_FILES }).then(async (all) => {
      const paths = new Set<string>();
      await inSlices(all, () => !current(), (uri) => paths.add(uri.path));
      if (current()) this.known = { paths, complete: all.length < MAX_KNOWN_FILES };
    }, () => undefined); // unknown files: the link rules say nothing
    const files = await this.dependencies.listFiles('markdown');
    if (!current()) return;
    await inSlices(files, () => !current(), (uri) => this.markdown.set(uri.toString(), uri));
    if (!current()) return;
    // A configuration change during the first scan makes what was read stale: read the same files again.
    for (;;) {
      const generation = this.generation;
      this.scanProgress = { read: 0, total: files.length };
      this.progressed.fire();
      await this.readAll(files, () => this.disposed || generation !== this.generation);
      if (generation === this.generation || !current()) break;
    }
    if (current()) this.finishScan();
  }

  private finishScan(): void {
    this.scanned = true;
    this.progressed.fire();
    this.changed.fire();
  }

  /**
   * Reads files a few at a time into the index (each usable at once), then, with every release known,
   * reads again the few whose workspace rules (duplicate headline, address) match another, as the CLI does.
   */
  private async readAll(files: readonly vscode.Uri[], stale: () => boolean): Promise<boolean> {
    let changed = false;
    const read: vscode.Uri[] = [];
    await inParallel(files, CONCURRENT_READS, stale, async (uri) => {
      const result = await this.read(uri, []);
      if (!this.scanned && !stale()) this.countRead();
      if (stale() || result === 'open') return;
      changed = this.store(uri, result?.entry, result?.configKey) || changed;
      if (result) read.push(uri);
    });
    if (stale()) return changed;
    // Finding the matches is CPU work with no I/O between items: in time slices, not in one long task.
    const matches = new MatchIndex();
    await inSlices(this.summaries(), stale, (summary) => matches.add(summary));
    const again: { readonly uri: vscode.Uri; readonly others: readonly ReleaseSummary[] }[] = [];
    await inSlices(read, stale, (uri) => {
      const entry = this.entries.get(uri.toString());
      const others = entry ? matches.othersLike(entry.summary) : [];
      if (others.length > 0) again.push({ uri, others });
    });
    await inParallel(again, CONCURRENT_READS, stale, async ({ uri, others }) => {
      const result = await this.read(uri, others);
      if (!stale() && result && result !== 'open') changed = this.store(uri, result.entry, result.configKey) || changed;
    });
    return changed;
  }

  /**
   * One file from disk, checked with the others given; 'open' for an open document (its analysis speaks
   * for it, through onDidUpdate), undefined when it is gone or unreadable.
   */
  private async read(uri: vscode.Uri, others: readonly ReleaseSummary[]): Promise<{ entry: Entry | undefined; configKey: string } | 'open' | undefined> {
    if (isOpen(uri)) return 'open';
    try {
      const onDisk = await checkFileOnDisk(this.dependencies, uri, { workspace: { releases: others, fileExists: () => undefined } });
      if (!onDisk) return undefined; // gone since it was found
      const { key, timeZone } = configFacts(onDisk.config);
      return { entry: onDisk.analysis && entryOf(uri, onDisk.analysis, timeZone), configKey: key };
    } catch (error) {
      console.error('Pressroom could not list', uri.toString(), error);
      return undefined;
    }
  }

  private countRead(): void {
    this.scanProgress = { ...this.scanProgress, read: this.scanProgress.read + 1 };
    this.progressed.fire();
  }

  /** Whether a listing of the workspace leaves out a file that an event names: SKIPPED_FOLDERS, or files.exclude. */
  private leftOutOfListings(uri: vscode.Uri): boolean {
    return isInSkippedFolder(uri.path) || this.filesExclude.hides(uri, (path) => this.known?.paths.has(path) === true);
  }

  /** A file saved, created or closed: read again with the others changed in the same burst (a checkout, a save all). */
  private refreshFile(uri: vscode.Uri, onDisk = false): void {
    if (uri.scheme === 'untitled' || !isMarkdownPath(uri.path)) {
      this.remove(uri); // an untitled release closed, or a file no longer Markdown
      return;
    }
    if (onDisk && this.leftOutOfListings(uri)) return; // as the scan's listing would leave it out
    this.known?.paths.add(uri.path);
    if (onDisk) this.markdown.set(uri.toString(), uri);
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty)) return; // the editor's analysis speaks for it
    this.refreshing.set(uri.toString(), uri);
    this.refreshTimer ??= setTimeout(() => {
      this.refreshTimer = undefined;
      const batch = [...this.refreshing.values()];
      this.refreshing.clear();
      void this.readAll(batch, () => this.disposed).then((changed) => {
        if (changed && this.scanned) this.changed.fire();
      });
    }, REFRESH_DEBOUNCE_MS);
  }

  /**
   * The project configuration changed: once the burst is over, re-read (in the background, without
   * listing the tree) only the files whose configuration is not the one they were read under. Open
   * documents come back through their analyses, which never wait for this.
   */
  private configChanged(schemaFiles: boolean): void {
    this.generation++;
    this.schemaFilesChanged ||= schemaFiles;
    clearTimeout(this.configTimer);
    this.configTimer = setTimeout(() => {
      const all = this.schemaFilesChanged;
      this.schemaFilesChanged = false;
      void this.rereadChanged(this.generation, all);
    }, CONFIG_DEBOUNCE_MS);
  }

  /** Re-reads the files read under another configuration (every file when a schema file changed). */
  private async rereadChanged(generation: number, all: boolean): Promise<void> {
    if (!this.scanned) return; // the first scan reads its files again
    // Every file of a folder shares its configuration: work it out once per folder.
    const files = [...this.readUnder.values()];
    const folderOf = (uri: vscode.Uri) => uri.path.slice(0, uri.path.lastIndexOf('/'));
    const oneFilePerFolder = new Map<string, vscode.Uri>();
    for (const { uri } of files) if (!oneFilePerFolder.has(folderOf(uri))) oneFilePerFolder.set(folderOf(uri), uri);
    const configOfFolder = new Map<string, string>();
    await inParallel([...oneFilePerFolder], CONCURRENT_READS, () => generation !== this.generation, async ([folder, uri]) => {
      configOfFolder.set(folder, configKey(await this.dependencies.configs.configFor(uri)));
    });
    const affected = files.filter(({ uri, config }) => all || configOfFolder.get(folderOf(uri)) !== config).map(({ uri }) => uri);
    const stale = () => this.disposed || generation !== this.generation;
    if (stale()) return;
    if ((await this.readAll(affected, stale)) && !stale()) this.changed.fire();
  }

  /** Workspace folders changed: everything is listed again. */
  private restart(): void {
    this.generation++;
    this.entries.clear();
    this.readUnder.clear();
    this.markdown.clear();
    this.untitled.clear();
    this.known = undefined;
    this.scanned = false;
    this.scanProgress = { read: 0, total: undefined };
    this.releaseChanged.fire(undefined);
    this.scanning = undefined;
    void this.ready();
  }

  /**
   * An open document's analysis. An untitled release is no file of the workspace (no duplicate of
   * anything, not in the Releases view), but completion learns its areas and contacts.
   */
  private put(uri: vscode.Uri, analysis: ReleaseAnalysis | undefined, timeZone: string): void {
    if (uri.scheme === 'untitled') {
      if (analysis) this.untitled.set(uri.toString(), factsOf(analysis.parsed, analysis.schema.roles));
      else this.untitled.delete(uri.toString());
      return;
    }
    const changed = this.setEntry(uri, analysis ? entryOf(uri, analysis, timeZone) : undefined);
    if (this.scanned && changed) this.changed.fire();
  }

  /** A file read from disk: its entry (none when it is not a release), and the configuration it was read under. True when an entry changed. */
  private store(uri: vscode.Uri, entry: Entry | undefined, readUnder: string | undefined): boolean {
    if (readUnder === undefined) this.readUnder.delete(uri.toString());
    else this.readUnder.set(uri.toString(), { uri, config: readUnder });
    return this.setEntry(uri, entry);
  }

  private setEntry(uri: vscode.Uri, entry: Entry | undefined): boolean {
    const key = uri.toString();
    if (entry) {
      this.entries.set(key, entry);
      this.releaseChanged.fire(key);
      return true;
    }
    const removed = this.entries.delete(key);
    if (removed) this.releaseChanged.fire(key);
    return removed;
  }

  private remove(uri: vscode.Uri): void {
    if (uri.scheme === 'untitled') this.untitled.delete(uri.toString());
    else this.known?.paths.delete(uri.path);
    this.readUnder.delete(uri.toString());
    this.markdown.delete(uri.toString());
    if (this.entries.delete(uri.toString())) {
      this.releaseChanged.fire(uri.toString());
      if (this.scanned) this.changed.fire();
    }
  }

  /** Everything under a deleted folder (nothing when it was a file). */
  private removeUnder(folder: vscode.Uri): void {
    const prefix = `${folder.toString()}/`;
    const under = new Set<string>();
    for (const keys of [this.markdown.keys(), this.entries.keys()]) for (const key of keys) if (key.startsWith(prefix)) under.add(key);
    for (const key of under) this.remove(vscode.Uri.parse(key));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.configTimer);
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
}

function entryOf(uri: vscode.Uri, analysis: ReleaseAnalysis, timeZone: string): Entry {
  return {
    overview: releaseOverviewOf(uri.toString(), analysis, timeZone),
    summary: releaseSummaryOf(uri.path, analysis.parsed, analysis.schema.roles),
    facts: factsOf(analysis.parsed, analysis.schema.roles),
  };
}
