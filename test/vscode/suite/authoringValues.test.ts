/**
 * Issue 13 in the real extension host: values are never changed, and every message that names a fix
 * offers it. A contact learned from another release keeps its phone as written; completion opens by
 * itself at a key position; the `release` snippet's area placeholder lists the areas; each new quick fix
 * applies for real (its diagnostic clears); Convert to Press Release writes nothing until Apply, with no
 * modal dialog over the diff. Untitled releases (`$schema`) leave nothing on disk.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri, pressroomDiagnostics, waitFor } from './helpers';

async function openRelease(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document, { preview: false });
}

const RELEASE = (extra: string) => `---\n$schema: press-release\ntitle: Library opens\narea: Northshire\nurl: https://www.example.org/news/library/\npublish:\n  date: 09:00 24/11/2026\n${extra}---\n\nBody.\n`;

const codes = (uri: vscode.Uri) => pressroomDiagnostics(uri).map((diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)));

async function applyFix(editor: vscode.TextEditor, code: string, title: string): Promise<void> {
  const diagnostic = await waitFor(`a ${code} diagnostic`, () => pressroomDiagnostics(editor.document.uri).find((candidate) => typeof candidate.code === 'object' && candidate.code.value === code));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `"${title}" among ${actions.map((candidate) => candidate.title).join('; ')}`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  await waitFor(`the ${code} diagnostic to clear`, () => !codes(editor.document.uri).includes(code));
}

/** Registered by the suite's index, after the other authoring tests. */
export function registerAuthoringValueTests(): void {
  describe('authoring that never changes a value (issue 13)', function () {
    this.timeout(60_000);

    afterEach(async () => {
      // The untitled releases would make closeAllEditors ask whether to save them: revert and close each tab.
      const tabs = vscode.window.tabGroups.all.reduce((count, group) => count + group.tabs.length, 0);
      for (let left = tabs; left > 0 && vscode.window.tabGroups.activeTabGroup.activeTab; left--) {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('proposes a contact learned with an unquoted phone with that phone quoted as written', async () => {
      // The other release is opened so the index holds it; its phone is written 07700900123, unquoted.
      const other = await openRelease(RELEASE('contacts:\n  - name: Priya Shah\n    phone: 07700900123\n'));
      await waitFor('the other release to be analysed', () => codes(other.document.uri).includes('wrong-type'));
      const editor = await openRelease(RELEASE('contacts:\n  \n'));
      const position = editor.document.positionAt(editor.document.getText().indexOf('contacts:\n  ') + 'contacts:\n  '.length);
      // Asked again until the index holds the other release (each request is a round trip).
      let item: vscode.CompletionItem | undefined;
      for (let attempt = 0; attempt < 50 && !item; attempt++) {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
        item = list.items.find((candidate) => (typeof candidate.label === 'string' ? candidate.label : candidate.label.label) === 'Priya Shah');
      }
      assert.equal(String(item?.insertText), '- name: Priya Shah\n    phone: "07700900123"');
    });

    it('offers and applies each new quick fix: phone quoted, locale (and a choice of them), https, a real date, a duplicate in other capitals', async () => {
      const cases: [string, string, string, string][] = [
        ['contacts:\n  - name: Jane Doe\n    phone: 01632960123\n', 'wrong-type', 'Put contacts[0].phone in quotes ("01632960123")', '    phone: "01632960123"'],
        ['og:\n  locale: en-GB\n', 'pattern-mismatch', 'Change og.locale to en_GB', '  locale: en_GB'],
        ['og:\n  image: http://www.example.org/a.jpg\n', 'pattern-mismatch', 'Change http:// to https:// in og.image', '  image: https://www.example.org/a.jpg'],
        ['og:\n  image: www.example.org/a.jpg\n', 'invalid-format', 'Add https:// in og.image', '  image: https://www.example.org/a.jpg'],
        ['og:\n  locale: English (UK)\n', 'pattern-mismatch', 'Change og.locale to en_GB', '  locale: en_GB'],
        // One of the choices for a language without a country.
        ['og:\n  locale: english\n', 'pattern-mismatch', 'Change og.locale to en_US', '  locale: en_US'],
        ['Area: Southshire\n', 'unknown-field', 'Remove "Area" (the release already has "area")', 'area: Northshire\nurl:'],
      ];
      for (const [extra, code, title, expected] of cases) {
        const editor = await openRelease(RELEASE(extra));
        await applyFix(editor, code, title);
        assert.ok(editor.document.getText().includes(expected), `${title}: ${editor.document.getText()}`);
      }
      const date = await openRelease(RELEASE('').replace('09:00 24/11/2026', '31/02/2021 16:55'));
      await applyFix(date, 'invalid-date', 'Change the date to "16:55 28/02/2021"');
      assert.ok(date.document.getText().includes('  date: 16:55 28/02/2021\n'));
    });

    it('at a new line of the front matter offers the fields that open by themselves (the UI check autoSuggest.test.ts sees the widget open)', async () => {
      const editor = await openRelease(RELEASE(''));
      const endOfArea = editor.document.positionAt(editor.document.getText().indexOf('area: Northshire') + 'area: Northshire'.length);
      editor.selection = new vscode.Selection(endOfArea, endOfArea);
      await vscode.commands.executeCommand('type', { text: '\n' });
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, editor.selection.active);
      assert.ok(list.items.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'og'));
      // A new line in the body is prose: Pressroom offers nothing there, so nothing opens by itself.
      const endOfBody = editor.document.positionAt(editor.document.getText().indexOf('Body.') + 'Body.'.length);
      editor.selection = new vscode.Selection(endOfBody, endOfBody);
      await vscode.commands.executeCommand('type', { text: '\n' });
      const body = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, editor.selection.active);
      const fields = body.items.filter((item) => item.kind === vscode.CompletionItemKind.Property);
      assert.deepEqual(fields.map((item) => item.label), []);
    });

    it('lists the areas while the release snippet\'s area placeholder is selected', async () => {
      // The shipped snippet itself, by its name. It writes no `$schema`, so the untitled file is first made a
      // release whatever its name by Validate Current Release (it stays checked until it is closed).
      const editor = await openRelease('');
      await vscode.commands.executeCommand('pressroom.validateCurrentRelease');
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Press release (--- front matter)' });
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      const selection = editor.selection;
      assert.equal(editor.document.lineAt(selection.start.line).text, 'area: Area');
      assert.deepEqual([selection.start.character, selection.end.character, selection.active.character], [6, 10, 10]);
      // Asked again until the release's analysis has caught up with the inserted snippet (each request is a round trip).
      let areas: { label: string; filter?: string; range?: number[]; insert: string }[] = [];
      for (let attempt = 0; attempt < 50 && !areas.some((area) => area.label === 'Northshire'); attempt++) {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, selection.end);
        areas = list.items
          .filter((item) => item.kind === vscode.CompletionItemKind.Value)
          .map((item) => {
            const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
            return { label: typeof item.label === 'string' ? item.label : item.label.label, filter: item.filterText, range: range && [range.start.line, range.start.character, range.end.character], insert: String(item.insertText) };
          });
      }
      // The configured areas first, each replacing the whole placeholder; its filter text starts with the selected
      // `Area`, the text VS Code filters on, so none is hidden while the placeholder is selected.
      assert.deepEqual(areas.slice(0, 2), [
        { label: 'Northshire', filter: 'AreaNorthshire', range: [2, 6, 10], insert: 'Northshire' },
        { label: 'Southshire', filter: 'AreaSouthshire', range: [2, 6, 10], insert: 'Southshire' },
      ]);
      for (const area of areas) assert.ok(area.filter?.startsWith('Area'), JSON.stringify(area));
      assert.ok(!areas.some((area) => area.label === 'Area'), 'the placeholder itself is never proposed');
    });

    it('converts only after Apply, with no modal dialog over the diff', async () => {
      const source = fixtureUri('inbox-issue13.txt');
      await vscode.workspace.fs.writeFile(source, new TextEncoder().encode('FOR IMMEDIATE RELEASE\n\nNorthshire libraries extend opening hours\n\n1 May 2026\n\nLibraries across Northshire will open later.\n\nENDS\n'));
      const target = fixtureUri('inbox-issue13.md');
      try {
        const done = vscode.commands.executeCommand<boolean>('pressroom.convertToRelease', source);
        await waitFor('the diff of the converted release', () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).some((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.scheme === 'pressroom-converted'));
        // The diff can be scrolled while nothing is written.
        await vscode.commands.executeCommand('cursorBottom');
        await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
        await vscode.commands.executeCommand('pressroom.convertApply');
        // A modal dialog would have kept the command waiting on it; the title bar's Apply answered instead.
        assert.equal(await done, true);
        const created = vscode.workspace.textDocuments.find((document) => document.uri.toString() === target.toString());
        assert.ok(created?.getText().includes('title: Northshire libraries extend opening hours'));
      } finally {
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await vscode.workspace.fs.delete(source);
        await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
      }
    });
  });
}
