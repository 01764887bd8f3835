/** The Node extension host's entry (dist/extension.js): the same extension, reading local files at once (localFiles.ts). */
import type * as vscode from 'vscode';
import { activatePressroom, type PressroomApi } from './extension';
import { readThroughVsCode } from './vscode/fileSystem';
import { readLocalFilesAtOnce } from './vscode/localFiles';

export function activate(context: vscode.ExtensionContext): PressroomApi {
  return activatePressroom(context, { readFile: readLocalFilesAtOnce(readThroughVsCode) });
}

export { deactivate } from './extension';
