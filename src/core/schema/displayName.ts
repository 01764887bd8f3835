/**
 * The name a schema goes by in messages, the status bar and hover: its own `title`, else its file's
 * name, else (the built-in schema without a title) "the built-in press release schema".
 */
import { BUILT_IN_SCHEMA_NAME } from './builtInSource';

export const BUILT_IN_DISPLAY_NAME = 'the built-in press release schema';

export interface NamedSchema {
  readonly json: unknown;
  /** Where it was loaded from (a path or address), or BUILT_IN_SCHEMA_NAME. */
  readonly sourceName: string;
}

export function schemaDisplayName(schema: NamedSchema): string {
  const { json, sourceName } = schema;
  const title = typeof json === 'object' && json !== null ? (json as { title?: unknown }).title : undefined;
  if (typeof title === 'string' && title.trim() !== '') return title.trim();
  if (sourceName === BUILT_IN_SCHEMA_NAME || sourceName.trim() === '') return BUILT_IN_DISPLAY_NAME;
  return fileNameOf(sourceName);
}

/** The schema as the subject of a sentence: `the schema "Newsroom page"`, or the built-in name as it is. */
export function schemaInSentence(schema: NamedSchema): string {
  const name = schemaDisplayName(schema);
  return name === BUILT_IN_DISPLAY_NAME ? name : `the schema "${name}"`;
}

/** The last part of a path or address, without a query or fragment. */
function fileNameOf(source: string): string {
  const bare = source.replace(/[?#].*$/, '').replace(/[\\/]+$/, '');
  const name = bare.slice(Math.max(bare.lastIndexOf('/'), bare.lastIndexOf('\\')) + 1);
  return name === '' ? source : name;
}
