// The preview's pure part: release → HTML fragments, the page and its CSP, and the panel's messages.
export { escapeHtml } from './escape';
export { classifyLink, isAllowedLink, isHttpsUrl, parseWebUrl, resolveRelativePath, type LinkKind } from './links';
export { renderBodyHtml, type ResourceResolver } from './markdown';
export { renderRelease, renderHeader, renderBody, renderSocialCard, renderProblems, socialCardOf, type RenderOptions, type SocialCard } from './renderRelease';
export { buildCsp, renderPage, type CspOptions, type PageOptions } from './page';
export * from './messages';
