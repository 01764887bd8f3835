/**
 * The fixture project test/vscode/workspace/schemas-project/ in the real editor: a release schema split over
 * three files, statements mapped by a glob to a schema of their own, and a release that names its schema
 * itself. Each file gets exactly the CLI's diagnostics (the same constant the CLI's test asserts), and the
 * status bar and the hover name the schema that checked it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SCHEMAS_PROJECT_DIAGNOSTICS, SCHEMAS_PROJECT_SCHEMA_TITLES } from '../../fixtures/schemasProject';
import { api, byPosition, fixtureUri, plain, pressroomDiagnostics, show, waitFor } from './helpers';

const PROJECT = 'schemas-project';

function diagnosticsOf(file: string) {
  return pressroomDiagnostics(fixtureUri(`${PROJECT}/${file}`)).map(plain).sort(byPosition);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

export function registerSchemasProjectTests(): void {
  describe('Schemas per glob, split over files (schemas-project)', () => {
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    for (const [file, expected] of Object.entries(SCHEMAS_PROJECT_DIAGNOSTICS)) {
      it(`${file}: the CLI's diagnostics, checked by "${SCHEMAS_PROJECT_SCHEMA_TITLES[file]}"`, async () => {
        const editor = await show(`${PROJECT}/${file}`);
        const found = await waitFor(`the diagnostics of ${file} to be ${JSON.stringify(expected)} (now ${JSON.stringify(diagnosticsOf(file))})`, () => {
          const now = diagnosticsOf(file);
          return JSON.stringify(now) === JSON.stringify(expected) ? now : undefined;
        });
        assert.deepEqual(found, expected);
        const title = SCHEMAS_PROJECT_SCHEMA_TITLES[file];
        const pressroom = await api();
        await waitFor(`the status bar to name "${title}" (now ${JSON.stringify(pressroom.statusBar.tooltip)})`, () => pressroom.statusBar.tooltip.endsWith(`Checked against: ${title}`));
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 1));
        assert.match(hoverText(hovers), new RegExp(`Pressroom checks this release against \\*\\*${title}\\*\\*`));
      });
    }
  });
}
