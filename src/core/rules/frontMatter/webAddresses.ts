/**
 * The release's address, its social address and its social picture are full `https` web addresses
 * with a real host. What the schema already rejects (not a web address at all, a pattern it sets) it
 * reports itself, and a bare `https://` is the placeholders rule's, so each value gets one message.
 */
import { valueOfRole, type FieldRole } from '../../schema/fieldRoles';
import type { Rule, RuleContext, RuleFinding } from '../types';
import { failsSchemaPattern, fieldSchema, placeOn, roleText, setFieldFix, type RoleText } from './fields';
import { isBareScheme } from './placeholderText';
import { findingAt } from '../finding';

type Context = RuleContext<Record<string, never>>;

const ROLES: readonly FieldRole[] = ['url', 'socialUrl', 'socialImage'];
const ADDRESS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is;
const URI_FORMATS = new Set(['uri', 'iri', 'url']);

function schemaRejects(context: Context, field: RoleText): boolean {
  const schema = fieldSchema(context, field.path);
  if (!schema) return false;
  if (failsSchemaPattern(schema, field.value)) return true;
  // A URI format rejects spaces and addresses without a scheme.
  return typeof schema.format === 'string' && URI_FORMATS.has(schema.format) && (/\s/.test(field.value) || !ADDRESS.test(field.value));
}

/** The host of `user@host:port`. */
function hostOf(authority: string): string {
  return authority.replace(/^[^@]*@/, '').replace(/:\d*$/, '');
}

/** What is wrong with the address, decided from its text alone; the fix is made only once it is placed. */
type Problem = { readonly message: string; readonly fixTo?: { readonly value: string; readonly title: string } };

const HOST_WITH_DOT = /^[^.]+(\.[^.]+)+\.?$/;
const SPACE = /\s/;

/**
 * `https://` in lower case, a host with a dot and nothing else in its authority, no spaces: the usual
 * address, which nothing below would report, told apart by one expression without taking it to pieces.
 * The host runs to the first `/`, `?` or `#`, holds no `@` or `:`, and is dotted as HOST_WITH_DOT says.
 */
const PLAIN_HTTPS = /^https:\/\/[^\s/?#@:.]+(?:\.[^\s/?#@:.]+)+\.?(?:[/?#]\S*)?$/;

export function isPlainHttps(value: string): boolean {
  return PLAIN_HTTPS.test(value);
}

function problemOf(context: Context, field: RoleText): Problem | undefined {
  const value = field.value.trim();
  if (isPlainHttps(value)) return undefined;
  if (value === '' || isBareScheme(value) || schemaRejects(context, field)) return undefined;
  if (/^www\./i.test(value)) {
    return { message: `${field.name} must be a full web address starting with https://; add it before "${value.slice(0, 40)}".`, fixTo: { value: `https://${value}`, title: 'Add https:// at the start' } };
  }
  const parts = ADDRESS.exec(value);
  if (!parts) return { message: `${field.name} must be a full web address starting with https://, such as the one readers see in the browser's address bar.` };
  const [, scheme, authority, rest] = parts;
  if (SPACE.test(value)) return { message: `${field.name} has a space in it; a web address cannot, so remove it or write it as %20.` };
  const host = hostOf(authority);
  if (!HOST_WITH_DOT.test(host)) {
    return { message: `${field.name} has no real site name after https:// ("${host}"); write the full address, with a name like www.northshire.gov.uk.` };
  }
  if (scheme.toLowerCase() === 'http') {
    return { message: `${field.name} starts with http://; use https://, or browsers and social networks warn that the page is not secure.`, fixTo: { value: `https://${authority}${rest}`, title: 'Change http:// to https://' } };
  }
  if (scheme.toLowerCase() !== 'https') return { message: `${field.name} must start with https://, not ${scheme}://.` };
  return undefined;
}

function problemsOf(context: Context, field: RoleText): RuleFinding[] {
  const problem = problemOf(context, field);
  const at = problem && placeOn(context, field.path);
  if (!problem || !at) return [];
  if (!problem.fixTo) return [findingAt(at, problem.message)];
  const fix = setFieldFix(context, field.path, problem.fixTo.value, { title: problem.fixTo.title, inFixAll: true, isPreferred: true });
  return [findingAt(at, problem.message, fix ? [fix] : [])];
}

export const webAddresses: Rule = {
  id: 'web-addresses',
  severity: 'error',
  description: 'The address, the social address and the social picture are full https web addresses with a real site name.',
  defaults: {},
  scope: 'release',
  check(context) {
    let findings: RuleFinding[] | undefined;
    for (const role of ROLES) {
      // The usual address is told at once, before anything is made for it.
      const value = valueOfRole(context.data, context.roles, role);
      if (typeof value === 'string' && isPlainHttps(value.trim())) continue;
      const field = roleText(context, role);
      if (!field) continue;
      const found = problemsOf(context, field);
      if (found.length > 0) (findings ??= []).push(...found);
    }
    return findings ?? [];
  },
};
