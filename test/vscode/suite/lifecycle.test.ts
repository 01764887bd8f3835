import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BROKEN_DIAGNOSTICS, FILES } from '../fixture';
import { byPosition, fixtureUri, plain, show, waitFor, waitForDiagnosticCount } from './helpers';

/** When Pressroom checks a file, and against which schema. */
export function registerLifecycleTests(): void {
  describe('What is checked, and against what', () => {
    it('checks an unsaved file whose front matter names a schema, and stops when it no longer does', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\n$schema: press-release\ntitle: Untitled draft\n---\n\nMedia enquiries: Jane Doe, 01632 960123\n' });
      await vscode.window.showTextDocument(document);
      const found = await waitForDiagnosticCount(document.uri, 3);
      assert.deepEqual(found.map((diagnostic) => diagnostic.message).sort(), [
        'Missing required field "area"',
        'Missing required field "publish"',
        'Missing required field "url"',
      ]);

      const edit = new vscode.WorkspaceEdit();
      edit.delete(document.uri, new vscode.Range(1, 0, 2, 0));
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForDiagnosticCount(document.uri, 0);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('uses the schema file named by pressroom.schema, and the built-in one again when it is cleared', async () => {
      const config = vscode.workspace.getConfiguration('pressroom');
      const broken = fixtureUri(FILES.broken);
      await show(FILES.broken);
      await waitForDiagnosticCount(broken, BROKEN_DIAGNOSTICS.length);
      try {
        await config.update('schema', 'schemas/headline.schema.json', vscode.ConfigurationTarget.Workspace);
        const custom = await waitFor('the custom schema to apply', () => {
          const messages = vscode.languages.getDiagnostics(broken).map((diagnostic) => diagnostic.message);
          return messages.length === 1 && messages[0] === 'Missing required field "headline"' ? messages : undefined;
        });
        assert.deepEqual(custom, ['Missing required field "headline"']);
      } finally {
        await config.update('schema', undefined, vscode.ConfigurationTarget.Workspace);
      }
      const again = await waitForDiagnosticCount(broken, BROKEN_DIAGNOSTICS.length);
      assert.deepEqual(again.map(plain).sort(byPosition), BROKEN_DIAGNOSTICS);
    });
  });
}
