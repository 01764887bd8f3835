/**
 * The release as a reader sees it, as HTML fragments: headline, area, dates in words, media contacts,
 * the Markdown body, the social card and a banner of validation problems. Pure: strings in, strings out.
 * Every front matter value is escaped; only https pictures and safe link schemes reach the HTML.
 */
import { describePressDate, parsePressDate, PRESS_DATE_PATTERN_TEXT } from '../dates/pressDate';
import { writtenContacts, type WrittenValue } from '../authoring/writtenContacts';
import { bodyOf, type ParsedRelease } from '../frontMatter/parse';
import { DEFAULT_ROLE_PATHS, valueOfRole, type FieldRole, type FieldRoles } from '../schema/fieldRoles';
import type { ReleaseDiagnostic, Severity } from '../types';
import { plural } from '../text/plural';
import { countBySeverity } from '../validate/severityCounts';
import { escapeHtml, nonEmptyText } from './escape';
import { isHttpsUrl, parseWebUrl } from './links';
import { REMOTE_IMAGES_OFF, renderBodyHtml, type ResourceResolver } from './markdown';
import type { PreviewFragments } from './messages';

export interface RenderOptions {
  /** Makes relative pictures loadable (the VS Code adapter returns webview URIs); without it they are not shown. */
  readonly resolveResource?: ResourceResolver;
  /** The release's validation problems, shown in the banner. */
  readonly diagnostics?: readonly ReleaseDiagnostic[];
  /** Show https pictures (default true); when false the preview loads nothing from the network. */
  readonly remoteImages?: boolean;
  /** Which fields hold the headline, area, dates, contacts and social card (the schema's `roles`); the built-in schema's by default. */
  readonly roles?: FieldRoles;
}

export function renderRelease(parsed: ParsedRelease, options: RenderOptions = {}): PreviewFragments {
  const roles = options.roles ?? DEFAULT_ROLE_PATHS;
  return {
    problems: renderProblems(options.diagnostics ?? []),
    header: renderHeader(parsed, roles),
    body: renderBody(parsed, options.resolveResource, options.remoteImages ?? true),
    card: renderSocialCard(parsed.data, options.remoteImages ?? true, roles),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Header

export function renderHeader(parsed: ParsedRelease, roles: FieldRoles = DEFAULT_ROLE_PATHS): string {
  const line = parsed.block ? parsed.lines.positionAt(parsed.block.openStart).line : 0;
  const data = parsed.data;
  const parts: string[] = [];
  if (!data) {
    const why = parsed.block ? 'The front matter cannot be read until its problems are fixed.' : 'This release has no front matter.';
    parts.push(`<p class="front-matter-missing">${escapeHtml(why)}</p>`);
  }
  const area = nonEmptyText(valueOfRole(data, roles, 'area'));
  if (area) parts.push(`<p class="area">${escapeHtml(area)}</p>`);
  const title = nonEmptyText(valueOfRole(data, roles, 'headline'));
  parts.push(title ? `<h1 class="headline">${escapeHtml(title)}</h1>` : '<h1 class="headline untitled">Untitled release</h1>');
  const publish = renderDate('Published', 'publish', valueOfRole(data, roles, 'publishDate'));
  const embargo = renderDate('Embargoed until', 'embargo', valueOfRole(data, roles, 'embargo'));
  if (publish || embargo) parts.push(`<div class="dates">${publish}${embargo}</div>`);
  const contacts = renderContacts(writtenContacts(parsed, roles));
  if (contacts) parts.push(contacts);
  return `<header class="release-header" data-line="${line}">\n${parts.join('\n')}\n</header>\n`;
}

function renderDate(label: string, className: string, value: unknown): string {
  const text = nonEmptyText(value);
  if (!text) return '';
  const result = parsePressDate(text);
  if (!result.ok) {
    return `<p class="${className} invalid">${escapeHtml(label)}: ${escapeHtml(text)} <span class="note">(not a date in the form ${escapeHtml(PRESS_DATE_PATTERN_TEXT)})</span></p>`;
  }
  const { year, month, day, hour, minute } = result.parts;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return `<p class="${className}">${escapeHtml(label)} <time datetime="${iso}">${escapeHtml(describePressDate(result.parts))}</time></p>`;
}

const EMAIL = /^[^\s@<>"'()[\]\\,;:]+@[^\s@<>"'()[\]\\,;:]+\.[^\s@<>"'()[\]\\,;:]+$/;

/** A value as written; one YAML reads as something else (a phone as a number) says so, so nobody copies a wrong number. */
function writtenHtml(value: WrittenValue): string {
  return value.changed ? `${escapeHtml(value.text)} <span class="note">(not text: put it in quotes in the front matter so it is kept as written)</span>` : escapeHtml(value.text);
}

function renderContacts(list: readonly Record<string, WrittenValue | undefined>[]): string {
  if (list.length === 0) return '';
  const items: string[] = [];
  for (const { name, role, phone, email } of list) {
    if (!name && !role && !phone && !email) continue;
    const parts: string[] = [];
    parts.push(`<span class="contact-name">${name ? writtenHtml(name) : 'Unnamed contact'}</span>`);
    if (role) parts.push(`<span class="contact-role">${writtenHtml(role)}</span>`);
    if (phone) parts.push(`<span class="contact-phone">${writtenHtml(phone)}</span>`);
    if (email) {
      parts.push(
        !email.changed && EMAIL.test(email.text)
          ? `<a class="contact-email" href="mailto:${escapeHtml(email.text)}" data-link="mailto">${escapeHtml(email.text)}</a>`
          : `<span class="contact-email">${writtenHtml(email)}</span>`,
      );
    }
    items.push(`<li class="contact">${parts.join(' ')}</li>`);
  }
  if (items.length === 0) return '';
  return `<section class="contacts" aria-label="Media contacts">\n<h2>Media contacts</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>`;
}

// ---------------------------------------------------------------------------------------------------------
// Body

export function renderBody(parsed: ParsedRelease, resolveResource?: ResourceResolver, remoteImages = true): string {
  const lineOffset = parsed.lines.positionAt(parsed.bodyStart).line;
  const body = bodyOf(parsed);
  if (body.trim() === '') return `<p class="empty-body" data-line="${lineOffset}">This release has no body text yet.</p>\n`;
  return renderBodyHtml(body, { lineOffset, resolveResource, remoteImages });
}

// ---------------------------------------------------------------------------------------------------------
// Social card

export interface SocialCard {
  readonly title: string | undefined;
  readonly description: string | undefined;
  /** Only an https address: networks fetch nothing else, and the preview loads nothing else. */
  readonly image: string | undefined;
  /** The site's host name, from og:url, else url. */
  readonly domain: string | undefined;
  /** What networks will do without the missing pieces, one sentence each. */
  readonly missing: readonly string[];
}

export function socialCardOf(data: Record<string, unknown> | undefined, roles: FieldRoles = DEFAULT_ROLE_PATHS): SocialCard {
  const text = (role: FieldRole) => nonEmptyText(valueOfRole(data, roles, role));
  const missing: string[] = [];

  const rawImage = text('socialImage');
  let image: string | undefined;
  if (!rawImage) missing.push('No og:image: networks will show a plain link without a picture.');
  else if (!isHttpsUrl(rawImage)) missing.push('og:image is not an https address: networks will not show the picture.');
  else image = rawImage;

  const ogTitle = text('socialTitle');
  const pageTitle = text('headline');
  if (!ogTitle) {
    missing.push(pageTitle ? 'No og:title: networks will fall back to the page title.' : 'No og:title and no title: networks will show the bare address.');
  }

  const description = text('socialDescription');
  if (!description) missing.push('No og:description: networks will show no summary, or pick one from the page.');

  const ogUrl = text('socialUrl');
  const pageUrl = text('url');
  const ogHost = ogUrl ? parseWebUrl(ogUrl)?.hostname : undefined;
  const pageHost = pageUrl ? parseWebUrl(pageUrl)?.hostname : undefined;
  if (!ogUrl) missing.push(pageHost ? 'No og:url: networks will use the address the link was shared with.' : 'No og:url or url: the card has no site address.');
  else if (!ogHost) missing.push('og:url is not a web address: networks will ignore it.');

  return { title: ogTitle ?? pageTitle, description, image, domain: ogHost ?? pageHost, missing };
}

export function renderSocialCard(data: Record<string, unknown> | undefined, remoteImages = true, roles: FieldRoles = DEFAULT_ROLE_PATHS): string {
  const card = socialCardOf(data, roles);
  const image = !card.image
    ? '<div class="card-image card-no-image" aria-hidden="true"></div>'
    : remoteImages
      ? `<div class="card-image"><img src="${escapeHtml(card.image)}" alt=""></div>`
      : `<div class="card-image card-no-image"><span class="note">Picture not loaded: ${escapeHtml(REMOTE_IMAGES_OFF)}</span></div>`;
  const domain = card.domain ? `<p class="card-domain">${escapeHtml(card.domain)}</p>` : '';
  const title = `<p class="card-title">${card.title ? escapeHtml(card.title) : '<span class="note">No title</span>'}</p>`;
  const description = card.description ? `<p class="card-description">${escapeHtml(card.description)}</p>` : '';
  const missing =
    card.missing.length > 0
      ? `<ul class="card-missing">\n${card.missing.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>\n`
      : '<p class="card-complete">The card has everything networks use.</p>\n';
  return (
    `<section class="social" aria-label="Social card">\n<h2>When shared</h2>\n` +
    `<div class="social-card${card.image ? '' : ' no-image'}">\n${image}\n<div class="card-text">${domain}${title}${description}</div>\n</div>\n` +
    missing +
    '</section>\n'
  );
}

// ---------------------------------------------------------------------------------------------------------
// Problems

const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', information: 'Info' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2 };

export function renderProblems(diagnostics: readonly ReleaseDiagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const sorted = [...diagnostics].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const counts = countBySeverity(diagnostics);
  const summary = [
    counts.errors ? plural(counts.errors, 'error') : '',
    counts.warnings ? plural(counts.warnings, 'warning') : '',
    counts.information ? plural(counts.information, 'note') : '',
  ]
    .filter(Boolean)
    .join(', ');
  const items = sorted.map((diagnostic) => {
    const { start, end } = diagnostic.range;
    const position = `data-start-line="${start.line}" data-start-character="${start.character}" data-end-line="${end.line}" data-end-character="${end.character}"`;
    return (
      `<li><button type="button" class="problem ${diagnostic.severity}" ${position}>` +
      `<span class="problem-severity">${SEVERITY_LABELS[diagnostic.severity]}</span> ` +
      `<span class="problem-line">Line ${start.line + 1}</span> ` +
      `<span class="problem-message">${escapeHtml(diagnostic.message)}</span></button></li>`
    );
  });
  const tone = counts.errors ? 'has-errors' : counts.warnings ? 'has-warnings' : 'has-notes';
  return `<section class="problems ${tone}" aria-label="Problems">\n<p class="problems-summary">${summary}</p>\n<ul>\n${items.join('\n')}\n</ul>\n</section>\n`;
}
