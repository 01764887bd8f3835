/**
 * The release rules' cost: the seed sample checked with every rule on (off-by-default ones too) as a
 * ratio to schema-only validation of the same text, the same on 5,000 different valid releases through
 * the quick path (as the CLI and Validate All check them), and a 1 MB release with every rule on.
 */
import { analyseRelease, builtInSchema, ALL_RULES, type CheckDecision, type RulesConfig } from '../../src/core';
import { row, timeInterleaved } from './measure';
import { generatedRelease, megabyteRelease, sampleRelease } from './releases';

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
  // Different releases, each checked once a pass: the same text in a loop would flatter the rules' one-release caches.
  const releases = differentValidReleases(5000);
  const quick = (rules: RulesConfig) => {
    let next = 0;
    return () => analyseRelease(releases[next++ % releases.length], check, schema, { now, rules, quick: true });
  };
  const [manySchemaOnly, manyWithRules] = timeInterleaved([quick(noRules), quick(everyRule)], 2 * releases.length, 500, releases.length);
  console.log(row(`5,000 different valid releases, all rules on (floor: schema only)`, manyWithRules, manySchemaOnly));
  const big = megabyteRelease(sample.text);
  const [bigSchemaOnly, bigWithRules] = timeInterleaved([analyse(big, noRules), analyse(big, everyRule)], 60, 5);
  console.log(row('1 MB release, all rules on (floor: schema only)', bigWithRules, bigSchemaOnly));
}

/** The generated tree's releases that nothing is wrong with (every rule on), `count` of them. */
function differentValidReleases(count: number): string[] {
  const valid: string[] = [];
  for (let index = 0; valid.length < count; index++) {
    const text = generatedRelease(index);
    if (analyseRelease(text, check, schema, { now, rules: everyRule, quick: true }).diagnostics.length === 0) valid.push(text);
  }
  return valid;
}
