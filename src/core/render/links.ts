/**
 * Which URLs the preview may show as links or images, and how relative ones resolve against the
 * release's folder. Pure: the VS Code adapter turns the resolved paths into webview URIs.
 */

export type LinkKind = 'web' | 'mailto' | 'relative' | 'fragment';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Control characters and whitespace browsers strip before reading a scheme ("java\nscript:").
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Classifies a link destination, or returns undefined when the preview must not use it:
 * `javascript:`, `data:`, `vbscript:`, `file:`, `command:`, protocol-relative (`//host`) and anything else
 * that is not http(s), mailto or a path relative to the release.
 */
export function classifyLink(url: string): LinkKind | undefined {
  const compact = url.replace(STRIPPED, '');
  if (compact === '') return undefined;
  if (compact.startsWith('#')) return 'fragment';
  if (/^[\\/]{2}/.test(compact) || compact.startsWith('/\\') || compact.startsWith('\\')) return undefined;
  const scheme = SCHEME.exec(compact);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (name === 'http' || name === 'https') return 'web';
    if (name === 'mailto') return 'mailto';
    return undefined;
  }
  // A colon before the first slash would be read as a scheme by some parsers; refuse it.
  const firstSlash = compact.search(/[/?#]/);
  const head = firstSlash === -1 ? compact : compact.slice(0, firstSlash);
  if (head.includes(':')) return undefined;
  return 'relative';
}

export function isAllowedLink(url: string): boolean {
  return classifyLink(url) !== undefined;
}

/** An absolute https URL (og:image, pictures in the body); anything else is not shown. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An absolute http(s) URL, as a URL object, or undefined. */
export function parseWebUrl(value: string): URL | undefined {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A relative reference resolved to a path inside the release's folder, as '/'-separated segments
 * (query and fragment dropped, percent-escapes decoded). Undefined when it leaves the folder,
 * is absolute (`/x`), or cannot be decoded.
 */
export function resolveRelativePath(reference: string): string[] | undefined {
  if (classifyLink(reference) !== 'relative') return undefined;
  const path = reference.split(/[?#]/, 1)[0];
  if (path === '' || path.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment.includes('/') || segment.includes('\\') || segment.includes('\0')) return undefined;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return segments.length > 0 ? segments : undefined;
}
