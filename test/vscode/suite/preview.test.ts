// The preview panel in the extension host: opens beside a release, follows the active release, closes.
// (What the webview shows is checked in the UI tests, which can read its frame.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FILES } from '../fixture';
import { baseName, show, waitFor } from './helpers';

const VIEW_TYPE = 'pressroom.preview';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
}

function waitForPreviewTab(label: string): Promise<vscode.Tab> {
  return waitFor(`a preview tab labelled "${label}" (now ${previewTabs().map((tab) => `"${tab.label}"`).join(', ') || 'none'})`, () =>
    previewTabs().find((tab) => tab.label === label),
  );
}

export function registerPreviewTests(): void {
  describe('Preview', () => {
    after(async () => {
      await vscode.window.tabGroups.close(previewTabs());
    });

    it('opens beside the release, titled with its file name', async () => {
      const editor = await show(FILES.valid);
      await vscode.commands.executeCommand('pressroom.openPreviewToSide');
      const tab = await waitForPreviewTab(`Preview ${baseName(FILES.valid)}`);
      assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview opens in another column');
      assert.equal(previewTabs().length, 1);
    });

    it('follows the active release in the same panel', async () => {
      await show(FILES.namedRelease);
      await waitForPreviewTab(`Preview ${baseName(FILES.namedRelease)}`);
      assert.equal(previewTabs().length, 1, 'one preview panel, reused');
    });

    it('keeps showing the last release when a file that is not a release becomes active', async () => {
      await show(FILES.notARelease);
      await waitFor('the notes to be active', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(FILES.notARelease));
      assert.deepEqual(
        previewTabs().map((tab) => tab.label),
        [`Preview ${baseName(FILES.namedRelease)}`],
      );
    });
  });
}
