/** `--schema <file>`: the CLI's counterpart of the `pressroom.schema` setting; and schema files with the files they `$ref`. */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtInSchema, SchemaFiles, type CompiledSchema, type SchemaLoadResult } from '../core';
import type { CliIo } from './io';

export type SchemaOption = { readonly ok: true; readonly schema: CompiledSchema } | { readonly ok: false; readonly problem: string };

export function loadSchemaOption(io: Pick<CliIo, 'readFile' | 'cwd'>, file: string | true | undefined): SchemaOption {
  if (file === undefined) return { ok: true, schema: builtInSchema() };
  if (file === true || file === '') return { ok: false, problem: '--schema needs a file name' };
  let text: string;
  try {
    text = io.readFile(file);
  } catch {
    return { ok: false, problem: `cannot read the schema file ${file}` };
  }
  return loadSchemaFiles(io, file, text, file);
}

/** A schema file's text compiled with the files its `$ref`s name, read beside it (never from the network). */
export function loadSchemaFiles(io: Pick<CliIo, 'readFile' | 'cwd'>, file: string, text: string, shown: string): SchemaLoadResult {
  const files = new SchemaFiles(pathToFileURL(path.resolve(io.cwd(), file)).href, text, shown);
  for (let next = files.next(); next !== undefined; next = files.next()) files.provide(next, readFileUri(io, next));
  return files.compile();
}

function readFileUri(io: Pick<CliIo, 'readFile'>, uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? io.readFile(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
}
