/** A subschema in a few words ("text", "a group with name and phone", "the "contact" form"), for messages about choices. */
import type { JsonSchema } from '../schema/jsonSchema';
import { decodePointerSegment } from '../schema/navigate';
import { allowedInWords, listInWords, typeInWords, valueInWords } from './describeValue';

/** Words for a schema, or undefined when it has nothing an author would recognise. */
export function formInWords(schema: unknown): string | undefined {
  if (schema === true) return 'anything';
  if (schema === false) return 'nothing';
  if (typeof schema !== 'object' || schema === null) return undefined;
  const form = schema as JsonSchema & Record<string, unknown>;
  if (typeof form.title === 'string' && form.title.trim() !== '') return `"${form.title.trim()}"`;
  if (form.const !== undefined) return valueInWords(form.const);
  if (Array.isArray(form.enum) && form.enum.length > 0) return form.enum.length === 1 ? valueInWords(form.enum[0]) : `one of ${allowedInWords(form.enum)}`;
  const types = typeof form.type === 'string' ? [form.type] : Array.isArray(form.type) ? form.type.map(String) : [];
  const required = Array.isArray(form.required) ? form.required.map(String) : [];
  if (required.length > 0 && (types.length === 0 || types.includes('object'))) return `a group with ${listInWords(required.map((name) => `"${name}"`), 'and')}`;
  if (types.length > 0) return listInWords(types.map(typeInWords));
  for (const key of ['$ref', '$dynamicRef', '$recursiveRef']) {
    const reference = form[key];
    if (typeof reference === 'string') {
      const name = decodePointerSegment(reference.split('/').pop() ?? '').replace(/^#/, '').replace(/\.schema\.json$|\.json$/, '');
      if (name !== '') return `the "${name}" form`;
    }
  }
  return undefined;
}

/** Words for the i-th branch of anyOf/oneOf: its own words, else "form 2" (counted from 1). */
export function branchInWords(schema: unknown, index: number): string {
  return formInWords(schema) ?? `form ${index + 1}`;
}
