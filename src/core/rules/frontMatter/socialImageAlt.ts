/**
 * A social card picture has alt text, for people who use screen readers (WCAG 2.2, 1.1.1 Non-text
 * Content). Open Graph calls it `og:image:alt`. The rule applies when the schema has a field for it
 * beside the picture's: one annotated `"x-pressroom-role": "socialImageAlt"`, or named `image_alt`,
 * `imageAlt` or `image:alt`. The built-in schema has none, so there the rule says nothing.
 */
import { ROLE_ANNOTATION } from '../../schema/fieldRoles';
import { propertiesOf, schemaAt } from '../../schema/navigate';
import type { Rule, RuleContext } from '../types';
import { fieldState, placeOn, roleText } from './fields';
import { findingAt } from '../finding';

const ALT_ROLE = 'socialImageAlt';
const ALT_NAMES = ['image_alt', 'imageAlt', 'image:alt', 'image_alt_text'];

/** The alt text field beside the social picture's, when the schema has one. */
export function altFieldPath(context: RuleContext<unknown>): readonly string[] | undefined {
  // It depends on the schema alone: found once per schema.
  const cached = altPaths.get(context.schema.json);
  if (cached && cached.roles === context.roles) return cached.path;
  const path = findAltFieldPath(context);
  altPaths.set(context.schema.json, { roles: context.roles, path });
  return path;
}

const altPaths = new WeakMap<object, { readonly roles: object; readonly path: readonly string[] | undefined }>();

function findAltFieldPath(context: RuleContext<unknown>): readonly string[] | undefined {
  const image = context.roles.socialImage;
  if (!image) return undefined;
  const root = context.schema.json;
  const parent = image.slice(0, -1);
  const group = parent.length === 0 ? root : schemaAt(root, parent);
  if (!group) return undefined;
  const siblings = propertiesOf(root, group);
  const annotated = Object.keys(siblings).find((name) => (siblings[name] as Record<string, unknown>)[ROLE_ANNOTATION] === ALT_ROLE);
  const named = annotated ?? ALT_NAMES.find((name) => name in siblings);
  return named === undefined ? undefined : [...parent, named];
}

export const socialImageAlt: Rule = {
  id: 'social-image-alt',
  severity: 'warning',
  description: 'A social card picture has alt text, when the schema has a field for it.',
  defaults: {},
  scope: 'release',
  check(context) {
    const image = roleText(context, 'socialImage');
    const alt = altFieldPath(context);
    if (!image || image.value.trim() === '' || !alt) return [];
    const state = fieldState(context, alt);
    if (state === 'present' || state === 'blocked') return [];
    const name = alt.join('.');
    const at = placeOn(context, image.path);
    if (!at) return [];
    return [findingAt(at, `${image.name} has no alt text; add ${name} saying what the picture shows, for people who use screen readers.`)];
  },
};
