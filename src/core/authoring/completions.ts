/**
 * Completion in the front matter: the keys the schema allows where the cursor is (with their
 * documentation, inserting placeholders for required children), and values for the field being typed
 * (enums, booleans, examples, press dates, areas, media contacts, Open Graph text from the release).
 * Editors turn the proposals into their own items; the core decides what and where.
 */
import { isMap, isScalar } from 'yaml';
import { describePressDate, formatPressDate, partsOfDate, PRESS_DATE_FORMAT, type DateTimeParts } from '../dates/pressDate';
import type { ParsedRelease } from '../frontMatter/parse';
import type { CompiledSchema } from '../schema/compile';
import type { JsonSchema, SchemaPath } from '../schema/jsonSchema';
import { propertiesOf, requiredOf, resolveRef, schemaAt } from '../schema/navigate';
import { cursorContext, type KeyContext, type ValueContext } from './cursorContext';
import { AREA_FIELD, CONTACT_FIELD_ORDER, CONTACTS_FIELD, firstParagraph, shorten, type Contact } from './facts';
import { fieldDocumentation, isArraySchema, isObjectSchema, itemSnippet, itemsOf, keyText, SnippetNumbers, typesOf, valueSnippet } from './schemaText';
import { eolOf, escapeSnippet, indentUnitOf, spaces, yamlScalar, type Eol } from './textTools';

export type ProposalKind = 'field' | 'value' | 'enum' | 'boolean' | 'date' | 'area' | 'contact' | 'item' | 'copy' | 'example';

export interface CompletionProposal {
  readonly label: string;
  readonly kind: ProposalKind;
  /** A short note shown beside the label. */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** The text to insert; snippet syntax when `isSnippet`. Lines after the first carry their full indentation. */
  readonly insertText: string;
  readonly isSnippet: boolean;
  /** The single-line range replaced; it contains the cursor. */
  readonly startOffset: number;
  readonly endOffset: number;
  readonly sortText: string;
  readonly filterText?: string;
  /** After inserting, ask for completions again (a key whose value has proposals). */
  readonly retrigger?: boolean;
}

export interface CompletionInputs {
  /** The current time: dates are proposed from it. */
  readonly now: Date;
  /** Areas from settings first, then those used in other releases. */
  readonly areas?: readonly string[];
  /** People from the contacts file first, then those used in other releases. */
  readonly contacts?: readonly Contact[];
}

interface Place {
  readonly release: ParsedRelease;
  readonly root: JsonSchema;
  readonly inputs: CompletionInputs;
  readonly eol: Eol;
  readonly unit: number;
}

export function completionsAt(release: ParsedRelease, schema: CompiledSchema, offset: number, inputs: CompletionInputs): CompletionProposal[] {
  const context = cursorContext(release, offset);
  if (!context) return [];
  const place: Place = { release, root: schema.json, inputs, eol: eolOf(release.text), unit: indentUnitOf(release) };
  const proposals = context.kind === 'key' ? keyProposals(place, context) : valueProposals(place, context);
  const ordered = proposals.map((proposal, index) => ({ ...proposal, sortText: `${proposal.sortText}${String(index).padStart(4, '0')}` }));
  return ordered.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------
// Keys

function keyProposals(place: Place, context: KeyContext): CompletionProposal[] {
  const { root } = place;
  const here = schemaAt(root, context.path);
  if (!here) return [];
  // An empty line inside a list: propose whole items (`- ...`).
  if (!context.startsItem && isArraySchema(root, here) && !isObjectSchema(root, here)) {
    if (context.typed !== '') return [];
    return itemProposals(place, context.path, { start: context.replaceStart, end: context.replaceEnd }, here, context.column, '- ');
  }
  if (!isObjectSchema(root, here)) {
    // `- |` in a list of plain values.
    return context.startsItem ? scalarValueProposals(place, context.path, here, context, '') : [];
  }
  const properties = propertiesOf(root, here);
  const required = new Set(requiredOf(root, here));
  const proposals: CompletionProposal[] = [];
  for (const [name, property] of Object.entries(properties)) {
    if (context.existing.has(name)) continue;
    const isRequired = required.has(name);
    proposals.push({
      label: name,
      kind: 'field',
      detail: isRequired ? 'required' : undefined,
      documentation: fieldDocumentation(root, property, isRequired),
      ...keyInsert(place, context, name, property),
      startOffset: context.replaceStart,
      endOffset: context.replaceEnd,
      sortText: isRequired ? 'a' : 'b',
    });
  }
  // `- |` in the media contacts list: a whole contact.
  if (context.startsItem && isContactsItem(context.path)) {
    proposals.push(...contactProposals(place, here, context.column, '', { start: context.replaceStart, end: context.replaceEnd }));
  }
  return proposals;
}

function keyInsert(place: Place, context: KeyContext, name: string, property: JsonSchema): Pick<CompletionProposal, 'insertText' | 'isSnippet' | 'retrigger'> {
  const key = escapeSnippet(keyText(name));
  if (context.hasColon) return { insertText: key, isSnippet: true };
  const { root, eol, unit, inputs } = place;
  const resolved = resolveRef(root, property);
  const numbers = new SnippetNumbers();
  const body = valueSnippet(root, resolved, context.column, { eol, unit, now: inputs.now, numbers });
  const collection = (isObjectSchema(root, resolved) && !resolved.enum) || isArraySchema(root, resolved);
  if (collection) {
    // An object without required children: leave the cursor on its first (indented) line.
    const tail = body === '' ? `${eol}${spaces(context.column + unit)}$0` : '';
    return { insertText: `${key}:${body}${tail}`, isSnippet: true };
  }
  if (numbers.used === 1 && body === ' ${1}') {
    // A plain value: type it, or pick one of the value proposals.
    const path = [...context.path, name];
    const hasValues = scalarValueProposals(place, path, resolved, undefined, '').length > 0;
    return { insertText: `${key}: $0`, isSnippet: true, retrigger: hasValues };
  }
  return { insertText: `${key}:${body}`, isSnippet: true };
}

// ---------------------------------------------------------------------------------------------------------
// Values

function valueProposals(place: Place, context: ValueContext): CompletionProposal[] {
  const { root } = place;
  const field = schemaAt(root, context.path);
  if (!field) return [];
  if (isArraySchema(root, field) && !isObjectSchema(root, field)) {
    // `contacts: |` — the list goes on the next lines; replace from just after the colon.
    if (context.typed !== '') return [];
    const dashColumn = context.column + place.unit;
    const span = { start: colonEnd(place.release, context), end: context.replaceEnd };
    return itemProposals(place, context.path, span, field, dashColumn, `${place.eol}${spaces(dashColumn)}- `);
  }
  if (isObjectSchema(root, field) && !resolveRef(root, field).enum) return [];
  return scalarValueProposals(place, context.path, field, context, context.needsSpace ? ' ' : '');
}

/** Offset just after the colon of the key on the cursor's line. */
function colonEnd(release: ParsedRelease, context: ValueContext): number {
  let offset = context.replaceStart;
  while (offset > 0 && (release.text[offset - 1] === ' ' || release.text[offset - 1] === '\t')) offset--;
  return offset;
}

interface Range {
  readonly replaceStart: number;
  readonly replaceEnd: number;
}

interface ValueChoice {
  readonly value: string;
  readonly kind: ProposalKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Text inserted after the value (e.g. the rest of a contact). */
  readonly after?: string;
}

function scalarValueProposals(place: Place, path: SchemaPath, field: JsonSchema, range: (Range & { readonly column?: number }) | undefined, lead: string): CompletionProposal[] {
  const choices = valueChoices(place, path, field, range?.column);
  if (!range) return choices.map((choice) => ({ label: choice.value, kind: choice.kind, insertText: '', isSnippet: false, startOffset: 0, endOffset: 0, sortText: 'a' }));
  return choices.map((choice) => ({
    label: choice.value,
    kind: choice.kind,
    detail: choice.detail,
    documentation: choice.documentation,
    insertText: `${lead}${yamlScalar(choice.value)}${choice.after ?? ''}`,
    isSnippet: false,
    startOffset: range.replaceStart,
    endOffset: range.replaceEnd,
    sortText: 'a',
    // After `key:` the editor filters on what is typed from the colon on, which starts with the space.
    filterText: `${lead}${choice.value}`,
  }));
}

function dayAfter(parts: DateTimeParts): DateTimeParts {
  const next = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + 1));
  return { ...parts, year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function dateChoices(now: Date): ValueChoice[] {
  const current = partsOfDate(now);
  const today9 = { ...current, hour: 9, minute: 0 };
  const tomorrow9 = dayAfter(today9);
  const choices: ValueChoice[] = [
    { value: formatPressDate(current), kind: 'date', detail: 'now', documentation: describePressDate(current) },
    { value: formatPressDate(today9), kind: 'date', detail: 'today, 09:00', documentation: describePressDate(today9) },
    { value: formatPressDate(tomorrow9), kind: 'date', detail: 'tomorrow, 09:00', documentation: describePressDate(tomorrow9) },
  ];
  return choices;
}

const iso = (parts: DateTimeParts): string => `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;

/** The values worth proposing for a field, best first, without repeats. */
function valueChoices(place: Place, path: SchemaPath, field: JsonSchema, keyColumn?: number): ValueChoice[] {
  const { root, release, inputs } = place;
  const resolved = resolveRef(root, field);
  const choices: ValueChoice[] = [];
  if (resolved.const !== undefined) choices.push({ value: String(resolved.const), kind: 'enum' });
  for (const value of resolved.enum ?? []) choices.push({ value: String(value), kind: 'enum' });
  const types = typesOf(root, resolved);
  if (types.includes('boolean') && !resolved.enum) choices.push({ value: 'true', kind: 'boolean' }, { value: 'false', kind: 'boolean' });
  if (resolved.format === PRESS_DATE_FORMAT) choices.push(...dateChoices(inputs.now));
  if (resolved.format === 'date') {
    const today = partsOfDate(inputs.now);
    choices.push({ value: iso(today), kind: 'date', detail: 'today' }, { value: iso(dayAfter(today)), kind: 'date', detail: 'tomorrow' });
  }
  if (path.length === 1 && path[0] === AREA_FIELD) {
    for (const area of inputs.areas ?? []) choices.push({ value: area, kind: 'area', detail: 'area' });
  }
  const last = path[path.length - 1];
  if (path.length >= 2 && typeof last === 'string') {
    const copied = rootText(release, last);
    if (copied !== undefined && last in propertiesOf(root, root)) {
      choices.push({ value: shorten(copied, resolved.maxLength), kind: 'copy', detail: `same as ${last}` });
    } else if (last === 'description') {
      const paragraph = firstParagraph(release);
      if (paragraph) choices.push({ value: shorten(paragraph, resolved.maxLength), kind: 'copy', detail: 'first paragraph of the release' });
    }
  }
  if (isContactName(path)) choices.push(...contactNameChoices(place, path, keyColumn));
  const examples = resolved.examples ?? [];
  if (examples.length >= 2) for (const example of examples) if (typeof example === 'string') choices.push({ value: example, kind: 'example', detail: 'example' });
  const seen = new Set<string>();
  return choices.filter((choice) => {
    if (seen.has(choice.value)) return false;
    seen.add(choice.value);
    return true;
  });
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

// ---------------------------------------------------------------------------------------------------------
// Lists and media contacts

const isContactsItem = (path: SchemaPath): boolean => path.length === 2 && path[0] === CONTACTS_FIELD && typeof path[1] === 'number';
const isContactName = (path: SchemaPath): boolean => path.length === 3 && isContactsItem(path.slice(0, 2)) && path[2] === 'name';

/** A contact's fields the item schema knows, in the usual order. */
function contactFields(place: Place, itemSchema: JsonSchema, contact: Contact): [string, string][] {
  const known = propertiesOf(place.root, itemSchema);
  const anyKnown = Object.keys(known).length > 0;
  const names = [...CONTACT_FIELD_ORDER, ...Object.keys(contact).filter((name) => !CONTACT_FIELD_ORDER.includes(name))];
  return names.flatMap((name): [string, string][] => {
    const value = contact[name];
    return value !== undefined && (!anyKnown || name in known) ? [[name, value]] : [];
  });
}

function contactDocumentation(fields: readonly [string, string][]): string {
  return ['```yaml', ...fields.map(([name, value]) => `${keyText(name)}: ${yamlScalar(value)}`), '```'].join('\n');
}

/**
 * Each known contact as a whole block whose keys start at `column`; `lead` is written before the
 * first key (`- `, or a line break and `- ` after `contacts:`).
 */
function contactProposals(place: Place, itemSchema: JsonSchema, column: number, lead: string, range: { start: number; end: number }): CompletionProposal[] {
  return (place.inputs.contacts ?? []).map((contact) => {
    const fields = contactFields(place, itemSchema, contact);
    const text = fields.map(([name, value], index) => `${index === 0 ? '' : `${place.eol}${spaces(column)}`}${keyText(name)}: ${yamlScalar(value)}`).join('');
    return {
      label: contact.name,
      kind: 'contact' as const,
      detail: contact.role ? `media contact: ${contact.role}` : 'media contact',
      documentation: contactDocumentation(fields),
      insertText: `${lead}${text}`,
      isSnippet: false,
      startOffset: range.start,
      endOffset: range.end,
      sortText: '0',
      filterText: contact.name,
    };
  });
}

/** Picking a name in `- name: |` fills in the rest of that person's block (fields not yet written). */
function contactNameChoices(place: Place, path: SchemaPath, column: number | undefined): ValueChoice[] {
  const itemSchema = schemaAt(place.root, path.slice(0, -1)) ?? {};
  const item = place.release.document?.getIn(path.slice(0, -1), true);
  const present = new Set(isMap(item) ? item.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : []);
  return (place.inputs.contacts ?? []).map((contact) => {
    const rest = contactFields(place, itemSchema, contact).filter(([name]) => name !== 'name' && !present.has(name));
    const after = column === undefined ? '' : rest.map(([name, value]) => `${place.eol}${spaces(column)}${keyText(name)}: ${yamlScalar(value)}`).join('');
    return { value: contact.name, kind: 'contact' as const, detail: contact.role ? `media contact: ${contact.role}` : 'media contact', documentation: contactDocumentation(contactFields(place, itemSchema, contact)), after };
  });
}

/**
 * List items written from `dashColumn`: each known contact (for the contacts list), a new item with
 * placeholders, or the plain values of a list of scalars. `lead` comes before the first key.
 */
function itemProposals(place: Place, listPath: SchemaPath, span: { start: number; end: number }, listSchema: JsonSchema, dashColumn: number, lead: string): CompletionProposal[] {
  const { root, eol, unit, inputs } = place;
  const items = itemsOf(root, listSchema) ?? {};
  const proposals: CompletionProposal[] = [];
  if (isObjectSchema(root, items)) {
    if (listPath.length === 1 && listPath[0] === CONTACTS_FIELD) proposals.push(...contactProposals(place, items, dashColumn + 2, lead, span));
    const numbers = new SnippetNumbers();
    proposals.push({
      label: '- (new item)',
      kind: 'item',
      detail: 'a new list item',
      documentation: fieldDocumentation(root, items, false),
      insertText: `${escapeSnippet(lead)}${itemSnippet(root, items, dashColumn + 2, { eol, unit, now: inputs.now, numbers })}`,
      isSnippet: true,
      startOffset: span.start,
      endOffset: span.end,
      sortText: 'b',
      filterText: '-',
    });
  } else {
    for (const choice of valueChoices(place, [...listPath, 0], items)) {
      proposals.push({ label: choice.value, kind: choice.kind, detail: choice.detail, insertText: `${lead}${yamlScalar(choice.value)}`, isSnippet: false, startOffset: span.start, endOffset: span.end, sortText: 'a', filterText: choice.value });
    }
  }
  return proposals;
}
