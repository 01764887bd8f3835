// Repository self-checks: the manifest promises only what the code delivers.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const lockfile = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const sources = sourceFiles(path.join(root, 'src')).map((file) => fs.readFileSync(file, 'utf8'));
const allSource = sources.join('\n');

describe('package.json', () => {
  const commands: { command: string; title?: string; category?: string }[] = manifest.contributes.commands;

  it('gives every command a title and the Pressroom category', () => {
    const incomplete = commands.filter((command) => !command.title || command.category !== 'Pressroom').map((command) => command.command);
    assert.deepEqual(incomplete, []);
  });

  it('registers every contributed command in the source', () => {
    // A command is registered with its id written out, or with the constant that holds it.
    const registered = (id: string) => {
      const constants = [...allSource.matchAll(new RegExp(`const (\\w+) = '${id.replace(/\./g, '\\.')}'`, 'g'))].map((match) => match[1]);
      return [`'${id}'`, ...constants].some((name) => new RegExp(`register(?:TextEditor)?Command\\(\\s*${name.replace(/[.']/g, '\\$&')}(?!\\w)`).test(allSource));
    };
    const unregistered = commands.map((command) => command.command).filter((id) => !registered(id));
    assert.deepEqual(unregistered, []);
  });

  it('names only contributed commands in menus', () => {
    const ids = new Set(commands.map((command) => command.command));
    const menuEntries = Object.values(manifest.contributes.menus ?? {}).flat() as { command: string }[];
    assert.deepEqual(menuEntries.filter((entry) => !ids.has(entry.command)).map((entry) => entry.command), []);
  });

  it('describes every setting in Markdown and scopes it', () => {
    const properties: Record<string, { markdownDescription?: string; scope?: string }> = manifest.contributes.configuration.properties;
    const undescribed = Object.entries(properties)
      .filter(([, property]) => !property.markdownDescription || !property.scope)
      .map(([name]) => name);
    assert.deepEqual(undescribed, []);
  });

  it('contributes every setting the source reads, and reads every setting it contributes', () => {
    const contributed = Object.keys(manifest.contributes.configuration.properties).sort();
    // Settings are read in one place: the KEYS table of src/vscode/settings.ts.
    const settingsSource = fs.readFileSync(path.join(root, 'src', 'vscode', 'settings.ts'), 'utf8');
    const table = /const KEYS = \{([\s\S]*?)\} as const/.exec(settingsSource);
    assert.ok(table, 'src/vscode/settings.ts has its KEYS table');
    const read = [...table[1].matchAll(/:\s*'([\w.]+)'/g)].map((match) => `pressroom.${match[1]}`).sort();
    assert.deepEqual(read, contributed);
    // ...and nowhere else reads Pressroom's section.
    const elsewhere = sourceFiles(path.join(root, 'src')).filter(
      (file) => !file.endsWith(path.join('vscode', 'settings.ts')) && /getConfiguration\((SECTION|'pressroom')/.test(fs.readFileSync(file, 'utf8')),
    );
    assert.deepEqual(elsewhere, []);
  });

  it('has no onCommand activation events (VS Code generates them)', () => {
    assert.deepEqual((manifest.activationEvents as string[]).filter((event) => event.startsWith('onCommand:')), []);
  });

  it('targets the VS Code version its API types describe', () => {
    const types = lockfile.packages['node_modules/@types/vscode'].version as string;
    assert.equal(manifest.engines.vscode, `^${types}`);
  });

  it('declares how it behaves in untrusted workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('pressroom.schema'));
  });

  it('has a CHANGELOG entry for its version', () => {
    const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^## \\[?${manifest.version.replace(/\./g, '\\.')}\\]?`, 'm'));
  });
});

describe('architecture', () => {
  it('keeps src/core free of vscode', () => {
    const offenders = sourceFiles(path.join(root, 'src', 'core')).filter((file) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
