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
  private contextTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly services: PreviewServices,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        this.updateContext(editor);
        if (editor && this.preview && this.services.releases.isRelease(editor.document)) void this.preview.show(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // Adding a `$schema` line can make a file a release.
        if (event.document === vscode.window.activeTextEditor?.document) {
          clearTimeout(this.contextTimer);
          this.contextTimer = setTimeout(() => this.updateContext(vscode.window.activeTextEditor), 300);
        }
      }),
    );
    this.updateContext(vscode.window.activeTextEditor);
  }

  get current(): ReleasePreview | undefined {
    return this.preview;
  }

  private updateContext(editor: vscode.TextEditor | undefined): void {
    const isRelease = editor ? this.services.releases.isRelease(editor.document) : false;
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
    if (active && (active.languageId === 'markdown' || this.services.releases.isRelease(active))) return active;
    if (active) return undefined;
    // The preview itself may be focused: keep showing its release.
    return this.preview?.documentUri ? vscode.workspace.textDocuments.find((document) => document.uri.toString() === this.preview?.documentUri?.toString()) : undefined;
  }

  dispose(): void {
    clearTimeout(this.contextTimer);
    this.preview?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * Registers the preview commands and the panel serializer. In src/extension.ts:
 *   registerPreview(context, { releases, schemas, diagnostics }),
 * inside `context.subscriptions.push(...)`.
 */
export function registerPreview(context: vscode.ExtensionContext, services: PreviewServices): vscode.Disposable {
  const manager = new PreviewManager(context.extensionUri, services);
  return vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand('pressroom.openPreview', (resource?: unknown) => manager.open(resource, false)),
    vscode.commands.registerCommand('pressroom.openPreviewToSide', (resource?: unknown) => manager.open(resource, true)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => manager.restore(panel, state),
    }),
  );
}
