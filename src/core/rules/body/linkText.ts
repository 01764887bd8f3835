/**
 * Link text says where the link goes (WCAG 2.2 success criterion 2.4.4, Link Purpose (In Context)):
 * not "click here" or "read more", and not an address written out as the link's text.
 */
import type { Rule } from '../types';
import { bodyLinksOf } from './bodyLinks';
import { finding } from '../finding';

export interface LinkTextOptions {
  /** Link texts that say nothing on their own (compared without case or punctuation). */
  readonly vague: readonly string[];
}

export const DEFAULT_VAGUE_LINK_TEXTS: readonly string[] = ['click here', 'click', 'here', 'read more', 'more', 'this link', 'link', 'learn more', 'find out more', 'more information', 'this'];

function normalised(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isAddress(text: string): boolean {
  return /^\s*(https?:\/\/|www\.)\S+\s*$/i.test(text);
}

const vagueSets = new WeakMap<readonly unknown[], ReadonlySet<string>>();

/** The vague texts normalised, once per list (the project's list is the same for every release). */
function vagueSet(list: readonly unknown[]): ReadonlySet<string> {
  let set = vagueSets.get(list);
  if (!set) {
    set = new Set(list.filter((text): text is string => typeof text === 'string').map(normalised));
    vagueSets.set(list, set);
  }
  return set;
}

export const linkText: Rule<LinkTextOptions> = {
  id: 'link-text',
  severity: 'warning',
  description: 'Link text says where the link goes, not "click here" or a bare web address.',
  defaults: { vague: DEFAULT_VAGUE_LINK_TEXTS },
  optionsSchema: {
    type: 'object',
    properties: { vague: { type: 'array', items: { type: 'string' }, description: 'Link texts that say nothing on their own.' } },
    additionalProperties: false,
  },
  scope: 'release',
  check(context) {
    const links = bodyLinksOf(context);
    if (links.length === 0) return [];
    const vague = vagueSet(Array.isArray(context.options.vague) ? context.options.vague : DEFAULT_VAGUE_LINK_TEXTS);
    return links.flatMap((link) => {
      // Addresses in the running text are not links here (bodyLinks leaves them out): a release is read in print and email too.
      if (link.kind !== 'link') return [];
      const text = link.text.trim();
      if (text !== '' && vague.has(normalised(text))) {
        return [finding(`The link text "${text}" does not say where the link goes; use words that name the page or document, such as "the council's budget report".`, link.textSpan.start, link.textSpan.end)];
      }
      if (isAddress(text)) {
        return [finding(`The link text is a web address (${text}), which screen readers read out letter by letter; use words that name the page instead, such as [the title of the page](${text}).`, link.textSpan.start, link.textSpan.end)];
      }
      return [];
    });
  },
};
