/**
 * "Pressroom: Validate All Releases in Workspace": finds every Markdown file, decides with the same core
 * function as the CLI whether it is a release (the project configuration's globs, a `$schema`, the size
 * limit), checks each with the same engine, and puts the results in the Problems panel. As the CLI does,
 * each file is read and checked once, several reads in flight at once, keeping only its diagnostics and
 * summary (no parse is kept); then the few releases that share an address or headline with another are
 * checked again with those others, for the workspace rules. Open documents are not read or parsed again
 * (their analysis is reused). It starts on the workspace index's listing of the Markdown files when there
 * is one (listing 10,000 files takes seconds), and results reach the Problems panel in batches (each update
 * is a message to the window). Long CPU work runs in time slices, so the extension host stays responsive.
 * Cancellable at any point; a cancelled run's summary says it was partial. A workspace without releases
 * but with plain-text files is told so, with an action that converts one.
 */
import * as vscode from 'vscode';
import {
  countBySeverity,
  fileExistsFrom,
  formatCount,
  ReleaseIndex,
  releaseSummaryOf,
  workspaceViewFor,
  type ReleaseDiagnostic,
  type ReleaseSummary,
} from '../../core';
import { CONCURRENT_READS, inParallel, inSlices } from '../background';
import type { DiagnosticsManager } from '../diagnosticsManager';
import type { ReleaseAnalyses } from '../releaseAnalyses';
import { checkFileOnDisk, type FileCheckDependencies } from '../releases/releaseFile';
import type { ListFiles } from '../fileSystem';
import { CONVERT_PLAIN_TEXT_ACTION, CONVERT_PLAIN_TEXT_COMMAND, listPlainTextFiles } from '../plainTextReleases';
import type { WorkspaceReleases } from '../releases/releaseIndex';
import { describeWorkspaceSummary, type WorkspaceSummary } from './summary';

export const VALIDATE_WORKSPACE_COMMAND = 'pressroom.validateWorkspace';

const PROGRESS_MS = 100;
/** Results go to the Problems panel together, at most this often: each update is a message to the window and a redraw. */
const PUBLISH_MS = 100;
/** ...and at most this many files at once, so one update never takes long in the host. */
const PUBLISH_MAX = 250;

export interface WorkspaceDependencies extends FileCheckDependencies {
  readonly analyses: ReleaseAnalyses;
  readonly diagnostics: DiagnosticsManager;
  readonly listFiles: ListFiles;
  /** The workspace index, whose listing of files and count of releases are reused when it has them. */
  readonly index?: WorkspaceReleases;
}

export function registerValidateWorkspace(dependencies: WorkspaceDependencies): vscode.Disposable {
  return vscode.commands.registerCommand(VALIDATE_WORKSPACE_COMMAND, async (): Promise<WorkspaceSummary> => {
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Pressroom: validating releases', cancellable: true },
      (progress, token) => validateWorkspace(dependencies, progress, token),
    );
    const message = describeWorkspaceSummary(summary);
    if (summary.plainText?.files) {
      void vscode.window.showInformationMessage(message, CONVERT_PLAIN_TEXT_ACTION).then((choice) => {
        if (choice) void vscode.commands.executeCommand(CONVERT_PLAIN_TEXT_COMMAND);
      });
    } else if (summary.filesWithProblems === 0) void vscode.window.showInformationMessage(message);
    else {
      void vscode.window.showWarningMessage(message, 'Show Problems').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
    return summary;
  });
}

/** One release checked: what the Problems panel shows, and its summary for the workspace rules. */
interface Checked {
  readonly uri: vscode.Uri;
  /** The open document's version; 0 for a file read from disk. */
  readonly version: number;
  readonly diagnostics: readonly ReleaseDiagnostic[];
  readonly summary: ReleaseSummary;
}

type FileExists = (path: string) => boolean | undefined;

/**
 * One file checked with the other releases given (an open document's analysis reused), or undefined when
 * it is not a release (or vanished since it was found).
 */
async function checkFile(dependencies: WorkspaceDependencies, uri: vscode.Uri, others: readonly ReleaseSummary[], fileExists: FileExists, now: Date): Promise<Checked | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) {
    const analysis = await dependencies.analyses.get(open);
    if (!analysis.isRelease) return undefined;
    return { uri, version: open.version, diagnostics: analysis.diagnostics, summary: releaseSummaryOf(uri.path, analysis.parsed, analysis.schema.roles) };
  }
  const workspace = workspaceViewFor(uri.path, () => others, fileExists);
  const analysis = (await checkFileOnDisk(dependencies, uri, { now, workspace }))?.analysis;
  if (!analysis) return undefined; // not a release, or gone since it was found: nothing to report
  return { uri, version: 0, diagnostics: analysis.diagnostics, summary: releaseSummaryOf(uri.path, analysis.parsed, analysis.schema.roles) };
}

/** Every file's path, for the rules that check links: the workspace index's listing once it has one. */
async function knownFiles({ index, listFiles }: WorkspaceDependencies, token: vscode.CancellationToken): Promise<FileExists> {
  if (index?.isScanned) return (path) => index.fileExists(path);
  const all = await listFiles('all', { token });
  return fileExistsFrom(new Set(all.map((uri) => uri.path)), !token.isCancellationRequested, (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.path));
}

/** Collects results and shows them in batches (every PUBLISH_MS or PUBLISH_MAX files, and whenever `flush` is called). */
function batchedPublisher(diagnostics: DiagnosticsManager) {
  let pending: Checked[] = [];
  let last = Date.now();
  const flush = () => {
    const batch = pending;
    pending = [];
    last = Date.now();
    diagnostics.publishAll(batch);
  };
  return {
    add(one: Checked): void {
      pending.push(one);
      if (pending.length >= PUBLISH_MAX || Date.now() - last >= PUBLISH_MS) flush();
    },
    flush,
  };
}

/** Progress with counts, sent at most every PROGRESS_MS (each report is a message to the window). */
function progressReporter(progress: vscode.Progress<{ message?: string; increment?: number }>) {
  let shown = 0;
  let last = 0;
  return (stage: string, done: number, of: number, from: number, to: number, force = false) => {
    const now = Date.now();
    if (!force && now - last < PROGRESS_MS) return;
    last = now;
    const percent = from + (to - from) * (of === 0 ? 1 : done / of);
    progress.report({ message: `${stage} ${formatCount(done)} of ${formatCount(of)}`, increment: Math.max(0, percent - shown) });
    shown = Math.max(shown, percent);
  };
}

async function validateWorkspace(
  dependencies: WorkspaceDependencies,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceSummary> {
  const cancelled = () => token.isCancellationRequested;
  const report = progressReporter(progress);
  const now = new Date();
  // Listing the tree takes a second or more at this size: start on the index's listing of the Markdown
  // files when it has one, and check what the fresh listing adds (a file its events missed) after.
  const listing = dependencies.listFiles('markdown', { token });
  const indexed = dependencies.index?.markdownFiles();
  // Beside the index's listing, a listing cut short by a cancel adds nothing (and a cancelled run never waits for it).
  const freshListing = indexed ? listing.catch(() => undefined) : undefined;
  const [first, fileExists] = await Promise.all([indexed ?? listing, knownFiles(dependencies, token)]);
  const published = batchedPublisher(dependencies.diagnostics);
  // Each file read and checked once, its results shown as they come.
  const checked = new Map<string, Checked>();
  let read = 0;
  let total = first.length;
  const checkAll = (uris: readonly vscode.Uri[]) =>
    inParallel(uris, CONCURRENT_READS, cancelled, async (uri) => {
      const one = await checkFile(dependencies, uri, [], fileExists, now);
      read++;
      if (one && !cancelled()) {
        checked.set(uri.toString(), one);
        published.add(one);
      }
      report('Checking releases:', read, total, 0, 90);
    });
  await checkAll(first);
  if (freshListing && !cancelled()) {
    const fresh = await freshListing;
    // In time slices: a fresh URI's first toString() costs microseconds, and there are thousands.
    const listed = new Set<string>();
    await inSlices(first, cancelled, (uri) => listed.add(uri.toString()));
    const inTree = new Set<string>();
    const more: vscode.Uri[] = [];
    await inSlices(fresh ?? [], cancelled, (uri) => {
      const key = uri.toString();
      inTree.add(key);
      if (!listed.has(key)) more.push(uri);
    });
    total += more.length;
    await checkAll(more);
    // A file the index still listed that is gone from the tree (an open document of a deleted file) is no release of it.
    if (fresh && !cancelled()) {
      for (const key of [...checked.keys()]) if (!inTree.has(key)) checked.delete(key);
    }
  }
  published.flush(); // before the second pass, which may show a file again
  const partial = (files: number, releases: number | undefined): WorkspaceSummary => ({
    ...countsOf(checked.values()),
    files,
    cancelled: true,
    releases: releases === undefined ? undefined : Math.max(releases, files),
    read: { done: read, of: total },
  });
  if (cancelled()) return partial(checked.size, dependencies.index?.isScanned ? dependencies.index.releaseCount : undefined);

  // Then the few that share an address or a headline with another, again with those others (as the CLI does).
  const matches = new ReleaseIndex();
  await inSlices([...checked.values()], cancelled, (one) => matches.add(one.summary));
  const again: { readonly one: Checked; readonly others: readonly ReleaseSummary[] }[] = [];
  await inSlices([...checked.values()], cancelled, (one) => {
    const others = one.version === 0 ? matches.othersLike(one.summary) : []; // an open document's analysis saw them already
    if (others.length > 0) again.push({ one, others });
  });
  let rechecked = 0;
  await inParallel(again, CONCURRENT_READS, cancelled, async ({ one, others }) => {
    const fresh = await checkFile(dependencies, one.uri, others, fileExists, now);
    if (cancelled()) return;
    rechecked++;
    if (fresh) {
      checked.set(one.uri.toString(), fresh);
      published.add(fresh);
    }
    report('Checking releases that may be duplicates:', rechecked, again.length, 90, 100);
  });
  published.flush();
  if (cancelled()) return partial(checked.size - (again.length - rechecked), checked.size);
  report('Checked releases:', checked.size, checked.size, 100, 100, true);
  const whole = { ...countsOf(checked.values()), files: checked.size, releases: checked.size, cancelled: false };
  if (checked.size > 0) return whole;
  const plainText = await listPlainTextFiles(dependencies.listFiles, token);
  return cancelled() ? whole : { ...whole, plainText: { files: plainText.files.length, listed: plainText.complete } };
}

function countsOf(checked: Iterable<Checked>): { filesWithProblems: number; errors: number; warnings: number } {
  const summary = { filesWithProblems: 0, errors: 0, warnings: 0 };
  for (const one of checked) {
    const counts = countBySeverity(one.diagnostics);
    summary.errors += counts.errors;
    summary.warnings += counts.warnings;
    if (counts.errors + counts.warnings > 0) summary.filesWithProblems++;
  }
  return summary;
}
