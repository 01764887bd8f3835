/**
 * anyOf and oneOf (no form fits, or several fit a oneOf), not, and if/then/else. When one form is plainly the
 * one meant, its own problems are shown; otherwise one message names the forms allowed.
 */
import type { ErrorObject } from 'ajv';
import type { DiagnosticDraft } from '../diagnostics';
import { resolveRef } from '../schema/navigate';
import type { JsonSchema } from '../schema/jsonSchema';
import { allowedInWords, listInWords, notValue, typeInWords, typeOfValue, valueInWords } from './describeValue';
import { flatten, type ErrorNode } from './errorTree';
import { branchInWords, formInWords } from './formWords';
import { atValue, type MessageContext, type SchemaProblem, type Subject } from './problemTypes';

export type MapNodes = (nodes: readonly ErrorNode[], inBranch: boolean) => SchemaProblem[];

export function choiceProblems(subject: Subject, node: ErrorNode, context: MessageContext, mapNodes: MapNodes): SchemaProblem[] {
  const branches = Array.isArray(subject.error.schema) ? (subject.error.schema as unknown[]) : [];
  const passing = (subject.error.params as { passingSchemas?: number[] | null }).passingSchemas;
  if (Array.isArray(passing) && passing.length > 1) {
    const names = passing.map((index) => branchInWords(branches[index], index));
    return [atValue(subject, { code: 'schema-rule', message: `${subject.label} fits more than one of the forms ${context.schemaName} allows here (${listInWords(names, 'and')}), and it must fit exactly one` })];
  }
  const parts = branchParts(subject.error, node.children, branches);
  const misses = parts.map((part, index) => doorMiss(subject, part, branches[index], context));
  const near = parts.map((part, index) => ({ part, index })).filter(({ index }) => misses[index] === undefined && parts[index].length > 0);
  if (near.length > 0) {
    // The form with the fewest problems is the one the author most likely meant.
    const nearest = near.reduce((best, candidate) => (countErrors(candidate.part) < countErrors(best.part) ? candidate : best));
    const shown = mapNodes(nearest.part, true);
    if (shown.length > 0) return shown;
  }
  return [summaryOf(subject, misses, branches, context)];
}

/** The children of a choice, split by branch; parts reached through a `$ref` go to the next branch that is one. */
function branchParts(summary: ErrorObject, children: readonly ErrorNode[], branches: readonly unknown[]): ErrorNode[][] {
  const parts: ErrorNode[][] = branches.map(() => []);
  let current = 0;
  for (const child of children) {
    const rest = child.error.schemaPath.slice(summary.schemaPath.length + 1);
    const own = child.error.schemaPath.startsWith(`${summary.schemaPath}/`) ? Number(rest.split('/')[0]) : NaN;
    if (Number.isInteger(own) && own < parts.length) current = own;
    else {
      const referring = branches.findIndex((branch, index) => index >= current && typeof branch === 'object' && branch !== null && ('$ref' in branch || '$dynamicRef' in branch || '$recursiveRef' in branch));
      if (referring >= 0) current = referring;
    }
    if (parts.length > 0) parts[Math.min(current, parts.length - 1)].push(child);
  }
  return parts;
}

function countErrors(part: readonly ErrorNode[]): number {
  return part.flatMap(flatten).length;
}

/** Why a branch does not apply at all (its type, constant or allowed values), in words; undefined when it nearly fits. */
interface Miss {
  readonly words: string;
  readonly kind: 'type' | 'value' | 'other';
  readonly types?: readonly string[];
  readonly values?: readonly unknown[];
}

function doorMiss(subject: Subject, part: readonly ErrorNode[], branch: unknown, context: MessageContext): Miss | undefined {
  if (branch === false) return { words: '', kind: 'other' };
  const errors = part.flatMap(flatten);
  if (errors.length === 0) return undefined;
  const resolved = typeof branch === 'object' && branch !== null ? resolveRef(context.root, branch as JsonSchema) : {};
  const atDoor = errors.every((error) => isDoorError(error, subject.error.instancePath, resolved));
  if (!atDoor) return undefined;
  const typeError = errors.find((error) => error.keyword === 'type' && error.instancePath === subject.error.instancePath);
  if (typeError) {
    const named = (typeError.params as { type?: unknown }).type;
    const types = Array.isArray(named) ? named.map(String) : String(named).split(',');
    return { words: listInWords(types.map(typeInWords)), kind: 'type', types };
  }
  const valueError = errors.find((error) => (error.keyword === 'const' || error.keyword === 'enum') && error.instancePath === subject.error.instancePath);
  if (valueError) {
    const values = valueError.keyword === 'const' ? [(valueError.params as { allowedValue: unknown }).allowedValue] : (valueError.params as { allowedValues: unknown[] }).allowedValues;
    return { words: values.length === 1 ? valueInWords(values[0]) : allowedInWords(values), kind: 'value', values };
  }
  return { words: branchInWords(branch, 0), kind: 'other' };
}

/** A type, constant or allowed-value miss on the value itself, or on a field the branch fixes with `const` (a discriminator). */
function isDoorError(error: ErrorObject, at: string, branch: JsonSchema): boolean {
  const onValue = error.instancePath === at && ['type', 'const', 'enum', 'false schema'].includes(error.keyword);
  if (onValue) return true;
  if (error.keyword !== 'const' && error.keyword !== 'enum') return false;
  const rest = error.instancePath.slice(at.length + 1);
  if (!error.instancePath.startsWith(`${at}/`) || rest.includes('/')) return false;
  const property = (branch.properties as Record<string, unknown> | undefined)?.[rest.replace(/~1/g, '/').replace(/~0/g, '~')];
  return typeof property === 'object' && property !== null && ('const' in property || 'enum' in property);
}

function summaryOf(subject: Subject, misses: readonly (Miss | undefined)[], branches: readonly unknown[], context: MessageContext): SchemaProblem {
  const known = misses.filter((miss): miss is Miss => miss !== undefined && miss.words !== '');
  const names = misses.every((miss) => miss !== undefined) ? known.map((miss) => miss.words) : branches.map(branchInWords);
  const forms = [...new Set(names)];
  if (known.length === misses.length && known.length > 0 && known.every((miss) => miss.kind === 'type')) {
    const expected = [...new Set(known.flatMap((miss) => miss.types ?? []))];
    const actual = typeOfValue(subject.value);
    const actualWords = actual === 'number' && expected.includes('integer') ? String(subject.value) : typeInWords(actual);
    return atValue(subject, { code: 'wrong-type', message: `${subject.label} must be ${listInWords(forms)}, not ${actualWords}`, data: { expected, actual } });
  }
  if (known.length === misses.length && known.length > 0 && known.every((miss) => miss.kind === 'value')) {
    const allowed = known.flatMap((miss) => miss.values ?? []);
    return atValue(subject, { code: 'not-allowed-value', message: `${subject.label} must be ${allowed.length > 2 ? 'one of ' : ''}${allowedInWords(allowed)}, ${notValue(subject.value)}`, data: { allowed } });
  }
  const draft: DiagnosticDraft =
    forms.length === 0
      ? { code: 'schema-rule', message: `${subject.label} does not fit any of the forms ${context.schemaName} allows here` }
      : { code: 'schema-rule', message: `${subject.label} does not fit any of the forms ${context.schemaName} allows here: ${listInWords(forms)}` };
  return atValue(subject, draft);
}

export function notProblem(subject: Subject, context: MessageContext): SchemaProblem {
  const words = formInWords(subject.error.schema);
  const message = words === undefined || words === 'anything' ? `${subject.label} is of a kind ${context.schemaName} rules out here` : `${subject.label} must not be ${words}`;
  return atValue(subject, { code: 'schema-rule', message });
}

/**
 * The `if` summary of a failed `then`/`else`. Its branch's own errors say what is wrong, so the summary is
 * dropped; a branch that is `false` has nothing to say, so the condition is put in words instead.
 */
export function conditionProblems(subject: Subject, siblings: readonly ErrorNode[], context: MessageContext): { problems: SchemaProblem[]; replaces?: ErrorNode } {
  const failing = String((subject.error.params as { failingKeyword?: string }).failingKeyword ?? 'then');
  const owner = subject.error.schemaPath.slice(0, subject.error.schemaPath.lastIndexOf('/'));
  const branchPath = `${owner}/${failing}`;
  const forbidding = siblings.find((node) => node.error.keyword === 'false schema' && node.error.schemaPath.startsWith(`${branchPath}/`) && node.error.instancePath === subject.error.instancePath);
  const condition = formInWords(subject.rule.if);
  if (forbidding && condition !== undefined && condition !== 'anything') {
    const message = failing === 'else' ? `${subject.label} must be ${condition}` : `${subject.label} must not be ${condition}`;
    return { problems: [atValue(subject, { code: 'schema-rule', message })], replaces: forbidding };
  }
  const explained = siblings.some((node) => node.error.schemaPath.startsWith(`${branchPath}/`) || node.error.schemaPath === branchPath);
  if (explained) return { problems: [] };
  return { problems: [atValue(subject, { code: 'schema-rule', message: `${subject.label} does not meet the condition ${context.schemaName} sets for it (its "if" and "${failing}" rules)` })] };
}
