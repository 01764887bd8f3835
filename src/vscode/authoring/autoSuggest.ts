/**
 * Completion that opens by itself in a release's front matter. VS Code's quick suggestions are off for
 * Markdown, and Pressroom leaves them off (the body is prose); instead, in the front matter only:
 * - after a new line or an indent, at the start of an empty line, the fields allowed there are shown;
 * - when a snippet placeholder covering a value is selected (the `release` snippet's `Area`), the values
 *   for that field are shown, as they are after `area: `.
 * Suggestions are asked for only when the provider has something to show, so nothing else changes.
 */
import * as vscode from 'vscode';
import type { FrontMatterCompletionProvider } from './completionProvider';

const SUGGEST = 'editor.action.triggerSuggest';

/** A typed line break (with its indentation) or indentation alone. */
const NEW_LINE_OR_INDENT = /^(\r?\n[ \t]*|[ \t]+)$/;

export function registerAutoSuggest(provider: FrontMatterCompletionProvider): vscode.Disposable {
  let pending: vscode.CancellationTokenSource | undefined;
  const suggestIfAny = async (editor: vscode.TextEditor, position: vscode.Position): Promise<void> => {
    pending?.cancel();
    const source = new vscode.CancellationTokenSource();
    pending = source;
    const { document } = editor;
    const version = document.version;
    const items = await provider.provideCompletionItems(document, position, source.token);
    const unchanged = !source.token.isCancellationRequested && document.version === version && editor.selection.active.isEqual(position);
    if (unchanged && items && items.length > 0 && vscode.window.activeTextEditor === editor) await vscode.commands.executeCommand(SUGGEST);
  };
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument((event) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document !== event.document || event.document.languageId !== 'markdown') return;
      if (event.reason !== undefined || event.contentChanges.length !== 1 || !NEW_LINE_OR_INDENT.test(event.contentChanges[0].text)) return;
      // Where the typing leaves the cursor (the editor's selection moves only after this event).
      const change = event.contentChanges[0];
      const position = event.document.positionAt(change.rangeOffset + change.text.length);
      // Only at the end of an empty line: a key position, not the middle of a value.
      const line = event.document.lineAt(position.line);
      if (line.text.trim() !== '' || position.character !== line.text.length) return;
      void suggestIfAny(editor, position);
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      const [selection] = event.selections;
      if (event.kind === vscode.TextEditorSelectionChangeKind.Mouse || event.selections.length !== 1 || selection.isEmpty || !selection.isSingleLine) return;
      if (event.textEditor.document.languageId !== 'markdown') return;
      // A placeholder selected after `key: `, up to the end of the line's value.
      const line = event.textEditor.document.lineAt(selection.start.line).text;
      if (!/:\s+$/.test(line.slice(0, selection.start.character)) || line.slice(selection.end.character).replace(/\s+#.*$/, '').trim() !== '') return;
      if (!selection.active.isEqual(selection.end)) return;
      void suggestIfAny(event.textEditor, selection.active);
    }),
    { dispose: () => pending?.cancel() },
  );
}
