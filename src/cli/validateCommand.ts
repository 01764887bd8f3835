/**
 * `pressroom validate <files, folders or globs>`: the same engine and the same project configuration as
 * the editor, for CI. Exit 0 when no release has errors (warnings alone pass unless --max-warnings is
 * exceeded), 1 when any has, 2 for usage or configuration errors (the check still runs, with the
 * defaults where a configuration is broken).
 */
import { formatCount, plural, type ReleaseIndex } from '../core';
import type { CheckedFile } from './checkFile';
import { checkSequentially, FileChecker, indexOf, settleWorkspace, type FileOutcome, type ProgressSink } from './checkRun';
import { expandInputs, type InputFile, type PassedOver } from './expandInputs';
import { planFix, withFixedText } from './fix';
import { FORMATS, type ReportedFile } from './formatDiagnostics';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { loadSchemaOption } from './loadSchemaOption';
import type { CheckingThreads, CheckOptions, ThreadsStart } from './parallel/pool';
import { unifiedDiff } from './unifiedDiff';
import { readValidateOptions, type ValidateOptions } from './validateOptions';
import { exitStatusOf, summaryLine, tooManyWarnings, totalsOf } from './validateSummary';

export const VALIDATE_USAGE = `Usage: pressroom validate [options] <files, folders or globs...>

Checks the front matter of each release against the press release schema.
Files named on the command line are checked whatever their name. In folders and globs, the Markdown
files checked are those the project configuration calls releases, as in the editor.

The project configuration is the nearest .pressroom.jsonc above each file (its "files" globs, "schema"
and "maxFileSize"); without one, the defaults: releases under press/, news/, newsroom/ or releases/
folders and *.release.md, the built-in schema, files up to 10 MB.

Options:
  --format <name>      text (default): file:line:column severity code message
                       json: an array of {file, line, column, endLine, endColumn, severity, code, message}
                       sarif: SARIF 2.1.0, for GitHub code scanning
                       github: GitHub Actions annotations (::error file=...::message)
                       junit: JUnit XML, one test case per release (GitLab, Jenkins, Azure)
  -o, --output <file>  write the report to this file; the summary still goes to the terminal
  -q, --quiet          report errors only (warnings still count for --max-warnings)
  --max-warnings <n>   fail (exit 1) when there are more than n warnings
  --fix                apply every fix that needs no decision (the editor's "Fix all"), then report
                       what is left; files without such fixes are not touched
  --fix-dry-run        print those changes as a unified diff instead of making them
  --only-releases      check a named file only when the project configuration calls it a release
                       (for hooks and scripts that pass every changed file)
  --schema <file>      check against this JSON Schema, instead of the built-in one or the one the
                       project configuration names (the command line wins)
  --concurrency <n>    threads that check: a number, auto (default: by cores and files) or off
                       (one thread); --fix always runs in one
  -h, --help           show this help

Exit status:
  0  no release has errors (warnings alone pass, unless --max-warnings is exceeded)
  1  a release has errors, or there are more warnings than --max-warnings allows
  2  usage or configuration error (bad option, invalid .pressroom.jsonc or schema, a path naming nothing),
     or a file or folder that could not be read (the others are still checked)
`;

/** What a run needs once its options, schema and inputs are settled. */
interface ValidatePlan {
  readonly io: CliIo;
  readonly options: ValidateOptions;
  readonly files: readonly InputFile[];
  /** Lines about the inputs (an unreadable folder, a link loop): each a problem, and the run goes on. */
  readonly inputProblems: readonly string[];
  /** The files folder walks passed over as not Markdown. */
  readonly otherFiles: PassedOver;
  readonly checker: FileChecker;
}

/** How the first pass runs: in this thread, or spread over worker threads (the real CLI on a large tree). */
export interface ValidateRuntime {
  /**
   * Worker threads (beside this one, `pool.workers` of them: 0 on one core) for runs of at least `minFiles` files
   * under `--concurrency auto`; a number of threads asked for is started whatever the run's size. Without it,
   * everything runs in this thread. With `startBeforeWalk`, `--concurrency auto` starts them before the walk
   * when a folder or glob is named, so that they load while this thread lists the files.
   */
  readonly parallel?: { readonly minFiles: number; readonly startBeforeWalk: boolean; readonly pool: Omit<ThreadsStart, 'setup'> & Pick<CheckOptions, 'batchSize'> };
  readonly progress?: { readonly sink: ProgressSink; finish(): void };
  /** Starts the threads (parallel/pool.ts), passed in: this module never starts a thread itself. */
  readonly startThreads?: (start: ThreadsStart) => CheckingThreads;
}

/** In this thread, synchronously: what the tests and small runs use. */
export function runValidate(args: readonly string[], io: CliIo): number {
  const plan = planValidate(args, io, new Date());
  if (typeof plan === 'number') return plan;
  return finishValidate(plan, checkSequentially(plan.checker, plan.files));
}

/**
 * The real CLI: worker threads for a large tree, a progress line on a terminal. When a folder or a glob
 * is named, the threads may start before the walk (`startBeforeWalk`, or a number of threads asked for),
 * so that they load while this thread lists the files; a run that turns out smaller than `minFiles` stops
 * them unused.
 */
export async function runValidateAsync(args: readonly string[], io: CliIo, runtime: ValidateRuntime): Promise<number> {
  const { parallel, progress, startThreads } = runtime;
  const now = new Date();
  /** The worker threads a run may use and from how many files (none for --fix or --concurrency off). */
  const threadsFor = (options: ValidateOptions): { start: ThreadsStart; minFiles: number; batchSize?: number; beforeWalk: boolean } | undefined => {
    if (!parallel || !startThreads || options.fix || options.concurrency === 'off') return undefined;
    // A number asked for is used whatever the run's size; auto, from the runtime's threshold.
    const asked = typeof options.concurrency === 'number' ? options.concurrency : undefined;
    const workers = asked === undefined ? parallel.pool.workers : asked - 1;
    if (workers < 1) return undefined;
    const start = { ...parallel.pool, workers, setup: { schemaFile: options.schema, now: now.getTime() } };
    return { start, minFiles: asked === undefined ? parallel.minFiles : 0, batchSize: parallel.pool.batchSize, beforeWalk: asked !== undefined || parallel.startBeforeWalk };
  };
  let threads: CheckingThreads | undefined;
  let plan: ValidatePlan | number;
  try {
    plan = planValidate(args, io, now, (options) => {
      const early = threadsFor(options);
      if (early?.beforeWalk && namesFolderOrGlob(io, options.inputs)) threads = startThreads!(early.start);
    });
  } catch (error) {
    await threads?.stop(); // never a thread left running to keep the process alive
    throw error;
  }
  if (typeof plan === 'number') {
    await threads?.stop();
    return plan;
  }
  let outcomes: FileOutcome[];
  try {
    const late = threadsFor(plan.options);
    if (late && plan.files.length >= late.minFiles) {
      const checkHere = (inputs: readonly InputFile[]) => inputs.map((input) => plan.checker.check(input));
      outcomes = await (threads ?? startThreads!(late.start)).check(plan.files, { batchSize: late.batchSize, progress: progress?.sink, checkHere });
    } else {
      const stopping = threads?.stop();
      outcomes = checkSequentially(plan.checker, plan.files, progress?.sink);
      await stopping;
    }
  } finally {
    progress?.finish();
  }
  return finishValidate(plan, outcomes);
}

/** Whether an input is a folder or a glob (or names nothing): only those can make a run large. */
function namesFolderOrGlob(io: CliIo, inputs: readonly string[]): boolean {
  return inputs.some((input) => {
    try {
      return !io.exists(input) || io.isDirectory(input);
    } catch {
      return true;
    }
  });
}

/** `onOptions` hears the options once they are read and the schema loads, before the inputs are walked. */
function planValidate(args: readonly string[], io: CliIo, now: Date, onOptions?: (options: ValidateOptions) => void): ValidatePlan | number {
  const read = readValidateOptions(args);
  if (read.kind === 'help') {
    io.stdout(VALIDATE_USAGE);
    return EXIT_OK;
  }
  if (read.kind === 'usage-error') {
    io.stderr(`pressroom validate: ${read.message}\n\n${VALIDATE_USAGE}`);
    return EXIT_USAGE;
  }
  const options = read.options;

  const schemaFile = options.schema;
  const override = loadSchemaOption(io, schemaFile);
  if (!override.ok) {
    io.stderr(`pressroom validate: ${override.problem}\n`);
    return EXIT_USAGE;
  }
  onOptions?.(options);
  const expanded = expandInputs(io, options.inputs);
  const { unmatched } = expanded;
  const files = options.onlyReleases ? expanded.files.map((input) => ({ ...input, explicit: false })) : expanded.files;
  if (unmatched.length > 0) {
    io.stderr(`pressroom validate: no such file, folder or matching files: ${listed(unmatched)}\n`);
    return EXIT_USAGE;
  }
  const schemaOverride = typeof schemaFile === 'string' ? { file: schemaFile, schema: override.schema } : undefined;
  const checker = new FileChecker(io, { schemaOverride }, now, options.fix !== undefined);
  return { io, options, files, inputProblems: expanded.problems, otherFiles: expanded.otherFiles, checker };
}

/** At most ten names, then how many more: 100,000 mistyped arguments make one readable line. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? `${shown} and ${formatCount(names.length - 10)} more` : shown;
}

/** The second pass for workspace rules, the lines for standard error, --fix, the report and the exit status. */
function finishValidate(plan: ValidatePlan, firstPass: readonly FileOutcome[]): number {
  const { io, options, files, checker } = plan;
  const index = indexOf(firstPass);
  const outcomes = settleWorkspace(checker, files, firstPass, index);

  // Each line once, in the order of the files that met it, whichever thread did.
  let configProblems = 0;
  const printed = new Set<string>();
  for (const line of plan.inputProblems) {
    configProblems++;
    io.stderr(`pressroom validate: ${line}\n`);
  }
  for (const line of outcomes.flatMap((outcome) => outcome.lines)) {
    if (printed.has(line.text)) continue;
    printed.add(line.text);
    if (line.kind === 'problem') configProblems++;
    io.stderr(`${line.text}\n`);
  }

  let checked: ReportedFile[] = outcomes.flatMap((outcome) => (outcome.diagnostics ? [{ file: outcome.file, diagnostics: outcome.diagnostics }] : []));
  let diff = '';
  if (options.fix) {
    // --fix runs in this thread with the analyses kept (FileChecker's keepAnalysis), so each release has one.
    const analysed = outcomes.flatMap((outcome) => (outcome.diagnostics && outcome.analysis ? [{ file: outcome.file, diagnostics: outcome.diagnostics, analysis: outcome.analysis }] : []));
    const fixed = applyFixes(io, analysed, outcomes, files, options.fix, checker, index);
    checked = fixed.checked;
    diff = fixed.diff;
    configProblems += fixed.failures;
  }

  const totals = totalsOf(checked);
  const reported: ReportedFile[] = checked.map(({ file, diagnostics }) => ({
    file,
    diagnostics: options.quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : diagnostics,
  }));
  const report = FORMATS[options.format]({ cwd: io.cwd(), files: reported });
  if (options.output !== undefined) {
    try {
      io.replaceFile(options.output, report);
    } catch (error) {
      io.stderr(`pressroom validate: cannot write the report to ${options.output}: ${error instanceof Error ? error.message : String(error)}\n`);
      configProblems++;
    }
  } else if (options.fix !== 'diff') {
    io.stdout(report);
  }
  if (diff !== '') io.stdout(diff);
  // Machine formats on standard output stay parseable even with 2>&1; elsewhere a person reads the summary.
  const machineOnStdout = options.output === undefined && !options.fix && ['json', 'sarif', 'junit'].includes(options.format);
  if (!machineOnStdout) io.stderr(summaryLine(reported, options.quiet, { found: files.length, named: !options.onlyReleases, otherFiles: plan.otherFiles }));
  const warningsNote = tooManyWarnings(totals, options.maxWarnings);
  if (warningsNote) io.stderr(warningsNote);
  if (configProblems > 0) return EXIT_USAGE;
  return exitStatusOf(totals, options.maxWarnings);
}

/**
 * Applies (or, for a dry run, diffs) the fix-all changes of each checked file, and checks each changed
 * file again, so the report says what is left. Failures to write are reported and counted.
 */
function applyFixes(
  io: CliIo,
  checked: readonly CheckedFile[],
  outcomes: readonly FileOutcome[],
  inputs: readonly InputFile[],
  mode: NonNullable<ValidateOptions['fix']>,
  checker: FileChecker,
  index: ReleaseIndex,
): { checked: CheckedFile[]; diff: string; failures: number } {
  const now = new Date();
  const byFile = new Map(inputs.map((input, at) => [input.file, { input, summary: outcomes[at].summary }]));
  const result: CheckedFile[] = [];
  let diff = '';
  let failures = 0;
  let fixedProblems = 0;
  let fixedFiles = 0;
  for (const file of checked) {
    const plan = planFix(io, file, now);
    const known = byFile.get(file.file);
    if (!plan || !known) {
      result.push(file);
      continue;
    }
    if (mode === 'write') {
      try {
        io.replaceFile(plan.file, plan.after);
      } catch (error) {
        io.stderr(`pressroom validate: cannot write the fixes to ${plan.file}: ${error instanceof Error ? error.message : String(error)}\n`);
        failures++;
        result.push(file);
        continue;
      }
    } else {
      diff += unifiedDiff(plan.file.split('\\').join('/'), plan.before, plan.edits);
    }
    const others = known.summary ? index.othersLike(known.summary) : [];
    const again = checker.check(known.input, others, withFixedText(io, plan));
    const after = again.diagnostics && again.analysis ? { file: file.file, diagnostics: again.diagnostics, analysis: again.analysis } : file;
    fixedProblems += Math.max(0, file.diagnostics.length - after.diagnostics.length);
    fixedFiles++;
    result.push(after);
  }
  const verb = mode === 'write' ? 'Fixed' : 'Would fix';
  if (fixedFiles > 0) io.stderr(`${verb} ${plural(fixedProblems, 'problem')} in ${plural(fixedFiles, 'file')}.\n`);
  else if (checked.some((file) => file.diagnostics.length > 0)) io.stderr('Nothing could be fixed without a decision from you.\n');
  else io.stderr('Nothing to fix.\n');
  return { checked: result, diff, failures };
}
