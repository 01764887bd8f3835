/**
 * "Pressroom: Convert to Press Release": converts the active plain-text release (or the file chosen in
 * the explorer; several chosen there are converted together, after one confirmation: convertAll.ts). The result is shown first, as a diff against the original, and nothing is written until
 * the author applies it. A .txt file gets a new .md file beside it and stays untouched; any other document
 * is replaced in place. Run with no document open, it runs Convert a Plain-Text Release… (plainTextReleases.ts),
 * which offers the workspace's .txt files. All the reading is done by the core.
 *
 * The decision never blocks the diff: the author reads and scrolls it, then chooses Apply or Discard in
 * the diff's title bar or in a notification (not a modal dialog, which would sit over the diff). Closing
 * the diff discards. Why a diff and not the refactor preview: VS Code leaves edits that need confirmation
 * unticked in its refactor preview, so "Apply" there would do nothing until the author ticked the file.
 */
import * as vscode from 'vscode';
import { isPlainTextPath, markdownPathFor, schemaKeyForNewRelease, schemaPathFor } from '../core';
import { convertPlainText, type ConvertResult } from '../core/convert';
import { convertAll, type ConvertAllDependencies } from './convertAll';
import { fileExists } from './fileSystem';
import { CONVERT_PLAIN_TEXT_COMMAND } from './plainTextReleases';
import type { ProjectConfigs } from './projectConfigs';
import type { SchemaProvider } from './schemaProvider';

export const CONVERT_COMMAND = 'pressroom.convertToRelease';
/** The diff title bar's actions (package.json menus, shown while `pressroom.convertReview` is set). */
export const CONVERT_APPLY_COMMAND = 'pressroom.convertApply';
export const CONVERT_DISCARD_COMMAND = 'pressroom.convertDiscard';
const REVIEW_CONTEXT = 'pressroom.convertReview';

type Decision = 'apply' | 'discard';

/** Read-only documents holding converted text, shown on the right of the diff. */
const PREVIEW_SCHEME = 'pressroom-converted';

function isTextFile(uri: vscode.Uri): boolean {
  return uri.scheme !== 'untitled' && isPlainTextPath(uri.path);
}

class ConvertedPreviews implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  /** The decision each open review waits for, by preview address. */
  private readonly waiting = new Map<string, (decision: Decision) => void>();

  /** Resolves when the author applies or discards the preview (title bar, notification, or closing the diff). */
  decision(preview: vscode.Uri): Promise<Decision> {
    return new Promise((resolve) => {
      this.waiting.set(preview.toString(), resolve);
      void vscode.commands.executeCommand('setContext', REVIEW_CONTEXT, true);
    });
  }

  /** Answers the review of `preview`, or of the only one open when the command came without an address. */
  decide(decision: Decision, preview?: vscode.Uri): void {
    const key = preview?.scheme === PREVIEW_SCHEME ? preview.toString() : this.waiting.size === 1 ? [...this.waiting.keys()][0] : undefined;
    const resolve = key === undefined ? undefined : this.waiting.get(key);
    if (!key || !resolve) return;
    this.waiting.delete(key);
    this.shown.delete(key);
    if (this.waiting.size === 0) void vscode.commands.executeCommand('setContext', REVIEW_CONTEXT, false);
    resolve(decision);
  }

  /** Reviews whose diff has been shown: one of them no longer shown was closed. */
  private readonly shown = new Set<string>();

  /** A review whose diff was shown and then closed is discarded. */
  discardClosed(): void {
    const open = new Set(
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).flatMap((tab) => (tab.input instanceof vscode.TabInputTextDiff ? [tab.input.modified.toString()] : [])),
    );
    for (const key of [...this.waiting.keys()]) {
      if (open.has(key)) this.shown.add(key);
      else if (this.shown.has(key)) this.decide('discard', vscode.Uri.parse(key));
    }
  }

  /** A preview document for `text`; each conversion gets its own address, so an old preview never shows new text. */
  show(target: vscode.Uri, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: target.path, query: String(Date.now()) });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  forget(uri: vscode.Uri): void {
    this.texts.delete(uri.toString());
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

/**
 * Converts a plain-text release into the release to be written at `target`: for the schema that will check
 * it there (a `schemas` entry's globs may choose it), with the `$schema` it needs to be checked there
 * (schemaKeyForNewRelease), as `pressroom convert` converts it. The one conversion of the editor.
 */
export type ConvertTo = (text: string, target: vscode.Uri) => Promise<ConvertResult>;

export function convertingWith(configs: ProjectConfigs, schemas: SchemaProvider): ConvertTo {
  return async (text, target) => {
    const config = await configs.configFor(target);
    const schema = await schemas.schemaFor(config, target, schemaPathFor(target.path, undefined, config));
    return convertPlainText(text, schema, { schemaKey: schemaKeyForNewRelease(target.path, config, schema.json) });
  };
}

/** Several files chosen in the explorer are converted together, as convertAll.ts converts them. */
export function registerConvertCommand(dependencies: ConvertAllDependencies): vscode.Disposable {
  const previews = new ConvertedPreviews();
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    vscode.commands.registerCommand(CONVERT_COMMAND, (uri?: vscode.Uri, selected?: readonly vscode.Uri[]) =>
      Array.isArray(selected) && selected.length > 1 ? convertAll(selected, dependencies) : convert(uri, dependencies.convertTo, previews),
    ),
    vscode.commands.registerCommand(CONVERT_APPLY_COMMAND, (uri?: vscode.Uri) => previews.decide('apply', uri)),
    vscode.commands.registerCommand(CONVERT_DISCARD_COMMAND, (uri?: vscode.Uri) => previews.decide('discard', uri)),
    vscode.window.tabGroups.onDidChangeTabs(() => previews.discardClosed()),
  );
}

async function convert(
  uri: vscode.Uri | undefined,
  convertTo: ConvertTo,
  previews: ConvertedPreviews,
): Promise<boolean> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    // With nothing open, the workspace's plain-text files are offered instead.
    void vscode.commands.executeCommand(CONVERT_PLAIN_TEXT_COMMAND);
    return false;
  }
  const name = vscode.workspace.asRelativePath(document.uri);
  const createsFile = isTextFile(document.uri);
  const target = createsFile ? document.uri.with({ path: markdownPathFor(document.uri.path) }) : document.uri;
  const result = await convertTo(document.getText(), target);
  if (result.kind === 'not-a-release') {
    void vscode.window.showWarningMessage(`Pressroom: ${name} was not converted: ${result.reason}.`);
    return false;
  }

  const targetName = vscode.workspace.asRelativePath(target);
  if (createsFile && (await fileExists(target))) {
    void vscode.window.showWarningMessage(`Pressroom: ${targetName} already exists; rename or remove it first.`);
    return false;
  }

  const preview = previews.show(target, result.text);
  const decided = previews.decision(preview);
  try {
    await vscode.commands.executeCommand('vscode.diff', document.uri, preview, `${name} ↔ converted release (not saved yet)`, { preview: true });
    previews.discardClosed();
    const action = createsFile ? `Create ${targetName}` : 'Replace the text';
    const question = createsFile ? `Create ${targetName} from ${name}? The .txt file is left as it is.` : `Replace the text of ${name} with the converted release?`;
    const detail = result.notes.length > 0 ? ` Check: ${result.notes.join('; ')}.` : ' Every field was found in the text.';
    // Not modal: the diff stays readable and scrollable; the title bar's Apply and Discard answer too.
    void vscode.window.showInformationMessage(`Pressroom: ${question}${detail}`, action, 'Discard').then((choice) => {
      if (choice === action) previews.decide('apply', preview);
      else if (choice === 'Discard') previews.decide('discard', preview);
    });
    if ((await decided) !== 'apply') return false;
  } finally {
    previews.decide('discard', preview);
    await closeDiffOf(preview);
    previews.forget(preview);
  }

  const edit = new vscode.WorkspaceEdit();
  if (createsFile) {
    edit.createFile(target, { overwrite: false, ignoreIfExists: false });
    edit.insert(target, new vscode.Position(0, 0), result.text);
  } else {
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), result.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  await vscode.window.showTextDocument(target, { preview: false });
  return true;
}

/** Closes the diff that showed a preview, once the author has answered. */
async function closeDiffOf(preview: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === preview.toString());
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}
