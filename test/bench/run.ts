/**
 * `npm run bench`: how fast the engine is, as ratios against a floor measured in the same run
 * (reading the same text and parsing its YAML with js-yaml, and nothing else).
 */
import * as fs from 'node:fs';
import * as yaml from 'js-yaml';
import { builtInSchema, locateFrontMatter, validateRelease } from '../../src/core';
import { row, time, type Timing } from './measure';
import { generateTree, megabyteRelease, sampleRelease } from './releases';
import { printConvertBench } from './convert';
import { printRenderBench } from './render';
import { printRulesBench } from './rules';

const schema = builtInSchema();

/** The floor: find the front matter and parse it, without validating. */
function parseOnly(text: string): unknown {
  const located = locateFrontMatter(text);
  if (located.kind !== 'found') return undefined;
  return yaml.load(text.slice(located.block.contentStart, located.block.contentEnd));
}

function benchOne(label: string, text: string, runs: number): void {
  const floor = time(() => parseOnly(text), runs);
  const engine = time(() => validateRelease(text, schema), runs);
  console.log(row(`validate ${label}`, engine, floor));
}

function benchTree(count: number): void {
  const { folder, files } = generateTree(count);
  try {
    const throughput = (task: (text: string) => unknown): Timing =>
      time(() => {
        for (const file of files) task(fs.readFileSync(file, 'utf8'));
      }, 5, 1);
    const floor = throughput(parseOnly);
    const engine = throughput((text) => validateRelease(text, schema));
    const perSecond = (timing: Timing) => Math.round((count / timing.medianMs) * 1000);
    console.log(
      `${`workspace of ${count} releases`.padEnd(44)} ${perSecond(engine)} files/s  floor ${perSecond(floor)} files/s  ` +
        `(${(engine.medianMs / floor.medianMs).toFixed(2)}x floor time)`,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function main(): void {
  const sample = sampleRelease();
  console.log(`Pressroom benchmark (Node ${process.version})`);
  console.log('Floors: validation = locate + js-yaml parse only; preview = markdown-it render of the body only\n');
  benchOne(`sample (${sample.name}, ${(sample.text.length / 1024).toFixed(1)} KB)`, sample.text, 500);
  const big = megabyteRelease(sample.text);
  benchOne(`1 MB release (${(big.length / (1024 * 1024)).toFixed(2)} MB)`, big, 50);
  benchTree(2000);
  for (const extra of extraBenchmarks) extra();
}

/** Other features add their own measurements here (the preview's renderer, for one). */
const extraBenchmarks: (() => void)[] = [() => printRenderBench(), () => printConvertBench(), () => printRulesBench()];

main();
