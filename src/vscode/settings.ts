/**
 * Pressroom's VS Code settings, read in one place with typed values. The names match
 * `contributes.configuration`. The project configuration file (.pressroom.jsonc) wins over the settings
 * it shares with them (files, schema, areas, contactsFile, rules): see projectConfigs.ts.
 */
import * as vscode from 'vscode';
import { ALL_RULES, checkRulesConfig, type FrontMatterShape, type ProjectConfigValues, type RulesConfig } from '../core';

export const SECTION = 'pressroom';

export interface PressroomSettings {
  readonly files: readonly string[];
  readonly schema: string;
  readonly validateOnType: boolean;
  readonly areas: readonly string[];
  readonly contactsFile: string;
  readonly newReleaseFolder: string;
  readonly newReleaseShape: FrontMatterShape;
  readonly previewRemoteImages: boolean;
  /** The release rules' settings; entries that name no rule or have wrong options are left out. */
  readonly rules: RulesConfig;
  /** The time zone releases' dates are in (empty: the machine's). */
  readonly timeZone: string;
  /** Badges in the Explorer for embargoed and scheduled releases. */
  readonly decorationsEnabled: boolean;
}

/** Each setting's key under `pressroom.`. */
const KEYS = {
  files: 'files',
  schema: 'schema',
  validateOnType: 'validate.onType',
  areas: 'areas',
  contactsFile: 'contactsFile',
  newReleaseFolder: 'newRelease.folder',
  newReleaseShape: 'newRelease.shape',
  previewRemoteImages: 'preview.remoteImages',
  rules: 'rules',
  timeZone: 'timeZone',
  decorationsEnabled: 'decorations.enabled',
} as const satisfies Record<keyof PressroomSettings, string>;

export type SettingName = keyof PressroomSettings;

function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim()) : [];
}

export function readSettings(scope?: vscode.Uri): PressroomSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const text = (key: string) => {
    const value = config.get<unknown>(key);
    return typeof value === 'string' ? value.trim() : '';
  };
  return {
    files: textList(config.get<unknown>(KEYS.files)),
    schema: text(KEYS.schema),
    validateOnType: config.get<boolean>(KEYS.validateOnType, true) !== false,
    areas: textList(config.get<unknown>(KEYS.areas)),
    contactsFile: text(KEYS.contactsFile),
    newReleaseFolder: text(KEYS.newReleaseFolder) || 'news',
    newReleaseShape: config.get<string>(KEYS.newReleaseShape) === 'fence' ? 'fence' : 'dashes',
    previewRemoteImages: config.get<boolean>(KEYS.previewRemoteImages, true) !== false,
    rules: rulesSetting(config.get<unknown>(KEYS.rules)),
    timeZone: text(KEYS.timeZone),
    decorationsEnabled: config.get<boolean>(KEYS.decorationsEnabled, true) !== false,
  };
}

/** The `pressroom.rules` setting, checked as the configuration file's `rules` is; what cannot be used is logged and left out. */
function rulesSetting(value: unknown): RulesConfig {
  if (value === undefined || value === null) return {};
  const { values, problems } = checkRulesConfig(value, ALL_RULES, `the ${SECTION}.${KEYS.rules} setting`);
  for (const problem of problems) console.warn(`Pressroom: ${problem.message}`);
  return values;
}

/** The settings a project configuration file can also set (a change to one settles every folder again). */
export const PROJECT_SETTINGS = ['files', 'schema', 'areas', 'contactsFile', 'rules', 'timeZone'] as const satisfies readonly (keyof PressroomSettings & keyof ProjectConfigValues)[];

/** The settings that the project configuration file can also set, as its values (empty ones left out). */
export function projectValuesOf(settings: PressroomSettings): ProjectConfigValues {
  return {
    ...(settings.files.length > 0 ? { files: settings.files } : {}),
    ...(settings.schema ? { schema: settings.schema } : {}),
    ...(settings.areas.length > 0 ? { areas: settings.areas } : {}),
    ...(settings.contactsFile ? { contactsFile: settings.contactsFile } : {}),
    ...(Object.keys(settings.rules).length > 0 ? { rules: settings.rules } : {}),
    ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
  };
}

/** Which of Pressroom's settings a configuration change touched. */
export interface SettingsChange {
  readonly names: ReadonlySet<SettingName>;
  affects(name: SettingName, scope?: vscode.Uri): boolean;
}

export function settingsChangeOf(event: vscode.ConfigurationChangeEvent): SettingsChange | undefined {
  if (!event.affectsConfiguration(SECTION)) return undefined;
  const names = new Set((Object.keys(KEYS) as SettingName[]).filter((name) => event.affectsConfiguration(`${SECTION}.${KEYS[name]}`)));
  return { names, affects: (name, scope) => event.affectsConfiguration(`${SECTION}.${KEYS[name]}`, scope) };
}

/** One listener for Pressroom's settings, told which ones changed. */
export function onDidChangeSettings(listener: (change: SettingsChange) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    const change = settingsChangeOf(event);
    if (change && change.names.size > 0) listener(change);
  });
}
