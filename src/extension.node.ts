/**
 * The Node extension host's entry (dist/extension.js): the same extension, reading local files at once
 * (localFiles.ts) and listing local workspace folders itself (localListing.ts).
 */
import type * as vscode from 'vscode';
import { activatePressroom, type PressroomApi } from './extension';
import { listThroughVsCode, readThroughVsCode } from './vscode/fileSystem';
import { readLocalFilesAtOnce } from './vscode/localFiles';
import { listLocalFiles } from './vscode/localListing';

export function activate(context: vscode.ExtensionContext): PressroomApi {
  return activatePressroom(context, { readFile: readLocalFilesAtOnce(readThroughVsCode), listFiles: listLocalFiles(listThroughVsCode) });
}

export { deactivate } from './extension';
