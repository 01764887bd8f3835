/**
 * "Pressroom: Open Preview": the release as a reader sees it, beside the editor. One panel follows
 * the active release; it is restored after a window reload from the state its webview saved.
 */
import * as vscode from 'vscode';
import { parsePreviewState } from '../../core/render';
import { PREVIEW_VIEW_TYPE, ReleasePreview, webviewOptions, type PreviewServices } from './previewPanel';

export { PREVIEW_VIEW_TYPE, type PreviewServices } from './previewPanel';

/** Set while the active editor shows a release: the editor-title preview button uses it. */
export const IS_RELEASE_CONTEXT = 'pressroom.isRelease';

export class PreviewManager implements vscode.Disposable {
  private preview: ReleasePreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly services: PreviewServices,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.followEditor(editor)),
      // Adding a `$schema` line can make a file a release; a new configuration can make it stop being one.
      services.analyses.onDidUpdate((update) => {
        if (update.kind === 'analysed' && update.document === vscode.window.activeTextEditor?.document) this.setContext(update.analysis.isRelease);
      }),
    );
    void this.followEditor(vscode.window.activeTextEditor);
  }

  get current(): ReleasePreview | undefined {
    return this.preview;
  }

  private async isRelease(document: vscode.TextDocument): Promise<boolean> {
    return (await this.services.analyses.get(document)).isRelease;
  }

  private async followEditor(editor: vscode.TextEditor | undefined): Promise<void> {
    const isRelease = editor ? await this.isRelease(editor.document) : false;
    if (editor !== vscode.window.activeTextEditor) return;
    this.setContext(isRelease);
    if (editor && isRelease && this.preview) await this.preview.show(editor.document);
  }

  private setContext(isRelease: boolean): void {
    void vscode.commands.executeCommand('setContext', IS_RELEASE_CONTEXT, isRelease);
  }

  /** The command: preview the given file, or the active editor's. */
  async open(resource: unknown, toSide: boolean): Promise<ReleasePreview | undefined> {
    const document = await this.documentFor(resource);
    if (!document) {
      void vscode.window.showInformationMessage('Open a release (a Markdown file) to preview it.');
      return undefined;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.preview) {
      this.preview.panel.reveal(column, toSide);
    } else {
      const panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        'Release preview',
        { viewColumn: column, preserveFocus: toSide },
        webviewOptions(this.extensionUri, document.uri),
      );
      this.adopt(panel);
    }
    await this.preview?.show(document);
    return this.preview;
  }

  /** After a reload: VS Code hands back the panel and the state its webview saved. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const preview = this.adopt(panel);
    const saved = parsePreviewState(state);
    if (!saved) {
      preview.showMissing('');
      return;
    }
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(saved.documentUri, true));
      await preview.show(document, saved.scrollY);
    } catch {
      preview.showMissing(saved.documentUri);
    }
  }

  private adopt(panel: vscode.WebviewPanel): ReleasePreview {
    this.preview?.dispose();
    const preview = new ReleasePreview(panel, this.extensionUri, this.services);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    preview.onDidClose(() => {
      if (this.preview === preview) this.preview = undefined;
    });
    this.preview = preview;
    return preview;
  }

  private async documentFor(resource: unknown): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) {
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === resource.toString());
      if (open) return open;
      try {
        return await vscode.workspace.openTextDocument(resource);
      } catch {
        return undefined;
      }
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active && (active.languageId === 'markdown' || (await this.isRelease(active)))) return active;
    if (active) return undefined;
    // The preview itself may be focused: keep showing its release.
    return this.preview?.documentUri ? vscode.workspace.textDocuments.find((document) => document.uri.toString() === this.preview?.documentUri?.toString()) : undefined;
  }

  dispose(): void {
    this.preview?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * Registers the preview commands and the panel serializer. In src/extension.ts:
 *   registerPreview(context, { analyses }),
 * inside `context.subscriptions.push(...)`.
 */
export function registerPreview(context: vscode.ExtensionContext, services: PreviewServices): { readonly manager: PreviewManager; readonly disposable: vscode.Disposable } {
  const manager = new PreviewManager(context.extensionUri, services);
  const disposable = vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand('pressroom.openPreview', (resource?: unknown) => manager.open(resource, false)),
    vscode.commands.registerCommand('pressroom.openPreviewToSide', (resource?: unknown) => manager.open(resource, true)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => manager.restore(panel, state),
    }),
  );
  return { manager, disposable };
}
