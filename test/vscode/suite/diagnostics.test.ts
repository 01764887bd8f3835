import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BROKEN_DIAGNOSTICS, FILES } from '../fixture';
import { byPosition, extension, fixtureUri, plain, pressroomDiagnostics, show, waitFor, waitForDiagnosticCount, waitForStatusBar } from './helpers';

export function registerDiagnosticsTests(): void {
  describe('Diagnostics', () => {
    it('activates when a release is opened, and shows its problems with exact codes, messages and ranges', async () => {
      // The meeting notes are opened first: once the release after them has been checked, they have been too.
      await show(FILES.notARelease);
      const broken = fixtureUri(FILES.broken);
      await show(FILES.broken);
      await waitFor('the extension to activate', () => extension().isActive);

      const found = await waitForDiagnosticCount(broken, BROKEN_DIAGNOSTICS.length);
      assert.deepEqual(found.map(plain).sort(byPosition), BROKEN_DIAGNOSTICS);
      for (const diagnostic of found) {
        assert.equal(diagnostic.source, 'pressroom');
        // The code links to its documentation (codeDescription.href), so it is clickable in the Problems panel.
        const { code } = plain(diagnostic);
        const link = typeof diagnostic.code === 'object' ? [diagnostic.code.value, diagnostic.code.target.toString(true)] : diagnostic.code;
        assert.deepEqual(link, [code, `https://github.com/pressroom-dev/pressroom/blob/main/docs/diagnostics.md#${code}`]);
      }
    });

    it('leaves Markdown outside the release folders alone', async () => {
      await show(FILES.notARelease);
      await waitForStatusBar(FILES.notARelease, 'hidden');
      assert.deepEqual(pressroomDiagnostics(fixtureUri(FILES.notARelease)).map(plain), []);
    });

    for (const [shape, file] of [
      ['--- front matter', FILES.valid],
      ['```yaml fence', FILES.fenced],
      ['*.release.md name', FILES.namedRelease],
    ] as const) {
      it(`checks a valid release (${shape}) and finds nothing`, async () => {
        await show(file);
        // The status bar only shows on a file the extension has checked.
        await waitForStatusBar(file, '$(check) Release valid');
        assert.deepEqual(pressroomDiagnostics(fixtureUri(file)).map(plain), []);
      });
    }

    it('clears the problems when the release is fixed, and reports them again when they come back', async () => {
      const uri = fixtureUri(FILES.broken);
      const editor = await show(FILES.broken);
      const original = editor.document.getText();
      await waitForDiagnosticCount(uri, BROKEN_DIAGNOSTICS.length);

      const fix = new vscode.WorkspaceEdit();
      fix.insert(uri, new vscode.Position(2, 0), 'area: Harbourside\n');
      fix.replace(uri, new vscode.Range(4, 8, 4, 24), '22:00 28/02/2026');
      fix.delete(uri, new vscode.Range(5, 0, 6, 0));
      assert.ok(await vscode.workspace.applyEdit(fix), 'the fixing edit was not applied');
      await waitForDiagnosticCount(uri, 0);
      await waitForStatusBar(FILES.broken, '$(check) Release valid');

      const undo = new vscode.WorkspaceEdit();
      undo.replace(uri, new vscode.Range(0, 0, editor.document.lineCount, 0), original);
      assert.ok(await vscode.workspace.applyEdit(undo), 'the restoring edit was not applied');
      const again = await waitForDiagnosticCount(uri, BROKEN_DIAGNOSTICS.length);
      assert.deepEqual(again.map(plain).sort(byPosition), BROKEN_DIAGNOSTICS);
    });
  });
}
