/**
 * The front matter: the fields found, in the schema's order; a required field that was not found gets
 * an empty placeholder marked TODO (the validator flags it) and a note, never an invented value.
 */
import type { JsonSchema } from '../schema/jsonSchema';
import { requiredOf, schemaAt } from '../schema/navigate';
import type { Contact } from './contacts';
import type { TargetSchema } from './conversion';
import type { ConvertedFields } from './types';
import { yamlKey, yamlQuoted, yamlScalar } from './yamlOut';

const TODO = '# TODO: not found in the text';

/** The fields written for a schema that names none. */
const LOOSE_FIELDS = ['title', 'publish', 'embargo', 'contacts'];

/** The YAML lines between the `---` fences, each ending in `eol`; notes what was left empty. */
export function writeFrontMatter(schema: TargetSchema, fields: ConvertedFields, notes: string[], eol: string): string {
  const { root } = schema;
  const required = new Set(requiredOf(root, root));
  const out: string[] = [];
  const names = schema.loose ? LOOSE_FIELDS : Object.keys(schema.rootProperties);
  for (const name of names) {
    const key = yamlKey(name);
    if (name === 'title' && fields.title !== undefined) {
      out.push(`${key}: ${yamlScalar(fields.title)}`);
    } else if (name === 'publish' && fields.publish) {
      out.push(`${key}:`, `  date: ${yamlQuoted(fields.publish.date)}`);
    } else if (name === 'embargo' && fields.embargo !== undefined) {
      out.push(`${key}: ${yamlQuoted(fields.embargo)}`);
    } else if (name === 'contacts' && fields.contacts) {
      out.push(`${key}:`, ...contactLines(fields.contacts));
    } else if (required.has(name)) {
      if (name === 'publish' && schemaAt(root, ['publish', 'date'])) {
        out.push(`${key}:`, `  date: "" ${TODO}`);
        notes.push('publish.date: no publication date found; left empty');
      } else {
        out.push(`${key}: ${placeholderFor(schemaAt(root, [name]))} ${TODO}`);
        notes.push(`${name}: not found in the text; left empty`);
      }
    }
  }
  return out.map((line) => `${line}${eol}`).join('');
}

/** Each contact as a list item; phone numbers quoted so that their digits stay a string. */
function contactLines(contacts: readonly Contact[]): string[] {
  const out: string[] = [];
  for (const contact of contacts) {
    const entries = Object.entries(contact).filter(([, value]) => value !== undefined) as [string, string][];
    entries.forEach(([field, value], position) => {
      const written = field === 'phone' ? yamlQuoted(value) : yamlScalar(value);
      out.push(`${position === 0 ? '  - ' : '    '}${field}: ${written}`);
    });
  }
  return out;
}

/** An empty value of the field's type, so the placeholder is the right kind of YAML. */
function placeholderFor(schema: JsonSchema | undefined): string {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if (type === 'array') return '[]';
  if (type === 'object') return '{}';
  return '""';
}
