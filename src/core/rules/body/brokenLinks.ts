/** Relative links and pictures in the body point at files that exist beside the release. */
import { joinPath, parentOf } from '../../files/paths';
import { classifyLink } from '../../render/links';
import type { Rule } from '../types';
import { bodyLinksOf } from './bodyLinks';
import { finding } from '../finding';

/** The file a relative address names, relative to the release's folder, or undefined when it names none. */
function targetOf(destination: string): string | undefined {
  // `{{ site.baseurl }}/x.pdf`: a static site generator's template fills it in when the site is built.
  if (classifyLink(destination) !== 'relative' || /\{\{|\{%/.test(destination)) return undefined;
  const path = destination.split(/[?#]/, 1)[0];
  // `/news/x.pdf` is relative to the website's root, which Pressroom does not know.
  if (path === '' || path.startsWith('/')) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export const brokenLinks: Rule = {
  id: 'broken-links',
  severity: 'warning',
  description: 'Relative links and pictures in the body point at files that exist.',
  defaults: {},
  scope: 'release',
  check(context) {
    const { workspace, filePath } = context;
    if (!workspace || !filePath) return [];
    const folder = parentOf(filePath);
    return bodyLinksOf(context).flatMap((link) => {
      const target = targetOf(link.destination);
      if (target === undefined || workspace.fileExists(joinPath(folder, target)) !== false) return [];
      const span = link.destinationSpan ?? link.textSpan;
      const what = link.kind === 'image' ? 'This picture' : 'This link';
      return [finding(`${what} points at ${target}, but there is no such file relative to this release's folder; check the name and folder, or add the file.`, span.start, span.end)];
    });
  },
};
