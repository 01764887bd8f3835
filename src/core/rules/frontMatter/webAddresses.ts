/**
 * The release's address, its social address and its social picture are full `https` web addresses
 * with a real host. What the schema already rejects (not a web address at all, a pattern it sets) it
 * reports itself, and a bare `https://` is the placeholders rule's, so each value gets one message.
 */
import type { FieldRole } from '../../schema/fieldRoles';
import type { Rule, RuleContext, RuleFinding } from '../types';
import { failsSchemaPattern, fieldSchema, roleText, setFieldFix, type RoleText } from './fields';
import { isBareScheme } from './placeholderText';

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

function problemsOf(context: Context, field: RoleText): RuleFinding[] {
  const value = field.value.trim();
  const at = { startOffset: field.range.start, endOffset: field.range.end, path: field.path };
  if (value === '' || isBareScheme(value) || schemaRejects(context, field)) return [];
  if (/^www\./i.test(value)) {
    const fix = setFieldFix(context, field.path, `https://${value}`, { title: 'Add https:// at the start', inFixAll: true, isPreferred: true });
    return [{ ...at, message: `${field.name} must be a full web address starting with https://; add it before "${value.slice(0, 40)}".`, fixes: fix ? [fix] : [] }];
  }
  const parts = ADDRESS.exec(value);
  if (!parts) return [{ ...at, message: `${field.name} must be a full web address starting with https://, such as the one readers see in the browser's address bar.` }];
  const [, scheme, authority, rest] = parts;
  if (/\s/.test(value)) return [{ ...at, message: `${field.name} has a space in it; a web address cannot, so remove it or write it as %20.` }];
  const host = hostOf(authority);
  if (!/^[^.]+(\.[^.]+)+\.?$/.test(host)) {
    return [{ ...at, message: `${field.name} has no real site name after https:// ("${host}"); write the full address, with a name like www.northshire.gov.uk.` }];
  }
  if (scheme.toLowerCase() === 'http') {
    const fix = setFieldFix(context, field.path, `https://${authority}${rest}`, { title: 'Change http:// to https://', inFixAll: true, isPreferred: true });
    return [{ ...at, message: `${field.name} starts with http://; use https://, or browsers and social networks warn that the page is not secure.`, fixes: fix ? [fix] : [] }];
  }
  if (scheme.toLowerCase() !== 'https') return [{ ...at, message: `${field.name} must start with https://, not ${scheme}://.` }];
  return [];
}

export const webAddresses: Rule = {
  id: 'web-addresses',
  severity: 'error',
  description: 'The address, the social address and the social picture are full https web addresses with a real site name.',
  defaults: {},
  scope: 'release',
  check(context) {
    return ROLES.flatMap((role) => {
      const field = roleText(context, role);
      return field ? problemsOf(context, field) : [];
    });
  },
};
