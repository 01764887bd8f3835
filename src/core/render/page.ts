/**
 * The preview's whole HTML document and its Content Security Policy. The extension and the browser
 * tests build pages with these same functions, so the tests check the policy the panel really uses.
 * The nonce comes from the adapter (src/vscode/preview/nonce.ts), so this file runs in a browser.
 */
import { escapeHtml } from './escape';
import { FRAGMENT_NAMES, type PreviewFragments } from './messages';

export interface CspOptions {
  /** `webview.cspSource`: where the extension's own media and the release's pictures are served from. */
  readonly cspSource: string;
  readonly nonce: string;
  /** Whether https pictures may load (the `pressroom.preview.remoteImages` setting); off, nothing leaves the machine. */
  readonly remoteImages: boolean;
}

/** Host sources and `'self'` (VS Code's cspSource is e.g. `'self' https://*.vscode-cdn.net`); nothing that could end the directive. */
const SOURCE = /^(?:'self'|[A-Za-z0-9+.:/*_-]+)(?: (?:'self'|[A-Za-z0-9+.:/*_-]+))*$/;
const NONCE = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/**
 * Nothing by default; scripts only with this page's nonce; styles and fonts only from the extension
 * (no inline styles); pictures from the extension, the release's folder and, when allowed, https.
 */
export function buildCsp({ cspSource, nonce, remoteImages }: CspOptions): string {
  if (!SOURCE.test(cspSource)) throw new Error(`Unexpected CSP source: ${cspSource}`);
  if (!NONCE.test(nonce)) throw new Error('A nonce must be at least 16 base64 characters.');
  return [
    "default-src 'none'",
    `img-src ${cspSource}${remoteImages ? ' https:' : ''}`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PageOptions extends CspOptions {
  /** The webview script (media/preview/preview.js) as a webview URI. */
  readonly scriptUri: string;
  /** The stylesheet (media/preview/preview.css) as a webview URI. */
  readonly styleUri: string;
  readonly fragments: PreviewFragments;
  /** The release shown and its version, saved by the webview for restoring after a reload. */
  readonly documentUri: string;
  readonly version: number;
  /** Where to scroll to once loaded (restored state), in CSS pixels. */
  readonly scrollY?: number;
}

export function renderPage(options: PageOptions): string {
  const csp = buildCsp(options);
  const { fragments } = options;
  const slot = (name: (typeof FRAGMENT_NAMES)[number], tag = 'div') =>
    `<${tag} id="pressroom-${name}" data-fragment="${name}">\n${fragments[name]}</${tag}>`;
  const scrollY = options.scrollY !== undefined && Number.isFinite(options.scrollY) ? Math.max(0, Math.round(options.scrollY)) : 0;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>Release preview</title>
</head>
<body data-document-uri="${escapeHtml(options.documentUri)}" data-version="${Math.trunc(options.version)}" data-scroll-y="${scrollY}">
${slot('problems')}
<main class="layout">
<article class="release">
${slot('header')}
${slot('body')}
</article>
<aside class="sidebar">
${slot('card')}
</aside>
</main>
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
