/**
 * `npm run bench:scale`: the CLI on generated trees of 10,000 and 100,000 seed-sized releases (a tenth
 * broken; releases.ts generateTree), spawned from dist/cli.js as CI runs it, beside the single-thread
 * floor measured in the same run on the same tree: walk + read + locate + js-yaml 4 parse, nothing else
 * (floor.ts), both as a program started as the CLI is and warm in this process.
 * Also the CLI's peak memory (its own resourceUsage().maxRSS, reported through a hidden flag) and one
 * valid seed-sized release analysed in this process against js-yaml parsing its front matter.
 * Build first (`npm run build`). `npm run bench:scale -- 2000 10000` picks the tree sizes.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import * as yaml from 'js-yaml';
import { analyseRelease, builtInSchema, locateFrontMatter, parseRelease, validateParsed, type CheckDecision } from '../../src/core';
import { runRules } from '../../src/core/rules';
import { row, time, timeInterleaved } from './measure';
import { parseEveryFile } from './floor';
import { generateTree } from './releases';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

function seconds(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The floor, bundled as the CLI is (minified, one file) so that starting it costs what starting a small program costs. */
function floorProgram(folder: string): string {
  const outfile = path.join(folder, 'floor.js');
  buildSync({ entryPoints: [path.join(__dirname, 'floorProcess.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, outfile, logLevel: 'warning' });
  return outfile;
}

/** The floor's wall time as a program of its own, from its start to its exit. */
function floorProcessSeconds(program: string, folder: string): number {
  return seconds(() => {
    const run = spawnSync(process.execPath, [program, 'news'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the floor program failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  });
}

interface CliRun {
  readonly seconds: number;
  readonly peakMb: number;
  readonly summary: string;
}

function cliRun(folder: string): CliRun {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [CLI, 'validate', '--report-peak-memory', 'news'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = run.stderr.trim().split('\n');
  const peak = /^peak-rss-kb (\d+)$/.exec(lines.at(-1) ?? '');
  if (run.status === null || !peak) throw new Error(`the CLI failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  return { seconds, peakMb: Number(peak[1]) / 1024, summary: lines.at(-2) ?? '' };
}

function benchTree(count: number): void {
  const { folder } = generateTree(count);
  try {
    const program = floorProgram(folder);
    const news = path.join(folder, 'news');
    parseEveryFile(news); // a first walk, so every measurement reads from the page cache
    const warmFloor = seconds(() => parseEveryFile(news));
    const floor = floorProcessSeconds(program, folder);
    const cli = cliRun(folder);
    const perSecond = (time: number) => Math.round(count / time).toLocaleString('en-GB');
    const ratio = (time: number) => `${(cli.seconds / time).toFixed(2)}x`;
    console.log(
      `${`CLI on ${count.toLocaleString('en-GB')} releases`.padEnd(30)} ${cli.seconds.toFixed(2)} s (${perSecond(cli.seconds)} files/s)  peak ${Math.round(cli.peakMb)} MB`,
    );
    console.log(`${''.padEnd(30)} floor as a program ${floor.toFixed(2)} s (${perSecond(floor)} files/s): CLI ${ratio(floor)} its time`);
    console.log(`${''.padEnd(30)} floor warm in this process ${warmFloor.toFixed(2)} s (${perSecond(warmFloor)} files/s): CLI ${ratio(warmFloor)} its time`);
    console.log(`${''.padEnd(30)} ${cli.summary}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Rounds of the one-valid-release ratio; the median one is shown. */
const ROUNDS = 5;

/**
 * One valid release of the generated trees' size, analysed (schema and every rule) against js-yaml
 * parsing its front matter, and the analysis in its parts: the parse that keeps source ranges, the
 * schema, the parse with the rules. The CLI and the workspace checks take the quick path (js-yaml first,
 * the range-keeping parse only when something is found), which a valid release never leaves.
 */
function benchOneValid(): void {
  const { folder, files } = generateTree(2);
  const text = fs.readFileSync(files[1], 'utf8');
  fs.rmSync(folder, { recursive: true, force: true });
  const located = locateFrontMatter(text);
  if (located.kind !== 'found') throw new Error('the generated release has no front matter');
  const schema = builtInSchema();
  const check: CheckDecision = { kind: 'check', schema: undefined };
  const now = new Date();
  const parsed = parseRelease(text);
  const jsYamlParse = () => yaml.load(text.slice(located.block.contentStart, located.block.contentEnd));
  // Interleaved in blocks and warmed up, so the machine's load weighs on both sides of the ratio.
  // This machine's speed swings from one second to the next, and a first round often carries the end of the
  // warm-up, so the ratio is taken in five rounds and the round with the median ratio is shown, beside all five.
  const rounds = Array.from({ length: ROUNDS }, () => {
    const [floor, quick] = timeInterleaved([jsYamlParse, () => analyseRelease(text, check, schema, { now, quick: true })], 4000, 50, 2000);
    return { floor, quick, ratio: quick.medianMs / floor.medianMs };
  }).sort((a, b) => a.ratio - b.ratio);
  const { floor, quick } = rounds[ROUNDS >> 1];
  console.log(row('one generated release, analysed as the CLI does (quick path; js-yaml floor)', quick, floor));
  console.log(`${''.padEnd(60)} the ratio in ${ROUNDS} rounds: ${rounds.map((round) => `${round.ratio.toFixed(2)}x`).join(', ')}`);
  console.log(row('  the same, the careful path only', time(() => analyseRelease(text, check, schema, { now }), 1000), floor));
  console.log(row('  its parse, keeping source ranges (yaml)', time(() => parseRelease(text), 1000), floor));
  console.log(row('  its schema check', time(() => validateParsed(parsed, schema), 1000), floor));
  // The rules cache what they derive on the parse (the body's outline), so each run gets a fresh parse.
  console.log(row('  its parse and release rules', time(() => runRules(parseRelease(text), schema, { now }), 1000), floor));
}

function main(args: readonly string[]): void {
  if (!fs.existsSync(CLI)) {
    console.error('Build the CLI first: npm run build');
    process.exitCode = 2;
    return;
  }
  const sizes = args.length > 0 ? args.map(Number) : [10_000, 100_000];
  console.log(`Pressroom scale benchmark (Node ${process.version}, ${availableParallelism()} cores)`);
  benchOneValid();
  for (const size of sizes) benchTree(size);
}

main(process.argv.slice(2));
