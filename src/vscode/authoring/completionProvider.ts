/** Completion in the front matter of releases: the core decides what and where; this converts. */
import * as vscode from 'vscode';
import { completionsAt, inFrontMatter, type CompletionProposal, type ProposalKind } from '../../core/authoring';
import { holdBackgroundForUser } from '../background';
import type { AuthoringServices } from './services';

const KINDS: Record<ProposalKind, vscode.CompletionItemKind> = {
  field: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  enum: vscode.CompletionItemKind.EnumMember,
  boolean: vscode.CompletionItemKind.Value,
  date: vscode.CompletionItemKind.Constant,
  area: vscode.CompletionItemKind.Value,
  contact: vscode.CompletionItemKind.Reference,
  item: vscode.CompletionItemKind.Snippet,
  copy: vscode.CompletionItemKind.Text,
  example: vscode.CompletionItemKind.Value,
};

export const COMPLETION_TRIGGER_CHARACTERS = [':', ' ', '-'];

export class FrontMatterCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: AuthoringServices) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionItem[] | undefined> {
    holdBackgroundForUser(); // its reply still has to reach the window: the background waits meanwhile
    const { analyses, facts } = this.services;
    const analysis = await analyses.get(document);
    const offset = document.offsetAt(position);
    if (!analysis.isRelease || !inFrontMatter(analysis.parsed, offset)) return undefined;
    const [areas, contacts] = await Promise.all([facts.areas(analysis.config), facts.contacts(analysis.config, document.uri)]);
    if (token.isCancellationRequested || document.version !== analysis.version) return undefined;
    const proposals = completionsAt(analysis.parsed, analysis.schema, offset, { now: new Date(), areas, contacts });
    const selected = selectedBefore(document, position);
    return proposals.map((proposal) => toItem(document, position, proposal, selected));
  }
}

/**
 * The text selected up to the cursor, when the editor has a selection ending there (a snippet's
 * placeholder, such as the `release` snippet's `Area`): it is about to be replaced, so it must not
 * filter the suggestions away.
 */
function selectedBefore(document: vscode.TextDocument, position: vscode.Position): vscode.Range | undefined {
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
  const selection = editor?.selection;
  return selection && !selection.isEmpty && selection.isSingleLine && selection.end.isEqual(position) ? selection : undefined;
}

function toItem(document: vscode.TextDocument, position: vscode.Position, proposal: CompletionProposal, selected?: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem(proposal.label, KINDS[proposal.kind]);
  const range = new vscode.Range(document.positionAt(proposal.startOffset), document.positionAt(proposal.endOffset));
  item.range = range;
  item.insertText = proposal.isSnippet ? new vscode.SnippetString(proposal.insertText) : proposal.insertText;
  // The core writes every line's full indentation and the file's line endings.
  item.keepWhitespace = true;
  if (proposal.detail) item.detail = proposal.detail;
  if (proposal.documentation) item.documentation = new vscode.MarkdownString(proposal.documentation);
  item.sortText = proposal.sortText;
  // The editor filters on the text between the range's start and the cursor: keep a leading space matching.
  const typed = document.getText(new vscode.Range(range.start, position));
  const filter = proposal.filterText ?? proposal.label;
  // A selected placeholder is typed over: keep every item matching it, in the core's order.
  item.filterText = selected !== undefined || (typed !== '' && typed.trim() === '') ? `${typed}${filter}` : filter;
  if (proposal.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
  return item;
}
