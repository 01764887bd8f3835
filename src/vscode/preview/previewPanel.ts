/**
 * One preview panel: shows a release rendered by the core, sends only the fragments that changed
 * while the author types, follows the editor's scroll position, and acts on the webview's messages
 * after checking them. It never trusts what the webview sends.
 */
import * as vscode from 'vscode';
import { onDidChangeSettings, readSettings } from '../settings';
import {
  classifyLink,
  FRAGMENT_NAMES,
  parseWebviewMessage,
  renderPage,
  renderRelease,
  resolveRelativePath,
  type HostMessage,
  type PreviewFragments,
  type WebviewMessage,
} from '../../core/render';
import { toVsRange } from '../convertTypes';
import type { ReleaseAnalyses } from '../releaseAnalyses';
import { createNonce } from './nonce';

export const PREVIEW_VIEW_TYPE = 'pressroom.preview';
/** The pause after typing before the preview renders again. */
export const PREVIEW_DEBOUNCE_MS = 300;

export interface PreviewServices {
  readonly analyses: ReleaseAnalyses;
}

/** The folder a release's relative pictures and links resolve against, when it has one. */
export function releaseFolder(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(uri, '..');
}

export function webviewOptions(extensionUri: vscode.Uri, document: vscode.Uri | undefined): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  const folder = document ? releaseFolder(document) : undefined;
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableForms: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media', 'preview'), ...(folder ? [folder] : [])],
    retainContextWhenHidden: false,
    enableFindWidget: true,
  };
}

export class ReleasePreview implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private sent: PreviewFragments | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly services: PreviewServices,
  ) {
    this.disposables.push(
      this.closed,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message)),
      // Each new analysis of the release (300 ms after an edit, on save, on a configuration change) renders once.
      services.analyses.onDidUpdate((update) => {
        if (update.kind === 'analysed' && update.document === this.document) this.schedule(0);
      }),
      onDidChangeSettings((change) => {
        // The picture policy lives in the page's CSP, so the whole page is built again.
        if (this.document && change.affects('previewRemoteImages', this.document.uri)) {
          this.sent = undefined;
          void this.show(this.document);
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document === this.document && event.visibleRanges.length > 0) {
          this.post({ type: 'scrollToLine', line: event.visibleRanges[0].start.line });
        }
      }),
    );
  }

  get documentUri(): vscode.Uri | undefined {
    return this.document?.uri;
  }

  /** The fragments the webview shows now (read by the extension's API for tests). */
  get shown(): PreviewFragments | undefined {
    return this.sent;
  }

  /** Shows a release: a new page (fresh nonce, resource roots for its folder) when it is another file. */
  async show(document: vscode.TextDocument, scrollY?: number): Promise<void> {
    if (this.disposed) return;
    const same = this.document?.uri.toString() === document.uri.toString();
    this.document = document;
    this.panel.title = `Preview ${baseName(document.uri)}`;
    if (same && this.sent) {
      await this.update();
      return;
    }
    clearTimeout(this.timer);
    const fragments = await this.render(document);
    if (this.disposed || this.document !== document) return;
    this.writePage(fragments, document.uri, document.uri.toString(), document.version, scrollY);
    this.sent = fragments;
  }

  /** Shown when a restored preview's release cannot be opened any more. */
  showMissing(documentUri: string): void {
    const message = `<p class="front-matter-missing">The release shown here before the reload cannot be opened. Open a release and run “Pressroom: Open Preview”.</p>\n`;
    this.writePage({ problems: '', header: message, body: '', card: '' }, undefined, documentUri, 0);
  }

  /** Loads a whole page (a fresh nonce each time); later changes go as fragment updates. */
  private writePage(fragments: PreviewFragments, release: vscode.Uri | undefined, documentUri: string, version: number, scrollY?: number): void {
    const webview = this.panel.webview;
    webview.options = webviewOptions(this.extensionUri, release);
    const media = vscode.Uri.joinPath(this.extensionUri, 'media', 'preview');
    webview.html = renderPage({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      fragments,
      documentUri,
      version,
      scrollY,
      remoteImages: remoteImagesAllowed(release),
    });
  }

  private schedule(delay = PREVIEW_DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  /** Renders again and posts only the fragments that differ from what the webview shows. */
  async update(): Promise<void> {
    const document = this.document;
    if (!document || this.disposed || document.isClosed) return;
    const fragments = await this.render(document);
    if (this.disposed || this.document !== document) return;
    const changed: Partial<Record<keyof PreviewFragments, string>> = {};
    let any = false;
    for (const name of FRAGMENT_NAMES) {
      if (this.sent?.[name] !== fragments[name]) {
        changed[name] = fragments[name];
        any = true;
      }
    }
    this.sent = fragments;
    if (any) this.post({ type: 'update', documentUri: document.uri.toString(), version: document.version, fragments: changed });
  }

  private async render(document: vscode.TextDocument): Promise<PreviewFragments> {
    const analysis = await this.services.analyses.get(document);
    const folder = releaseFolder(document.uri);
    const webview = this.panel.webview;
    try {
      return renderRelease(analysis.parsed, {
        diagnostics: analysis.diagnostics,
        roles: analysis.schema.roles,
        remoteImages: remoteImagesAllowed(document.uri),
        resolveResource: folder ? (segments) => webview.asWebviewUri(vscode.Uri.joinPath(folder, ...segments)).toString() : undefined,
      });
    } catch (error) {
      console.error('Pressroom could not render the preview of', document.uri.toString(), error);
      return { problems: '', header: '<p class="front-matter-missing">The preview could not be rendered.</p>\n', body: '', card: '' };
    }
  }

  private post(message: HostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message || !this.document) return;
    await this.handle(message, this.document);
  }

  private async handle(message: WebviewMessage, document: vscode.TextDocument): Promise<void> {
    switch (message.type) {
      case 'ready':
        // Catch up with edits made while the page loaded, then line up with the editor.
        await this.update();
        {
          const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
          const top = editor?.visibleRanges[0]?.start.line;
          if (top !== undefined && top > 0) this.post({ type: 'scrollToLine', line: top });
        }
        return;
      case 'openLink':
        await openLink(message.href, document);
        return;
      case 'revealRange': {
        const range = document.validateRange(toVsRange(message.range));
        const visible = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
        const editor = await vscode.window.showTextDocument(document, {
          viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
          preserveFocus: false,
          selection: range,
        });
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.closed.fire();
    for (const disposable of this.disposables) disposable.dispose();
    this.panel.dispose();
  }
}

/**
 * Opens a link from the preview outside the webview: http(s) and mailto through the system, a relative
 * path inside the release's folder in VS Code. Everything else (javascript:, command:, file:, ...) is refused.
 */
export async function openLink(href: string, document: vscode.TextDocument): Promise<boolean> {
  const kind = classifyLink(href);
  if (kind === 'web' || kind === 'mailto') {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(href.trim(), true);
    } catch {
      return false;
    }
    if (!['http', 'https', 'mailto'].includes(uri.scheme)) return false;
    return vscode.env.openExternal(uri);
  }
  if (kind === 'relative') {
    const folder = releaseFolder(document.uri);
    const segments = resolveRelativePath(href);
    if (!folder || !segments) {
      void vscode.window.showInformationMessage("Pressroom opens only links to files inside the release's folder.");
      return false;
    }
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.joinPath(folder, ...segments));
    return true;
  }
  return false;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}

/** `pressroom.preview.remoteImages`: whether the preview may load https pictures. */
function remoteImagesAllowed(resource: vscode.Uri | undefined): boolean {
  return readSettings(resource).previewRemoteImages;
}
