/**
 * Turns ajv's errors into messages a press officer understands, each with a stable code and the path of
 * the value concerned; ranges are found later, from the parsed YAML. Every ajv error gives a message: one
 * of its own, the problems of the branch it summarises, or a whole sentence naming the field and the rule.
 */
import type { ErrorObject } from 'ajv';
import { BUILT_IN_SCHEMA_NAME } from '../schema/builtInSource';
import type { CompiledSchema } from '../schema/compile';
import { schemaInSentence } from '../schema/displayName';
import type { SchemaPath } from '../schema/jsonSchema';
import { decodePointerSegment, formatPath } from '../schema/navigate';
import { choiceProblems, conditionProblems, notProblem } from './combinatorMessages';
import { customMessage } from './customMessages';
import { errorForest, type ErrorNode } from './errorTree';
import { formInWords } from './formWords';
import { containsProblem, extraItemsProblem, itemCountProblem, uniqueItemsProblem } from './listMessages';
import { nameProblem } from './nameMessages';
import { dependencyProblem, forbiddenProblem, propertyCountProblem, requiredProblem, unknownFieldProblem } from './objectMessages';
import { atValue, type MessageContext, type SchemaProblem, type Subject } from './problemTypes';
import { constProblem, enumProblem, formatProblem, lengthProblem, limitProblem, multipleOfProblem, patternProblem, typeProblem } from './valueMessages';

export type { Anchor, SchemaProblem } from './problemTypes';

/** '/contacts/0/phone' → ['contacts', 0, 'phone'], decoding JSON Pointer escapes. */
export function pathOfPointer(pointer: string, data: unknown): SchemaPath {
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = decodePointerSegment(raw);
    const key: string | number = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key as string] : undefined;
  }
  return path;
}

/** Every problem of one check: `errors` are ajv's, in the order ajv reported them. */
export function problemsOf(errors: readonly ErrorObject[], schema: Pick<CompiledSchema, 'json' | 'sourceName'>, data: unknown, sourceText: (path: SchemaPath) => string | undefined): SchemaProblem[] {
  const context: MessageContext = { root: schema.json, schemaName: schemaInSentence(schema), data, sourceText };
  const mapNodes = (nodes: readonly ErrorNode[], inBranch: boolean): SchemaProblem[] => {
    const replaced = new Set<ErrorNode>();
    const problems: SchemaProblem[] = [];
    for (const node of nodes) {
      if (node.error.keyword !== 'if') continue;
      const { problems: found, replaces } = conditionProblems(subjectOf(node.error, data), nodes, context);
      problems.push(...found);
      replaced.add(node);
      if (replaces) replaced.add(replaces);
    }
    for (const node of nodes) if (!replaced.has(node)) problems.push(...nodeProblems(node, context, mapNodes));
    return inBranch ? problems.map(asError) : problems;
  };
  const problems = mapNodes(errorForest(errors), false);
  // The built-in schema guesses at a site's fields, so a field it does not know is a warning; a newsroom's own schema that forbids one has the final word.
  return schema.sourceName === BUILT_IN_SCHEMA_NAME ? problems : problems.map(asError);
}

/** Inside a form of anyOf/oneOf (or under a newsroom's own schema) an unknown field makes the release invalid: an error, not a warning. */
function asError(problem: SchemaProblem): SchemaProblem {
  return problem.draft.code === 'unknown-field' ? { ...problem, draft: { ...problem.draft, severity: 'error' } } : problem;
}

function subjectOf(error: ErrorObject, data: unknown): Subject {
  const path = pathOfPointer(error.instancePath, data);
  const rule = typeof error.parentSchema === 'object' && error.parentSchema !== null ? (error.parentSchema as Subject['rule']) : {};
  return { error, path, label: path.length === 0 ? 'The front matter' : formatPath(path), value: error.data, rule };
}

function nodeProblems(node: ErrorNode, context: MessageContext, mapNodes: (nodes: readonly ErrorNode[], inBranch: boolean) => SchemaProblem[]): SchemaProblem[] {
  const subject = subjectOf(node.error, context.data);
  const custom = customMessage(node.error, context.root);
  const problems = composite(subject, node, context, mapNodes) ?? [problemOf(subject, context)];
  if (custom === undefined) return problems;
  if (node.children.length > 0) return [atValue(subject, { code: 'schema-rule', message: withField(custom, subject.label, subject.path) })];
  return problems.map((problem) => {
    const path = fieldPathOf(problem);
    return { ...problem, draft: { ...problem.draft, message: withField(custom, path.length === 0 ? 'The front matter' : formatPath(path), path) } };
  });
}

/** A schema's own message, with the field named first unless it names it already. */
function withField(message: string, label: string, path: SchemaPath): string {
  const name = path[path.length - 1];
  return typeof name === 'string' && message.includes(name) ? message : `${label}: ${message}`;
}

/** The field a problem is about (a missing field's own path, not its parent's). */
function fieldPathOf(problem: SchemaProblem): SchemaPath {
  const { draft } = problem;
  return draft.code === 'missing-field' ? [...draft.path, draft.data.field] : draft.path;
}

/** Rules made of parts: undefined for any other keyword. */
function composite(subject: Subject, node: ErrorNode, context: MessageContext, mapNodes: (nodes: readonly ErrorNode[], inBranch: boolean) => SchemaProblem[]): SchemaProblem[] | undefined {
  switch (subject.error.keyword) {
    case 'anyOf':
    case 'oneOf':
      return choiceProblems(subject, node, context, mapNodes);
    case 'contains': {
      const failing = new Set(node.children.map((child) => child.error.instancePath.slice(subject.error.instancePath.length + 1).split('/')[0]));
      return [containsProblem(subject, failing.size, formInWords(subject.error.schema) ?? 'of the kind the schema asks for')];
    }
    case 'propertyNames': {
      const name = String((subject.error.params as { propertyName?: unknown }).propertyName);
      const rules = node.children.map((child) => child.error).filter((error) => error.propertyName === name);
      return (rules.length > 0 ? rules : [undefined]).map((rule) => nameProblem(subject.path, name, rule));
    }
    default:
      return undefined;
  }
}

/** One ajv error that stands alone. */
function problemOf(subject: Subject, context: MessageContext): SchemaProblem {
  switch (subject.error.keyword) {
    case 'required':
      return requiredProblem(subject);
    case 'dependencies':
    case 'dependentRequired':
      return dependencyProblem(subject);
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return unknownFieldProblem(subject, context);
    case 'minProperties':
    case 'maxProperties':
      return propertyCountProblem(subject);
    case 'false schema':
      return forbiddenProblem(subject, context);
    case 'type':
      return typeProblem(subject, context);
    case 'enum':
      return enumProblem(subject);
    case 'const':
      return constProblem(subject);
    case 'format':
      return formatProblem(subject);
    case 'pattern':
      return patternProblem(subject);
    case 'minLength':
    case 'maxLength':
      return lengthProblem(subject);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return limitProblem(subject);
    case 'multipleOf':
      return multipleOfProblem(subject);
    case 'minItems':
    case 'maxItems':
      return itemCountProblem(subject);
    case 'items':
    case 'additionalItems':
    case 'unevaluatedItems':
      return extraItemsProblem(subject);
    case 'uniqueItems':
      return uniqueItemsProblem(subject);
    case 'not':
      return notProblem(subject, context);
    default:
      return otherRuleProblem(subject, context);
  }
}

/** Rules from plugins, vocabularies or keywords without words of their own: a whole sentence all the same. */
function otherRuleProblem(subject: Subject, context: MessageContext): SchemaProblem {
  const { keyword } = subject.error;
  if (keyword === 'pressroomUnfinished') {
    return atValue(subject, { code: 'schema-rule', message: `${subject.label} could not be checked to the end, because ${context.schemaName} refers to itself without end` });
  }
  if (keyword === '$ref' || keyword === '$dynamicRef' || keyword === '$recursiveRef') {
    const target = typeof subject.error.schema === 'string' ? ` (${subject.error.schema})` : '';
    return atValue(subject, { code: 'schema-rule', message: `${subject.label} does not fit the definition ${context.schemaName} refers to here${target}` });
  }
  return atValue(subject, { code: 'schema-rule', message: `${subject.label} breaks the "${keyword}" rule of ${context.schemaName}` });
}
