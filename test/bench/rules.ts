/**
 * The release rules' cost: the seed sample checked with every rule on (off-by-default ones too) as a
 * ratio to schema-only validation of the same text, the same on 5,000 different valid releases through
 * the quick path (as the CLI and Validate All check them), a 1 MB release with every rule on, and the
 * first 300 different releases of a fresh process (each of the CLI's threads starts cold) beside a
 * fresh process that only parses them with js-yaml.
 */
import { spawnSync } from 'node:child_process';
import * as yaml from 'js-yaml';
import { analyseRelease, builtInSchema, locateFrontMatter, ALL_RULES, type CheckDecision, type RulesConfig } from '../../src/core';
import { percentile, row, timeInterleaved, type Timing } from './measure';
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
  console.log(row('5,000 valid releases, all rules (floor: schema only)', manyWithRules, manySchemaOnly));
  const big = megabyteRelease(sample.text);
  const [bigSchemaOnly, bigWithRules] = timeInterleaved([analyse(big, noRules), analyse(big, everyRule)], 60, 5);
  console.log(row('1 MB release, all rules on (floor: schema only)', bigWithRules, bigSchemaOnly));
  const [coldFloor, coldSchemaOnly, coldWithRules] = coldRuns(['parse', 'schema', 'rules'], 7);
  console.log(row('first 300 different releases in a fresh process, no rules', coldSchemaOnly, coldFloor));
  console.log(row('first 300 different releases in a fresh process, all rules', coldWithRules, coldFloor));
}

type ColdTask = 'parse' | 'schema' | 'rules';
const COLD_RELEASES = 300;

/**
 * Each task in its own fresh process, in turn, `rounds` times: the CPU time the child spends on the
 * first 300 different releases after its imports (CPU time, steadier than wall time on a shared machine,
 * counts every thread's: the optimising compiler's and the garbage collector's warm-up too).
 */
function coldRuns(tasks: readonly ColdTask[], rounds: number): Timing[] {
  const samples = tasks.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, which) => {
      const child = spawnSync(process.execPath, ['-r', 'esbuild-register', __filename, 'cold', task], { encoding: 'utf8' });
      const ms = Number(child.stdout.trim());
      if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`the ${task} child failed: ${child.stderr}`);
      samples[which].push(ms);
    });
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    return { medianMs: percentile(list, 0.5), p95Ms: percentile(list, 0.95), runs: rounds };
  });
}

/** In the child: check (or only parse) the first releases once each, and print the CPU milliseconds it took. */
function coldChild(task: ColdTask): void {
  const texts = Array.from({ length: COLD_RELEASES }, (_, index) => generatedRelease(index));
  const start = process.cpuUsage();
  for (const text of texts) {
    if (task === 'parse') {
      const located = locateFrontMatter(text);
      if (located.kind === 'found') yaml.load(text.slice(located.block.contentStart, located.block.contentEnd));
    } else {
      analyseRelease(text, check, schema, { now, rules: task === 'rules' ? everyRule : noRules, quick: true });
    }
  }
  const used = process.cpuUsage(start);
  console.log(((used.user + used.system) / 1000).toFixed(3));
}

if (require.main === module && process.argv[2] === 'cold') coldChild(process.argv[3] as ColdTask);

/** The generated tree's releases that nothing is wrong with (every rule on), `count` of them. */
function differentValidReleases(count: number): string[] {
  const valid: string[] = [];
  for (let index = 0; valid.length < count; index++) {
    const text = generatedRelease(index);
    if (analyseRelease(text, check, schema, { now, rules: everyRule, quick: true }).diagnostics.length === 0) valid.push(text);
  }
  return valid;
}
