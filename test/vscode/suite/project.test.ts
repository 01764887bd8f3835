/**
 * The project configuration in the real extension host: the fixture project test/vscode/workspace/newsroom
 * (a .pressroom.jsonc, a schema with renamed fields, files inside and outside its globs, a file over its size
 * limit) gets exactly the diagnostics the CLI gives (test/fixtures/newsroomProject.ts), from opening each file
 * and from Validate All. Then the renamed fields drive the preview, completion and New Press Release, and one
 * edit is analysed once however many features are watching.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ALL_RULES } from '../../../src/core';
import { NEWSROOM_DIAGNOSTICS, NEWSROOM_UNCHECKED_FILES } from '../../fixtures/newsroomProject';
import { api, byPosition, fixtureUri, plain, pressroomDiagnostics, show, waitFor } from './helpers';

const PROJECT = 'newsroom';
const TRAM = `${PROJECT}/stories/2026-06-01-tram-extension.md`;

function projectUri(file: string): vscode.Uri {
  return fixtureUri(`${PROJECT}/${file}`);
}

function diagnosticsOf(file: string) {
  return pressroomDiagnostics(projectUri(file)).map(plain).sort(byPosition);
}

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

export function registerProjectTests(): void {
  describe('Project configuration (.pressroom.jsonc)', () => {
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    for (const [file, expected] of Object.entries(NEWSROOM_DIAGNOSTICS)) {
      it(`opening ${file} gives the CLI's diagnostics`, async () => {
        await show(`${PROJECT}/${file}`);
        const found = await waitFor(`the diagnostics of ${file} to be ${JSON.stringify(expected)} (now ${JSON.stringify(diagnosticsOf(file))})`, () => {
          const now = diagnosticsOf(file);
          return JSON.stringify(now) === JSON.stringify(expected) ? now : undefined;
        });
        assert.deepEqual(found, expected);
      });
    }

    it('leaves the files outside its globs alone when they are opened', async () => {
      for (const file of NEWSROOM_UNCHECKED_FILES) {
        await show(`${PROJECT}/${file}`);
        await waitFor(`${file} to be the active editor`, () => vscode.window.activeTextEditor?.document.uri.path.endsWith(file));
        const pressroom = await api();
        await waitFor(`the status bar to hide on ${file}`, () => !pressroom.statusBar.visible);
        assert.deepEqual(diagnosticsOf(file), []);
      }
    });

    it('Validate All Releases gives the same diagnostics for every file of the project', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('pressroom.validateWorkspace');
      for (const [file, expected] of Object.entries(NEWSROOM_DIAGNOSTICS)) assert.deepEqual(diagnosticsOf(file), expected, file);
      for (const file of NEWSROOM_UNCHECKED_FILES) assert.deepEqual(diagnosticsOf(file), [], file);
    });

    it('an invalid configuration file gets one diagnostic on itself, and its releases are checked with the defaults', async () => {
      const folder = fixtureUri('broken-config');
      const config = vscode.Uri.joinPath(folder, '.pressroom.jsonc');
      const release = vscode.Uri.joinPath(folder, 'news', 'note.md');
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  // a typo\n  "file": ["news/**/*.md"]\n}\n'));
      // A media contact and a headline of a fair length, so only the built-in schema's findings show.
      await vscode.workspace.fs.writeFile(release, new TextEncoder().encode('---\ntitle: Harbour car park closes early\n---\n\nMedia enquiries: Jane Doe, 01632 960123\n'));
      try {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(release));
        const onConfig = await waitFor("the configuration file's diagnostic", () => {
          const found = vscode.languages.getDiagnostics(config).map(plain);
          return found.length > 0 ? found : undefined;
        });
        assert.deepEqual(onConfig, [
          {
            code: 'invalid-config',
            severity: 'error',
            message: '.pressroom.jsonc has an unknown setting "file"; did you mean "files"? Pressroom checks releases without it until it is fixed',
            range: [2, 2, 2, 8],
          },
        ]);
        // The default globs still make news/ a release folder: the built-in schema's missing fields are reported.
        const onRelease = await waitFor('the release to be checked with the defaults', () => {
          const found = pressroomDiagnostics(release).map(plain);
          return found.length > 0 ? found : undefined;
        });
        assert.deepEqual(onRelease.map((diagnostic) => diagnostic.message), ['Missing required field "area"', 'Missing required field "publish"', 'Missing required field "url"']);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(folder, { recursive: true });
      }
    });

    it('VS Code completes and explains each release rule and its options in .pressroom.jsonc, from the schema for editors', async () => {
      const folder = fixtureUri('editor-config');
      const config = vscode.Uri.joinPath(folder, '.pressroom.jsonc');
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": {\n    \n    "media-contact": ["warning", {  }]\n  }\n}\n'));
      try {
        const document = await vscode.workspace.openTextDocument(config);
        await vscode.window.showTextDocument(document);
        const names = await completionLabels(document, new vscode.Position(2, 4));
        // Every rule but the one the file names already.
        assert.deepEqual([...names].sort(), ALL_RULES.map((rule) => rule.id).filter((id) => id !== 'media-contact').sort());
        assert.deepEqual(await completionLabels(document, new vscode.Position(3, document.lineAt(3).text.indexOf('{  }') + 2)), ['region']);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', config, new vscode.Position(3, 8));
        const shown = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : 'value' in part ? part.value : '')));
        assert.ok(shown.some((text) => text.includes('A release names a media contact') && text.includes('docs/rules/media-contact.md')), shown.join('\n---\n'));
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(folder, { recursive: true });
      }
    });

    it('the preview shows the renamed headline, desk and summary', async () => {
      await show(TRAM);
      await vscode.commands.executeCommand('pressroom.openPreviewToSide');
      const pressroom = await api();
      const shown = await waitFor('the preview to show the tram story', () =>
        pressroom.preview?.documentUri === fixtureUri(TRAM).toString() ? pressroom.preview.fragments : undefined,
      );
      assert.match(shown.header, /<h1 class="headline">Tram line extended to the harbour<\/h1>/);
      assert.match(shown.header, /<p class="area">Harbour Desk<\/p>/);
      assert.match(shown.header, /Monday 1 June 2026, 10:00/);
      assert.match(shown.card, /Four new tram stops open on Monday, linking the harbour to the city centre\./);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('completes the renamed area field with the project areas, and the renamed contacts with the project contacts file', async () => {
      const editor = await show(TRAM);
      const document = editor.document;
      const deskLine = document.getText().split('\n').findIndex((line) => line.startsWith('desk: '));
      const areas = await completionLabels(document, new vscode.Position(deskLine, 'desk: '.length));
      assert.deepEqual(areas.slice(0, 2), ['City Desk', 'Harbour Desk']);

      const edit = new vscode.WorkspaceEdit();
      const contactsLine = document.getText().split('\n').findIndex((line) => line.startsWith('press_contacts:'));
      edit.insert(document.uri, new vscode.Position(contactsLine + 1, 0), '  - \n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const contacts = await completionLabels(document, new vscode.Position(contactsLine + 1, 4));
      assert.ok(contacts.includes('Robin Example'), `contacts proposed: ${contacts.join(', ')}`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('New Press Release fills the renamed headline, desk and published fields', async () => {
      const config = vscode.workspace.getConfiguration('pressroom');
      await config.update('newRelease.folder', `${PROJECT}/stories`, vscode.ConfigurationTarget.Workspace);
      let created: vscode.Uri | undefined;
      try {
        created = await vscode.commands.executeCommand<vscode.Uri>('pressroom.newRelease', { title: 'Harbour lights switched on' });
        assert.ok(created, 'a release was created');
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
        const lines = text.split('\n');
        assert.equal(lines[0], '---');
        assert.equal(lines[1], 'headline: Harbour lights switched on');
        assert.equal(lines[2], 'desk: City Desk');
        assert.equal(lines[3], 'link:');
        assert.match(lines[4], /^published: \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
        assert.equal(lines[5], '---');
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        if (created) await vscode.workspace.fs.delete(created);
        await config.update('newRelease.folder', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    it('analyses an edit once while the Problems panel, status bar, preview, hover and code actions all watch it', async () => {
      const editor = await show(TRAM);
      const document = editor.document;
      await vscode.commands.executeCommand('pressroom.openPreviewToSide');
      const pressroom = await api();
      await waitFor('the preview to show the tram story', () => pressroom.preview?.documentUri === document.uri.toString());
      await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
      const before = pressroom.analysisCounts.analyses;

      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(4, 11, 4, 16), '11:00');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const version = document.version;
      await waitFor('the preview to show the edited time', () => pressroom.preview?.fragments.header.includes('11:00') || undefined);
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, new vscode.Range(1, 0, 1, 4));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(1, 2));
      await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(2, 6));
      assert.equal(document.version, version, 'no other edit happened meanwhile');
      assert.equal(pressroom.analysisCounts.analyses - before, 1, 'one analysis for the one new version');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });
}
