/**
 * How a project sets each rule, as ESLint does: `"off"` or a severity, or a list of the severity and the
 * rule's options (`["warning", { "max": 65 }]`), overlaid on the rule's defaults. The configuration file and
 * the `pressroom.rules` setting are checked here with the same words; the engine reads only checked values.
 */
import type { ErrorObject } from 'ajv';
import { ownSchemaValidator } from '../schema/ownSchemas';
import type { Severity } from '../types';
import { closestMatch } from '../text/similarity';
import { isRecord } from '../util/isRecord';
import type { Rule, RuleSeverity } from './types';

export type RuleSetting = RuleSeverity | readonly [RuleSeverity] | readonly [RuleSeverity, Readonly<Record<string, unknown>>];

/** Rule id → its setting; a rule not named keeps its default severity and options. */
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

// Every rule's options differ; the engine hands each rule the options its own schema accepted.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

export const RULE_SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'information', 'off'];

export interface RulesConfigProblem {
  readonly message: string;
  /** Where, inside the rules object: `[id]` for a rule's key, `[id, 1, ...]` for a value inside its options. */
  readonly path: readonly (string | number)[];
  /** On the key itself (an unknown rule) rather than its value. */
  readonly onKey: boolean;
}

export interface RulesConfigCheck {
  /** The entries that can be used (a wrong one is left out, so its rule keeps its defaults). */
  readonly values: RulesConfig;
  readonly problems: readonly RulesConfigProblem[];
}

const SEVERITY_WORDS = '"error", "warning", "information" or "off"';
/** Checks a `rules` value (from a configuration file or a setting) against the rules there are. `where` names it in messages. */
export function checkRulesConfig(value: unknown, rules: readonly AnyRule[], where: string): RulesConfigCheck {
  if (!isRecord(value)) {
    return { values: {}, problems: [{ message: `${where} must be an object of rule names and settings, like { "headline-length": "warning" }`, path: [], onKey: false }] };
  }
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const values: Record<string, RuleSetting> = {};
  const problems: RulesConfigProblem[] = [];
  for (const [id, setting] of Object.entries(value)) {
    const rule = byId.get(id);
    if (!rule) {
      const suggestion = closestMatch(id, [...byId.keys()]);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '; the rules are listed in docs/rules/README.md';
      problems.push({ message: `${where} names a rule Pressroom does not have, "${id}"${hint}`, path: [id], onKey: true });
      continue;
    }
    const problem = settingProblem(rule, setting, where);
    if (problem) problems.push(problem);
    else values[id] = setting as RuleSetting;
  }
  return { values, problems };
}

function settingProblem(rule: AnyRule, setting: unknown, where: string): RulesConfigProblem | undefined {
  const severity = Array.isArray(setting) ? setting[0] : setting;
  if (!RULE_SEVERITIES.includes(severity as RuleSeverity) || (Array.isArray(setting) && (setting.length < 1 || setting.length > 2))) {
    return {
      message: `The rule "${rule.id}" in ${where} must be ${SEVERITY_WORDS}, or a list of one of those and the rule's options, like ["warning", { ... }]`,
      // On the severity when that is what is wrong, else on the whole setting.
      path: Array.isArray(setting) && setting.length >= 1 && setting.length <= 2 ? [rule.id, 0] : [rule.id],
      onKey: false,
    };
  }
  if (!Array.isArray(setting) || setting.length < 2) return undefined;
  const options: unknown = setting[1];
  if (!isRecord(options)) return { message: `The options of the rule "${rule.id}" in ${where} must be an object, like { "name": value }`, path: [rule.id, 1], onKey: false };
  if (!rule.optionsSchema) {
    if (Object.keys(options).length === 0) return undefined;
    return { message: `The rule "${rule.id}" in ${where} has no options; give only its severity, like "warning"`, path: [rule.id, 1], onKey: false };
  }
  const validate = ownSchemaValidator(rule.optionsSchema);
  if (validate(options)) return undefined;
  const error = validate.errors![0];
  const inside = error.instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const message = `The options of the rule "${rule.id}" in ${where} are not right: ${optionWords(error, Object.keys(propertiesOf(rule.optionsSchema)))}`;
  // An option the rule does not have is shown on its name.
  if (error.keyword === 'additionalProperties') return { message, path: [rule.id, 1, ...inside, String((error.params as Record<string, unknown>).additionalProperty)], onKey: true };
  return { message, path: [rule.id, 1, ...inside], onKey: false };
}

function propertiesOf(schema: Record<string, unknown>): Record<string, unknown> {
  return isRecord(schema.properties) ? schema.properties : {};
}

/** One ajv error about an option, in words. */
function optionWords(error: ErrorObject, known: readonly string[]): string {
  const name = error.instancePath === '' ? 'the options' : `"${error.instancePath.slice(1).replace(/\//g, '.')}"`;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const option = String(params.additionalProperty);
    const suggestion = closestMatch(option, known);
    return `there is no option "${option}"${suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; the options are ${known.map((key) => `"${key}"`).join(', ')}` : ''}`;
  }
  if (error.keyword === 'type') return `${name} must be ${typeWords(String(params.type))}`;
  return `${name} ${error.message ?? 'is not allowed'}`;
}

function typeWords(type: string): string {
  const words: Record<string, string> = { number: 'a number', integer: 'a whole number', string: 'text', boolean: 'true or false', array: 'a list', object: 'an object' };
  return type.split(',').map((one) => words[one] ?? one).join(' or ');
}

/** A rule as it runs for a release: its severity and its options (the defaults overlaid with the project's). */
export interface ActiveRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: unknown;
}

/**
 * The rules that run, with their settled severity and options. Entries the checks would refuse (settings
 * are not always checked first) are ignored, so a rule then keeps its defaults.
 */
export function activeRules(config: RulesConfig | undefined, rules: readonly AnyRule[]): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting: unknown = config && Object.prototype.hasOwnProperty.call(config, rule.id) ? config[rule.id] : undefined;
    const usable = setting !== undefined && settingProblem(rule, setting, '') === undefined ? (setting as RuleSetting) : undefined;
    const severity = usable === undefined ? rule.severity : Array.isArray(usable) ? usable[0] : (usable as RuleSeverity);
    if (severity === 'off') continue;
    const overrides = Array.isArray(usable) && usable.length > 1 ? (usable[1] as Record<string, unknown>) : {};
    active.push({ rule, severity, options: { ...(rule.defaults as Record<string, unknown>), ...overrides } });
  }
  return active;
}
