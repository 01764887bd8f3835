/**
 * The values worth proposing for a field: the schema's own (const, enum, booleans, examples), dates
 * from now, areas, contacts, and text the release already holds (Open Graph fields, description).
 */
import { isMap, isScalar } from 'yaml';
import { describePressDate, formatPressDate, partsOfDate, PRESS_DATE_FORMAT, type DateTimeParts } from '../../dates/pressDate';
import type { ParsedRelease } from '../../frontMatter/parse';
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { propertiesOf, resolveRef } from '../../schema/navigate';
import { isoDay } from '../../text/digits';
import { AREA_FIELD, firstParagraph, shorten } from '../facts';
import { typesOf } from '../schemaText';
import { contactNameChoices, isContactName } from './contactProposals';
import type { Place, ValueChoice } from './types';

/** The values worth proposing for a field, best first, without repeats. */
export function valueChoices(place: Place, path: SchemaPath, field: JsonSchema, keyColumn?: number): ValueChoice[] {
  const { root, inputs } = place;
  const resolved = resolveRef(root, field);
  const choices: ValueChoice[] = [];
  if (resolved.const !== undefined) choices.push({ value: String(resolved.const), kind: 'enum' });
  for (const value of resolved.enum ?? []) choices.push({ value: String(value), kind: 'enum' });
  const types = typesOf(root, resolved);
  if (types.includes('boolean') && !resolved.enum) choices.push({ value: 'true', kind: 'boolean' }, { value: 'false', kind: 'boolean' });
  if (resolved.format === PRESS_DATE_FORMAT) choices.push(...pressDateChoices(inputs.now));
  if (resolved.format === 'date') choices.push(...isoDateChoices(inputs.now));
  if (path.length === 1 && path[0] === AREA_FIELD) {
    for (const area of inputs.areas ?? []) choices.push({ value: area, kind: 'area', detail: 'area' });
  }
  choices.push(...textFromRelease(place, path, resolved));
  if (isContactName(path)) choices.push(...contactNameChoices(place, path, keyColumn));
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

/**
 * A group's field offered the top-level field of the same name (`og.title` ← `title`), or, for a
 * description, the release's first paragraph; shortened to the field's limit.
 */
function textFromRelease(place: Place, path: SchemaPath, resolved: JsonSchema): ValueChoice[] {
  const { root, release } = place;
  const last = path[path.length - 1];
  if (path.length < 2 || typeof last !== 'string') return [];
  const copied = rootText(release, last);
  if (copied !== undefined && last in propertiesOf(root, root)) {
    return [{ value: shorten(copied, resolved.maxLength), kind: 'copy', detail: `same as ${last}` }];
  }
  if (last === 'description') {
    const paragraph = firstParagraph(release);
    if (paragraph) return [{ value: shorten(paragraph, resolved.maxLength), kind: 'copy', detail: 'first paragraph of the release' }];
  }
  return [];
}

/** A top-level text field of the release (from the data, or the partly parsed document while typing). */
function rootText(release: ParsedRelease, key: string): string | undefined {
  const fromData = release.data?.[key];
  if (typeof fromData === 'string') return fromData.trim() === '' ? undefined : fromData;
  const contents = release.document?.contents;
  if (!isMap(contents)) return undefined;
  const node: unknown = contents.get(key, true);
  if (!isScalar(node)) return undefined;
  const value: unknown = node.value;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
