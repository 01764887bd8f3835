/**
 * What completion knows beyond the current file: the areas and media contacts used in the workspace's
 * releases, read from the one workspace index (WorkspaceReleases), and the contacts file the
 * configuration names. Never waits for the index's scan: a question asked while it runs is answered from
 * the releases indexed so far.
 */
import * as vscode from 'vscode';
import type { ProjectConfig } from '../../core';
import { mergeContacts, mergeText, parseContactsFile, type Contact } from '../../core/authoring';
import type { ProjectConfigs } from '../projectConfigs';
import { areasByUse } from '../releases/areasByUse';
import type { WorkspaceReleases } from '../releases/releaseIndex';

export interface FactsDependencies {
  readonly configs: ProjectConfigs;
}

export class WorkspaceFacts implements vscode.Disposable {
  private readonly contactFiles = new Map<string, Promise<readonly Contact[]>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly services: FactsDependencies,
    private readonly index: WorkspaceReleases,
  ) {
    const yaml = vscode.workspace.createFileSystemWatcher('**/*.{yml,yaml}');
    const forget = (uri: vscode.Uri) => this.contactFiles.delete(uri.toString());
    this.disposables.push(
      yaml,
      yaml.onDidCreate(forget),
      yaml.onDidChange(forget),
      yaml.onDidDelete(forget),
      services.configs.onDidChange(() => this.contactFiles.clear()),
    );
  }

  /** Areas to propose: those the configuration lists, then those used in releases (most used first). */
  areas(config: ProjectConfig): Promise<string[]> {
    return Promise.resolve(mergeText(config.areas, this.usedAreas()));
  }

  /** The areas used in the indexed releases, most used first. */
  usedAreas(): string[] {
    return areasByUse(this.index.facts());
  }

  /** Contacts to propose: the contacts file's, then those used in releases. */
  async contacts(config: ProjectConfig, near: vscode.Uri): Promise<Contact[]> {
    const fromFile = await this.contactsFile(config, near);
    return mergeContacts(fromFile, this.index.facts().flatMap((facts) => facts.contacts));
  }

  private contactsFile(config: ProjectConfig, near: vscode.Uri): Promise<readonly Contact[]> {
    if (!config.contactsFile) return Promise.resolve([]);
    const uri = this.services.configs.uriOf(near, config.contactsFile);
    const key = uri.toString();
    let cached = this.contactFiles.get(key);
    if (!cached) {
      cached = (async () => {
        try {
          const result = parseContactsFile(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
          if (result.problems.length > 0) console.warn(`Pressroom: contacts file ${vscode.workspace.asRelativePath(uri)}: ${result.problems.join('; ')}`);
          return result.contacts;
        } catch {
          return [];
        }
      })();
      this.contactFiles.set(key, cached);
    }
    return cached;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
