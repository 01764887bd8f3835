/**
 * Turns a plain-text press release into a release with front matter for the active schema.
 *
 * Lossless: every line of the original is either kept in the body, as it was, or named in
 * `consumedLines` with the field it became. Fields it cannot find are never invented: required ones
 * get an empty placeholder the validator flags, and a note says so.
 *
 * The steps run in a fixed order, each skipping the lines an earlier one took: publication date,
 * embargo, media contacts, headline; then the body and the front matter are written.
 */
import type { CompiledSchema } from '../schema/compile';
import type { JsonSchema } from '../schema/jsonSchema';
import { withoutBom } from '../text/bom';
import { eolOf } from '../text/eol';
import { yamlScalar } from '../yaml';
import { bodyWithout } from './body';
import { fieldComments, fieldsOf, startConversion, targetSchemaOf } from './conversion';
import { takeContacts } from './takeContacts';
import { takePublicationDate, takeEmbargo } from './takeDates';
import { takeHeadline } from './takeHeadline';
import { detectNotARelease } from './transcript';
import type { ConsumedLine, ConvertOptions, ConvertResult } from './types';
import { writeFrontMatter } from './writeFrontMatter';

export type { ConsumedLine, ConvertedFields, ConvertField, ConvertOptions, ConvertResult } from './types';

export function convertPlainText(text: string, schema: CompiledSchema | JsonSchema, options: ConvertOptions = {}): ConvertResult {
  const target = 'check' in schema ? targetSchemaOf((schema as CompiledSchema).json, (schema as CompiledSchema).roles) : targetSchemaOf(schema as JsonSchema);
  const source = withoutBom(text);
  const eol = eolOf(source);
  const lines = source.split(/\r\n|\n|\r/);
  const nonBlank = lines.map((_line, index) => index).filter((index) => lines[index].trim() !== '');
  const refusal = whyNotARelease(lines, nonBlank, options.force === true);
  if (refusal !== undefined) return { kind: 'not-a-release', reason: refusal };

  const conversion = startConversion(target, lines, nonBlank);
  const published = takePublicationDate(conversion, options);
  takeEmbargo(conversion, published);
  takeContacts(conversion);
  takeHeadline(conversion);

  const { consumed, notes, remnants } = conversion;
  const body = bodyWithout(lines, consumed, eol, remnants);
  const fields = fieldsOf(conversion);
  const schemaKey = options.schemaKey === undefined ? '' : `$schema: ${yamlScalar(options.schemaKey)}${eol}`;
  const frontMatter = schemaKey + writeFrontMatter(conversion.schema, fields, notes, eol, fieldComments(conversion));
  const consumedLines: ConsumedLine[] = [...consumed.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([line, field]) => ({ line, field, text: lines[line], ...(remnants.has(line) && { kept: remnants.get(line) }) }));
  const textOut = `---${eol}${frontMatter}---${eol}${body === '' ? '' : `${eol}${body}${eol}`}`;
  return { kind: 'release', text: textOut, fields, notes, consumedLines, body };
}

/**
 * Why the text should not be converted (empty, already has front matter, a transcript or speech), if so.
 * `force` converts a transcript or speech anyway.
 */
function whyNotARelease(lines: readonly string[], nonBlank: readonly number[], force: boolean): string | undefined {
  if (nonBlank.length === 0) return 'the text is empty';
  if (lines[nonBlank[0]].trim() === '---') return 'the text already starts with front matter (---)';
  // Front matter pasted as a Markdown code block: the fields are there, only the fences are wrong.
  if (/^\s*```\s*ya?ml\s*$/i.test(lines[nonBlank[0]])) return 'the text starts with its front matter in a ```yaml code block; change the two ``` fence lines to --- and it is front matter';
  return force ? undefined : detectNotARelease(lines)?.reason;
}
