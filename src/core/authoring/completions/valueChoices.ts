/**
 * The values worth proposing for a field: the schema's own (const, enum, booleans, examples), dates
 * from now, areas, contacts, and text the release already holds (Open Graph fields, description).
 */
import { isScalar } from 'yaml';
import { describePressDate, formatPressDate, partsOfDate, PRESS_DATE_FORMAT, type DateTimeParts } from '../../dates/pressDate';
import type { ParsedRelease } from '../../frontMatter/parse';
import { roleAt, roleFieldName, valueOfRole, type FieldRole, type FieldRoles } from '../../schema/fieldRoles';
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { resolveRef } from '../../schema/navigate';
import { isoDay } from '../../text/digits';
import { firstParagraph, shorten } from '../facts';
import { yamlValue } from '../../yaml';
import { typesOf } from '../schemaText';
import { contactNameChoices, isContactName } from './contactProposals';
import type { Place, ValueChoice } from './types';
import { fitsField } from './workspaceValues';

/** The values worth proposing for a field, best first, without repeats. */
export function valueChoices(place: Place, path: SchemaPath, field: JsonSchema, keyColumn?: number): ValueChoice[] {
  const { root, inputs } = place;
  const resolved = resolveRef(root, field);
  const choices: ValueChoice[] = [];
  for (const value of resolved.const !== undefined ? [resolved.const] : []) choices.push(schemaValueChoice(value));
  for (const value of resolved.enum ?? []) choices.push(schemaValueChoice(value));
  const types = typesOf(root, resolved);
  if (types.includes('boolean') && !resolved.enum) choices.push({ value: 'true', kind: 'boolean' }, { value: 'false', kind: 'boolean' });
  if (resolved.format === PRESS_DATE_FORMAT) choices.push(...pressDateChoices(inputs.now));
  if (resolved.format === 'date') choices.push(...isoDateChoices(inputs.now));
  const role = roleAt(place.roles, path);
  if (role === 'area') {
    // Most used first (the order given); only those valid for the field.
    const name = path[path.length - 1];
    for (const area of inputs.areas ?? []) if (fitsField(area, root, resolved, typeof name === 'string' ? name : undefined)) choices.push({ value: area, kind: 'area', detail: 'area' });
  }
  if (role) choices.push(...textFromRelease(place, role, resolved));
  if (isContactName(path, place.roles)) choices.push(...contactNameChoices(place, path, keyColumn));
  // A single example is documentation; several are a menu.
  const examples = resolved.examples ?? [];
  if (examples.length >= 2) for (const example of examples) if (typeof example === 'string') choices.push({ value: example, kind: 'example', detail: 'example' });
  const seen = new Set<string>();
  return choices.filter((choice) => {
    if (seen.has(choice.value)) return false;
    seen.add(choice.value);
    return true;
  });
}

function dayAfter(parts: DateTimeParts): DateTimeParts {
  const next = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + 1));
  return { ...parts, year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** Now, and 09:00 today and tomorrow: the usual release times. */
function pressDateChoices(now: Date): ValueChoice[] {
  const current = partsOfDate(now);
  const today9 = { ...current, hour: 9, minute: 0 };
  const tomorrow9 = dayAfter(today9);
  return [
    { value: formatPressDate(current), kind: 'date', detail: 'now', documentation: describePressDate(current) },
    { value: formatPressDate(today9), kind: 'date', detail: 'today, 09:00', documentation: describePressDate(today9) },
    { value: formatPressDate(tomorrow9), kind: 'date', detail: 'tomorrow, 09:00', documentation: describePressDate(tomorrow9) },
  ];
}

/** Today and tomorrow, for fields of JSON Schema's `date` format. */
function isoDateChoices(now: Date): ValueChoice[] {
  const today = partsOfDate(now);
  return [
    { value: isoDay(today), kind: 'date', detail: 'today' },
    { value: isoDay(dayAfter(today)), kind: 'date', detail: 'tomorrow' },
  ];
}

/** A value the schema allows: text as it is, anything else as the YAML that reads back as it. */
function schemaValueChoice(value: unknown): ValueChoice {
  return typeof value === 'string' ? { value, kind: 'enum' } : { value: yamlValue(value), yaml: yamlValue(value), kind: 'enum' };
}

/** The social card's fields offered the release's own text: the headline, the address, the first paragraph. */
const COPIED_FROM: Partial<Record<FieldRole, FieldRole>> = { socialTitle: 'headline', socialUrl: 'url' };

/** Text the release already holds for a social card field, shortened to the field's limit. */
function textFromRelease(place: Place, role: FieldRole, resolved: JsonSchema): ValueChoice[] {
  const { roles, release } = place;
  const source = COPIED_FROM[role];
  if (source) {
    const copied = textOfRole(release, roles, source);
    return copied === undefined ? [] : [{ value: shorten(copied, resolved.maxLength), kind: 'copy', detail: `same as ${roleFieldName(roles, source)}` }];
  }
  if (role === 'socialDescription') {
    const paragraph = firstParagraph(release);
    if (paragraph) return [{ value: shorten(paragraph, resolved.maxLength), kind: 'copy', detail: 'first paragraph of the release' }];
  }
  return [];
}

/** The text a release holds for a role (from the data, or the partly parsed document while typing). */
function textOfRole(release: ParsedRelease, roles: FieldRoles, role: FieldRole): string | undefined {
  const fromData = valueOfRole(release.data, roles, role);
  if (typeof fromData === 'string') return fromData.trim() === '' ? undefined : fromData;
  const path = roles[role];
  const node: unknown = path ? release.document?.getIn(path, true) : undefined;
  if (!isScalar(node)) return undefined;
  const value: unknown = node.value;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
