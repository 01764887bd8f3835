/**
 * Quick fixes for Pressroom's diagnostics, a "Fix all Pressroom problems" quick fix and the
 * `source.fixAll.pressroom` action (for `editor.codeActionsOnSave`). The core computes exact edits;
 * fixes with placeholders run a command that inserts their snippet, since a code action cannot.
 */
import * as vscode from 'vscode';
import type { ReleaseDiagnostic } from '../../core';
import { fixesAt, fixesFor, mergeFixAll, type AuthoringFix, type TextEdit } from '../../core/authoring';
import type { DocumentAnalysis } from '../releaseAnalyses';
import { DIAGNOSTIC_SOURCE } from '../convertTypes';
import type { CoreServices } from './services';

export const INSERT_SNIPPET_COMMAND = 'pressroom.authoring.insertSnippet';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('pressroom');
export const FIX_ALL_TITLE = 'Fix all Pressroom problems';

export class FrontMatterCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  /** The fixes of the whole file, worked out once per analysis (VS Code asks for code actions often). */
  private readonly perAnalysis = new WeakMap<DocumentAnalysis, { readonly safeCount: number; readonly fixAll: readonly TextEdit[] }>();

  constructor(private readonly services: CoreServices) {}

  private wholeFileFixes(analysis: DocumentAnalysis, now: Date): { readonly safeCount: number; readonly fixAll: readonly TextEdit[] } {
    let found = this.perAnalysis.get(analysis);
    if (!found) {
      const all = fixesFor(analysis.parsed, analysis.schema, analysis.diagnostics, { now });
      found = { safeCount: all.filter((fix) => fix.inFixAll).length, fixAll: mergeFixAll(analysis.parsed, analysis.schema, all, { now }) };
      this.perAnalysis.set(analysis, found);
    }
    return found;
  }

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[] | undefined> {
    const analysis = await this.services.analyses.get(document);
    const { parsed, schema, diagnostics: all } = analysis;
    if (!analysis.isRelease || !parsed.block || document.version !== analysis.version) return undefined;
    const now = new Date();
    const whole = this.wholeFileFixes(analysis, now);
    const actions: vscode.CodeAction[] = [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind);

    if (wants(vscode.CodeActionKind.QuickFix)) {
      const start = document.offsetAt(range.start);
      const end = document.offsetAt(range.end);
      const here = all.filter((diagnostic) => diagnostic.startOffset <= end && start <= diagnostic.endOffset);
      if (here.length > 0) for (const fix of fixesFor(parsed, schema, here, { now })) actions.push(this.toAction(document, fix, context));
      for (const fix of fixesAt(parsed, schema, start, end, { now })) actions.push(this.toAction(document, fix, context));
      if (whole.safeCount >= 2) {
        const action = new vscode.CodeAction(FIX_ALL_TITLE, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, whole.fixAll);
        actions.push(action);
      }
    }
    const only = context.only;
    if (only && (FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND)) && whole.fixAll.length > 0) {
      const action = new vscode.CodeAction(FIX_ALL_TITLE, FIX_ALL_KIND);
      action.edit = toWorkspaceEdit(document, whole.fixAll);
      actions.push(action);
    }
    return actions;
  }

  private toAction(document: vscode.TextDocument, fix: AuthoringFix, context: vscode.CodeActionContext): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.isPreferred = fix.isPreferred;
    action.diagnostics = fix.diagnostics.map((diagnostic) => matching(context, diagnostic)).filter((found): found is vscode.Diagnostic => found !== undefined);
    if (fix.snippet) {
      action.command = {
        command: INSERT_SNIPPET_COMMAND,
        title: fix.title,
        arguments: [document.uri.toString(), document.version, fix.snippet.startOffset, fix.snippet.endOffset, fix.snippet.snippet],
      };
    } else {
      action.edit = toWorkspaceEdit(document, fix.edits);
    }
    return action;
  }
}

function matching(context: vscode.CodeActionContext, diagnostic: ReleaseDiagnostic): vscode.Diagnostic | undefined {
  const codeOf = (candidate: vscode.Diagnostic) => (typeof candidate.code === 'object' ? candidate.code.value : candidate.code);
  return context.diagnostics.find(
    (candidate) =>
      candidate.source === DIAGNOSTIC_SOURCE &&
      codeOf(candidate) === diagnostic.code &&
      candidate.range.start.line === diagnostic.range.start.line &&
      candidate.range.start.character === diagnostic.range.start.character &&
      candidate.message === diagnostic.message,
  );
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(change.startOffset), document.positionAt(change.endOffset)), change.newText);
  }
  return edit;
}

/** Inserts a fix's snippet in the editor showing the document (opening it if needed). */
export async function insertSnippet(uri: string, version: number, startOffset: number, endOffset: number, snippet: string): Promise<boolean> {
  const target = vscode.Uri.parse(uri);
  const document = await vscode.workspace.openTextDocument(target);
  if (document.version !== version) {
    void vscode.window.showWarningMessage('Pressroom: the release changed before the fix ran; try the fix again.');
    return false;
  }
  const editor =
    vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === target.toString()) ?? (await vscode.window.showTextDocument(document));
  const range = new vscode.Range(document.positionAt(startOffset), document.positionAt(endOffset));
  return editor.insertSnippet(new vscode.SnippetString(snippet), range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
}
