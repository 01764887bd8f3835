/**
 * Converting every plain-text release of the workspace at once, as `pressroom convert --write` does: each
 * .txt file read and converted by the core, a new .md file beside it, never over an existing file, and the
 * .txt left as it is. Nothing is written until the author confirms; the files are created in one workspace
 * edit. A file that is not a release (a transcript, a speech) or whose .md exists is named, not
 * converted.
 */
import * as vscode from 'vscode';
import { markdownPathFor, PLAIN_TEXT_EXTENSION } from '../core';
import { CONCURRENT_READS, inParallel } from './background';
import { convertAllDetail, convertAllQuestion, convertAllSummary, type NotConverted } from './convertAllMessages';
import type { ConvertTo } from './convertCommand';
import { fileExists, type ReadFile } from './fileSystem';

export interface ConvertAllDependencies {
  readonly convertTo: ConvertTo;
  readonly readFile: ReadFile;
}

interface Conversion {
  readonly target: vscode.Uri;
  readonly text: string;
}

const decoder = new TextDecoder(); // UTF-8; a byte-order mark is dropped, as the editor drops it

type Planned = { readonly conversion: Conversion } | { readonly skipped: NotConverted };

/** What converting one file would write, or why it would not. */
async function planOne(uri: vscode.Uri, { convertTo, readFile }: ConvertAllDependencies): Promise<Planned> {
  const name = vscode.workspace.asRelativePath(uri);
  const targetPath = markdownPathFor(uri.path);
  if (targetPath === undefined) return { skipped: { name, reason: `not a plain-text (${PLAIN_TEXT_EXTENSION}) file` } };
  const target = uri.with({ path: targetPath });
  if (await fileExists(target)) return { skipped: { name, reason: `${vscode.workspace.asRelativePath(target)} already exists` } };
  let text: string;
  try {
    text = decoder.decode(await readFile(uri));
  } catch (error) {
    return { skipped: { name, reason: `cannot be read: ${error instanceof Error ? error.message : String(error)}` } };
  }
  const result = await convertTo(text, target);
  return result.kind === 'not-a-release' ? { skipped: { name, reason: result.reason } } : { conversion: { target, text: result.text } };
}

/** Every file planned, a few read at a time, in the order given. */
async function plan(files: readonly vscode.Uri[], dependencies: ConvertAllDependencies) {
  const planned: Planned[] = new Array(files.length);
  const positions = files.map((_, position) => position);
  await inParallel(positions, CONCURRENT_READS, () => false, async (position) => {
    planned[position] = await planOne(files[position], dependencies);
  });
  return {
    conversions: planned.flatMap((one) => ('conversion' in one ? [one.conversion] : [])),
    skipped: planned.flatMap((one) => ('skipped' in one ? [one.skipped] : [])),
  };
}

/** Converts `files` (.txt files) after the author confirms; resolves to how many releases were created. */
export async function convertAll(files: readonly vscode.Uri[], dependencies: ConvertAllDependencies): Promise<number> {
  const { conversions, skipped } = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Pressroom: converting plain-text releases' },
    () => plan(files, dependencies),
  );
  if (conversions.length === 0) {
    void vscode.window.showWarningMessage(convertAllSummary(0, skipped));
    return 0;
  }
  const create = `Create ${conversions.length === 1 ? 'It' : 'Them'}`;
  const choice = await vscode.window.showInformationMessage(convertAllQuestion(conversions.length), { modal: true, detail: convertAllDetail(skipped) }, create);
  if (choice !== create) return 0;
  const edit = new vscode.WorkspaceEdit();
  const encoder = new TextEncoder();
  // ignoreIfExists: a file made since the plan is left as it is, never overwritten.
  for (const { target, text } of conversions) edit.createFile(target, { overwrite: false, ignoreIfExists: true, contents: encoder.encode(text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('Pressroom: the Markdown releases could not be created; no file was changed.');
    return 0;
  }
  void vscode.window.showInformationMessage(convertAllSummary(conversions.length, skipped));
  return conversions.length;
}
