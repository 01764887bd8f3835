// Which extension host the suite and Pressroom really run in. The harness runs this suite twice: in the Node
// host, and in the web-worker host (as on vscode.dev and github.dev), where Node's `process` does not exist.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expectedHost, extension } from './helpers';

export function registerHostTests(): void {
  describe(`Extension host (${expectedHost()})`, () => {
    if (expectedHost() === 'worker') {
      it('runs in the web-worker host: no Node process, a worker global scope, the web UI', () => {
        assert.equal(typeof process, 'undefined');
        assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function');
        assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
      });

      it('Pressroom runs there too, from its browser bundle', async () => {
        const pressroom = extension();
        await pressroom.activate();
        assert.equal(pressroom.extensionKind, vscode.ExtensionKind.UI, 'Pressroom runs beside the UI, in the worker');
        assert.equal(pressroom.packageJSON.browser, './dist/extension.browser.js');
        assert.equal(pressroom.isActive, true);
      });
    } else {
      // (Not extensionKind: desktop VS Code without a remote reports UI for its Node host too.)
      it('runs in the Node host', () => {
        assert.equal(typeof process, 'object');
        assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'undefined');
      });
    }
  });
}
