/**
 * The front matter: the fields found, in the schema's order; a required field that was not found gets
 * an empty placeholder marked TODO (the validator flags it) and a note, never an invented value.
 */
import { contactEntries, type Contact } from '../contacts';
import type { JsonSchema } from '../schema/jsonSchema';
import { requiredOf, schemaAt } from '../schema/navigate';
import { isRecord } from '../util/isRecord';
import type { ConvertRole, TargetSchema } from './conversion';
import type { ConvertedFields } from './types';
import { yamlDoubleQuoted, yamlKey, yamlScalar } from '../yaml';

const TODO = '# TODO: not found in the text';

/** Field names repeat in every conversion (title, publish, name...): each is quoted once. */
const keys = new Map<string, string>();
function keyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = yamlKey(name);
    if (keys.size < 1000) keys.set(name, key);
  }
  return key;
}

/** The roles a conversion fills, in the order a schema that names no fields gets them. */
const FILLED_ROLES: readonly ConvertRole[] = ['headline', 'publishDate', 'embargo', 'contacts'];

/**
 * The YAML lines between the `---` fences, each ending in `eol`; notes what was left empty. `comments`
 * (by dotted path) go beside their text field, for words its form cannot keep.
 */
export function writeFrontMatter(schema: TargetSchema, fields: ConvertedFields, notes: string[], eol: string, comments: ReadonlyMap<string, string> = new Map()): string {
  const { root, roles } = schema;
  const required = new Set(requiredOf(root, root));
  // Dates stay strings whatever their digits.
  const quoted = new Set([roles.publishDate, roles.embargo].flatMap((path) => (path ? [path.join('.')] : [])));
  const names = schema.loose ? [...new Set(FILLED_ROLES.flatMap((role) => roles[role]?.slice(0, 1) ?? []))] : Object.keys(schema.rootProperties);
  const out: string[] = [];
  for (const name of names) {
    if (fields[name] !== undefined) out.push(...valueLines(name, fields[name], name, 0, { quoted, comments }));
    else if (required.has(name)) out.push(...placeholderLines(schema, name, notes));
  }
  return out.map((line) => `${line}${eol}`).join('');
}

/** A field and its value at `column`: text, a group of fields, or the contacts list. */
interface ValueStyle {
  readonly quoted: ReadonlySet<string>;
  readonly comments: ReadonlyMap<string, string>;
}

function valueLines(name: string, value: unknown, path: string, column: number, style: ValueStyle): string[] {
  const key = `${' '.repeat(column)}${keyOf(name)}:`;
  if (typeof value === 'string') {
    return [`${key} ${style.quoted.has(path) ? yamlDoubleQuoted(value) : yamlScalar(value)}${commentText(style.comments.get(path))}`];
  }
  if (Array.isArray(value)) return [key, ...contactLines(value as Contact[], path, column + 2, style.comments)];
  if (isRecord(value)) return [key, ...Object.entries(value).flatMap(([child, inner]) => valueLines(child, inner, `${path}.${child}`, column + 2, style))];
  return [];
}

/** Each contact as a list item; phone numbers quoted so that their digits stay a string. */
function contactLines(contacts: readonly Contact[], path: string, column: number, comments: ReadonlyMap<string, string>): string[] {
  return contacts.flatMap((contact, index) =>
    contactEntries(contact).map(([field, value], position) => {
      const written = field === 'phone' ? yamlDoubleQuoted(value) : yamlScalar(value);
      const comment = comments.get(`${path}[${index}].${field}`);
      return `${' '.repeat(column)}${position === 0 ? '- ' : '  '}${keyOf(field)}: ${written}${commentText(comment)}`;
    }),
  );
}

/** ` # words` on one line, or nothing. */
function commentText(comment: string | undefined): string {
  return comment === undefined ? '' : ` # ${comment.replace(/\s+/g, ' ')}`;
}

/**
 * The empty placeholder of a required field that was not found. A group holding a role's field
 * (`publish` for `publish.date`) gets the nested field, so the author sees where the value goes.
 */
function placeholderLines(schema: TargetSchema, name: string, notes: string[]): string[] {
  const { root, roles } = schema;
  const nested = FILLED_ROLES.find((role) => {
    const path = roles[role];
    return path !== undefined && path.length > 1 && path[0] === name && schemaAt(root, path) !== undefined;
  });
  const role = nested ?? FILLED_ROLES.find((candidate) => roles[candidate]?.join('.') === name);
  const path = (nested && roles[nested]) || [name];
  notes.push(`${path.join('.')}: ${role === 'publishDate' ? 'no publication date found' : 'not found in the text'}; left empty`);
  const groups = path.slice(0, -1).map((segment, depth) => `${' '.repeat(depth * 2)}${keyOf(segment)}:`);
  const leaf = `${' '.repeat(groups.length * 2)}${keyOf(path[path.length - 1])}: ${placeholderFor(schemaAt(root, path))} ${TODO}`;
  return [...groups, leaf];
}

/** An empty value of the field's type, so the placeholder is the right kind of YAML. */
function placeholderFor(schema: JsonSchema | undefined): string {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if (type === 'array') return '[]';
  if (type === 'object') return '{}';
  return '""';
}
