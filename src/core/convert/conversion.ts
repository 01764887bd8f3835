/**
 * The working state every step of a conversion shares: the original lines, which of them were taken
 * for a field, the fields found so far, and the notes for the author.
 */
import type { JsonSchema } from '../schema/jsonSchema';
import { propertiesOf, schemaAt } from '../schema/navigate';
import type { ConvertedFields, ConvertField } from './types';

/** Fields are looked for in the first lines with text (the header) and the last (the footer). */
const HEADER_LINES = 12;
const FOOTER_LINES = 8;

export interface TargetSchema {
  readonly root: JsonSchema;
  readonly rootProperties: Record<string, JsonSchema>;
  /** A schema that names no fields and allows any: every field we know is written. */
  readonly loose: boolean;
}

export interface Conversion {
  readonly schema: TargetSchema;
  /** The original lines, without their line breaks. */
  readonly lines: readonly string[];
  /** The numbers of the lines with text, in order. */
  readonly nonBlank: readonly number[];
  readonly header: readonly number[];
  /** Never overlaps the header. */
  readonly footer: readonly number[];
  /** Lines taken out of the body, with the field each became. */
  readonly consumed: Map<number, ConvertField>;
  readonly fields: ConvertedFields;
  readonly notes: string[];
}

export function targetSchemaOf(root: JsonSchema): TargetSchema {
  const rootProperties = propertiesOf(root, root);
  return { root, rootProperties, loose: Object.keys(rootProperties).length === 0 && root.additionalProperties !== false };
}

export function startConversion(schema: TargetSchema, lines: readonly string[], nonBlank: readonly number[]): Conversion {
  return {
    schema,
    lines,
    nonBlank,
    header: nonBlank.slice(0, HEADER_LINES),
    footer: nonBlank.slice(Math.max(HEADER_LINES, nonBlank.length - FOOTER_LINES)),
    consumed: new Map(),
    fields: {},
    notes: [],
  };
}

/** Whether the schema has a place for the field at `path`. */
export function accepts(conversion: Conversion, path: readonly string[]): boolean {
  return conversion.schema.loose || schemaAt(conversion.schema.root, path) !== undefined;
}

/** How notes name a line: one-based, as editors number them. */
export function lineRef(index: number): string {
  return `line ${index + 1}`;
}
