/**
 * How long the preview takes to render a release: parse + render (what a first paint costs) and render
 * alone from a parsed release (what an update costs when the parse is cached), for the sample-like
 * release and a 1 MB one, each beside a floor measured in the same run: markdown-it rendering the same
 * body with the same options and nothing else. The bench runner calls `printRenderBench`.
 */
import MarkdownIt from 'markdown-it';
import { bodyOf, parseRelease } from '../../src/core';
import { renderRelease } from '../../src/core/render';
import { row, time, type Timing } from './measure';
import { megabyteRelease, sampleRelease } from './releases';

export interface RenderBenchResult {
  readonly label: string;
  readonly chars: number;
  readonly timing: Timing;
  readonly floor: Timing;
}

export interface RenderBenchOptions {
  /** Runs for the sample-like release (default 500). */
  readonly sampleRuns?: number;
  /** Runs for the 1 MB release (default 30). */
  readonly megabyteRuns?: number;
}

/** Pictures resolve as the panel resolves them, to a URL string per path. */
const resolveResource = (segments: readonly string[]) => `https://file+.vscode-resource.vscode-cdn.net/press/${segments.join('/')}`;

export function benchRender(options: RenderBenchOptions = {}): RenderBenchResult[] {
  const sample = sampleRelease();
  const big = megabyteRelease(sample.text);
  const cases: [string, string, number][] = [
    [`sample (${sample.name}, ${(sample.text.length / 1024).toFixed(1)} KB)`, sample.text, options.sampleRuns ?? 500],
    [`1 MB release (${(big.length / (1024 * 1024)).toFixed(2)} MB)`, big, options.megabyteRuns ?? 30],
  ];
  const markdown = new MarkdownIt({ html: false, linkify: true });
  const results: RenderBenchResult[] = [];
  for (const [label, text, runs] of cases) {
    const parsed = parseRelease(text);
    const body = bodyOf(parsed);
    const floor = time(() => markdown.render(body), runs);
    results.push({ label: `preview parse+render ${label}`, chars: text.length, timing: time(() => renderRelease(parseRelease(text), { resolveResource }), runs), floor });
    results.push({ label: `preview render ${label}`, chars: text.length, timing: time(() => renderRelease(parsed, { resolveResource }), runs), floor });
  }
  return results;
}

/** Prints one row per measurement in the bench runner's format. */
export function printRenderBench(options?: RenderBenchOptions): void {
  for (const result of benchRender(options)) console.log(row(result.label, result.timing, result.floor));
}

if (require.main === module) printRenderBench();
