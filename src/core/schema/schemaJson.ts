/** A schema file's text as JSON, for the schema itself and each file its `$ref`s name alike. */
import { withoutBom } from '../text/bom';
import { strictJsonProblem } from '../text/jsonSyntax';

export type SchemaJson = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problem: string };

/**
 * Parsed by the engine's own JSON.parse (so the data is exactly what JSON gives, `__proto__` keys
 * included); when it fails, the problem says where, in words: "<name> is not valid JSON: line 3, column 5:
 * comma expected".
 */
export function parseSchemaJson(text: string, shown: string): SchemaJson {
  const source = withoutBom(text);
  try {
    return { ok: true, json: JSON.parse(source) };
  } catch (error) {
    const reason = strictJsonProblem(source) ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, problem: `${shown} is not valid JSON: ${reason}` };
  }
}
