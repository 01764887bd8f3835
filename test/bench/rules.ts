/**
 * The release rules' cost: the seed sample checked with every rule on (off-by-default ones too) as a
 * ratio to schema-only validation of the same text, and a 1 MB release with every rule on.
 */
import { analyseRelease, builtInSchema, ALL_RULES, type CheckDecision, type RulesConfig } from '../../src/core';
import { row, timeInterleaved } from './measure';
import { megabyteRelease, sampleRelease } from './releases';

const schema = builtInSchema();
const check: CheckDecision = { kind: 'check', schema: undefined };
const now = new Date('2026-12-02T09:00:00Z');
/** Every rule at its own severity, with the ones that are off by default turned on. */
const everyRule: RulesConfig = Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.severity === 'off' ? 'warning' : rule.severity]));
const noRules: RulesConfig = Object.fromEntries(ALL_RULES.map((rule) => [rule.id, 'off']));

export function printRulesBench(): void {
  const sample = sampleRelease();
  const analyse = (text: string, rules: RulesConfig) => () => analyseRelease(text, check, schema, { now, rules });
  // Interleaved in blocks, so a change in the machine's load during the run weighs on both sides of each ratio;
  // warmed up until V8 has optimised both sides, as it has in the editor and in a CLI run over a tree.
  const [schemaOnly, withRules] = timeInterleaved([analyse(sample.text, noRules), analyse(sample.text, everyRule)], 3000, 50, 2000);
  console.log(row(`sample, all ${ALL_RULES.length} rules on (floor: schema only)`, withRules, schemaOnly));
  const big = megabyteRelease(sample.text);
  const [bigSchemaOnly, bigWithRules] = timeInterleaved([analyse(big, noRules), analyse(big, everyRule)], 60, 5);
  console.log(row('1 MB release, all rules on (floor: schema only)', bigWithRules, bigSchemaOnly));
}
