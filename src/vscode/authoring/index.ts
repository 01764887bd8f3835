/**
 * Authoring help for releases: completion, hover and quick fixes in the front matter, the snippets'
 * companion command "New Press Release"; completion draws on the workspace index (WorkspaceReleases).
 * Registered by the composition root: `registerAuthoring({ configs, schemas, analyses, diagnostics }, index)`.
 */
import * as vscode from 'vscode';
import { FrontMatterCodeActions, INSERT_SNIPPET_COMMAND, insertSnippet } from './codeActions';
import { registerAutoSuggest } from './autoSuggest';
import { COMPLETION_TRIGGER_CHARACTERS, FrontMatterCompletionProvider } from './completionProvider';
import { FrontMatterHoverProvider } from './hoverProvider';
import { NEW_RELEASE_COMMAND, newRelease, type NewReleaseArguments } from './newReleaseCommand';
import type { AuthoringServices, CoreServices } from './services';
import type { WorkspaceReleases } from '../releases/releaseIndex';
import { WorkspaceFacts } from './workspaceFacts';

export type { CoreServices as AuthoringDependencies } from './services';

/** Markdown files on disk and unsaved ones; the providers themselves only answer for releases. */
const MARKDOWN: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'markdown', scheme: 'vscode-remote' },
];

export function registerAuthoring(services: CoreServices, index: WorkspaceReleases): vscode.Disposable {
  const facts = new WorkspaceFacts(services, index);
  const all: AuthoringServices = { ...services, facts };
  const completion = new FrontMatterCompletionProvider(all);
  return vscode.Disposable.from(
    facts,
    vscode.languages.registerCompletionItemProvider(MARKDOWN, completion, ...COMPLETION_TRIGGER_CHARACTERS),
    registerAutoSuggest(completion),
    vscode.languages.registerHoverProvider(MARKDOWN, new FrontMatterHoverProvider(services)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new FrontMatterCodeActions(services), FrontMatterCodeActions.metadata),
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, insertSnippet),
    vscode.commands.registerCommand(NEW_RELEASE_COMMAND, (args?: NewReleaseArguments) => newRelease(all, args)),
  );
}
