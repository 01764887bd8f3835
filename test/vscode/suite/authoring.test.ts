/**
 * Authoring help in the real extension host: completion, hover and code actions through VS Code's own
 * commands (`vscode.executeCompletionItemProvider` and friends), quick fixes applied for real (their
 * diagnostics clear), and the New Press Release command.
 * Uses the fixture workspace's settings (pressroom.areas, pressroom.contactsFile = contacts.yml).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixtureUri, plain, pressroomDiagnostics, waitFor } from './helpers';

/** Untitled releases: `$schema` makes them releases wherever they are, and nothing is left on disk. */
async function openRelease(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document, { preview: false });
}

function positionAfter(document: vscode.TextDocument, text: string): vscode.Position {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" is in the document`);
  return document.positionAt(index + text.length);
}

async function completions(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items;
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function insertText(item: vscode.CompletionItem): string {
  return item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText ?? label(item));
}

/** Asks for completions until `expected` is among them (the workspace index fills in the background). */
async function completionsUntil(document: vscode.TextDocument, position: vscode.Position, expected: string): Promise<string[]> {
  let names: string[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    names = (await completions(document, position)).map(label);
    if (names.includes(expected)) return names;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${expected} never appeared among ${names.join(', ')}`);
}

async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind);
}

function codes(uri: vscode.Uri): string[] {
  return pressroomDiagnostics(uri).map((diagnostic) => plain(diagnostic).code);
}

async function waitForCodes(uri: vscode.Uri, what: string, check: (found: string[]) => boolean): Promise<string[]> {
  return waitFor(`${what} (now ${codes(uri).join(', ') || 'none'})`, () => (check(codes(uri)) ? codes(uri) : undefined));
}

const HEAD = '---\n$schema: press-release\ntitle: Council opens new library\n';
// With its media contact and its address on a domain not kept for examples, the release rules find nothing once the fixes are made.
const TAIL = 'url: https://www.example.gov.uk/news/library/\npublish:\n  date: 09:00 24/11/2026\n---\n\nThe new library opens on Monday.\n\nMedia enquiries: Jane Doe, 01632 960123\n';

export function registerAuthoringTests(): void {
  describe('Authoring help', () => {
    before(async () => {
      await api();
    });

    afterEach(async () => {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('completes keys at the cursor\'s nesting level, with documentation and placeholders', async () => {
      const editor = await openRelease(`${HEAD}area: Northshire\n\n${TAIL}`);
      const position = new vscode.Position(4, 0);
      const items = await completions(editor.document, position);
      const names = items.map(label);
      for (const key of ['embargo', 'og', 'contacts']) assert.ok(names.includes(key), `${key} in ${names.join(', ')}`);
      for (const present of ['title', 'area', 'url', 'publish']) assert.ok(!names.includes(present), `${present} is already there`);
      const contacts = items.find((item) => label(item) === 'contacts')!;
      // Only the optional fields that leave no error when skipped (role: ""); phone and email come from completion.
      assert.equal(insertText(contacts), 'contacts:\n  - name: ${1}\n    role: "${2}"');
      assert.match((contacts.documentation as vscode.MarkdownString).value, /Media contacts/);
    });

    it('completes `area:` with the configured areas and those used in the workspace', async () => {
      const editor = await openRelease(`${HEAD}area: \n${TAIL}`);
      const names = await completionsUntil(editor.document, positionAfter(editor.document, 'area: '), 'Westmere');
      assert.deepEqual(names.slice(0, 2), ['Northshire', 'Southshire'], names.join(', '));
      for (const used of ['Eastborough', 'Millbrook', 'Westmere']) assert.ok(names.includes(used), `${used} in ${names.join(', ')}`);
    });

    it('completes a press date and a media contact from the contacts file', async () => {
      const editor = await openRelease(`${HEAD}area: Northshire\nurl: https://www.example.org/\nembargo: \ncontacts:\n  \n---\n`);
      const dates = (await completions(editor.document, positionAfter(editor.document, 'embargo: '))).map(label);
      assert.equal(dates.length, 3);
      for (const date of dates) assert.match(date, /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
      const where = positionAfter(editor.document, 'contacts:\n  ');
      const names = await completionsUntil(editor.document, where, 'Alys Brannigan');
      assert.equal(names[0], 'Jane Doe', 'the contacts file comes first');
      const jane = (await completions(editor.document, where)).find((item) => label(item) === 'Jane Doe');
      assert.ok(jane, `Jane Doe in ${names.join(', ')}`);
      assert.equal(insertText(jane), '- name: Jane Doe\n    role: Press Officer\n    phone: 01632 960123\n    email: jane.doe@example.org');
    });

    it('hovers a key with its description and a press date in words', async () => {
      const editor = await openRelease(`${HEAD}area: Northshire\nurl: https://www.example.org/\npublish:\n  date: 16:55 18/03/2020\n---\n`);
      const onKey = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionAfter(editor.document, 'are'));
      const keyText = onKey.flatMap((hover) => hover.contents.map((content) => (content instanceof vscode.MarkdownString ? content.value : String(content)))).join('\n');
      assert.match(keyText, /\*\*area\*\*/);
      assert.match(keyText, /Required\./);
      const onDate = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionAfter(editor.document, 'date: 16:5'));
      const dateText = onDate.flatMap((hover) => hover.contents.map((content) => (content instanceof vscode.MarkdownString ? content.value : String(content)))).join('\n');
      assert.match(dateText, /Wednesday 18 March 2020, 16:55/);
    });

    it('quick fixes: renaming a near-miss key and rewriting a date clear their diagnostics', async () => {
      const editor = await openRelease(`${HEAD}Area: Northshire\n${TAIL.replace('09:00 24/11/2026', '2026-11-24T09:30')}`);
      const { document } = editor;
      await waitForCodes(document.uri, 'unknown-field and invalid-date', (found) => found.includes('unknown-field') && found.includes('invalid-date'));

      const rename = (await codeActions(document, new vscode.Range(positionAfter(document, 'Ar'), positionAfter(document, 'Ar')))).find((action) => action.title === 'Rename "Area" to "area"');
      assert.ok(rename?.edit, 'a rename fix with an edit');
      assert.equal(rename.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(rename.edit));
      await waitForCodes(document.uri, 'the unknown-field diagnostic to clear', (found) => !found.includes('unknown-field') && !found.includes('missing-field'));

      const at = positionAfter(document, 'date: 2026');
      const rewrite = (await codeActions(document, new vscode.Range(at, at))).find((action) => action.title === 'Rewrite the date as "09:30 24/11/2026"');
      assert.ok(rewrite?.edit, 'a date fix with an edit');
      assert.ok(await vscode.workspace.applyEdit(rewrite.edit));
      await waitForCodes(document.uri, 'no diagnostics left', (found) => found.length === 0);
      assert.equal(document.getText(), `${HEAD}area: Northshire\n${TAIL.replace('09:00 24/11/2026', '09:30 24/11/2026')}`);
    });

    it('quick fix: adding missing fields inserts a snippet through its command', async () => {
      const editor = await openRelease(`${HEAD}${TAIL.replace('url: https://www.example.gov.uk/news/library/\n', '')}`);
      const { document } = editor;
      await waitForCodes(document.uri, 'missing-field', (found) => found.filter((code) => code === 'missing-field').length === 2);
      const action = (await codeActions(document, new vscode.Range(0, 0, 0, 3))).find((candidate) => candidate.title === 'Add missing fields "area", "url"');
      assert.ok(action?.command, 'the fix runs a command');
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      await waitFor('the snippet to be inserted', () => document.getText().includes('  date: 09:00 24/11/2026\narea: \nurl: \n---'));
      // Type into the placeholders: the area first, then Tab to the url.
      await vscode.commands.executeCommand('type', { text: 'Northshire' });
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await vscode.commands.executeCommand('type', { text: 'https://www.example.gov.uk/news/library/' });
      await waitForCodes(document.uri, 'no diagnostics left', (found) => found.length === 0);
    });

    it('copies title and url into og, and offers fix-all for the file', async () => {
      const editor = await openRelease(`${HEAD}tittle: x\narea: Northshire\n${TAIL.replace('09:00 24/11/2026', '24 November 2026 16:55')}`);
      const { document } = editor;
      await waitForCodes(document.uri, 'unknown-field and invalid-date', (found) => found.includes('unknown-field') && found.includes('invalid-date'));
      const onTitle = await codeActions(document, new vscode.Range(2, 0, 2, 0));
      assert.ok(onTitle.some((action) => action.title === 'Copy title and url to og'), onTitle.map((action) => action.title).join(' | '));

      const fixAll = await codeActions(document, new vscode.Range(0, 0, 0, 0), 'source.fixAll.pressroom');
      assert.equal(fixAll.length, 1);
      assert.equal(fixAll[0].kind?.value, 'source.fixAll.pressroom');
      assert.ok(await vscode.workspace.applyEdit(fixAll[0].edit!));
      // `tittle` is not renamed (title is already there): only the date is fixed.
      await waitForCodes(document.uri, 'the invalid-date diagnostic to clear', (found) => !found.includes('invalid-date'));
      assert.match(document.getText(), /date: 16:55 24\/11\/2026/);
    });

    it('New Press Release writes a dated file in the configured folder and opens it at the body', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('pressroom.newRelease', { title: 'Council opens new library' });
      assert.ok(uri);
      try {
        assert.match(uri.path, /\/news\/\d{4}-\d{2}-\d{2}-council-opens-new-library\.md$/);
        const editor = vscode.window.activeTextEditor;
        assert.equal(editor?.document.uri.toString(), uri.toString());
        const text = editor.document.getText();
        assert.match(text, /^---\ntitle: Council opens new library\narea: Northshire\nurl:\npublish:\n {2}date: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\n---\n\n\n\nENDS\n$/);
        assert.equal(editor.selection.active.line, 8);
        // The template has no contacts: the media-contact warning says to add one.
        await waitForCodes(uri, 'only the address and a media contact to fill in', (found) => found.length === 2 && found.includes('media-contact') && found.includes('wrong-type'));
        // A second release with the same title gets a new name.
        const second = await vscode.commands.executeCommand<vscode.Uri>('pressroom.newRelease', { title: 'Council opens new library' });
        assert.match(second.path, /council-opens-new-library-2\.md$/);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.workspace.fs.delete(second);
      } finally {
        await vscode.workspace.fs.delete(uri);
        assert.ok(fixtureUri('news'));
      }
    });
  });
}
