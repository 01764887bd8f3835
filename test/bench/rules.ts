/**
 * The release rules' cost: the seed sample checked with every rule on (off-by-default ones too) as a
 * ratio to schema-only validation of the same text, and a 1 MB release with every rule on.
 */
import { analyseRelease, builtInSchema, ALL_RULES, type CheckDecision, type RulesConfig } from '../../src/core';
import { row, time } from './measure';
import { megabyteRelease, sampleRelease } from './releases';

const schema = builtInSchema();
const check: CheckDecision = { kind: 'check' };
const now = new Date('2026-12-02T09:00:00Z');
/** Every rule at its own severity, with the ones that are off by default turned on. */
const everyRule: RulesConfig = Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.severity === 'off' ? 'warning' : rule.severity]));
const noRules: RulesConfig = Object.fromEntries(ALL_RULES.map((rule) => [rule.id, 'off']));

export function printRulesBench(): void {
  const sample = sampleRelease();
  const analyse = (text: string, rules: RulesConfig) => () => analyseRelease(text, check, schema, { now, rules });
  const schemaOnly = time(analyse(sample.text, noRules), 500);
  const withRules = time(analyse(sample.text, everyRule), 500);
  console.log(row(`sample, all ${ALL_RULES.length} rules on (floor: schema only)`, withRules, schemaOnly));
  const big = megabyteRelease(sample.text);
  const bigSchemaOnly = time(analyse(big, noRules), 30);
  const bigWithRules = time(analyse(big, everyRule), 30);
  console.log(row('1 MB release, all rules on (floor: schema only)', bigWithRules, bigSchemaOnly));
}
