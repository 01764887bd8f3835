/**
 * The validation engine: one release's text in, its diagnostics out. The editor, the workspace command,
 * the preview and the CLI all call this.
 */
import { parseRelease, type ParsedRelease } from '../frontMatter/parse';
import type { CompiledSchema } from '../schema/compile';
import type { SchemaPath } from '../schema/jsonSchema';
import { requiredOf } from '../schema/navigate';
import type { DiagnosticCode, ReleaseDiagnostic } from '../types';
import { keyRange, scalarSource, topLevelKeyRange, valueRange, type OffsetRange } from '../yaml';
import { problemsOf, type SchemaProblem } from './schemaMessages';
import { makeDiagnostic, structureProblems, yamlProblems } from './structureProblems';

export function validateRelease(text: string, schema: CompiledSchema): ReleaseDiagnostic[] {
  return validateParsed(parseRelease(text), schema);
}

/** What the schema's check of a release's data returns (ajv's errors). */
export type SchemaErrors = ReturnType<CompiledSchema['check']>;

/** `schemaErrors`: the schema's errors on `release.data`, when the caller has checked it already (checked here otherwise). */
export function validateParsed(release: ParsedRelease, schema: CompiledSchema, schemaErrors?: SchemaErrors): ReleaseDiagnostic[] {
  const structural = structureProblems(release, requiredOf(schema.json, schema.json));
  if (structural.length > 0) return structural;
  const syntax = yamlProblems(release);
  if (release.data === undefined || syntax.some((diagnostic) => diagnostic.severity === 'error')) return sortAndMerge(syntax);
  return sortAndMerge([...syntax, ...schemaDiagnostics(release, schema, release.data, schemaErrors ?? schema.check(release.data))]);
}

function schemaDiagnostics(release: ParsedRelease, schema: CompiledSchema, data: Record<string, unknown>, errors: SchemaErrors): ReleaseDiagnostic[] {
  const { block, text } = release;
  if (!block) return [];
  const base = block.contentStart;
  // The document only when a message or a place needs it: a release read quickly may never parse it.
  const sourceText = (path: SchemaPath) => (release.document ? scalarSource(release.document, path, base, text) : undefined);
  const opening: OffsetRange = { start: block.openStart, end: block.openEnd };
  const keyAt = (path: SchemaPath): OffsetRange | undefined => {
    if (release.readQuickly && path.length === 1 && typeof path[0] === 'string') {
      const found = topLevelKeyRange(text.slice(base, block.contentEnd), path[0]);
      if (found) return { start: base + found.start, end: base + found.end };
    }
    return release.document && keyRange(release.document, path, base, text);
  };

  const locate = (problem: SchemaProblem): OffsetRange => {
    const { path } = problem.draft;
    if (problem.anchor === 'parent-key' && path.length === 0) return opening;
    if (problem.anchor !== 'value') return keyAt(path) ?? opening;
    return (release.document && valueRange(release.document, path, base, text)) ?? opening;
  };

  const problems = problemsOf(errors, schema, data, sourceText);
  return keepOneProblemPerValue(problems).map((problem) => {
    const range = locate(problem);
    return makeDiagnostic(release, problem.draft, range.start, range.end);
  });
}

/** Which problem to show when a value breaks several rules: the most telling one. */
const VALUE_PROBLEM_RANK: Partial<Record<DiagnosticCode, number>> = {
  'wrong-type': 0,
  'invalid-date': 1,
  'invalid-format': 1,
  'not-allowed-value': 2,
  'pattern-mismatch': 3,
};

/** A url that is neither a URI nor https:// needs one message, not two. */
function keepOneProblemPerValue(problems: readonly SchemaProblem[]): SchemaProblem[] {
  const best = new Map<string, SchemaProblem>();
  const rank = (problem: SchemaProblem) => VALUE_PROBLEM_RANK[problem.draft.code] ?? 4;
  for (const problem of problems) {
    if (problem.anchor !== 'value') continue;
    const key = JSON.stringify(problem.draft.path);
    const current = best.get(key);
    if (!current || rank(problem) < rank(current)) best.set(key, problem);
  }
  return problems.filter((problem) => problem.anchor !== 'value' || best.get(JSON.stringify(problem.draft.path)) === problem);
}

/** Orders diagnostics by position and drops exact repeats (same code, place and message). */
function sortAndMerge(diagnostics: ReleaseDiagnostic[]): ReleaseDiagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.code}|${diagnostic.startOffset}|${diagnostic.endOffset}|${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset || a.message.localeCompare(b.message));
}
