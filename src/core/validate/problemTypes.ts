/** What every part of the schema-message mapper shares: the problem it produces and what it knows. */
import type { ErrorObject } from 'ajv';
import type { DiagnosticDraft } from '../diagnostics';
import type { JsonSchema, SchemaPath } from '../schema/jsonSchema';

export type Anchor = 'key' | 'value' | 'parent-key';

/** A schema diagnostic before its range is known: where it belongs (`anchor`) and what it says. */
export interface SchemaProblem {
  readonly anchor: Anchor;
  readonly draft: DiagnosticDraft & { readonly path: SchemaPath };
}

/** The schema in force and the release's data, for every message. */
export interface MessageContext {
  readonly root: JsonSchema;
  /** The schema as a sentence's subject: `the schema "Newsroom page"` (schemaInSentence). */
  readonly schemaName: string;
  readonly data: unknown;
  /** The value at a path as written in the YAML, when it is a scalar. */
  readonly sourceText: (path: SchemaPath) => string | undefined;
}

/** One ajv error, with the value it is about already found. */
export interface Subject {
  readonly error: ErrorObject;
  readonly path: SchemaPath;
  /** The field in words: `publish.date`, `contacts[0].phone`, or "The front matter". */
  readonly label: string;
  readonly value: unknown;
  /** The schema object holding the keyword (ajv's parentSchema, `{}` for a boolean schema). */
  readonly rule: Readonly<Record<string, unknown>>;
}

export function atValue(subject: Subject, draft: DiagnosticDraft): SchemaProblem {
  return { anchor: 'value', draft: { ...draft, path: subject.path } };
}

/** The number in an ajv `limit` parameter. */
export function limitOf(error: ErrorObject): number {
  return Number((error.params as { limit?: unknown }).limit);
}
