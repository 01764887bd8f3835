/**
 * A benchmark-only extension, installed next to Pressroom by `npm run bench:vscode` (never packaged with it).
 * When VS Code has started it measures, in the extension host, in a workspace of generated releases: the
 * first completion after `area: ` (while the workspace index is still being built), the Releases view's first
 * render, and Validate All Releases in Workspace; a drift probe (a timer that should fire every few
 * milliseconds) records the longest time the host's event loop was blocked during each. The figures go, as
 * JSON, to the file the `pressroomBench.resultsFile` setting names.
 */
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../fixture';

const PROBE_MS = 5;

/** The longest gap beyond PROBE_MS between the ticks of a timer, since the last reset. */
function driftProbe() {
  let last = Date.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    longest = Math.max(longest, now - last - PROBE_MS);
    last = now;
  }, PROBE_MS);
  return {
    take(): number {
      const value = longest;
      longest = 0;
      return value;
    },
    stop: () => clearInterval(timer),
  };
}

async function timed<T>(work: () => Thenable<T> | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
}

interface TreeApi {
  readonly releases: { getChildren(node?: unknown): Promise<unknown[]>; getTreeItem(node: unknown): vscode.TreeItem };
}

async function measure(probePath: string): Promise<Record<string, unknown>> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const probe = driftProbe();
  const pressroom = vscode.extensions.getExtension<TreeApi>(EXTENSION_ID);
  if (!pressroom) throw new Error(`${EXTENSION_ID} is not installed`);
  const activation = await timed(() => pressroom.activate());
  const api = activation.value;
  const activated = Date.now();
  // The Releases view's first render: its top level, which needs the whole index.
  const firstRender = api.releases.getChildren().then((groups) => ({ ms: Date.now() - activated, groups: groups.map((group) => api.releases.getTreeItem(group).label) }));

  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, probePath));
  await vscode.window.showTextDocument(document);
  const line = document.getText().split('\n').findIndex((text) => text.startsWith('area: '));
  const position = new vscode.Position(line, 'area: '.length);
  // VS Code's own cost of a completion request now (Pressroom answers nothing outside a release).
  const plain = await vscode.workspace.openTextDocument({ language: 'markdown', content: document.getText().replace(/^---$/gm, '') });
  const baseline = await timed(() => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', plain.uri, position));
  const completion = await timed(() => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position));
  const areaLabels = completion.value.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).filter((label) => /^Area \d+$/.test(label));
  const sinceActivation = Date.now() - activated;

  const render = await firstRender;
  const countReleases = async (node?: unknown): Promise<number> => {
    let total = 0;
    for (const child of await api.releases.getChildren(node)) {
      total += api.releases.getTreeItem(child).collapsibleState === vscode.TreeItemCollapsibleState.None ? 1 : await countReleases(child);
    }
    return total;
  };
  const blockDuringIndex = probe.take();
  const listed = await countReleases();
  const second = await timed(() => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position));

  const runs = [];
  for (let run = 0; run < 2; run++) {
    probe.take();
    const validate = await timed(() => vscode.commands.executeCommand<Record<string, unknown>>('pressroom.validateWorkspace'));
    runs.push({ ms: validate.ms, longestBlockMs: probe.take(), summary: validate.value });
  }
  probe.stop();
  return {
    activationMs: activation.ms,
    firstCompletion: { ms: completion.ms, outsideAReleaseMs: baseline.ms, msAfterActivation: sinceActivation, areasFromReleases: areaLabels.length },
    secondCompletionMs: second.ms,
    releasesView: { firstRenderMsAfterActivation: render.ms, groups: render.groups, releases: listed },
    longestBlockWhileIndexingMs: blockDuringIndex,
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
  measure(settings.get<string>('probe') ?? '').then(
    (figures) => write(figures),
    (error: unknown) => write({ crashed: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}

export function deactivate(): void {}
