/** Reads Pressroom's settings for a resource. The names here match `contributes.configuration`. */
import * as vscode from 'vscode';
import { DEFAULT_RELEASE_GLOBS } from '../core';

export const SECTION = 'pressroom';

export interface PressroomSettings {
  readonly files: readonly string[];
  readonly schema: string;
  readonly validateOnType: boolean;
}

export function readSettings(scope?: vscode.Uri): PressroomSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const files = config.get<string[]>('files');
  return {
    files: Array.isArray(files) && files.length > 0 ? files : DEFAULT_RELEASE_GLOBS,
    schema: (config.get<string>('schema') ?? '').trim(),
    validateOnType: config.get<boolean>('validate.onType', true),
  };
}

export function affectsPressroom(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

/**
 * The file a path setting names (relative to the resource's workspace folder, or absolute), or undefined
 * when it is empty or the workspace is not trusted: workspace files are never read in restricted mode.
 */
export function trustedWorkspaceFile(resource: vscode.Uri, setting: string): vscode.Uri | undefined {
  if (!setting || !vscode.workspace.isTrusted) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(resource) ?? vscode.workspace.workspaceFolders?.[0];
  if (/^[a-zA-Z]:[\\/]|^\//.test(setting) || !folder) return vscode.Uri.file(setting);
  return vscode.Uri.joinPath(folder.uri, setting);
}
