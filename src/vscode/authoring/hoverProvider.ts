/** Hover in the front matter: the schema in force, the schema's word on a key, a press date in words. */
import * as vscode from 'vscode';
import { hoverAt } from '../../core/authoring';
import { holdBackgroundForUser } from '../background';
import type { CoreServices } from './services';

export class FrontMatterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: CoreServices) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    holdBackgroundForUser();
    const analysis = await this.services.analyses.get(document);
    if (!analysis.isRelease || document.version !== analysis.version) return undefined;
    const offset = document.offsetAt(position);
    const block = analysis.parsed.block;
    // From the opening line (which names the schema in force) to the end of the fields.
    if (!block || offset < block.openStart || offset > block.contentEnd) return undefined;
    const result = hoverAt(analysis.parsed, analysis.schema, offset);
    if (!result) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(result.markdown), new vscode.Range(document.positionAt(result.startOffset), document.positionAt(result.endOffset)));
  }
}
