/** `--schema <file>`: the CLI's counterpart of the `pressroom.schema` setting. */
import { builtInSchema, loadSchemaText, type CompiledSchema } from '../core';
import type { CliIo } from './io';

export type SchemaOption = { readonly ok: true; readonly schema: CompiledSchema } | { readonly ok: false; readonly problem: string };

export function loadSchemaOption(io: Pick<CliIo, 'readFile'>, file: string | true | undefined): SchemaOption {
  if (file === undefined) return { ok: true, schema: builtInSchema() };
  if (file === true || file === '') return { ok: false, problem: '--schema needs a file name' };
  let text: string;
  try {
    text = io.readFile(file);
  } catch {
    return { ok: false, problem: `cannot read the schema file ${file}` };
  }
  return loadSchemaText(text, file);
}
