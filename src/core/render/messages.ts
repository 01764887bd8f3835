/**
 * The messages between the preview panel (webview) and the extension, as discriminated unions.
 * The webview script (media/preview/preview.js) imports these types through JSDoc, so both sides
 * agree; the extension checks every message from the webview with `parseWebviewMessage` before use.
 */
import { isRecord } from '../util/isRecord';
import type { Range } from '../types';

/** The HTML fragments the preview is made of, each replaced on its own when it changes. */
export interface PreviewFragments {
  /** The banner of validation problems (empty when there are none). */
  readonly problems: string;
  /** Headline, area, dates and media contacts. */
  readonly header: string;
  /** The Markdown body. */
  readonly body: string;
  /** The social card and what is missing for it. */
  readonly card: string;
}

export const FRAGMENT_NAMES = ['problems', 'header', 'body', 'card'] as const satisfies readonly (keyof PreviewFragments)[];
export type FragmentName = (typeof FRAGMENT_NAMES)[number];

/** Extension → webview. */
export type HostMessage =
  | {
      readonly type: 'update';
      /** The release shown, so the webview can save it for restoring after a reload. */
      readonly documentUri: string;
      readonly version: number;
      /** Only the fragments that changed since the last update. */
      readonly fragments: Partial<PreviewFragments>;
    }
  /** Scroll so that this zero-based source line (of the whole file) is at the top. */
  | { readonly type: 'scrollToLine'; readonly line: number };

/** Webview → extension. */
export type WebviewMessage =
  /** The script has loaded and listens for updates. */
  | { readonly type: 'ready' }
  /** A link was clicked: the extension checks the scheme and opens it outside the webview. */
  | { readonly type: 'openLink'; readonly href: string }
  /** A problem in the banner was clicked: reveal and select its range in the editor. */
  | { readonly type: 'revealRange'; readonly range: Range };

/** What the webview saves with `vscode.setState` and gets back after a window reload. */
export interface PreviewState {
  readonly documentUri: string;
  readonly scrollY?: number;
}

/** Longest link or URI accepted from the webview. */
export const MAX_MESSAGE_URL_LENGTH = 8192;
/** Largest line or column number accepted from the webview. */
export const MAX_POSITION = 10_000_000;


function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_POSITION;
}

function parsePosition(value: unknown): { line: number; character: number } | undefined {
  if (!isRecord(value) || !isIndex(value.line) || !isIndex(value.character)) return undefined;
  return { line: value.line, character: value.character };
}

/**
 * Checks a message from the webview. Anything that is not exactly one of `WebviewMessage`'s shapes
 * (unknown type, wrong field types, negative or fractional positions, a range that ends before it
 * starts, over-long strings) gives undefined. The result is a fresh object holding only known fields.
 */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openLink': {
      const href = value.href;
      if (typeof href !== 'string' || href.length === 0 || href.length > MAX_MESSAGE_URL_LENGTH) return undefined;
      return { type: 'openLink', href };
    }
    case 'revealRange': {
      if (!isRecord(value.range)) return undefined;
      const start = parsePosition(value.range.start);
      const end = parsePosition(value.range.end);
      if (!start || !end) return undefined;
      if (end.line < start.line || (end.line === start.line && end.character < start.character)) return undefined;
      return { type: 'revealRange', range: { start, end } };
    }
    default:
      return undefined;
  }
}

/** Checks the state a webview saved, when VS Code hands it back after a reload. */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value)) return undefined;
  const { documentUri, scrollY } = value;
  if (typeof documentUri !== 'string' || documentUri.length === 0 || documentUri.length > MAX_MESSAGE_URL_LENGTH) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(documentUri)) return undefined;
  const state: PreviewState = { documentUri };
  if (typeof scrollY === 'number' && Number.isFinite(scrollY) && scrollY >= 0) return { documentUri, scrollY };
  return state;
}
