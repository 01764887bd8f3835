/**
 * A release names a media contact (in the contacts field or a "Media enquiries:" line of the body),
 * and the phone numbers and emails it gives can be used: real numbers for the office's region, written
 * the way the region writes them, and complete email addresses.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import { contactFieldsOf } from '../../contacts';
import { DEFAULT_ROLE_PATHS, roleFieldName, valueOfRole } from '../../schema/fieldRoles';
import { scalarSource, unquoteScalar, valueRange, yamlScalar } from '../../yaml';
import type { Rule, RuleContext, RuleFinding, RuleFix } from '../types';
import { bodyOutlineOf } from './bodyOutline';
import { contactLinesOf } from './contactLines';
import { DEFAULT_REGION, phonesInText, readPhone, regionName, regionOf, type PhoneSpan } from './phoneNumbers';
import { finding } from '../finding';

export interface MediaContactOptions {
  /** The region phone numbers are dialled from (ISO 3166 code such as GB, US, AU). */
  readonly region: string;
}

/** Something with an @ in a contact line, to be checked as an email address. */
const AT_WORD = /[^\s<>()[\]{},;:"']+@[^\s<>()[\]{},;:"']*/g;
const EMAIL = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

function phoneFinding(written: string, what: string, start: number, end: number, region: CountryCode, rewrite: (better: string) => string, path?: readonly (string | number)[]): RuleFinding | undefined {
  const reading = readPhone(written, region);
  const shown = `${what} ${written.trim()}`;
  const inRegion = regionName(region);
  /** Only a regrouping of the same digits is automatic; a fix that adds digits guesses what the author meant. */
  const writeAs = (number: string, automatic: boolean): RuleFix[] => [
    { title: `Write as ${number}`, edits: [{ startOffset: start, endOffset: end, newText: rewrite(number) }], inFixAll: automatic, isPreferred: automatic },
  ];
  if (reading.kind === 'invalid') {
    const abroad = reading.withPlus;
    if (!abroad) return finding(`${shown} is not a phone number in use in ${inRegion}; check the digits, or write a number abroad with its country code (+…).`, start, end, path);
    return finding(`${shown} is not a phone number in use in ${inRegion}; if it is a number in ${regionName(abroad.region)}, write it with its plus: ${abroad.international}.`, start, end, path, writeAs(abroad.international, false));
  }
  if (reading.kind !== 'valid' || !reading.better) return undefined;
  const { better, added } = reading;
  if (added !== undefined) {
    // `305 555-0143`, a US number, read in the United Kingdom gains a 0 and becomes another number.
    return finding(`${shown} is missing its leading ${added} if it is a number in ${inRegion} (${better}); for a number abroad, write it with its country code (+…).`, start, end, path, writeAs(better, false));
  }
  return finding(`${shown} is easier to read and dial written as ${better}.`, start, end, path, writeAs(better, true));
}

/**
 * Whether a contact's phone, as its data holds it, could give a finding: a number in the data lost how it
 * was written (a leading 0, a plus), and text that is not in the front matter word for word was written
 * with escapes or over lines; other text is read as the document would give it.
 */
function phoneMayBeFinding(context: RuleContext<MediaContactOptions>, contact: unknown, fields: ContactFields, region: CountryCode): boolean {
  if (fields?.phone === undefined) return false;
  const written = (contact as Record<string, unknown>).phone;
  if (typeof written !== 'string' || written.includes('\n')) return true;
  const { block, text } = context.release;
  const at = block ? text.indexOf(written, block.contentStart) : -1;
  if (at === -1 || at + written.length > block!.contentEnd) return true;
  const reading = readPhone(written, region);
  return reading.kind === 'invalid' || (reading.kind === 'valid' && reading.better !== undefined);
}

/** A contact's text fields (contactFieldsOf), read once per check for both the rule's questions. */
type ContactFields = ReturnType<typeof contactFieldsOf>;

/** The contacts the release lists and their fields: under the contacts role, or the built-in field when the schema has no such role. */
interface ListedContacts {
  readonly contacts: readonly unknown[];
  readonly fields: readonly ContactFields[];
}

function listedContacts(context: RuleContext<MediaContactOptions>): ListedContacts | undefined {
  // A schema without a contacts field may still see the built-in one (`contacts:`) filled in: that is a contact.
  const contacts = context.roles.contacts ? valueOfRole(context.data, context.roles, 'contacts') : context.data[DEFAULT_ROLE_PATHS.contacts[0]];
  return Array.isArray(contacts) ? { contacts, fields: contacts.map((contact) => contactFieldsOf(contact)) } : undefined;
}

function frontMatterFindings(context: RuleContext<MediaContactOptions>, listed: ListedContacts | undefined, region: CountryCode): RuleFinding[] {
  const { release, roles } = context;
  const path = roles.contacts;
  if (!path || !listed || !release.block) return [];
  const base = release.block.contentStart;
  return listed.contacts.flatMap((contact, index) => {
    // The document is read only for a phone that may be a finding.
    if (!phoneMayBeFinding(context, contact, listed.fields[index], region) || !release.document) return [];
    const phonePath = [...path, index, 'phone'];
    const source = scalarSource(release.document!, phonePath, base, release.text);
    const range = valueRange(release.document!, phonePath, base, release.text);
    // The digits as written: YAML reads an unquoted +61491570156 as a number and drops the plus.
    if (source === undefined || !range) return [];
    const phone = unquoteScalar(source);
    const quote = source.startsWith("'") || source.startsWith('"') ? source[0] : '';
    const rewrite = (better: string): string => (quote ? `${quote}${better}${quote}` : yamlScalar(better));
    const finding = phoneFinding(phone, `${roleFieldName(roles, 'contacts')}[${index}].phone`, range.start, range.end, region, rewrite, phonePath);
    return finding ? [finding] : [];
  });
}

function bodyFindings(context: RuleContext<MediaContactOptions>, region: CountryCode): RuleFinding[] {
  const offset = context.body.offset;
  return contactLinesOf(bodyOutlineOf(context)).flatMap((line) => {
    const found: RuleFinding[] = [];
    for (const span of phonesInText(line.text, region)) {
      const phone = withCountryCodeBefore(line.text, span, region);
      const written = line.text.slice(phone.start, phone.end);
      const finding = phoneFinding(written, 'The phone number', offset + line.start + phone.start, offset + line.start + phone.end, region, (better) => better);
      if (finding) found.push(finding);
    }
    for (const match of line.text.matchAll(AT_WORD)) {
      const email = match[0].replace(/[.]+$/, '');
      if (EMAIL.test(email)) continue;
      const start = offset + line.start + match.index;
      found.push(finding(`${email} is not a complete email address; check it is written like press.office@example.org.`, start, start + email.length));
    }
    return found;
  });
}

/** One to three digits just before a number found in a line, not part of a longer number. */
const CODE_BEFORE = /(?<![\d+])\d{1,3}[ .-]?$/;

/**
 * The number with the digits written just before it, when they are a country code without its plus
 * (the library leaves out the `1` of `1 727 555 0143`); otherwise the number as found.
 */
function withCountryCodeBefore(text: string, found: PhoneSpan, region: CountryCode): PhoneSpan {
  const code = CODE_BEFORE.exec(text.slice(Math.max(0, found.start - 4), found.start));
  if (!code) return found;
  const start = found.start - code[0].length;
  const reading = readPhone(text.slice(start, found.end), region);
  return reading.kind === 'invalid' && reading.withPlus ? { start, end: found.end } : found;
}

function hasContact(context: RuleContext<MediaContactOptions>, listed: ListedContacts | undefined): boolean {
  if (listed?.fields.some((fields) => fields !== undefined && hasAny(fields))) return true;
  return contactLinesOf(bodyOutlineOf(context)).length > 0;
}

function hasAny(fields: Record<string, string>): boolean {
  for (const _ in fields) return true;
  return false;
}

function missingFinding(context: RuleContext<MediaContactOptions>): RuleFinding {
  const field = roleFieldName(context.roles, 'contacts');
  const where = field ? `add one under ${field}, or a line` : 'add a line';
  const block = context.release.block;
  const start = block ? block.openStart : context.body.offset;
  const end = block ? block.openEnd : context.release.lines.lineEnd(context.release.lines.positionAt(start).line);
  return finding(`This release has no media contact; ${where} such as "Media enquiries: Jane Doe, 01632 960123" at the end of the body, so journalists know who to call.`, start, end);
}

export const mediaContact: Rule<MediaContactOptions> = {
  id: 'media-contact',
  severity: 'warning',
  description: 'A release names a media contact, with phone numbers in use in the region and complete email addresses.',
  defaults: { region: DEFAULT_REGION },
  optionsSchema: {
    type: 'object',
    properties: { region: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'The two-letter region phone numbers are dialled from (GB, US, AU…).' } },
    additionalProperties: false,
  },
  scope: 'release',
  check(context) {
    const region = regionOf(context.options.region);
    const listed = listedContacts(context);
    const findings = hasContact(context, listed) ? [] : [missingFinding(context)];
    findings.push(...frontMatterFindings(context, listed, region), ...bodyFindings(context, region));
    return findings;
  },
};
