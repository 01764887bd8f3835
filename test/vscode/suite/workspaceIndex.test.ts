/**
 * The one workspace index in the real extension host: a release written to disk after start-up reaches
 * area completion and the Releases view from the file watcher (no rescan), leaves them when deleted, and a
 * configuration change never empties what completion knows while the index re-reads in the background;
 * Validate All, which starts from the index's listing of Markdown files, checks a release written since.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FILES } from '../fixture';
import { api, codeOf, fixtureUri, pressroomDiagnostics } from './helpers';

const PROBE = 'news/2026-05-01-index-probe.md';
const PROBE_AREA = 'Eastmarsh';
const PROBE_HEADLINE = 'Eastmarsh ferry timetable changes';
/** The headline of the release that `files.exclude` hides (FILES.hidden). */
const HIDDEN_HEADLINE = 'Old ferry notice kept out of sight';
const PROBE_TEXT = `---\ntitle: ${PROBE_HEADLINE}\narea: ${PROBE_AREA}\nurl: https://www.example.gov.uk/news/ferry/\npublish:\n  date: 09:00 01/05/2026\n---\n\nThe ferry runs every hour.\n`;

function label(item: vscode.CompletionItem | vscode.TreeItem): string {
  const value = item.label ?? '';
  return typeof value === 'string' ? value : value.label;
}

async function areaCompletions(document: vscode.TextDocument): Promise<string[]> {
  const position = document.positionAt(document.getText().indexOf('area: ') + 'area: '.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map(label);
}

/**
 * Asks until `check` holds (the watcher, the index and the view's redraws work in the background), then
 * returns the last answer; fails, saying what it saw, when 15 s pass without it.
 */
async function answerWhen(ask: () => Promise<string[]>, what: string, check: (names: string[]) => boolean, seen: string): Promise<string[]> {
  let names: string[] = [];
  for (let attempt = 0; attempt < 150; attempt++) {
    names = await ask();
    if (check(names)) return names;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${what} never happened; ${seen} ${names.join(', ')}`);
}

function areasWhen(document: vscode.TextDocument, what: string, check: (names: string[]) => boolean): Promise<string[]> {
  return answerWhen(() => areaCompletions(document), what, check, 'completion offered');
}

/** The Releases view redraws at most four times a second, after the index has the change. */
function releaseLabelsWhen(what: string, check: (labels: string[]) => boolean): Promise<string[]> {
  return answerWhen(releaseLabels, what, check, 'the Releases view listed');
}

interface TreeApi {
  readonly releases: { getChildren(node?: unknown): Promise<unknown[]>; getTreeItem(node: unknown): vscode.TreeItem };
}

/** Every release item's label in the Releases view, whatever its group. */
async function releaseLabels(): Promise<string[]> {
  const { releases } = (await api()) as unknown as TreeApi;
  const labels: string[] = [];
  const walk = async (node?: unknown): Promise<void> => {
    for (const child of await releases.getChildren(node)) {
      const item = releases.getTreeItem(child);
      if (item.collapsibleState === vscode.TreeItemCollapsibleState.None) labels.push(label(item));
      else await walk(child);
    }
  };
  await walk();
  return labels;
}

/** The fixture's one plain-text file, offered when Convert to Press Release runs with nothing open. */
const PLAIN_TEXT = 'notes/press-office-rota.txt';

export function registerWorkspaceIndexTests(): void {
  describe('The workspace index', () => {
    let editor: vscode.TextEditor;

    before(async () => {
      await api();
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\n$schema: press-release\ntitle: Index check\narea: \n---\n' });
      editor = await vscode.window.showTextDocument(document, { preview: false });
    });

    after(async () => {
      await vscode.workspace.fs.delete(fixtureUri(PROBE)).then(undefined, () => undefined);
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('lists the workspace as VS Code\'s search does, leaving out what files.exclude hides', async () => {
      const { listFiles } = await api();
      const paths = (uris: readonly vscode.Uri[]) => uris.map((uri) => uri.path).sort();
      const searches = { markdown: '**/*{.md,.markdown}', plainText: '**/*.txt', all: '**/*' } as const;
      for (const what of ['markdown', 'plainText', 'all'] as const) {
        assert.deepEqual(paths(await listFiles(what)), paths(await vscode.workspace.findFiles(searches[what], '{**/node_modules/**,**/.git/**}')), what);
      }
      for (const what of ['markdown', 'all'] as const) {
        const listed = paths(await listFiles(what));
        assert.ok(listed.includes(fixtureUri(FILES.valid).path), `${what} lists ${FILES.valid}`);
        assert.ok(!listed.includes(fixtureUri(FILES.hidden).path), `${what} leaves out ${FILES.hidden}`);
      }
      assert.ok(paths(await listFiles('all')).includes(fixtureUri('contacts.yml').path), 'all lists files that are not Markdown');
      assert.deepEqual(paths(await listFiles('plainText')), [fixtureUri(PLAIN_TEXT).path], 'plainText lists the .txt files only');
    });

    it('takes a release written to disk into area completion and the Releases view, and drops it when deleted', async () => {
      assert.ok(!(await areaCompletions(editor.document)).includes(PROBE_AREA), `${PROBE_AREA} is not used before the probe exists`);
      await vscode.workspace.fs.writeFile(fixtureUri(PROBE), new TextEncoder().encode(PROBE_TEXT));
      await areasWhen(editor.document, `${PROBE_AREA} to be offered`, (names) => names.includes(PROBE_AREA));
      const labels = await releaseLabelsWhen('the Releases view to list the new release', (found) => found.includes(PROBE_HEADLINE));
      assert.ok(!labels.includes(HIDDEN_HEADLINE), 'the release files.exclude hides is not listed');

      await vscode.workspace.fs.delete(fixtureUri(PROBE));
      await areasWhen(editor.document, `${PROBE_AREA} to be dropped`, (names) => !names.includes(PROBE_AREA));
      await releaseLabelsWhen('the Releases view to stop listing it', (labels) => !labels.includes(PROBE_HEADLINE));
    });

    it('leaves out a release written after the first scan where files.exclude hides it, as the scan\'s listing did', async () => {
      const hidden = 'news/archive/2026-05-02-hidden-probe.md';
      const hiddenHeadline = 'Hidden ferry notice written since';
      await vscode.workspace.fs.writeFile(fixtureUri(hidden), new TextEncoder().encode(PROBE_TEXT.replace(PROBE_HEADLINE, hiddenHeadline)));
      await vscode.workspace.fs.writeFile(fixtureUri(PROBE), new TextEncoder().encode(PROBE_TEXT));
      try {
        // Files changed together are read together, each stored when its read ends, and the view can redraw
        // between: so the probe is changed once more after it is listed, and the hidden release's read, begun
        // with the probe's first, has ended by the time the second change is listed.
        await releaseLabelsWhen('the Releases view to list the release written second', (found) => found.includes(PROBE_HEADLINE));
        const changedHeadline = `${PROBE_HEADLINE}, changed`;
        await vscode.workspace.fs.writeFile(fixtureUri(PROBE), new TextEncoder().encode(PROBE_TEXT.replace(PROBE_HEADLINE, changedHeadline)));
        const labels = await releaseLabelsWhen('the Releases view to list the changed probe', (found) => found.includes(changedHeadline));
        assert.ok(!labels.includes(hiddenHeadline), 'the release written where files.exclude hides it is not listed');
      } finally {
        await vscode.workspace.fs.delete(fixtureUri(hidden));
        await vscode.workspace.fs.delete(fixtureUri(PROBE));
      }
      await releaseLabelsWhen('the Releases view to stop listing the probe', (found) => !found.some((label) => label.startsWith(PROBE_HEADLINE)));
    });

    it('has Validate All check a release written after the first scan, and no longer once it is deleted', async () => {
      const validateAll = () => vscode.commands.executeCommand<{ files: number; errors: number }>('pressroom.validateWorkspace');
      const before = await validateAll();
      const broken = PROBE_TEXT.replace('publish:\n  date: 09:00 01/05/2026\n', '');
      await vscode.workspace.fs.writeFile(fixtureUri(PROBE), new TextEncoder().encode(broken));
      try {
        await areasWhen(editor.document, `${PROBE_AREA} to be offered`, (names) => names.includes(PROBE_AREA));
        const withProbe = await validateAll();
        assert.deepEqual({ files: withProbe.files, errors: withProbe.errors }, { files: before.files + 1, errors: before.errors + 1 });
        // No publish date, and no media contact in the body.
        assert.deepEqual(pressroomDiagnostics(fixtureUri(PROBE)).map(codeOf).sort(), ['media-contact', 'missing-field']);
        // Put right on disk: the next run clears what the Problems panel showed for it.
        await vscode.workspace.fs.writeFile(fixtureUri(PROBE), new TextEncoder().encode(`${PROBE_TEXT}\nMedia enquiries: Jane Doe, 01632 960123\n`));
        const putRight = await validateAll();
        assert.deepEqual({ files: putRight.files, errors: putRight.errors }, { files: before.files + 1, errors: before.errors });
        assert.deepEqual(pressroomDiagnostics(fixtureUri(PROBE)).map(codeOf), []);
      } finally {
        await vscode.workspace.fs.delete(fixtureUri(PROBE));
      }
      await areasWhen(editor.document, `${PROBE_AREA} to be dropped`, (names) => !names.includes(PROBE_AREA));
      const after = await validateAll();
      assert.deepEqual({ files: after.files, errors: after.errors }, { files: before.files, errors: before.errors });
    });

    it('keeps answering from the releases indexed while a configuration change is read again', async () => {
      const config = vscode.workspace.getConfiguration('pressroom');
      const before = config.inspect<string[]>('areas')?.workspaceValue;
      await vscode.workspace.fs.writeFile(fixtureUri(PROBE), new TextEncoder().encode(PROBE_TEXT));
      await areasWhen(editor.document, `${PROBE_AREA} to be offered`, (names) => names.includes(PROBE_AREA));
      try {
        await config.update('areas', [...(before ?? []), 'Westfold'], vscode.ConfigurationTarget.Workspace);
        // The first answer under the new configuration still has the indexed area: the index is never emptied.
        const names = await areasWhen(editor.document, 'the new configured area to be offered', (found) => found.includes('Westfold'));
        assert.ok(names.includes(PROBE_AREA), `${PROBE_AREA} is still offered: ${names.join(', ')}`);
      } finally {
        await config.update('areas', before, vscode.ConfigurationTarget.Workspace);
        await vscode.workspace.fs.delete(fixtureUri(PROBE));
      }
      await areasWhen(editor.document, `${PROBE_AREA} to be dropped`, (names) => !names.includes(PROBE_AREA));
    });
  });
}
