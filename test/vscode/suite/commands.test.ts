import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BROKEN_DIAGNOSTICS, FILES, WORKSPACE_SUMMARY } from '../fixture';
import { api, byPosition, fixtureUri, plain, pressroomDiagnostics, show } from './helpers';

interface ValidationResult {
  readonly uri: vscode.Uri;
  readonly diagnostics: readonly { readonly code: string; readonly severity: string; readonly message: string }[];
}

async function validateText(content: string): Promise<{ result: ValidationResult; document: vscode.TextDocument }> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { preview: false });
  const result = await vscode.commands.executeCommand<ValidationResult>('pressroom.validateCurrentRelease');
  assert.ok(result, 'pressroom.validateCurrentRelease returned nothing');
  return { result, document };
}

export function registerCommandTests(): void {
  describe('Commands', () => {
    before(async () => {
      await api();
    });

    it('contributes both commands with their titles', async () => {
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('pressroom.validateCurrentRelease'));
      assert.ok(commands.includes('pressroom.validateWorkspace'));
      const contributed = vscode.extensions.getExtension('pressroom.pressroom')?.packageJSON.contributes?.commands as
        | { command: string; title: string; category?: string }[]
        | undefined;
      const titles = (contributed ?? []).map((entry) => (entry.category ? `${entry.category}: ${entry.title}` : entry.title));
      assert.ok(titles.includes('Pressroom: Validate Current Release'), `titles: ${titles.join(' | ')}`);
      assert.ok(titles.includes('Pressroom: Validate All Releases in Workspace'), `titles: ${titles.join(' | ')}`);
    });

    it('Validate Current Release checks the active release', async () => {
      await show(FILES.broken);
      const result = await vscode.commands.executeCommand<ValidationResult>('pressroom.validateCurrentRelease');
      assert.ok(result);
      assert.deepEqual(
        result.diagnostics.map((diagnostic) => diagnostic.code),
        BROKEN_DIAGNOSTICS.map((diagnostic) => diagnostic.code),
      );
    });

    it('Validate Current Release reports a file without front matter', async () => {
      const { result, document } = await validateText('Just some text\n');
      const expected = {
        code: 'no-front-matter',
        severity: 'error',
        message:
          'This release has no front matter: start the file with a --- block holding title, area, url, publish (Pressroom: Convert to Press Release can build one from plain text)',
        range: [0, 0, 0, 14],
      };
      assert.deepEqual(result.diagnostics.map((diagnostic) => diagnostic.code), ['no-front-matter']);
      assert.deepEqual(pressroomDiagnostics(document.uri).map(plain), [expected]);
    });

    it('Validate Current Release reports YAML that cannot be read', async () => {
      const { result, document } = await validateText('---\ntitle: [unclosed\n---\n');
      assert.deepEqual(result.diagnostics.map((diagnostic) => diagnostic.code), ['yaml-syntax']);
      assert.deepEqual(pressroomDiagnostics(document.uri).map(plain), [
        {
          code: 'yaml-syntax',
          severity: 'error',
          message: 'The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
          range: [1, 0, 1, 16],
        },
      ]);
    });

    it('Validate All Releases in Workspace returns the summary and fills the Problems panel', async () => {
      const summary = await vscode.commands.executeCommand<Record<string, unknown>>('pressroom.validateWorkspace');
      assert.ok(summary, 'pressroom.validateWorkspace returned nothing');
      assert.deepEqual(
        { files: summary.files, filesWithProblems: summary.filesWithProblems, errors: summary.errors, warnings: summary.warnings },
        WORKSPACE_SUMMARY,
      );
      assert.deepEqual(pressroomDiagnostics(fixtureUri(FILES.broken)).map(plain).sort(byPosition), BROKEN_DIAGNOSTICS);
      for (const file of [FILES.valid, FILES.fenced, FILES.namedRelease, FILES.notARelease, FILES.hidden]) {
        assert.deepEqual(pressroomDiagnostics(fixtureUri(file)).map(plain), [], file);
      }
    });
  });
}
