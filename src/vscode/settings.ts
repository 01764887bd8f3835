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
