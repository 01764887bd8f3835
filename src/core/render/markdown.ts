/**
 * The release body as HTML: markdown-it with raw HTML off, links limited to safe schemes, images
 * resolved against the release's folder, and `data-line` on every block so the preview can follow
 * the editor. Line numbers are those of the whole file (the body's own lines plus the front matter's).
 */
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './escape';
import { classifyLink, isAllowedLink, resolveRelativePath } from './links';

/** Turns a path inside the release's folder into a URL the preview can load, or undefined to not show it. */
export type ResourceResolver = (segments: readonly string[]) => string | undefined;

export interface BodyRenderOptions {
  /** Zero-based line of the file where the body starts. */
  readonly lineOffset: number;
  readonly resolveResource?: ResourceResolver;
  /** https pictures are shown only when this is true. */
  readonly remoteImages: boolean;
}

type Markdown = InstanceType<typeof MarkdownIt>;

/** What one render passes to the rules through markdown-it's `env`. */
interface RenderEnv {
  lineOffset?: number;
  resolveResource?: ResourceResolver;
  remoteImages?: boolean;
}

function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isAllowedLink;

  // Source lines for scroll sync: every block token that has a map gets the file's line number.
  md.core.ruler.push('pressroom_source_lines', (state) => {
    const offset = (state.env as RenderEnv).lineOffset ?? 0;
    for (const token of state.tokens) {
      if (token.map && token.block && token.nesting !== -1) token.attrSet('data-line', String(token.map[0] + offset));
    }
  });

  const rules = md.renderer.rules;
  // Raw HTML cannot be parsed with `html: false`; should a token ever carry some, it is shown as text.
  rules.html_block = (tokens, index) => `<p class="raw-html">${escapeHtml(tokens[index].content)}</p>\n`;
  rules.html_inline = (tokens, index) => escapeHtml(tokens[index].content);

  rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const src = String(token.attrGet('src') ?? '');
    const shown = imageSource(src, (env ?? {}) as RenderEnv);
    if (shown.url === undefined) {
      return `<span class="image-not-shown" title="${escapeHtml(shown.reason)}">[${escapeHtml(alt || 'image')}: ${escapeHtml(shown.reason)}]</span>`;
    }
    const title = String(token.attrGet('title') ?? '');
    const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
    return `<img src="${escapeHtml(shown.url)}" alt="${escapeHtml(alt)}"${titleAttr}>`;
  };

  const defaultLinkOpen = rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const href = String(token.attrGet('href') ?? '');
    // validateLink already refused unsafe destinations; this is the second line of defence.
    if (!isAllowedLink(href)) token.attrSet('href', '#');
    token.attrSet('data-link', classifyLink(href) ?? 'blocked');
    return defaultLinkOpen(tokens, index, options, env, self);
  };
  return md;
}

function imageSource(src: string, env: RenderEnv): { url: string; reason?: undefined } | { url?: undefined; reason: string } {
  const kind = classifyLink(src);
  if (kind === 'web') {
    if (!/^\s*https:/i.test(src)) return { reason: 'only https pictures are shown' };
    return env.remoteImages ? { url: src } : { reason: REMOTE_IMAGES_OFF };
  }
  if (kind === 'relative') {
    const segments = resolveRelativePath(src);
    if (!segments) return { reason: "outside the release's folder" };
    const url = env.resolveResource?.(segments);
    return url === undefined ? { reason: 'not available in this preview' } : { url };
  }
  return { reason: 'not a picture address' };
}

export const REMOTE_IMAGES_OFF = 'web pictures are off (pressroom.preview.remoteImages)';

let shared: Markdown | undefined;

/** The one markdown-it instance (its configuration never changes). */
export function markdown(): Markdown {
  shared ??= createMarkdown();
  return shared;
}

export function renderBodyHtml(body: string, options: BodyRenderOptions): string {
  const env: RenderEnv = { lineOffset: options.lineOffset, resolveResource: options.resolveResource, remoteImages: options.remoteImages };
  return markdown().render(body, env as Record<string, unknown>);
}
