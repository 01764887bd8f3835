/**
 * The converter's bench: the median time to convert one release, over the real corpus beside the project
 * (or the converter's fixtures without it), one release with a 1 MB line (no regex may blow up on it),
 * and the built CLI's `convert` of one file with Node's start, beside `node -e 0` in the same runs.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInSchema } from '../../src/core';
import { convertPlainText } from '../../src/core/convert';
import { filesBelow, SHARED_ROOT } from '../unit/sharedData';
import { percentile, row, time, timeInterleaved } from './measure';

function releaseTexts(): { source: string; texts: string[] } {
  const corpus = path.join(SHARED_ROOT, 'corpus');
  const fromCorpus = fs.existsSync(corpus) ? filesBelow(corpus).filter((file) => file.endsWith('.txt') && path.basename(file) !== 'SOURCE.txt') : [];
  const files = fromCorpus.length > 0 ? fromCorpus : filesBelow(path.join(__dirname, '..', 'unit', 'convert', 'fixtures'));
  return { source: fromCorpus.length > 0 ? 'corpus' : 'fixtures', texts: files.map((file) => fs.readFileSync(file, 'utf8')) };
}

export function printConvertBench(): void {
  const schema = builtInSchema();
  const { source, texts } = releaseTexts();
  const medians = texts.map((text) => time(() => convertPlainText(text, schema), 20, 3).medianMs).sort((a, b) => a - b);
  const perRelease = { medianMs: percentile(medians, 0.5), p95Ms: percentile(medians, 0.95), runs: medians.length };
  console.log(row(`convert: one release (${texts.length} ${source} texts)`, perRelease));
  const longLine = `Council opens new library\n17 October 2020\nMedia contact: ${'Jane Doe 0491 570 156 (office) '.repeat(34000)}\n${'a'.repeat(1024 * 1024)}\n`;
  console.log(row('convert: a release with 1 MB lines', time(() => convertPlainText(longLine, schema), 5, 1)));
  printCliStartBench();
}

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const CLI_FIXTURE = path.join(__dirname, '..', 'unit', 'convert', 'fixtures', 'embargoed.txt');

/** Whole processes, so the time includes Node's start; the first run (the warm-up) writes the CLI's code cache. */
function printCliStartBench(): void {
  if (!fs.existsSync(CLI)) {
    console.log('CLI: node dist/cli.js convert <one file>: not measured; run "npm run build" first');
    return;
  }
  const spawnOk = (args: string[]) => () => {
    const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${run.status}`);
  };
  const [node, version, convert] = timeInterleaved([spawnOk(['-e', '0']), spawnOk([CLI, '--version']), spawnOk([CLI, 'convert', CLI_FIXTURE])], 20, 1, 2);
  console.log(row('CLI: node -e 0 (the floor: Node\'s own start)', node));
  console.log(row('CLI: node dist/cli.js --version', version, node));
  console.log(row('CLI: node dist/cli.js convert <one file> (target 150 ms)', convert, node));
}
