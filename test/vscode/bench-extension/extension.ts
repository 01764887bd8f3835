/**
 * A benchmark-only extension, installed next to Pressroom by `npm run bench:vscode` (never packaged with it).
 * When VS Code has started it measures, in the extension host, in a workspace of generated releases: the
 * first completion after `area: ` (the space typed, then the completion asked for, while the workspace index is
 * still being built), the Releases view (opened
 * while the index is read: the time until VS Code has its first groups and items, the message it shows, the
 * time until the index is complete and how many redraws it took; then the cost of a first render once it is
 * complete, and of a full redraw in VS Code), and Validate All Releases in Workspace; a drift probe (a timer
 * that should fire every few milliseconds) records the longest time the host's event loop was blocked during
 * each. The figures go, as JSON, to the file the `pressroomBench.resultsFile` setting names.
 */
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../fixture';

const PROBE_MS = 5;

/** The CPU profiles' clock (microseconds), for scripts/vscode/profileBlocks.mjs. */
const profileClockUs = () => Number(process.hrtime.bigint() / 1000n);

/** Node's kinds of garbage collection (perf_hooks constants NODE_PERFORMANCE_GC_*). */
const GC_KINDS: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental marking', 16: 'weak callbacks' };

/**
 * The longest gap beyond PROBE_MS between the ticks of a timer, since the last reset, and every gap over 50 ms
 * with how much of it V8 spent in garbage-collection pauses (a pause blocks the host whoever made the garbage).
 */
function driftProbe() {
  const started = performance.now();
  let last = started;
  let lastCpu = process.cpuUsage();
  let longest = 0;
  const pauses: { startMs: number; endMs: number; kind: string }[] = [];
  const take = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) pauses.push({ startMs: entry.startTime, endMs: entry.startTime + entry.duration, kind: GC_KINDS[(entry as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other' });
  };
  const gc = new PerformanceObserver((list) => take(list.getEntries()));
  gc.observe({ entryTypes: ['gc'] });
  /**
   * Blocks over 50 ms: when (ms after the probe started) and how long, to tell which stage made them; the
   * host process's CPU time meanwhile, all its threads (far less than the block: the host was waiting for a
   * core the window or the server held); and when each ended on the CPU profiles' clock (microseconds), for
   * scripts/vscode/profileBlocks.mjs.
   */
  const long: { atMs: number; ms: number; endUs: number; cpuMs: number; gcMs?: number; gcKinds?: string[] }[] = [];
  const waiters: (() => void)[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const block = Math.round(now - last - PROBE_MS);
    longest = Math.max(longest, block);
    if (block > 50) long.push({ atMs: Math.round(last - started), ms: block, endUs: profileClockUs(), cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
    last = now;
    lastCpu = process.cpuUsage();
    for (const waiter of waiters.splice(0)) waiter();
  }, PROBE_MS);
  return {
    /** After the probe's next tick: a block that is ending has then been recorded (before a `take`). */
    nextTick: () => new Promise<void>((resolve) => waiters.push(resolve)),
    take(): number {
      const value = longest;
      longest = 0;
      return value;
    },
    long,
    /** Stops, and gives each block over 50 ms its garbage-collection share. */
    stop() {
      clearInterval(timer);
      take(gc.takeRecords());
      gc.disconnect();
      for (const block of long) {
        const fromMs = started + block.atMs;
        const toMs = fromMs + block.ms + PROBE_MS;
        const inside = pauses.map((pause) => ({ kind: pause.kind, ms: Math.min(toMs, pause.endMs) - Math.max(fromMs, pause.startMs) })).filter((pause) => pause.ms > 0);
        block.gcMs = Math.round(inside.reduce((sum, pause) => sum + pause.ms, 0));
        block.gcKinds = [...new Set(inside.map((pause) => pause.kind))];
      }
    },
  };
}

async function timed<T>(work: () => Thenable<T> | Promise<T>): Promise<{ ms: number; value: T; startUs: number; endUs: number }> {
  const startUs = profileClockUs();
  const value = await work();
  const endUs = profileClockUs();
  return { ms: Math.round((endUs - startUs) / 1000), value, startUs, endUs };
}

interface ReleasesTreeApi {
  getChildren(node?: unknown): unknown[] | Promise<unknown[]>;
  getTreeItem(node: unknown): vscode.TreeItem;
  readonly message: string | undefined;
  readonly onDidChangeMessage: vscode.Event<string | undefined>;
  readonly onDidChangeTreeData: vscode.Event<unknown>;
}

interface TreeApi {
  readonly releases: ReleasesTreeApi;
}

/** When VS Code itself (not this benchmark) has been given the root's groups and then the first group's children, non-empty. */
function watchRenders(tree: ReleasesTreeApi) {
  const original = tree.getChildren.bind(tree);
  let own = 0;
  let waiting: { since: number; firstGroup: unknown; resolve: (figures: { ms: number; message: string | undefined; groups: number; items: number }) => void } | undefined;
  let groups = 0;
  (tree as { getChildren: ReleasesTreeApi['getChildren'] }).getChildren = (node?: unknown) => {
    const result = original(node);
    if (own > 0 || !waiting) return result;
    void Promise.resolve(result).then((children) => {
      if (!waiting || children.length === 0) return;
      if (node === undefined) {
        waiting.firstGroup = children[0];
        groups = children.length;
      } else if (node === waiting.firstGroup) {
        const done = waiting;
        waiting = undefined;
        done.resolve({ ms: Date.now() - done.since, message: tree.message, groups, items: children.length });
      }
    });
    return result;
  };
  return {
    /** Resolves at VS Code's next render with items after `start`, or says it saw none within the time. */
    next(start: () => Thenable<unknown>, timeoutMs = 120_000): Promise<{ ms: number; message: string | undefined; groups: number; items: number } | 'not seen'> {
      const seen = new Promise<{ ms: number; message: string | undefined; groups: number; items: number }>((resolve) => {
        waiting = { since: Date.now(), firstGroup: undefined, resolve };
      });
      void start();
      return Promise.race([seen, new Promise<'not seen'>((resolve) => setTimeout(() => resolve('not seen'), timeoutMs))]);
    },
    /** The benchmark's own calls, not counted as VS Code's. */
    async own<T>(work: () => Promise<T>): Promise<T> {
      own++;
      try {
        return await work();
      } finally {
        own--;
      }
    },
  };
}

function whenComplete(tree: ReleasesTreeApi): Promise<void> {
  if (tree.message === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const listening = tree.onDidChangeMessage((message) => {
      if (message !== undefined) return;
      listening.dispose();
      resolve();
    });
  });
}

/** A CPU profile of the host from now until `stop`, written to `file` (summed by scripts/vscode/profileSummary.mjs). */
async function startProfile(file: string): Promise<{ stop(): Promise<void> }> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  return {
    async stop() {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

const noProfile = { stop: () => Promise.resolve() };

async function measure(probePath: string, profileDir: string | undefined): Promise<Record<string, unknown>> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  // With profiling asked for: the activation, first scan, completions and view filling, then one extra Validate All.
  const indexing = profileDir ? await startProfile(path.join(profileDir, 'indexing.cpuprofile')) : noProfile;
  const probe = driftProbe();
  const pressroom = vscode.extensions.getExtension<TreeApi>(EXTENSION_ID);
  if (!pressroom) throw new Error(`${EXTENSION_ID} is not installed`);
  const activation = await timed(() => pressroom.activate());
  const api = activation.value;
  const activated = Date.now();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, probePath));
  await vscode.window.showTextDocument(document);
  // The probe holds `area:`; each timed completion types the space after it first, as a press officer does.
  const line = document.getText().split('\n').findIndex((text) => text.startsWith('area:'));
  const position = new vscode.Position(line, 'area: '.length);
  // What the workbench asks of a Markdown editor it has just shown (its outline and folding): VS Code's Markdown
  // support then reads the document, once, loading its parser and highlighter (about 120 ms of the host on this
  // machine). Asked here, so that one-time work is not counted in a completion typed after the file was opened.
  const settled = await timed(() =>
    Promise.all([
      vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri),
      vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', document.uri),
    ]),
  );
  // Types the space after `area:`, then asks for the completion that space triggers (timed from the request, the
  // edit having reached the host first, as a keystroke's does), then takes the space away again for the next.
  const spaceAt = (uri: vscode.Uri, type: boolean) => {
    const edit = new vscode.WorkspaceEdit();
    if (type) edit.insert(uri, position.translate(0, -1), ' ');
    else edit.delete(uri, new vscode.Range(position.translate(0, -1), position));
    return vscode.workspace.applyEdit(edit);
  };
  const complete = async (uri: vscode.Uri) => {
    await spaceAt(uri, true);
    const answer = await timed(() => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position));
    await spaceAt(uri, false);
    return answer;
  };
  // VS Code's own cost of a completion request now (Pressroom answers nothing outside a release), then Pressroom's,
  // while the index is read and before the Releases view is opened.
  const plain = await vscode.workspace.openTextDocument({ language: 'markdown', content: document.getText().replace(/^---$/gm, '') });
  const baseline = await complete(plain.uri);
  const completion = await complete(document.uri);
  const areaLabels = completion.value.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).filter((label) => /^Area \d+$/.test(label));
  const sinceActivation = Date.now() - activated;

  // The Releases view opened while the index is read: VS Code's first render with items, and the redraws until it is complete.
  const tree = api.releases;
  const renders = watchRenders(tree);
  let redraws = 0;
  const counting = tree.onDidChangeTreeData(() => redraws++);
  const beforeView = probe.take(); // activation, opening the probe and the completions above: not the view's
  const openedDuringIndexing = await renders.next(() => vscode.commands.executeCommand('pressroom.releases.focus'));
  const openedMsAfterActivation = Date.now() - activated;
  let indexed = false;
  const filling = whenComplete(tree).then(() => {
    indexed = true;
    return { msAfterActivation: Date.now() - activated, longestBlockMs: probe.take(), redraws };
  });
  // The same request with the view open and filling (when the index is still being read).
  const withViewOpen = await complete(document.uri);
  const withViewOpenStillIndexing = !indexed;

  const filled = await filling;
  await indexing.stop();
  counting.dispose();
  const countReleases = async (node?: unknown): Promise<number> => {
    let total = 0;
    for (const child of await tree.getChildren(node)) {
      total += tree.getTreeItem(child).collapsibleState === vscode.TreeItemCollapsibleState.None ? 1 : await countReleases(child);
    }
    return total;
  };
  // Once complete: what a first render costs the host (the root's groups, then the first group's items, each item made).
  probe.take();
  const firstRender = await renders.own(() =>
    timed(async () => {
      const groups = await tree.getChildren();
      const items = groups.length > 0 ? await tree.getChildren(groups[0]) : [];
      for (const node of [...groups, ...items]) tree.getTreeItem(node);
      return { groups: groups.map((group) => `${tree.getTreeItem(group).label} (${tree.getTreeItem(group).description})`), items: items.length };
    }),
  );
  const firstRenderBlockMs = probe.take();
  // A full redraw in VS Code, as when the view is opened afresh: the sort changed, then back.
  const redraw = await renders.next(() => vscode.commands.executeCommand('pressroom.releases.sortBy', 'headline'));
  const redrawBlockMs = probe.take();
  // Back, waiting for that redraw too, so that its host work does not fall inside Validate All's time below.
  await renders.next(() => vscode.commands.executeCommand('pressroom.releases.sortBy', 'date'));
  const listed = await renders.own(() => countReleases());
  // The count is the bench's own work (10,001 tree items made in one go, one block): it ends here, not in Validate All's time.
  await probe.nextTick();

  // Validate All is run before the next completion: a keystroke holds Pressroom's background work back for a
  // moment (src/vscode/background.ts), and nobody starts a command from the palette in the same instant as typing.
  const runs = [];
  for (let run = 0; run < 2; run++) {
    probe.take();
    const validate = await timed(() => vscode.commands.executeCommand<Record<string, unknown>>('pressroom.validateWorkspace'));
    runs.push({ ms: validate.ms, longestBlockMs: probe.take(), summary: validate.value, windowUs: [validate.startUs, validate.endUs] });
  }
  // With profiling asked for, one more run under the profiler (slower, so not among the figures above).
  if (profileDir) {
    const profile = await startProfile(path.join(profileDir, 'validate-all.cpuprofile'));
    await vscode.commands.executeCommand('pressroom.validateWorkspace');
    await profile.stop();
  }
  const second = await complete(document.uri);
  probe.stop();
  return {
    activationMs: activation.ms,
    firstCompletion: { ms: completion.ms, outsideAReleaseMs: baseline.ms, msAfterActivation: sinceActivation, areasFromReleases: areaLabels.length, openedEditorSettledMs: settled.ms },
    // On the profiles' clock: what the host ran during each request (scripts/vscode/profileBlocks.mjs).
    windowsUs: {
      'the outline and folding of the opened release': [settled.startUs, settled.endUs],
      'the request outside a release': [baseline.startUs, baseline.endUs],
      'the first completion': [completion.startUs, completion.endUs],
    },
    completionWithViewFilling: { ms: withViewOpen.ms, stillIndexing: withViewOpenStillIndexing },
    secondCompletionMs: second.ms,
    releasesView: {
      openedDuringIndexing,
      openedMsAfterActivation,
      completeMsAfterActivation: filled.msAfterActivation,
      redrawsWhileFilling: filled.redraws,
      longestBlockWhileFillingMs: filled.longestBlockMs,
      firstRenderOnceComplete: { ms: firstRender.ms, longestBlockMs: firstRenderBlockMs, ...firstRender.value },
      fullRedrawInVsCode: redraw,
      fullRedrawLongestBlockMs: redrawBlockMs,
      releases: listed,
    },
    longestBlockWhileIndexingMs: filled.longestBlockMs,
    longestBlockBeforeTheViewMs: beforeView,
    blocksOver50Ms: probe.long,
    validateAll: runs,
  };
}

export function activate(): void {
  const settings = vscode.workspace.getConfiguration('pressroomBench');
  const file = settings.get<string>('resultsFile');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!file || !folder) return;
  const results = folder.uri.with({ path: file, query: '', fragment: '' });
  const write = (value: unknown) => vscode.workspace.fs.writeFile(results, new TextEncoder().encode(JSON.stringify(value, null, 2)));
  const profileDir = settings.get<boolean>('profile') ? path.dirname(file) : undefined;
  measure(settings.get<string>('probe') ?? '', profileDir).then(
    (figures) => write(figures),
    (error: unknown) => write({ crashed: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}

export function deactivate(): void {}
