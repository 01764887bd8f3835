/**
 * The text and file name of a new release. The front matter holds the schema's required fields, with
 * the headline, area and a publish time filled in (in the fields the schema's roles name), so only what
 * the author must supply (the address) is left to fill.
 *
 * The publish time is one a press office would choose, not the current minute: the next whole hour when
 * that falls in the working day (09:00 to 17:00, Monday to Friday), else 09:00 on the next working day.
 */
import { formatPressDate, partsOfDate, PRESS_DATE_FORMAT, type DateTimeParts } from '../dates/pressDate';
import type { FrontMatterShape } from '../frontMatter/locate';
import type { CompiledSchema } from '../schema/compile';
import { roleAt } from '../schema/fieldRoles';
import type { JsonSchema } from '../schema/jsonSchema';
import { propertiesOf, requiredOf, resolveRef, schemaAt } from '../schema/navigate';
import { isoDay } from '../text/digits';
import type { Eol } from '../text/eol';
import { yamlKey, yamlScalar, yamlValue } from '../yaml';
import { fitsField } from './completions/workspaceValues';
import { isObjectSchema } from './schemaText';
import { spaces } from './textTools';

const MAX_SLUG = 60;

/** `Council opens new library!` → `council-opens-new-library`. */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG) return ascii;
  const cut = ascii.slice(0, MAX_SLUG);
  const dash = cut.lastIndexOf('-');
  return dash > MAX_SLUG / 2 ? cut.slice(0, dash) : cut;
}

/** `2026-11-24-council-opens-new-library.md` (with `-2`, `-3`... when `taken` says a name is used). */
export function newReleaseFileName(title: string, now: Date, taken: (name: string) => boolean = () => false): string {
  const parts = partsOfDate(now);
  const stem = `${isoDay(parts)}-${slugify(title) || 'release'}`;
  for (let suffix = 1; suffix < 1000; suffix++) {
    const name = suffix === 1 ? `${stem}.md` : `${stem}-${suffix}.md`;
    if (!taken(name)) return name;
  }
  return `${stem}-${now.getTime()}.md`;
}

/** Why a title cannot be used, or undefined when it can. */
export function checkReleaseTitle(title: string, schema: CompiledSchema): string | undefined {
  const trimmed = title.trim();
  if (trimmed === '') return 'Enter the headline of the release';
  const headline = schema.roles.headline;
  const limit = headline ? schemaAt(schema.json, headline)?.maxLength : undefined;
  if (limit !== undefined && trimmed.length > limit) return `The headline is ${trimmed.length} characters long; the limit is ${limit}`;
  return undefined;
}

export interface NewReleaseOptions {
  readonly title: string;
  /** The area to fill in, if any; without it, the first of `areas` valid for the field. */
  readonly area?: string;
  /** The configured areas, then those the workspace's releases use, most used first. */
  readonly areas?: readonly string[];
  readonly now: Date;
  readonly shape?: FrontMatterShape;
  readonly eol?: Eol;
  /** Add `$schema: press-release` so the file is checked wherever it is kept. */
  readonly schemaKey?: string;
}

export interface NewRelease {
  readonly text: string;
  /** Where the cursor goes: the body's first line. */
  readonly cursorOffset: number;
}

const WORKDAY_START = 9;
const WORKDAY_END = 17;

/** When a release written now is proposed to go out: the next whole hour in the working day, else 09:00 on the next working day. */
export function proposedPublishTime(now: Date): DateTimeParts {
  const isWorkingDay = (date: Date) => date.getDay() !== 0 && date.getDay() !== 6;
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours() + 1, 0);
  if (isWorkingDay(now) && now.getHours() < WORKDAY_START) return { ...partsOfDate(now), hour: WORKDAY_START, minute: 0 };
  if (isWorkingDay(next) && next.getDate() === now.getDate() && next.getHours() >= WORKDAY_START && next.getHours() <= WORKDAY_END) return partsOfDate(next);
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, WORKDAY_START, 0);
  while (!isWorkingDay(day)) day.setDate(day.getDate() + 1);
  return partsOfDate(day);
}

/** A fresh release: the schema's required fields (headline, area and dates filled in), then an empty body and ENDS. */
export function newReleaseText(schema: CompiledSchema, options: NewReleaseOptions): NewRelease {
  const eol = options.eol ?? '\n';
  const root = schema.json;
  const lines: string[] = [];
  const areaPath = schema.roles.area;
  const areaField = areaPath ? schemaAt(root, areaPath) : undefined;
  const area = options.area ?? options.areas?.find((candidate) => areaField !== undefined && fitsField(candidate, root, areaField, areaPath?.[areaPath.length - 1]));
  const publishAt = formatPressDate(proposedPublishTime(options.now));
  if (options.schemaKey) lines.push(`$schema: ${yamlScalar(options.schemaKey)}`);
  const fill = (path: readonly string[], field: JsonSchema, column: number, depth: number) => {
    const resolved = resolveRef(root, field);
    const name = path[path.length - 1];
    const key = `${spaces(column)}${yamlKey(name)}:`;
    const role = roleAt(schema.roles, path);
    if (role === 'headline') lines.push(`${key} ${yamlScalar(options.title.trim())}`);
    else if (role === 'area' && area) lines.push(`${key} ${yamlScalar(area)}`);
    else if (resolved.format === PRESS_DATE_FORMAT) lines.push(`${key} ${publishAt}`);
    else if (resolved.const !== undefined) lines.push(`${key} ${yamlValue(resolved.const)}`);
    else if (depth < 4 && isObjectSchema(root, resolved) && requiredOf(root, resolved).length > 0) {
      lines.push(key);
      const children = propertiesOf(root, resolved);
      for (const child of requiredOf(root, resolved)) fill([...path, child], children[child] ?? {}, column + 2, depth + 1);
    } else lines.push(key);
  };
  const properties = propertiesOf(root, root);
  for (const name of requiredOf(root, root)) fill([name], properties[name] ?? {}, 0, 0);
  // A headline the schema does not require still goes first: the author just typed it.
  const headline = schema.roles.headline;
  if (headline?.length === 1 && headline[0] in properties && !requiredOf(root, root).includes(headline[0])) lines.splice(options.schemaKey ? 1 : 0, 0, `${yamlKey(headline[0])}: ${yamlScalar(options.title.trim())}`);
  const [open, close] = options.shape === 'fence' ? ['```yaml', '```'] : ['---', '---'];
  // A blank line, the cursor's (empty) line, a blank line, and the end mark.
  const head = `${[open, ...lines, close].join(eol)}${eol}${eol}`;
  return { text: `${head}${eol}${eol}ENDS${eol}`, cursorOffset: head.length };
}
