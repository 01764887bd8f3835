/**
 * The project configuration: one file at the repository root (`.pressroom.jsonc`, JSON with comments)
 * that the editor and the command line both read, so the two always agree. This module reads its text
 * into checked values; `effectiveConfig` says how it combines with the editor's settings.
 */
import { findNodeAtLocation, parseTree, stripComments, type Node, type ParseError } from 'jsonc-parser';
import configSchemaJson from '../../../schemas/pressroom-config.schema.json';
import { DEFAULT_RELEASE_GLOBS } from '../files/releaseFiles';
import { joinPath, parentOf } from '../files/paths';
import { withoutBom } from '../text/bom';
import { jsonSyntaxWords } from '../text/jsonSyntax';
import { closestMatch } from '../text/similarity';
import { ALL_RULES, checkRulesConfig, type AnyRule, type RulesConfig } from '../rules';
import { ownSchemaValidator } from '../schema/ownSchemas';
import { isTimeZone } from '../status/timeZone';
import { isRecord } from '../util/isRecord';

/** The name the CLI and the editor look for, in each folder from a release's up to the root. */
export const CONFIG_FILE_NAME = '.pressroom.jsonc';

/** Files larger than this are not checked unless the configuration says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** What a configuration file may set; every key is optional. */
export interface ProjectConfigValues {
  readonly files?: readonly string[];
  readonly schema?: string;
  /** Schemas for some files: the first entry whose globs match a release wins over `schema`. */
  readonly schemas?: readonly SchemaMapping[];
  readonly areas?: readonly string[];
  readonly contactsFile?: string;
  readonly maxFileBytes?: number;
  /** Each release rule's severity and options, as checked against the rules there are. */
  readonly rules?: RulesConfig;
  /** The time zone releases' dates are written in (an IANA name such as Europe/London). */
  readonly timeZone?: string;
}

/** `{ "files": ["statements/**\/*.md"], "schema": "schemas/statement.schema.json" }` (paths relative to the configuration file). */
export interface SchemaMapping {
  readonly files: readonly string[];
  readonly schema: string;
}

export interface ConfigProblem {
  readonly message: string;
  /** Offsets into the configuration file's text (after a BOM is removed). */
  readonly startOffset: number;
  readonly endOffset: number;
}

export type ConfigReadResult =
  | { readonly ok: true; readonly values: ProjectConfigValues }
  /** An invalid file: its first problem, and checks go on with the defaults. */
  | { readonly ok: false; readonly problem: ConfigProblem };

type ConfigKey = keyof typeof configSchemaJson.properties;
const KNOWN_KEYS = Object.keys(configSchemaJson.properties) as ConfigKey[];

/** What each key must hold, in words. */
const WANTED: Readonly<Record<ConfigKey, string>> = {
  $schema: 'the address of this file\'s JSON Schema, as text',
  files: 'a list of globs, like ["news/**/*.md"]',
  schema: 'the path of a JSON Schema file, like "schemas/release.schema.json"',
  schemas: 'a list of globs and the schema for them, like [{ "files": ["statements/**/*.md"], "schema": "schemas/statement.schema.json" }]',
  areas: 'a list of area names, like ["Northshire"]',
  contactsFile: 'the path of a YAML file of contacts, like "contacts.yml"',
  maxFileSize: 'a number of bytes or a size like "10 MB"',
  rules: 'an object of rule names and settings, like { "headline-length": ["warning", { "max": 65 }] }',
  timeZone: 'the name of a time zone, like "Europe/London" or "America/New_York"',
};

/** Reads a configuration file's text; never throws. `rules` are the release rules its `rules` key may name. */
export function readProjectConfig(rawText: string, rules: readonly AnyRule[] = ALL_RULES): ConfigReadResult {
  return readConfigText(rawText, rules);
}

/**
 * The same for a command that runs no release rule (convert): the settings in `rules` are checked for
 * their shape, with the same words, but not the rule names or their options, so the rules need not be
 * loaded. Any file readProjectConfig accepts is accepted.
 */
export function readProjectConfigWithoutRules(rawText: string): ConfigReadResult {
  return readConfigText(rawText, undefined);
}

/** Any options at all: one object, so the rules' check compiles it once. */
const ANY_OPTIONS: Record<string, unknown> = {};

/** Stand-ins for the rules a `rules` value names, each taking any options. */
function rulesNamedIn(value: unknown): AnyRule[] {
  if (!isRecord(value)) return [];
  return Object.keys(value).map((id) => ({ id, severity: 'warning', description: id, defaults: {}, optionsSchema: ANY_OPTIONS, scope: 'release', check: () => [] }));
}

function readConfigText(rawText: string, rules: readonly AnyRule[] | undefined): ConfigReadResult {
  const text = withoutBom(rawText);
  // A file with nothing but comments (or nothing at all) sets nothing.
  if (stripComments(text).trim() === '') return { ok: true, values: {} };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const error = errors[0];
    return { ok: false, problem: { message: `${CONFIG_FILE_NAME} is not valid JSON: ${jsonSyntaxWords(error.error)}`, startOffset: error.offset, endOffset: error.offset + Math.max(1, error.length) } };
  }
  if (!root) return { ok: true, values: {} };
  if (root.type !== 'object') {
    return { ok: false, problem: { message: `${CONFIG_FILE_NAME} must hold one JSON object, like { "files": ["news/**/*.md"] }`, startOffset: root.offset, endOffset: root.offset + root.length } };
  }
  const data = nodeValue(root) as Record<string, unknown>;
  const validate = ownSchemaValidator(configSchemaJson);
  const valid = validate(data);
  // The rules' own checks (their names, their options) say more than the schema's shape can.
  if (data.rules !== undefined && (valid || validate.errors![0].instancePath.startsWith('/rules'))) {
    const problem = rulesProblem(root, data.rules, rules ?? rulesNamedIn(data.rules));
    if (problem) return { ok: false, problem };
  }
  if (!valid) {
    const error = validate.errors![0];
    const path = error.instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    return { ok: false, problem: problemAt(root, path, error.keyword, error.params as Record<string, unknown>) };
  }
  const zoneProblem = timeZoneProblem(root, data.timeZone);
  if (zoneProblem) return { ok: false, problem: zoneProblem };
  return { ok: true, values: valuesOf(data) };
}

/** A `timeZone` the runtime does not know (the schema checks only that it is text). */
function timeZoneProblem(root: Node, value: unknown): ConfigProblem | undefined {
  if (typeof value !== 'string' || isTimeZone(value.trim())) return undefined;
  const node = findNodeAtLocation(root, ['timeZone']) ?? root;
  return { message: `"timeZone" in ${CONFIG_FILE_NAME} must be ${WANTED.timeZone}; "${value}" is not one`, startOffset: node.offset, endOffset: node.offset + node.length };
}

/** The first problem of the `rules` key, on the rule's name or the value at fault. */
function rulesProblem(root: Node, value: unknown, rules: readonly AnyRule[]): ConfigProblem | undefined {
  const [problem] = checkRulesConfig(value, rules, `"rules" in ${CONFIG_FILE_NAME}`).problems;
  if (!problem) return undefined;
  const valueNode = findNodeAtLocation(root, ['rules', ...problem.path]);
  const node = problem.onKey ? (valueNode?.parent?.children?.[0] ?? valueNode) : valueNode;
  const target = node ?? findNodeAtLocation(root, ['rules']) ?? root;
  return { message: problem.message, startOffset: target.offset, endOffset: target.offset + target.length };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((pair) => [String(pair.children![0].value), pair.children![1] ? nodeValue(pair.children![1]) : undefined]));
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/** One plain sentence for the first schema error, on the key or value it concerns. */
function problemAt(root: Node, path: (string | number)[], keyword: string, params: Record<string, unknown>): ConfigProblem {
  const where = (target: Node | undefined): Pick<ConfigProblem, 'startOffset' | 'endOffset'> => {
    const node = target ?? root;
    return { startOffset: node.offset, endOffset: node.offset + node.length };
  };
  const name = path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment)).join('.').replace(/\.\[/g, '[');
  if (keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const keyNode = findNodeAtLocation(root, [...path, key])?.parent?.children?.[0];
    const suggestion = closestMatch(key, KNOWN_KEYS);
    const hint = suggestion ? `; did you mean "${suggestion}"?` : `; it may hold ${KNOWN_KEYS.filter((known) => known !== '$schema').join(', ')}`;
    return { message: `${CONFIG_FILE_NAME} has an unknown setting "${key}"${hint}`, ...where(keyNode) };
  }
  const node = findNodeAtLocation(root, path);
  // Every other rule of the configuration schema is on one of its keys (the root is known to be an object).
  const wanted = WANTED[path[0] as ConfigKey];
  const because = keyword === 'minItems' ? ': it is empty' : keyword === 'minLength' ? ': it holds an empty text' : '';
  return { message: `"${name}" in ${CONFIG_FILE_NAME} must be ${wanted}${because}`, ...where(node) };
}

const SIZE = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb)\s*$/i;
const UNIT_BYTES: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

function valuesOf(data: Record<string, unknown>): ProjectConfigValues {
  const values: { -readonly [K in keyof ProjectConfigValues]: ProjectConfigValues[K] } = {};
  if (Array.isArray(data.files)) values.files = data.files as string[];
  if (typeof data.schema === 'string') values.schema = data.schema.trim();
  if (Array.isArray(data.schemas)) values.schemas = (data.schemas as SchemaMapping[]).map((entry) => ({ files: entry.files, schema: entry.schema.trim() }));
  if (Array.isArray(data.areas)) values.areas = (data.areas as string[]).map((area) => area.trim()).filter(Boolean);
  if (typeof data.contactsFile === 'string') values.contactsFile = data.contactsFile.trim();
  if (typeof data.maxFileSize === 'number') values.maxFileBytes = data.maxFileSize;
  else if (typeof data.maxFileSize === 'string') {
    const [, amount, unit] = SIZE.exec(data.maxFileSize)!;
    values.maxFileBytes = Math.round(Number(amount) * UNIT_BYTES[unit.toLowerCase()]);
  }
  if (data.rules !== undefined) values.rules = data.rules as RulesConfig;
  if (typeof data.timeZone === 'string') values.timeZone = data.timeZone.trim();
  return values;
}

/** The configuration in force for one release: every value settled, paths absolute (forward slashes). */
export interface ProjectConfig {
  /** The folder that globs are relative to: the configuration file's, else the workspace folder (or the CLI's working folder). */
  readonly root: string;
  /** The configuration file that set these values, when there is one. */
  readonly configFile: string | undefined;
  readonly files: readonly string[];
  readonly schema: string | undefined;
  /** `schemas` entries, schema paths absolute; globs relative to `root`. */
  readonly schemas: readonly SchemaMapping[];
  /** Whether a release's own `$schema` (a .json file beside it) may choose its schema; the CLI's --schema turns it off. */
  readonly frontMatterSchema: boolean;
  readonly areas: readonly string[];
  readonly contactsFile: string | undefined;
  readonly maxFileBytes: number;
  /** The release rules' settings (empty: every rule as it comes). */
  readonly rules: RulesConfig;
  /** The time zone releases' dates are in; absent: the machine's. */
  readonly timeZone?: string;
}

export interface ConfigSources {
  /** The configuration file's folder and values, when one was found and is valid. */
  readonly file?: { readonly path: string; readonly values: ProjectConfigValues };
  /** The editor's settings (or the CLI's options), with the folder their paths are relative to. */
  readonly fallback?: { readonly root: string; readonly values: ProjectConfigValues };
  /** Where globs are matched from when there is no configuration file. */
  readonly defaultRoot: string;
}

/**
 * Which value wins: the project configuration file, then the editor's settings (or the CLI's options),
 * then the defaults. The CLI and CI read only the file, so choices the team shares belong there.
 */
export function effectiveConfig({ file, fallback, defaultRoot }: ConfigSources): ProjectConfig {
  const fileRoot = file ? parentOf(file.path) : undefined;
  const pick = <K extends keyof ProjectConfigValues>(key: K): { value: NonNullable<ProjectConfigValues[K]>; root: string } | undefined => {
    const fromFile = file?.values[key];
    if (fromFile !== undefined && fileRoot !== undefined) return { value: fromFile as NonNullable<ProjectConfigValues[K]>, root: fileRoot };
    const fromFallback = fallback?.values[key];
    if (fromFallback !== undefined && !(typeof fromFallback === 'string' && fromFallback.trim() === '')) {
      return { value: fromFallback as NonNullable<ProjectConfigValues[K]>, root: fallback!.root };
    }
    return undefined;
  };
  const path = (key: 'schema' | 'contactsFile') => {
    const found = pick(key);
    return found ? joinPath(found.root, found.value.trim()) : undefined;
  };
  const files = pick('files');
  return {
    root: files?.root ?? fileRoot ?? defaultRoot,
    configFile: file?.path,
    files: files && files.value.length > 0 ? files.value : DEFAULT_RELEASE_GLOBS,
    schema: path('schema'),
    schemas: (() => {
      const found = pick('schemas');
      return found ? found.value.map((entry) => ({ files: entry.files, schema: joinPath(found.root, entry.schema) })) : [];
    })(),
    frontMatterSchema: true,
    areas: pick('areas')?.value ?? [],
    contactsFile: path('contactsFile'),
    maxFileBytes: pick('maxFileBytes')?.value ?? DEFAULT_MAX_FILE_BYTES,
    rules: pick('rules')?.value ?? {},
    ...(pick('timeZone') ? { timeZone: pick('timeZone')!.value } : {}),
  };
}
