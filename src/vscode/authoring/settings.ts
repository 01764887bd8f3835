/** The authoring settings (`pressroom.areas`, `pressroom.contactsFile`, `pressroom.newRelease.*`). */
import * as vscode from 'vscode';
import type { FrontMatterShape } from '../../core';

export interface AuthoringSettings {
  readonly areas: readonly string[];
  readonly contactsFile: string;
  readonly newReleaseFolder: string;
  readonly newReleaseShape: FrontMatterShape;
}

export function readAuthoringSettings(scope?: vscode.Uri): AuthoringSettings {
  const config = vscode.workspace.getConfiguration('pressroom', scope);
  const areas = config.get<unknown>('areas');
  const shape = config.get<string>('newRelease.shape');
  return {
    areas: Array.isArray(areas) ? areas.filter((area): area is string => typeof area === 'string' && area.trim() !== '').map((area) => area.trim()) : [],
    contactsFile: (config.get<string>('contactsFile') ?? '').trim(),
    newReleaseFolder: (config.get<string>('newRelease.folder') ?? 'news').trim() || 'news',
    newReleaseShape: shape === 'fence' ? 'fence' : 'dashes',
  };
}
