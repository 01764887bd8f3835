/**
 * `pressroom list [paths]`: the releases with their status, dates, area and headline, in the order and
 * with the status rules of the editor's Releases view (core `status` room), read with the same project
 * configuration as `pressroom validate`.
 */
import {
  arrangeReleases,
  dateInWords,
  formatPressDate,
  placeAt,
  readDate,
  RELEASE_STATUSES,
  releaseOverviewOf,
  releasesInOrder,
  timeZoneOf,
  type PlacedRelease,
  type ReleaseDate,
  type ReleaseOverview,
  type ReleaseStatus,
} from '../core';
import { checkSequentially, FileChecker, indexOf, settleWorkspace } from './checkRun';
import { expandInputs, noMarkdownFound } from './expandInputs';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { parseArgs } from './parseArgs';

export const LIST_USAGE = `Usage: pressroom list [options] [files, folders or globs...]

Lists the releases (default: those below the current folder) with their status, dates, area and
headline, as the editor's Releases view groups them: needs-attention (errors), embargoed (embargo not
yet lifted), scheduled (publish time still to come), published (newest first), draft (no publish date
yet, or template text left in). Dates are read in the project configuration's "timeZone" (default: this
machine's time zone).

Options:
  --format <name>      table (default) or json
  --status <names>     only these statuses, separated by commas, e.g. embargoed,scheduled
  --from <date>        only releases published on or after this day (18/03/2020 or 2020-03-18)
  --to <date>          only releases published on or before this day
  -h, --help           show this help
`;

const FORMATS = ['table', 'json'] as const;
type ListFormat = (typeof FORMATS)[number];

interface ListOptions {
  readonly inputs: readonly string[];
  readonly format: ListFormat;
  readonly statuses: ReadonlySet<ReleaseStatus> | undefined;
  /** Days as YYYYMMDD numbers, inclusive. */
  readonly from: number | undefined;
  readonly to: number | undefined;
}

const dayNumber = (date: { year: number; month: number; day: number }) => date.year * 10000 + date.month * 100 + date.day;

function readListOptions(args: readonly string[]): ListOptions | { help: true } | { problem: string } {
  const parsed = parseArgs(args, ['format', 'status', 'from', 'to'], ['help', 'h']);
  if (parsed.options.has('help') || parsed.options.has('h')) return { help: true };
  if (parsed.unknown.length > 0) return { problem: `unknown option ${parsed.unknown[0]}` };
  const value = (name: string) => parsed.options.get(name) as string | undefined;
  const format = value('format') ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) return { problem: `--format must be table or json, not ${format}` };
  let statuses: Set<ReleaseStatus> | undefined;
  const statusText = value('status');
  if (statusText !== undefined) {
    const names = statusText.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
    const wrong = names.find((name) => !(RELEASE_STATUSES as readonly string[]).includes(name));
    if (wrong !== undefined || names.length === 0) return { problem: `--status takes ${RELEASE_STATUSES.join(', ')} (separated by commas), not ${wrong ?? statusText}` };
    statuses = new Set(names as ReleaseStatus[]);
  }
  const day = (name: 'from' | 'to'): number | undefined | { problem: string } => {
    const text = value(name);
    if (text === undefined) return undefined;
    const date = readDate(text.trim());
    return date ? dayNumber(date) : { problem: `--${name} takes a date like 18/03/2020 or 2020-03-18, not ${text}` };
  };
  const from = day('from');
  const to = day('to');
  if (typeof from === 'object') return from;
  if (typeof to === 'object') return to;
  return { inputs: parsed.positionals.length > 0 ? parsed.positionals : ['.'], format: format as ListFormat, statuses, from, to };
}

function inRange(release: ReleaseOverview, options: ListOptions): boolean {
  if (options.from === undefined && options.to === undefined) return true;
  if (!release.publish) return false;
  const day = dayNumber(release.publish.parts);
  return (options.from === undefined || day >= options.from) && (options.to === undefined || day <= options.to);
}

const written = (date: ReleaseDate | undefined) => (date ? formatPressDate(date.parts) : '-');

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ').trimEnd() + '\n').join('');
}

function formatList(placed: readonly PlacedRelease[], files: ReadonlyMap<string, string>, format: ListFormat): string {
  if (format === 'json') {
    const entries = placed.map(({ release, status }) => ({
      file: files.get(release.path),
      status,
      publishDate: release.publish?.written,
      publishInWords: dateInWords(release.publish),
      embargo: release.embargo?.written,
      embargoInWords: dateInWords(release.embargo),
      area: release.area,
      headline: release.headline,
      errors: release.problems.errors,
      warnings: release.problems.warnings,
    }));
    return `${JSON.stringify(entries, null, 2)}\n`;
  }
  if (placed.length === 0) return 'No releases found.\n';
  const header = ['STATUS', 'PUBLISH', 'EMBARGO', 'AREA', 'FILE', 'HEADLINE'];
  return table([header, ...placed.map(({ release, status }) => [status, written(release.publish), written(release.embargo), release.area ?? '-', files.get(release.path) ?? release.path, release.headline ?? '-'])]);
}

/** `now` is the clock the statuses are read against (tests fix it). */
export function runList(args: readonly string[], io: CliIo, now: () => number = Date.now): number {
  const options = readListOptions(args);
  if ('help' in options) {
    io.stdout(LIST_USAGE);
    return EXIT_OK;
  }
  if ('problem' in options) {
    io.stderr(`pressroom list: ${options.problem}\n\n${LIST_USAGE}`);
    return EXIT_USAGE;
  }
  const expanded = expandInputs(io, options.inputs);
  if (expanded.unmatched.length > 0) {
    io.stderr(`pressroom list: no such file, folder or matching files: ${expanded.unmatched.join(', ')}\n`);
    return EXIT_USAGE;
  }
  // The same two passes as validate, so the workspace rules' errors count here too.
  const checker = new FileChecker(io, {}, new Date(now()), true);
  const first = checkSequentially(checker, expanded.files);
  const outcomes = settleWorkspace(checker, expanded.files, first, indexOf(first));
  let problems = 0;
  const overviews: ReleaseOverview[] = [];
  const files = new Map<string, string>();
  for (const outcome of outcomes) {
    for (const line of outcome.lines) {
      if (line.kind === 'problem') problems++;
      io.stderr(`${line.text.replace(/^pressroom validate:/, 'pressroom list:')}\n`);
    }
    if (!outcome.analysis || outcome.analysis.decision.kind === 'skip') continue;
    const path = checker.configs.absolute(outcome.file);
    files.set(path, outcome.file.split('\\').join('/'));
    overviews.push(releaseOverviewOf(path, outcome.analysis, timeZoneOf(checker.configs.configFor(outcome.file))));
  }
  const placed = releasesInOrder(arrangeReleases(placeAt(overviews, now()), 'status', 'date')).filter(
    (item) => (!options.statuses || options.statuses.has(item.status)) && inRange(item.release, options),
  );
  io.stdout(formatList(placed, files, options.format));
  if (expanded.files.length === 0 && expanded.otherFiles.byExtension.size > 0) io.stderr(`pressroom list: ${noMarkdownFound(expanded.otherFiles)}\n`);
  return problems > 0 ? EXIT_USAGE : EXIT_OK;
}
